import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePort, waitFor } from '../../support/process';

/**
 * A real SAML 2.0 identity provider for the tests: Debian's SimpleSAMLphp served by `php -S` on a free
 * loopback port, configured by test/saml-idp (see /work/shared/recipes/saml-idp.md for why each setting is
 * there). `scripts/test.sh` installs the packages when they are missing.
 */

const IDP_DIR = path.resolve(__dirname, '../../saml-idp');
const WWW = '/usr/share/simplesamlphp/www';

export interface TestIdp {
  port: number;
  /** The IdP's entity id, which is also its metadata URL. */
  entityId: string;
  metadataUrl: string;
  ssoUrl: string;
  sloUrl: string;
  /** What php wrote (access log) and SimpleSAMLphp's own log, for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

export interface TestIdpOptions {
  /** Relais's assertion consumer service, e.g. http://127.0.0.1:41234/auth/saml/callback. */
  spAcs: string;
  spEntityId?: string;
}

export async function startTestIdp(options: TestIdpOptions): Promise<TestIdp> {
  if (!fs.existsSync(path.join(WWW, '_include.php')) || !hasPhp()) {
    throw new Error(
      'SimpleSAMLphp is not installed: run `npm test` (scripts/test.sh installs simplesamlphp php-cli php-xml ' +
        'php-mbstring as root), or `apt-get install -y simplesamlphp php-cli php-xml php-mbstring`',
    );
  }
  ensureIdpKeyPair();
  const port = await freePort();
  const varDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-idp-'));
  const docroot = path.join(varDir, 'docroot');
  fs.mkdirSync(docroot);
  // /simplesaml/... URLs work with php -S without a router script.
  fs.symlinkSync(WWW, path.join(docroot, 'simplesaml'));
  const out = fs.openSync(path.join(varDir, 'php.log'), 'a');
  const child: ChildProcess = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot], {
    detached: true, // its own process group: stop() ends the workers too
    stdio: ['ignore', out, out],
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      SIMPLESAMLPHP_CONFIG_DIR: path.join(IDP_DIR, 'config'),
      RELAIS_IDP_PORT: String(port),
      RELAIS_IDP_VAR_DIR: varDir,
      RELAIS_SP_ACS: options.spAcs,
      RELAIS_SP_ENTITY_ID: options.spEntityId ?? 'relais',
      PHP_CLI_SERVER_WORKERS: '4',
    },
  });
  fs.closeSync(out);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}/simplesaml`;
  const logs = () =>
    ['php.log', 'log/simplesamlphp.log']
      .map((file) => path.join(varDir, file))
      .filter((file) => fs.existsSync(file))
      .map((file) => fs.readFileSync(file, 'utf8').slice(-4000))
      .join('\n');
  const stop = async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    await exited;
    fs.rmSync(varDir, { recursive: true, force: true });
  };
  try {
    // SimpleSAMLphp's error pages are HTTP 200: only a metadata document means it works.
    await waitFor(
      'the SimpleSAMLphp metadata',
      async () => {
        const res = await fetch(`${base}/saml2/idp/metadata.php`);
        return (await res.text()).includes('EntityDescriptor');
      },
      { timeoutMs: 15_000, intervalMs: 40 },
    );
  } catch (error) {
    const detail = logs();
    await stop();
    throw new Error(`${(error as Error).message}\n${detail}`);
  }
  return {
    port,
    entityId: `${base}/saml2/idp/metadata.php`,
    metadataUrl: `${base}/saml2/idp/metadata.php`,
    ssoUrl: `${base}/saml2/idp/SSOService.php`,
    sloUrl: `${base}/saml2/idp/SingleLogoutService.php`,
    logs,
    stop,
  };
}

function hasPhp(): boolean {
  try {
    execFileSync('php', ['-r', 'exit(class_exists("DOMDocument") ? 0 : 1);'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The IdP's self-signed key pair, made once (git-ignored); test files racing to make it keep one. */
function ensureIdpKeyPair(): void {
  const certDir = path.join(IDP_DIR, 'cert');
  if (fs.existsSync(path.join(certDir, 'idp.key')) && fs.existsSync(path.join(certDir, 'idp.crt'))) return;
  const tmp = path.join(IDP_DIR, `cert.tmp-${randomBytes(4).toString('hex')}`);
  fs.mkdirSync(tmp);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-sha256',
      '-nodes',
      '-days',
      '3650',
      '-subj',
      '/CN=relais-test-idp',
      '-keyout',
      path.join(tmp, 'idp.key'),
      '-out',
      path.join(tmp, 'idp.crt'),
    ],
    { stdio: 'ignore' },
  );
  try {
    fs.renameSync(tmp, certDir);
  } catch {
    fs.rmSync(tmp, { recursive: true, force: true }); // another test file made it first
  }
}
