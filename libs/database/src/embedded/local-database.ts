import { Client } from 'pg';
import { defaultDataDir, EmbeddedPostgresHandle, startEmbeddedPostgres } from './embedded-postgres';

export const LOCAL_DATABASE_NAME = 'relais';

/**
 * The local mode: starts (or reuses) the embedded PostgreSQL under `dataDir` and makes sure the application
 * database exists. Returns its URL and a stop function to call after everything else has shut down.
 */
export async function startLocalDatabase(
  dataDir: string,
  log: (message: string) => void,
): Promise<{ url: string; folder: string; handle: EmbeddedPostgresHandle }> {
  const folder = defaultDataDir(`${dataDir}/pg`);
  if (folder !== `${dataDir}/pg`) {
    log(`the postgres system user cannot reach ${dataDir}; the embedded database lives in ${folder}`);
  }
  const handle = await startEmbeddedPostgres({ dataDir: folder, log });
  await createDatabaseIfMissing(handle.url, LOCAL_DATABASE_NAME);
  const url = new URL(handle.url);
  url.pathname = `/${LOCAL_DATABASE_NAME}`;
  return { url: url.toString(), folder, handle };
}

export async function createDatabaseIfMissing(
  serverUrl: string,
  name: string,
  template?: string,
): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      const from = template ? ` TEMPLATE ${quoteIdent(template)}` : '';
      await client.query(`CREATE DATABASE ${quoteIdent(name)}${from} ENCODING 'UTF8'`);
    }
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
