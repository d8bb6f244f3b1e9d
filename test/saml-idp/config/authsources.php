<?php
// The test people. Each attribute value is a list; node-saml hands a one-value list over as a string.
$config = [
    'admin' => ['core:AdminPassword'],

    'relais-userpass' => [
        'exampleauth:UserPass',
        'alice:alice-pass' => [
            'uid'         => ['alice'],
            'email'       => ['alice@example.com'],
            'displayName' => ['Alice Martin'],
            'department'  => ['Engineering'],
            'title'       => ['Staff Engineer'],
            'location'    => ['Lyon'],
            'locale'      => ['en-GB'],
            'groups'      => ['relais-admins'],
        ],
        'bob:bob-pass' => [
            'uid'         => ['bob'],
            'email'       => ['bob@example.com'],
            'displayName' => ['Bob Durand'],
            'department'  => ['Sales'],
            'title'       => ['Account Manager'],
            'groups'      => ['relais-users', 'sales'],
        ],
        'carol:carol-pass' => [
            'uid'         => ['carol'],
            'email'       => ['carol@example.com'],
            'displayName' => ['Carol Petit'],
            'department'  => ['Communications'],
            'title'       => ['Editor'],
            'groups'      => ['comms'],
        ],
    ],
];
