import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultDataDir, freePort, startEmbeddedPostgres } from '@relais/database';
import { httpCall } from './support/http';
import { median, ratio, seconds, table, Verdict } from './support/measure';

const WARM_RUNS = 3;
/** Runs that rebuilt (someone edited a source meanwhile) are not warm; a few more attempts replace them. */
const MAX_WARM_ATTEMPTS = 6;
const HEALTH_POLL_MS = 25;
const START_DEADLINE_MS = 180_000;
const STOP_DEADLINE_MS = 30_000;
const TARGET_MS = 10_000;

export interface WarmStartOptions {
  repoRoot: string;
  /** A fresh RELAIS_DATA_DIR, mode 755, under the system temp folder. */
  dataDir: string;
  /** Called with a function that stops what is running, for Ctrl-C; called with undefined when done. */
  onRunning(stop: (() => void) | undefined): void;
}

interface StartRun {
  label: string;
  /** Milliseconds after spawn; undefined when the line never came. */
  npmBanner?: number;
  databaseUp?: number;
  readyLog?: number;
  health200: number;
  stopMs: number;
  rebuilt: boolean;
  stoppedCleanly: boolean;
  leftPostgresRunning: boolean;
}

/** `npm start` cold once, then warm several times: spawn → GET /health answers 200. */
export async function warmStartBench(options: WarmStartOptions): Promise<Verdict[]> {
  const pgFolder = defaultDataDir(path.join(options.dataDir, 'pg'));
  const runs: StartRun[] = [];

  console.log(`RELAIS_DATA_DIR=${options.dataDir}`);
  runs.push(await timeStart('cold', options, pgFolder));
  let clean = 0;
  for (let attempt = 1; clean < WARM_RUNS && attempt <= MAX_WARM_ATTEMPTS; attempt++) {
    const run = await timeStart(`warm ${attempt}`, options, pgFolder);
    runs.push(run);
    if (!run.rebuilt) clean++;
  }
  const warm = runs.filter((run) => run.label !== 'cold' && !run.rebuilt);

  const nodeSpawn: number[] = [];
  for (let i = 0; i < 5; i++) nodeSpawn.push(await timeNodeSpawn());
  const postgresStart: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const started = performance.now();
    const handle = await startEmbeddedPostgres({ dataDir: pgFolder });
    postgresStart.push(performance.now() - started);
    await handle.stop();
  }

  const at = (value: number | undefined) => (value === undefined ? '-' : seconds(value));
  console.log('');
  console.log(
    table(
      ['npm start', 'npm banner', 'db up', '"ready" log', '/health 200', 'stop', 'notes'],
      runs.map((run) => [
        run.label,
        at(run.npmBanner),
        at(run.databaseUp),
        at(run.readyLog),
        seconds(run.health200),
        seconds(run.stopMs),
        notes(run),
      ]),
    ),
  );
  console.log(
    '  (times after spawn: npm printed its banner, "[database] embedded PostgreSQL in ..." appeared,\n' +
      '   "Relais is ready" appeared, GET /health first answered 200; stop = SIGTERM to the process group\n' +
      '   until every process of it exited)',
  );

  const rows: string[][] = [];
  const addRow = (name: string, samples: number[]) => {
    if (samples.length)
      rows.push([name, String(samples.length), seconds(Math.min(...samples)), seconds(median(samples))]);
  };
  addRow(`node -e '' (spawn to exit, ${process.version})`, nodeSpawn);
  addRow('embedded PostgreSQL start alone (startEmbeddedPostgres)', postgresStart);
  addRow(
    'warm npm start (spawn to /health 200)',
    warm.map((run) => run.health200),
  );
  console.log('');
  console.log(table(['', 'n', 'min', 'median'], rows));

  if (!warm.length) {
    return [
      {
        target: 'warm start <= 10 s',
        pass: false,
        detail: `no warm run: every attempt rebuilt because sources changed during the benchmark`,
      },
    ];
  }
  const warmMedian = median(warm.map((run) => run.health200));
  const postgresMedian = median(postgresStart);
  const nodeMedian = median(nodeSpawn);
  console.log('');
  console.log(`  warm start / PostgreSQL start alone: ${ratio(warmMedian / postgresMedian)} (medians)`);
  console.log(`  warm start / node -e '':             ${ratio(warmMedian / nodeMedian)} (medians)`);
  return [
    {
      target: 'warm start <= 10 s',
      pass: warmMedian <= TARGET_MS,
      detail:
        `median ${seconds(warmMedian)} (min ${seconds(Math.min(...warm.map((run) => run.health200)))}, ` +
        `${warm.length} runs; ${ratio(warmMedian / postgresMedian)} the PostgreSQL start alone)`,
    },
  ];
}

function notes(run: StartRun): string {
  const notes: string[] = [];
  if (run.rebuilt) notes.push('rebuilt (sources changed meanwhile): not counted');
  if (!run.stoppedCleanly) notes.push('no "stopped cleanly" log');
  if (run.leftPostgresRunning) notes.push('left PostgreSQL running (stopped by the bench)');
  return notes.join('; ');
}

async function timeStart(label: string, options: WarmStartOptions, pgFolder: string): Promise<StartRun> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  // The local mode, as a developer's first `npm start`, whatever this shell exports.
  for (const name of ['DATABASE_URL', 'NODE_ENV', 'LOG_LEVEL', 'RUN_WORKERS_IN_API', 'HOST', 'PUBLIC_URL'])
    delete env[name];
  Object.assign(env, {
    PORT: String(port),
    RELAIS_DATA_DIR: options.dataDir,
    npm_config_update_notifier: 'false',
  });

  const started = performance.now();
  // Its own process group: SIGTERM reaches npm, the shell and node at once, as a Ctrl-C or a service
  // manager's stop does. (A SIGTERM to npm alone does not reach node: npm forwards it to `sh -c`, which
  // dies without passing it on.)
  const child = spawn('npm', ['start'], {
    cwd: options.repoRoot,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pgid = child.pid!;
  const stopGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pgid, signal);
    } catch {
      // Already gone.
    }
  };
  options.onRunning(() => stopGroup('SIGTERM'));

  const output: string[] = [];
  const marks: Partial<Record<'npmBanner' | 'databaseUp' | 'readyLog', number>> = {};
  let rebuilt = false;
  const watch = (stream: NodeJS.ReadableStream) =>
    readline.createInterface({ input: stream }).on('line', (line) => {
      const at = performance.now() - started;
      output.push(line);
      if (output.length > 400) output.shift();
      if (marks.npmBanner === undefined && line.startsWith('> ')) marks.npmBanner = at;
      if (marks.databaseUp === undefined && line.startsWith('[database] embedded PostgreSQL in '))
        marks.databaseUp = at;
      if (marks.readyLog === undefined && line.startsWith('Relais is ready')) marks.readyLog = at;
      if (/^Building the /.test(line)) rebuilt = true;
    });
  watch(child.stdout);
  watch(child.stderr);
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });

  let health200: number;
  try {
    health200 = (await waitForHealth(port, started, () => exited)) - started;
  } catch (error) {
    stopGroup('SIGTERM');
    await waitForGroupExit(pgid, STOP_DEADLINE_MS).catch(() => stopGroup('SIGKILL'));
    options.onRunning(undefined);
    throw new Error(`${label} npm start failed: ${String(error)}\n--- its output ---\n${output.join('\n')}`);
  }

  const stopping = performance.now();
  stopGroup('SIGTERM');
  const gone = await waitForGroupExit(pgid, STOP_DEADLINE_MS).then(
    () => true,
    () => false,
  );
  const stopMs = performance.now() - stopping;
  if (!gone) stopGroup('SIGKILL');
  options.onRunning(undefined);

  // The next start must start PostgreSQL itself: a server left running would make it look faster.
  const leftPostgresRunning = postgresRunning(pgFolder);
  if (leftPostgresRunning) await (await startEmbeddedPostgres({ dataDir: pgFolder })).stop();

  return {
    label,
    ...marks,
    health200,
    stopMs,
    rebuilt,
    stoppedCleanly: output.some((line) => line.includes('stopped cleanly')),
    leftPostgresRunning,
  };
}

async function waitForHealth(port: number, started: number, exited: () => boolean): Promise<number> {
  for (;;) {
    const res = await httpCall({
      port,
      method: 'GET',
      path: '/health',
      agent: false,
      timeoutMs: 5_000,
    }).catch(() => undefined);
    if (res?.status === 200) return performance.now();
    if (exited()) throw new Error('npm start exited before GET /health answered 200');
    if (performance.now() - started > START_DEADLINE_MS)
      throw new Error(`GET /health did not answer 200 within ${START_DEADLINE_MS} ms`);
    await sleep(HEALTH_POLL_MS);
  }
}

async function waitForGroupExit(pgid: number, deadlineMs: number): Promise<void> {
  const deadline = performance.now() + deadlineMs;
  for (;;) {
    try {
      process.kill(-pgid, 0);
    } catch {
      return;
    }
    if (performance.now() > deadline)
      throw new Error(`process group ${pgid} still alive after ${deadlineMs} ms`);
    await sleep(HEALTH_POLL_MS);
  }
}

function postgresRunning(pgFolder: string): boolean {
  try {
    const pid = Number(
      fs.readFileSync(path.join(pgFolder, 'cluster', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function timeNodeSpawn(): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', () => resolve(performance.now() - started));
  });
}
