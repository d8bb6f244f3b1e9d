import * as path from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '@relais/config';
import { createDatabaseIfMissing, defaultDataDir, startEmbeddedPostgres } from '@relais/database';
import { createApiApp } from '../../apps/api/src/bootstrap';

export interface BenchApi {
  app: NestExpressApplication;
  /** The bench database, for the raw-SQL series. */
  databaseUrl: string;
  /** Run in order when the bench ends (newest first); the api closes before PostgreSQL stops. */
  cleanups: Array<() => Promise<void>>;
}

/**
 * An embedded PostgreSQL in the bench's own folder, a fresh database on it, and the real api on that
 * database (migrated at start), not listening yet: what every GraphQL benchmark measures against.
 */
export async function startBenchApi(options: {
  dataDir: string;
  repoRoot: string;
  database: string;
}): Promise<BenchApi> {
  const postgres = await startEmbeddedPostgres({ dataDir: defaultDataDir(path.join(options.dataDir, 'pg')) });
  const cleanups: Array<() => Promise<void>> = [() => postgres.stop()];
  try {
    await createDatabaseIfMissing(postgres.url, options.database);
    const databaseUrl = new URL(postgres.url);
    databaseUrl.pathname = `/${options.database}`;
    const config = loadConfig(
      {
        NODE_ENV: 'development', // the development sign-in is refused in production
        LOG_LEVEL: 'silent',
        RATE_LIMIT_PER_MINUTE: '1000000',
        DATABASE_URL: databaseUrl.toString(),
        RUN_WORKERS_IN_API: 'false',
        RELAIS_DATA_DIR: options.dataDir,
        PORT: '0',
      },
      options.repoRoot,
    );
    const app = await createApiApp(config);
    cleanups.unshift(() => app.close());
    return { app, databaseUrl: databaseUrl.toString(), cleanups };
  } catch (error) {
    for (const cleanup of cleanups) await cleanup().catch(() => undefined);
    throw error;
  }
}
