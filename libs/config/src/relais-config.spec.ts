import { execFileSync } from 'node:child_process';
import { ConfigurationError, loadConfig } from './relais-config';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env, '/srv/relais');
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('loadConfig', () => {
  it('runs the local mode with no variable at all', () => {
    const config = loadConfig({}, '/srv/relais');
    expect(config).toMatchObject({
      env: 'development',
      isProduction: false,
      http: {
        host: '127.0.0.1',
        port: 3000,
        publicUrl: 'http://localhost:3000',
        secureCookies: false,
        trustProxy: false,
        bodyLimitBytes: 256 * 1024,
        rateLimitPerMinute: 600,
        shutdownTimeoutMs: 15_000,
      },
      // No URL: the embedded PostgreSQL starts, and the api runs the jobs itself.
      database: { url: undefined, poolSize: 10 },
      dataDir: '/srv/relais/.relais',
      jobs: { runWorkersInApi: true, retryLimit: 5, retryDelaySeconds: 5, runSchedules: true },
      logLevel: 'info',
      sessions: { ttlMs: 14 * 24 * 3600_000 },
      graphql: { maxDepth: 12, maxComplexity: 2_000 },
    });
  });

  it('reads every variable it is given', () => {
    const config = loadConfig(
      {
        NODE_ENV: 'production',
        HOST: '0.0.0.0',
        PORT: '8080',
        PUBLIC_URL: 'https://relais.example.com/',
        TRUST_PROXY: 'yes',
        DATABASE_URL: 'postgres://relais:secret@db:5432/relais',
        DATABASE_POOL_SIZE: '20',
        RELAIS_DATA_DIR: 'state',
        LOG_LEVEL: 'warn',
        SESSION_TTL_HOURS: '8',
        JOB_RETRY_LIMIT: '0',
        JOB_RETRY_DELAY_SECONDS: '30',
        JOB_SCHEDULES: 'false',
      },
      '/srv/relais',
    );
    expect(config).toMatchObject({
      env: 'production',
      isProduction: true,
      http: {
        host: '0.0.0.0',
        port: 8080,
        publicUrl: 'https://relais.example.com',
        secureCookies: true,
        trustProxy: true,
      },
      database: { url: 'postgres://relais:secret@db:5432/relais', poolSize: 20 },
      dataDir: '/srv/relais/state',
      // With a database server, workers run in their own processes unless asked otherwise.
      jobs: { runWorkersInApi: false, retryLimit: 0, retryDelaySeconds: 30, runSchedules: false },
      logLevel: 'warn',
      sessions: { ttlMs: 8 * 3600_000 },
    });
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://db/relais', RUN_WORKERS_IN_API: 'true' }).jobs.runWorkersInApi,
    ).toBe(true);
  });

  it('reports every malformed variable at once, each by name with what it expects', () => {
    const problems = problemsOf({
      PORT: 'abc',
      DATABASE_URL: 'mysql://x',
      LOG_LEVEL: 'loud',
      RATE_LIMIT_PER_MINUTE: '-1',
      TRUST_PROXY: 'maybe',
    });
    expect(problems).toHaveLength(5);
    expect(problems).toEqual(
      expect.arrayContaining([
        'PORT: expected a whole number between 0 and 65535 (got "abc")',
        expect.stringMatching(/^DATABASE_URL: expected a postgres:\/\/ or postgresql:\/\/ URL/),
        'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent (got "loud")',
        'RATE_LIMIT_PER_MINUTE: expected a whole number between 1 and 1000000 (got "-1")',
        'TRUST_PROXY: expected true or false (got "maybe")',
      ]),
    );
  });

  it('rejects numbers out of range', () => {
    expect(problemsOf({ PORT: '70000', DATABASE_POOL_SIZE: '0' })).toEqual([
      'PORT: expected a whole number between 0 and 65535 (got "70000")',
      'DATABASE_POOL_SIZE: expected a whole number between 1 and 200 (got "0")',
    ]);
  });

  it('never echoes the database URL, which may hold a password', () => {
    const error = (() => {
      try {
        loadConfig({ DATABASE_URL: 'mysql://root:s3cret-pw@db.internal/relais' });
      } catch (e) {
        return e as Error;
      }
      throw new Error('expected an error');
    })();
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error.message).toContain('DATABASE_URL');
    expect(error.message).toContain('got a malformed value');
    expect(error.message).not.toContain('s3cret-pw');
    expect(error.message).not.toContain('mysql://');
    expect(error.message).not.toContain('db.internal');
  });

  it('treats an empty string as unset', () => {
    const config = loadConfig(
      { PORT: '', DATABASE_URL: '', LOG_LEVEL: '', RATE_LIMIT_PER_MINUTE: '', NODE_ENV: '' },
      '/srv/relais',
    );
    expect(config.http.port).toBe(3000);
    expect(config.database.url).toBeUndefined();
    expect(config.logLevel).toBe('info');
    expect(config.http.rateLimitPerMinute).toBe(600);
    expect(config.env).toBe('development');
  });

  it('ignores variables it does not know', () => {
    expect(() => loadConfig({ SOMETHING_ELSE: '!!', PATH: '/usr/bin' })).not.toThrow();
  });
});

describe('loadConfig: single sign-on and SCIM', () => {
  // A syntactically valid X.509 certificate (self-signed, test only).
  const cert = () => {
    const pem = execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=t',
        '-keyout',
        '/dev/null',
      ],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    return pem;
  };

  it('is off with no IdP, and SCIM is off with no token', () => {
    const config = loadConfig({});
    expect(config.saml).toBeUndefined();
    expect(config.scim.token).toBeUndefined();
  });

  it('reads an IdP given by entry point and certificates, with the mappings', () => {
    const pem = cert();
    const config = loadConfig({
      PUBLIC_URL: 'https://relais.example.com',
      SAML_ENTRY_POINT: 'https://login.example.com/sso',
      SAML_IDP_CERTS: `${pem}${pem}`,
      SAML_ROLE_MAP: 'relais-admins=admin, relais-admins=auditor,comms=comms_reviewer',
      SAML_ATTRIBUTE_MAP: 'email=mail,groups=http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
      SCIM_TOKEN: 'x'.repeat(40),
    });
    expect(config.saml).toMatchObject({
      spEntityId: 'https://relais.example.com/auth/saml/metadata',
      acsUrl: 'https://relais.example.com/auth/saml/callback',
      sloUrl: 'https://relais.example.com/auth/saml/logout/callback',
      entryPoint: 'https://login.example.com/sso',
      roleMap: { 'relais-admins': ['admin', 'auditor'], comms: ['comms_reviewer'] },
      attributes: {
        email: 'mail',
        groups: 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups',
        displayName: 'displayName',
      },
      clockSkewMs: 60_000,
      maxResponseBytes: 256 * 1024,
    });
    expect(config.saml!.idpCerts).toHaveLength(2);
    expect(config.scim.token).toBe('x'.repeat(40));
  });

  it('names each SAML variable that is wrong or missing', () => {
    expect(problemsOf({ SAML_ENTRY_POINT: 'https://login.example.com/sso' })).toEqual([
      expect.stringMatching(/^SAML_IDP_CERTS: SAML_ENTRY_POINT needs the IdP signing certificate/),
    ]);
    expect(
      problemsOf({
        SAML_IDP_METADATA_URL: 'https://idp.example/md',
        SAML_IDP_METADATA_FILE: '/nonexistent/md.xml',
        SAML_IDP_CERTS: 'bm90IGEgY2VydA==',
        SAML_ROLE_MAP: 'x=superuser,=admin',
        SAML_ATTRIBUTE_MAP: 'shoeSize=foot',
      }),
    ).toEqual([
      expect.stringMatching(/^SAML_IDP_METADATA_FILE: set either/),
      expect.stringMatching(/^SAML_IDP_METADATA_FILE: .* does not exist/),
      'SAML_IDP_CERTS: certificate 1 is not an X.509 certificate (PEM or base64 DER)',
      expect.stringMatching(/^SAML_ATTRIBUTE_MAP: unknown field "shoeSize"/),
      expect.stringMatching(/^SAML_ROLE_MAP: "superuser" is not a role/),
      expect.stringMatching(/^SAML_ROLE_MAP: "=admin" is not group=role/),
    ]);
    expect(problemsOf({ SAML_ROLE_MAP: 'a=admin' })).toEqual([
      expect.stringMatching(/^SAML_ROLE_MAP: is set but single sign-on is off/),
    ]);
  });

  it('refuses a short SCIM token and never echoes it', () => {
    const problems = problemsOf({ SCIM_TOKEN: 'short-secret' });
    expect(problems).toEqual([
      'SCIM_TOKEN: expected 32 to 512 printable characters without spaces (got a malformed value)',
    ]);
  });
});
