<?php
// The IdP itself. __DYNAMIC:1__ makes the entity ID <baseurlpath>saml2/idp/metadata.php.
$metadata['__DYNAMIC:1__'] = [
    'host'        => '__DEFAULT__',
    'privatekey'  => 'idp.key',          // relative to certdir; generated, never committed
    'certificate' => 'idp.crt',
    'auth'        => 'relais-userpass',

    'signature.algorithm'   => 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    'saml20.sign.assertion' => true,
    'saml20.sign.response'  => true,
    'sign.logout'           => true,

    'NameIDFormat' => 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    'simplesaml.nameidattribute' => 'email',
    'attributes.NameFormat' => 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic',
];
