import { DataSource, DataSourceOptions, MixedList } from 'typeorm';

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  migrations: MixedList<Function | string>;
  entities?: MixedList<Function | string>;
  applicationName?: string;
}

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: settings.entities ?? [],
    migrations: settings.migrations,
    migrationsTableName: 'migrations',
    migrationsRun: false,
    synchronize: false,
    logging: false,
    extra: {
      max: settings.poolSize,
      application_name: settings.applicationName ?? 'relais',
      // A statement stuck for a minute is a bug; fail it rather than pile up connections.
      statement_timeout: 60_000,
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}

// Any constant works; it only has to be the same in every process that migrates this database.
const MIGRATION_LOCK_KEY = 7_152_940_113;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so several api and worker processes starting
 * together migrate once. Each migration runs in its own transaction: a crash leaves the schema at a whole step.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}

/** Names of migrations the code knows that the database has not applied yet. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ name: string }> = await dataSource
    .query('SELECT name FROM migrations')
    .catch(() => [] as Array<{ name: string }>);
  const applied = new Set(rows.map((row) => row.name));
  return dataSource.migrations.map((m) => m.name ?? m.constructor.name).filter((name) => !applied.has(name));
}
