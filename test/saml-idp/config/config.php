<?php
// SimpleSAMLphp (Debian's simplesamlphp package) as the test and local IdP of Relais: see README.md beside
// this folder. The port and the writable folder come from the environment, so one config serves any port.
$root = dirname(__DIR__);                                  // folder holding config/, metadata/, cert/
$port = getenv('RELAIS_IDP_PORT') ?: '8080';               // MUST equal the port php -S listens on
$host = getenv('RELAIS_IDP_HOST') ?: '127.0.0.1';          // the host browsers and Relais reach the IdP at
$var  = getenv('RELAIS_IDP_VAR_DIR') ?: $root . '/var';    // writable: logs, tmp, PHP sessions
foreach (['log', 'tmp', 'data', 'sessions'] as $d) {
    if (!is_dir("$var/$d")) { @mkdir("$var/$d", 0700, true); }
}

$config = [
    'baseurlpath' => 'http://' . $host . ':' . $port . '/simplesaml/',

    'certdir'     => $root . '/cert/',
    'metadatadir' => $root . '/metadata/',
    'loggingdir'  => $var . '/log/',
    'datadir'     => $var . '/data/',
    'tempdir'     => $var . '/tmp/',

    // A test IdP: these are not secrets.
    'secretsalt'         => 'relais-test-salt-not-secret-0123456789',
    'auth.adminpassword' => 'relais-admin',
    'technicalcontact_name'  => 'Relais test IdP',
    'technicalcontact_email' => 'na@example.org',
    'timezone' => 'UTC',

    'enable.saml20-idp' => true,
    'module.enable' => ['exampleauth' => true, 'core' => true, 'saml' => true, 'admin' => true],

    // plain HTTP on loopback: Secure cookies are refused by SimpleSAMLphp itself
    'session.cookie.secure'    => false,
    'session.cookie.samesite'  => null,
    'language.cookie.secure'   => false,
    'language.cookie.samesite' => null,
    'store.type' => 'phpsession',
    'session.phpsession.cookiename' => 'SimpleSAML',
    'session.phpsession.savepath'   => $var . '/sessions',

    'logging.handler' => 'file',                           // -> <var>/log/simplesamlphp.log
    'logging.logfile' => 'simplesamlphp.log',
    'logging.level'   => SimpleSAML\Logger::INFO,

    'showerrors' => true,
    'errorreporting' => false,
    'admin.checkforupdates' => false,
    'production' => false,
];
