import { ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '../..');
export const BUILT_API = path.join(ROOT, 'dist/apps/api/src/main.js');

/** Thrown by a `waitFor` probe to give up at once (the awaited thing can no longer happen). */
export class GiveUp extends Error {}

/**
 * Polls `probe` every `intervalMs` until it returns something other than undefined/false, or fails after
 * `timeoutMs` with the last error it threw. Tests wait for work this way, never with fixed sleeps.
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  { timeoutMs = 20_000, intervalMs = 75 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
      lastError = undefined;
    } catch (error) {
      if (error instanceof GiveUp) throw error;
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? `: ${lastError.message}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Builds the server when dist/ has no api (`npm test` builds it before jest; a bare `jest` may not have).
 * Test files run in parallel, so one builds under a lock file and the others wait for it.
 */
export async function ensureBuiltApi(): Promise<void> {
  if (fs.existsSync(BUILT_API)) return;
  const lock = path.join(
    os.tmpdir(),
    `relais-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`,
  );
  try {
    if (Date.now() - fs.statSync(lock).mtimeMs > 300_000) fs.rmSync(lock, { force: true }); // a crashed build
  } catch {
    // no lock
  }
  let fd: number;
  try {
    fd = fs.openSync(lock, 'wx');
  } catch {
    await waitFor('another test file to build the server', () => !fs.existsSync(lock), {
      timeoutMs: 180_000,
      intervalMs: 250,
    });
    if (!fs.existsSync(BUILT_API)) throw new Error('the server build failed (see the other test file)');
    return;
  }
  try {
    await promisify(execFile)('npm', ['run', '--silent', 'build:server'], { cwd: ROOT, timeout: 180_000 });
  } finally {
    fs.closeSync(fd);
    fs.rmSync(lock, { force: true });
  }
}

export interface ApiProcess {
  readonly child: ChildProcess;
  readonly port: number;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  readonly exited: Promise<number | string>;
  /** The exit code (or signal name), failing after `timeoutMs` if the process still runs. */
  waitForExit(timeoutMs?: number): Promise<number | string>;
  /** Waits for `pattern` in the output (stdout and stderr), failing early if the process exits. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** SIGKILLs the process if it still runs and waits for it; safe to call more than once. */
  kill(): Promise<void>;
}

/**
 * Runs the built api (`node dist/apps/api/src/main.js`) with Node 24 (the jest process's own node) and
 * exactly the environment given, plus PATH, HOME and TZ.
 */
export function spawnApi(env: Record<string, string>, port = 0): ApiProcess {
  const child = spawn(process.execPath, [BUILT_API], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      TZ: 'UTC',
      ...(port ? { PORT: String(port) } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  let exitCode: number | string | undefined;
  void exited.then((code) => (exitCode = code));
  return {
    child,
    port,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitForExit: async (timeoutMs = 20_000) => {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new Error(
                `the api still runs after ${timeoutMs} ms:\n${out.slice(-2000)}\n${err.slice(-2000)}`,
              ),
            ),
          timeoutMs,
        );
      });
      return Promise.race([exited, timeout]).finally(() => clearTimeout(timer));
    },
    waitForOutput: (pattern, timeoutMs = 30_000) =>
      waitFor(
        `${pattern} in the api's output`,
        () => {
          const match = pattern.exec(out) ?? pattern.exec(err);
          if (match) return match;
          if (exitCode !== undefined)
            throw new GiveUp(`the api exited (${exitCode}) first:\n${out.slice(-2000)}\n${err.slice(-2000)}`);
          return undefined;
        },
        { timeoutMs },
      ),
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Whether something accepts TCP connections on the loopback port. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface HttpResult {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json<T = unknown>(): T;
}

/** One plain HTTP request on its own connection (no keep-alive, nothing shared between tests). */
export function httpRequest(
  port: number,
  method: string,
  urlPath: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method, path: urlPath, agent: false, headers },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: text,
            json: <T>() => JSON.parse(text) as T,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Signs in with the development sign-in (which creates the person on first use). */
export async function devSignIn(
  port: number,
  email: string,
): Promise<{ user: { id: string; email: string }; cookie: string }> {
  const res = await httpRequest(
    port,
    'POST',
    '/graphql',
    JSON.stringify({
      query: 'mutation ($input: DevSignInInput!) { devSignIn(input: $input) { user { id email } } }',
      variables: { input: { email } },
    }),
    { 'Content-Type': 'application/json' },
  );
  const parsed = res.json<{
    data?: { devSignIn: { user: { id: string; email: string } } };
    errors?: unknown;
  }>();
  if (!parsed.data) throw new Error(`sign-in failed (${res.status}): ${JSON.stringify(parsed.errors)}`);
  const cookie = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  return { user: parsed.data.devSignIn.user, cookie };
}
