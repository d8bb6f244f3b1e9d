<?php
// Relais as the service provider. Its entity ID and endpoints come from the environment when Relais runs
// somewhere else than http://127.0.0.1:3000 (the tests start it on a free port).
$spEntityId = getenv('RELAIS_SP_ENTITY_ID') ?: 'relais';
$spAcs      = getenv('RELAIS_SP_ACS') ?: 'http://127.0.0.1:3000/auth/saml/callback';
$spSlo      = getenv('RELAIS_SP_SLO') ?: preg_replace('#/callback$#', '/logout/callback', $spAcs);

$metadata[$spEntityId] = [
    'AssertionConsumerService' => [
        ['Binding' => 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST', 'Location' => $spAcs, 'index' => 0],
    ],
    'SingleLogoutService' => [
        ['Binding' => 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect', 'Location' => $spSlo],
    ],
    'NameIDFormat' => 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    'simplesaml.nameidattribute' => 'email',
    'simplesaml.attributes' => true,             // release all attributes
    'signature.algorithm' => 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    'saml20.sign.assertion' => true,
    'saml20.sign.response'  => true,
    'sign.logout'           => true,
    'validate.authnrequest' => false,            // Relais sends unsigned AuthnRequests
    'validate.logout'       => false,            // and unsigned LogoutRequests
];
