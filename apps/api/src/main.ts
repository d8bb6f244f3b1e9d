import 'reflect-metadata';
import { loadConfigOrExit, RelaisConfig } from '@relais/config';
import { startLocalDatabase } from '@relais/database';
import { createApiApp, installGracefulShutdown } from './bootstrap';

async function main(): Promise<void> {
  const started = Date.now();
  let config: RelaisConfig = loadConfigOrExit();
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
