import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { feedBench } from './feed.bench';
import { graphqlMeBench } from './graphql-me.bench';
import { searchBench } from './search.bench';
import { machineDescription, Verdict, verdictLine } from './support/measure';
import { warmStartBench } from './warm-start.bench';
import { webBench } from './web.bench';

/**
 * `npm run bench [-- warm-start | graphql-me | feed | web | search] [--posts N] [--people N] [--seconds S]
 * [--data DIR]`: each benchmark prints its numbers next to a baseline measured in the same run, then a
 * PASS/FAIL line per target. Not a test: the exit code is 0 whenever the measurements ran, since the
 * machine's other work moves every number.
 * - `--posts`: posts the feed benchmark generates (100,000 by default) and the search benchmark generates
 *   (1,000,000 by default); also SEARCH_BENCH_POSTS for the search benchmark.
 * - `--people`: people the search benchmark generates (100,000 by default, a tenth of `--posts` when only
 *   that is given; also SEARCH_BENCH_PEOPLE). The feed benchmark generates a tenth of its posts.
 * - `--seconds`: measured seconds per series and concurrency level of the search benchmark (16 by default;
 *   also SEARCH_BENCH_SECONDS).
 * - `--data DIR`: a folder kept between runs for the search benchmark's PostgreSQL, so an organisation
 *   generated once with the same sizes is reused (also SEARCH_BENCH_DATA). Without it, everything is
 *   generated again in a temporary folder, as every other benchmark does.
 */
const BENCHES = ['warm-start', 'graphql-me', 'feed', 'web', 'search'] as const;
type BenchName = (typeof BENCHES)[number];

interface Arguments {
  asked: string[];
  posts?: number;
  people?: number;
  seconds?: number;
  data?: string;
}

/** Benchmark names, and `--name value` (or `--name=value`) options. */
function parseArguments(args: readonly string[]): Arguments {
  const parsed: Arguments = { asked: [] };
  const whole = (name: string, raw: string | undefined, min: number): number => {
    const value = Number((raw ?? '').replace(/_/g, ''));
    if (!Number.isSafeInteger(value) || value < min) {
      console.error(`--${name} needs a whole number of at least ${min}, got ${raw ?? 'nothing'}`);
      process.exit(2);
    }
    return value;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const option = /^--(posts|people|seconds|data)(?:=(.*))?$/.exec(arg);
    if (!option) {
      parsed.asked.push(arg);
      continue;
    }
    const name = option[1] as 'posts' | 'people' | 'seconds' | 'data';
    const raw = option[2] ?? args[++i];
    if (name === 'posts') parsed.posts = whole(name, raw, 1000);
    else if (name === 'people') parsed.people = whole(name, raw, 100);
    else if (name === 'seconds') parsed.seconds = whole(name, raw, 1);
    else if (!raw) {
      console.error('--data needs a folder');
      process.exit(2);
    } else parsed.data = path.resolve(raw);
  }
  return parsed;
}

/** The search benchmark's sizes: arguments first, then SEARCH_BENCH_* variables, then the defaults. */
function searchSizes(args: Arguments): { people: number; posts: number; seconds: number; data?: string } {
  const fromEnv = (name: string, min: number): number | undefined => {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw.replace(/_/g, ''));
    if (!Number.isSafeInteger(value) || value < min) {
      console.error(`${name} needs a whole number of at least ${min}, got ${raw}`);
      process.exit(2);
    }
    return value;
  };
  const posts = args.posts ?? fromEnv('SEARCH_BENCH_POSTS', 1000);
  const people =
    args.people ??
    fromEnv('SEARCH_BENCH_PEOPLE', 100) ??
    (posts !== undefined ? Math.max(100, Math.round(posts / 10)) : 100_000);
  const data =
    args.data ?? (process.env.SEARCH_BENCH_DATA ? path.resolve(process.env.SEARCH_BENCH_DATA) : undefined);
  return {
    people,
    posts: posts ?? 1_000_000,
    seconds: args.seconds ?? fromEnv('SEARCH_BENCH_SECONDS', 1) ?? 16,
    ...(data ? { data } : {}),
  };
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const { asked } = args;
  const posts = args.posts ?? 100_000;
  const unknown = asked.filter((name) => !(BENCHES as readonly string[]).includes(name));
  if (unknown.length) {
    console.error(`unknown benchmark(s): ${unknown.join(', ')}; choose among ${BENCHES.join(', ')}`);
    process.exit(2);
  }
  const selected: BenchName[] = asked.length ? (asked as BenchName[]) : [...BENCHES];
  const repoRoot = path.resolve(__dirname, '../..');
  // The postgres system user (when run as root) must be able to enter it, hence 755 and not mkdtemp's 700.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'));
  fs.chmodSync(dataDir, 0o755);

  let stopRunning: (() => void) | undefined;
  const interrupted = () => {
    stopRunning?.();
    console.error(`interrupted; the embedded PostgreSQL may still run in ${dataDir}`);
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);

  console.log(machineDescription());
  const verdicts: Verdict[] = [];
  const started = Date.now();
  try {
    for (const name of selected) {
      console.log('');
      if (name === 'warm-start') {
        console.log('== warm start: `npm start` from spawn to GET /health 200');
        verdicts.push(
          ...(await warmStartBench({ repoRoot, dataDir, onRunning: (stop) => (stopRunning = stop) })),
        );
      } else if (name === 'graphql-me') {
        console.log('== GraphQL overhead of `me`: HTTP + Nest + Apollo against the SQL it runs');
        verdicts.push(
          ...(await graphqlMeBench({ repoRoot, dataDir, iterations: 2000, warmup: 200, slices: 4 })),
        );
      } else if (name === 'feed') {
        console.log(
          `== homeFeed(first: 20) over GraphQL against the raw SQL of the same page (${posts} posts)`,
        );
        verdicts.push(...(await feedBench({ repoRoot, dataDir, posts, iterations: 300, warmup: 30 })));
      } else if (name === 'search') {
        const sizes = searchSizes(args);
        console.log(
          `== searchExperts over GraphQL at 1, 8 and 32 clients against the SQL it runs, full reindex and the ` +
            `api's memory (${sizes.people} people, ${sizes.posts} posts)`,
        );
        verdicts.push(
          ...(await searchBench({
            repoRoot,
            dataDir,
            ...sizes,
            onRunning: (stop) => (stopRunning = stop),
          })),
        );
      } else {
        console.log(
          '== web app in Chromium: JavaScript of the first page (gzip) and time to the first post of the home feed',
        );
        verdicts.push(...(await webBench({ repoRoot, dataDir, runs: 15, warmup: 3 })));
      }
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  console.log('');
  console.log(`== targets (benchmarks took ${((Date.now() - started) / 1000).toFixed(0)} s)`);
  for (const verdict of verdicts) console.log(verdictLine(verdict));
}

main().then(
  // Handles left open by the api's libraries (pg-boss timers) must not keep the process alive.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
