import 'reflect-metadata';
import { loadConfigOrExit } from '@relais/config';
import type * as Demo from '@relais/demo';
import type * as Jobs from '@relais/jobs';
import type * as Search from '@relais/search';
import type * as CliDb from './cli-database';
import { runCli } from './run-cli';

/**
 * `npm run reindex [-- people posts communities topics]`: rebuilds search indexes from PostgreSQL (all of
 * them by default) with a progress bar. Each index is built beside the live one and swapped in, so search
 * keeps answering meanwhile; Relais may stay up.
 */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(
      'usage: npm run reindex [-- [--expertise] people|posts|communities|topics ...]   (DATABASE_URL or RELAIS_DATA_DIR)\n' +
        '  --expertise  recompute every expertise score first (index jobs and a nightly job keep them current)',
    );
    return 0;
  }
  const config = loadConfigOrExit();
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only once the configuration is valid */
  const demo = require('@relais/demo') as typeof Demo;
  const search = require('@relais/search') as typeof Search;
  const jobs = require('@relais/jobs') as typeof Jobs;
  const { openCliDatabase } = require('./cli-database') as typeof CliDb;
  /* eslint-enable @typescript-eslint/no-require-imports */
  const withExpertise = args.includes('--expertise');
  const names = args.filter((arg) => arg !== '--expertise');
  const unknown = names.filter((arg) => !(search.SEARCH_TYPES as readonly string[]).includes(arg));
  if (unknown.length > 0) {
    console.error(`Unknown index ${unknown.join(', ')}: choose among ${search.SEARCH_TYPES.join(', ')}.`);
    return 2;
  }
  const types = names.length > 0 ? (names as Search.SearchType[]) : [...search.SEARCH_TYPES];
  const database = await openCliDatabase(config, 'relais-reindex');
  try {
    const { dataSource } = database;
    const engine = await search.createSearchEngine(dataSource, config);
    await engine.prepare();
    const expertise = withExpertise
      ? new search.ExpertiseService(
          dataSource,
          new search.ExpertiseRepository(dataSource),
          new jobs.JobRegistry(),
        )
      : null;
    const started = Date.now();
    let current: string | null = null;
    let bar: ReturnType<typeof demo.terminalProgress> | null = null;
    const counts = await search.rebuildIndexes(engine, expertise, types, (type, done, total) => {
      if (type !== current) {
        bar?.stop();
        current = type;
        bar = demo.terminalProgress(
          type === 'expertise' ? 'Expertise scores' : `Index ${type} (${engine.name})`,
        );
      }
      bar!.progress({ step: type, done, total });
    });
    (bar as ReturnType<typeof demo.terminalProgress> | null)?.stop();
    const seconds = (Date.now() - started) / 1000;
    const documents = Object.values(counts).reduce((sum, n) => sum + n, 0);
    console.log(
      `reindexed ${Object.entries(counts)
        .map(([type, n]) => `${n.toLocaleString('en-US')} ${type}`)
        .join(', ')} ` +
        `on ${engine.name} in ${seconds.toFixed(1)} s (${Math.round(documents / Math.max(seconds, 0.001)).toLocaleString('en-US')} documents/s)`,
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
