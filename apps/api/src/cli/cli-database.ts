import * as fs from 'node:fs';
import * as path from 'node:path';
import { RelaisConfig } from '@relais/config';
import { dataSourceOptions, defaultDataDir, runMigrations, startLocalDatabase } from '@relais/database';
import { PLATFORM_MIGRATIONS } from '@relais/platform';
import { DataSource } from 'typeorm';

export interface CliDatabase {
  dataSource: DataSource;
  /** Closes the pool, then stops the embedded PostgreSQL if this command started it. */
  close(): Promise<void>;
}

/**
 * The database a command works on, found as `npm start` finds it: DATABASE_URL, or the embedded PostgreSQL
 * in RELAIS_DATA_DIR (started if needed, left running if `npm start` already runs it). Migrated first, so a
 * command works on a brand-new data folder too.
 */
export async function openCliDatabase(config: RelaisConfig, applicationName: string): Promise<CliDatabase> {
  let url = config.database.url;
  let stopDatabase: (() => Promise<void>) | undefined;
  if (!url) {
    const folder = defaultDataDir(`${config.dataDir}/pg`);
    const alreadyRunning = fs.existsSync(path.join(folder, 'cluster', 'postmaster.pid'));
    const local = await startLocalDatabase(config.dataDir, (message) => console.log(`[database] ${message}`));
    url = local.url;
    if (!alreadyRunning) stopDatabase = () => local.handle.stop();
  }
  const dataSource = new DataSource(
    dataSourceOptions({ url, poolSize: 4, migrations: PLATFORM_MIGRATIONS, applicationName }),
  );
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await stopDatabase?.();
    throw error;
  }
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await stopDatabase?.();
    },
  };
}

/** `--name value` or `--name=value` as a whole number (underscores allowed: 100_000); the default otherwise. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
  const index = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index === -1) return fallback;
  const raw = args[index]!.includes('=') ? args[index]!.split('=')[1] : args[index + 1];
  const value = Number((raw ?? '').replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(
      `--${name} needs a whole number, got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}`,
    );
    process.exit(2);
  }
  return value;
}
