import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  ApiProcess,
  devSignIn,
  ensureBuiltApi,
  freePort,
  httpRequest,
  isListening,
  spawnApi,
  waitFor,
} from '../support/process';

interface Health {
  status: string;
  checks: Record<string, { status: 'up' | 'down'; detail?: string }>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The postmaster's pid, from the first line of postmaster.pid, while the server runs. */
function postmasterPid(clusterDir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `npm start` without DATABASE_URL: the built api starts an embedded PostgreSQL in RELAIS_DATA_DIR, and
 * stops it last on SIGTERM.
 */
describe('local mode (built api, embedded PostgreSQL)', () => {
  let dataDir: string;
  let clusterDir: string;
  const spawned: ApiProcess[] = [];
  /** The api left running by the restart test, reused by the next one. */
  let running: ApiProcess | undefined;

  async function startLocal(): Promise<{ api: ApiProcess; pgPort: number }> {
    const api = spawnApi({ RELAIS_DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, await freePort());
    spawned.push(api);
    await api.waitForOutput(/Relais is ready/, 60_000);
    const [, pgPort] = (await api.waitForOutput(/embedded PostgreSQL in .* on port (\d+)/)) as string[];
    await waitFor('GET /health to answer 200', async () => {
      const res = await httpRequest(api.port, 'GET', '/health');
      return res.status === 200;
    });
    return { api, pgPort: Number(pgPort) };
  }

  beforeAll(async () => {
    await ensureBuiltApi();
    // Under the system temp folder and world-traversable: as root, the postgres system user runs the
    // cluster and must reach it (defaultDataDir would move it elsewhere otherwise).
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-local-'));
    fs.chmodSync(dataDir, 0o755);
    clusterDir = path.join(dataDir, 'pg', 'cluster');
  });

  afterAll(async () => {
    await Promise.all(spawned.map((api) => api.kill()));
    // A killed api leaves its PostgreSQL running (pg_ctl puts it in its own session): stop it here.
    const pid = clusterDir ? postmasterPid(clusterDir) : undefined;
    if (pid && isAlive(pid)) {
      process.kill(pid, 'SIGQUIT');
      await waitFor('the leftover postmaster to exit', () => !isAlive(pid)).catch(() =>
        process.kill(pid, 'SIGKILL'),
      );
    }
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('reuses the data folder across a restart, and stops PostgreSQL on SIGTERM', async () => {
    const first = await startLocal();
    expect(first.api.stdout()).toContain('initialising a new PostgreSQL cluster');
    const pgVersion = path.join(clusterDir, 'PG_VERSION');
    const initialisedAt = fs.statSync(pgVersion).mtimeMs;
    const { user } = await devSignIn(first.api.port, 'restart.check@example.com');

    first.api.child.kill('SIGTERM');
    // 0 only at the end of the graceful path (requests, jobs, pool, then the database).
    expect(await first.api.waitForExit()).toBe(0);
    // The embedded database went down with it.
    expect(fs.existsSync(path.join(clusterDir, 'postmaster.pid'))).toBe(false);
    expect(await isListening(first.pgPort)).toBe(false);
    expect(await isListening(first.api.port)).toBe(false);

    const second = await startLocal();
    running = second.api;
    expect(second.api.stdout()).not.toContain('initialising');
    expect(fs.statSync(pgVersion).mtimeMs).toBe(initialisedAt);
    const again = await devSignIn(second.api.port, 'restart.check@example.com');
    expect(again.user.id).toBe(user.id);
    const me = await httpRequest(
      second.api.port,
      'POST',
      '/graphql',
      JSON.stringify({ query: '{ me { id email } }' }),
      { 'Content-Type': 'application/json', Cookie: again.cookie },
    );
    expect(me.json()).toEqual({ data: { me: { id: user.id, email: 'restart.check@example.com' } } });
  });

  it('answers 503 on /health when PostgreSQL goes down behind its back', async () => {
    const api = running ?? (await startLocal()).api;
    const healthy = await httpRequest(api.port, 'GET', '/health');
    expect(healthy.status).toBe(200);

    // Immediate shutdown, as `pg_ctl stop -m immediate` does: SIGQUIT to the postmaster.
    const pid = postmasterPid(clusterDir);
    expect(pid).toBeDefined();
    process.kill(pid!, 'SIGQUIT');
    await waitFor('the postmaster to exit', () => !isAlive(pid!));

    const res = await waitFor('GET /health to answer 503', async () => {
      const r = await httpRequest(api.port, 'GET', '/health');
      return r.status === 503 ? r : undefined;
    });
    const body = res.json<Health>();
    expect(body.status).toBe('unavailable');
    expect(body.checks.database).toEqual({ status: 'down', detail: expect.any(String) });
    // No stack trace or connection string in the answer.
    expect(res.body).not.toMatch(/postgres:\/\/|\n\s+at /);
    // The api itself keeps running, ready for the database to come back.
    expect(api.child.exitCode).toBeNull();
  });
});
