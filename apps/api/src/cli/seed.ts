import 'reflect-metadata';
import { loadConfigOrExit } from '@relais/config';
import type * as Demo from '@relais/demo';
import type * as Search from '@relais/search';
import type * as CliDb from './cli-database';
import { runCli } from './run-cli';

/**
 * `npm run seed [-- --seed 42]`: fills an empty database (DATABASE_URL, or the embedded one in
 * RELAIS_DATA_DIR) with the demo organisation. Refuses, changing nothing, when it already has people.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      'usage: npm run seed [-- --seed N]   (an empty database only; DATABASE_URL or RELAIS_DATA_DIR)',
    );
    return 0;
  }
  const config = loadConfigOrExit();
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only once the configuration is valid */
  const demo = require('@relais/demo') as typeof Demo;
  const search = require('@relais/search') as typeof Search;
  const { numberOption, openCliDatabase } = require('./cli-database') as typeof CliDb;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const seed = numberOption(args, 'seed', demo.DEFAULT_DEMO_SEED);
  const database = await openCliDatabase(config, 'relais-seed');
  try {
    const bar = demo.terminalProgress('Seeding the demo organisation');
    const outcome = await demo.seedDemoOrganisation(database.dataSource, { seed, onProgress: bar.progress });
    bar.stop();
    if (!outcome.created) {
      console.error(
        `Nothing was changed: this database already has ${outcome.existingPeople} people, and the demo ` +
          'organisation is only seeded into an empty one. Point RELAIS_DATA_DIR (or DATABASE_URL) at a new ' +
          'database to try it.',
      );
      return 1;
    }
    // Written without index jobs: the next start (or `npm run reindex`) rebuilds the search indexes.
    await search.markIndexesStale(database.dataSource);
    console.log(demo.describeDemoSeed(outcome));
    console.log('');
    console.log('Sign in (development sign-in: the e-mail address alone) as:');
    for (const line of demo.demoSignInLines()) console.log(`  ${line}`);
    return 0;
  } finally {
    await database.close();
  }
}

runCli(main);
