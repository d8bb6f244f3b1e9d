import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  startEmbeddedPostgres,
  EmbeddedPostgresHandle,
} from '../../libs/database/src/embedded/embedded-postgres';

declare global {
  // shared with global-teardown, which runs in the same process
  var __RELAIS_TEST_PG__: { handle: EmbeddedPostgresHandle; dir: string } | undefined;
}

/**
 * Tests run against a real PostgreSQL: TEST_DATABASE_URL when set, otherwise a throwaway embedded server
 * started here. Each test file then gets its own database cloned from a migrated template
 * (libs/testing/src/test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  if (process.env.TEST_DATABASE_URL) return;
  // Outside the project (root may not share it with the postgres user) and world-traversable.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-test-pg-'));
  fs.chmodSync(dir, 0o755);
  const handle = await startEmbeddedPostgres({ dataDir: dir });
  globalThis.__RELAIS_TEST_PG__ = { handle, dir };
  process.env.TEST_DATABASE_URL = handle.url;
  process.env.RELAIS_TEST_EMBEDDED = '1';
}
