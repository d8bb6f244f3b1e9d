import 'reflect-metadata';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { feedBench } from './feed.bench';
import { graphqlMeBench } from './graphql-me.bench';
import { machineDescription, Verdict, verdictLine } from './support/measure';
import { warmStartBench } from './warm-start.bench';
import { webBench } from './web.bench';

/**
 * `npm run bench [-- warm-start | graphql-me | feed | web] [--posts N]`: each benchmark prints its numbers next to a
 * baseline measured in the same run, then a PASS/FAIL line per target. Not a test: the exit code is 0 whenever
 * the measurements ran, since the machine's other work moves every number. `--posts` sets how many posts the
 * feed benchmark generates (100,000 by default).
 */
const BENCHES = ['warm-start', 'graphql-me', 'feed', 'web'] as const;
type BenchName = (typeof BENCHES)[number];

/** Benchmark names, and `--posts N` (or `--posts=N`). */
function parseArguments(args: readonly string[]): { asked: string[]; posts: number } {
  const asked: string[] = [];
  let posts = 100_000;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--posts' || arg.startsWith('--posts=')) {
      const raw = arg.includes('=') ? arg.slice('--posts='.length) : args[++i];
      posts = Number((raw ?? '').replace(/_/g, ''));
      if (!Number.isSafeInteger(posts) || posts < 1000) {
        console.error(`--posts needs a whole number of at least 1000, got ${raw ?? 'nothing'}`);
        process.exit(2);
      }
    } else {
      asked.push(arg);
    }
  }
  return { asked, posts };
}

async function main(): Promise<void> {
  const { asked, posts } = parseArguments(process.argv.slice(2));
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
