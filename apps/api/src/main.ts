import 'reflect-metadata';
import { loadConfigOrExit, RelaisConfig } from '@relais/config';
import type * as Database from '@relais/database';
import type * as Bootstrap from './bootstrap';

async function main(): Promise<void> {
  const started = Date.now();
  // The configuration is checked before the framework loads, so a bad variable is reported at once.
  let config: RelaisConfig = loadConfigOrExit();
  /* eslint-disable @typescript-eslint/no-require-imports -- loaded only once the configuration is valid */
  const { startLocalDatabase } = require('@relais/database') as typeof Database;
  const { createApiApp, installGracefulShutdown } = require('./bootstrap') as typeof Bootstrap;
  /* eslint-enable @typescript-eslint/no-require-imports */
  let stopDatabase: (() => Promise<void>) | undefined;

  if (!config.database.url) {
    const local = await startLocalDatabase(config.dataDir, (message) => console.log(`[database] ${message}`));
    console.log(`[database] embedded PostgreSQL in ${local.folder} on port ${local.handle.port}`);
    config = { ...config, database: { ...config.database, url: local.url } };
    stopDatabase = () => local.handle.stop();
  }

  const app = await createApiApp(config).catch(async (error: unknown) => {
    await stopDatabase?.();
    throw error;
  });
  installGracefulShutdown(app, config.http.shutdownTimeoutMs, stopDatabase);
  await app.listen(config.http.port, config.http.host);
  const url = config.http.publicUrl;
  console.log(
    [
      '',
      `Relais is ready (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      `  web app:  ${url}/`,
      `  GraphQL:  ${url}/graphql`,
      `  health:   ${url}/health`,
      '',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
