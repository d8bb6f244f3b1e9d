import 'reflect-metadata';
import { loadConfigOrExit } from '@relais/config';
import type * as Demo from '@relais/demo';
import type * as Search from '@relais/search';
import type * as CliDb from './cli-database';
import { runCli } from './run-cli';

/**
 * `npm run generate -- --people 100000 --posts 1000000 [--seed 1]`: fills an empty database with a large
 * generated organisation for benchmarks (COPY, one transaction).
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      'usage: npm run generate -- [--people 100000] [--posts 1000000] [--seed 1]   ' +
        '(an empty database only; DATABASE_URL or RELAIS_DATA_DIR)',
    );
    return 0;
  }
  const config = loadConfigOrExit();
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only once the configuration is valid */
  const demo = require('@relais/demo') as typeof Demo;
  const search = require('@relais/search') as typeof Search;
  const { numberOption, openCliDatabase } = require('./cli-database') as typeof CliDb;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const people = numberOption(args, 'people', 100_000);
  const posts = numberOption(args, 'posts', 1_000_000);
  const seed = numberOption(args, 'seed', 1);
  if (people < 1) {
    console.error('--people must be at least 1');
    return 2;
  }
  const database = await openCliDatabase(config, 'relais-generate');
  try {
    const bar = demo.terminalProgress(
      `Generating ${people.toLocaleString('en-US')} people and ${posts.toLocaleString('en-US')} posts`,
    );
    const summary = await demo
      .generateBulk(database.dataSource, { people, posts, seed, onProgress: bar.progress })
      .finally(() => bar.stop());
    // Written without index jobs: the next start (or `npm run reindex`) rebuilds the search indexes.
    await search.markIndexesStale(database.dataSource);
    const n = (value: number) => value.toLocaleString('en-US');
    console.log(
      `generated ${n(summary.people)} people, ${n(summary.communities)} communities, ${n(summary.memberships)} memberships, ` +
        `${n(summary.posts)} posts (${n(summary.postTopics)} topic links), ${n(summary.comments)} comments, ` +
        `${n(summary.reactions)} reactions, ${n(summary.follows)} follows in ${(summary.durationMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `sign in as ${summary.viewer.email} for a home feed of 8 communities, 30 people and 5 topics`,
    );
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return 1;
  } finally {
    await database.close();
  }
}

runCli(main);
