import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { dataSourceOptions, quoteIdent, runMigrations } from '@relais/database';
import { PLATFORM_MIGRATIONS } from '@relais/platform';

const TEMPLATE = 'relais_test_template';
const CLONE_LOCK = 7_152_940_114;

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function serverUrl(database = 'postgres'): string {
  const base = process.env.TEST_DATABASE_URL;
  if (!base)
    throw new Error(
      'TEST_DATABASE_URL is not set: run the tests through jest (global setup starts PostgreSQL)',
    );
  const url = new URL(base);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Identifies the migration list: a template migrated by other code is rebuilt. */
function migrationsFingerprint(): string {
  return createHash('sha256')
    .update(PLATFORM_MIGRATIONS.map((m) => m.name).join(','))
    .digest('hex')
    .slice(0, 16);
}

/**
 * A fresh database for one test file, cloned from a template migrated once per run (a clone takes tens of
 * milliseconds, migrating takes seconds). Several jest workers share the template under an advisory lock.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `relais_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [CLONE_LOCK]);
    const fingerprint = migrationsFingerprint();
    const found = await admin.query<{ comment: string | null }>(
      `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
      [TEMPLATE],
    );
    if (found.rows[0]?.comment !== fingerprint) {
      if (found.rowCount) await admin.query(`DROP DATABASE ${quoteIdent(TEMPLATE)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${quoteIdent(TEMPLATE)} ENCODING 'UTF8'`);
      const ds = await new DataSource(
        dataSourceOptions({ url: serverUrl(TEMPLATE), poolSize: 2, migrations: PLATFORM_MIGRATIONS }),
      ).initialize();
      try {
        await runMigrations(ds);
      } finally {
        await ds.destroy();
      }
      await admin.query(`COMMENT ON DATABASE ${quoteIdent(TEMPLATE)} IS '${fingerprint}'`);
    }
    await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(TEMPLATE)}`);
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [CLONE_LOCK]).catch(() => undefined);
    await admin.end();
  }
  return {
    url: serverUrl(name),
    name,
    drop: async () => {
      const client = new Client({ connectionString: serverUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
