import * as fs from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const pg = globalThis.__RELAIS_TEST_PG__;
  if (!pg) return;
  await pg.handle.stop();
  fs.rmSync(pg.dir, { recursive: true, force: true });
}
