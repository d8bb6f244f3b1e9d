import 'reflect-metadata';
import { loadConfigOrExit, RelaisConfig } from '@relais/config';
import type * as Database from '@relais/database';
import type * as Demo from '@relais/demo';
import type { NestExpressApplication } from '@nestjs/platform-express';
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
  const demoAccounts = await prepareDemo(app, config);
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
      ...(demoAccounts.length
        ? [
            '',
            '  Demo organisation: sign in with the e-mail address alone (development sign-in) as',
            ...demoAccounts,
          ]
        : []),
      '',
    ].join('\n'),
  );
}

/**
 * Outside production, an empty database gets the demo organisation, so a first `npm start` shows a living
 * network. Returns the banner lines naming the demo people to sign in as, when they exist and the
 * development sign-in is on. A failure is reported and Relais starts anyway, empty.
 */
async function prepareDemo(app: NestExpressApplication, config: RelaisConfig): Promise<string[]> {
  if (config.isProduction) return [];
  /* eslint-disable @typescript-eslint/no-require-imports -- the demo library loads only outside production */
  const demo = require('@relais/demo') as typeof Demo;
  const { getDataSourceToken } = require('@nestjs/typeorm') as typeof import('@nestjs/typeorm');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const dataSource = app.get<import('typeorm').DataSource>(getDataSourceToken());
  const bar = demo.terminalProgress('Creating the demo organisation');
  try {
    const outcome = await demo.seedDemoOrganisation(dataSource, {
      seed: demo.DEFAULT_DEMO_SEED,
      onProgress: bar.progress,
    });
    bar.stop();
    if (outcome.created) {
      console.log(`[demo] ${demo.describeDemoSeed(outcome)}`);
      // The seed writes rows directly, without index jobs: build the search indexes over it now, so the
      // demo people are found from the first search.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
      const { SearchIndexerService } = require('@relais/search') as typeof import('@relais/search');
      const counts = await app.get(SearchIndexerService).rebuild();
      console.log(
        `[search] indexes built: ${Object.entries(counts)
          .map(([type, n]) => `${n} ${type}`)
          .join(', ')}`,
      );
    }
  } catch (error) {
    bar.stop();
    console.error(`[demo] the demo organisation was not created: ${String(error)}`);
  }
  // The development sign-in is off under single sign-on: the demo people cannot use it then.
  if (config.saml) return [];
  const present = await new demo.DemoOrganisationRepository(dataSource).activeEmails(
    demo.DEMO_ACCOUNTS.map((account) => account.email),
  );
  return demo
    .demoSignInLines(demo.DEMO_ACCOUNTS.filter((account) => present.has(account.email)))
    .map((line) => `    ${line}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
