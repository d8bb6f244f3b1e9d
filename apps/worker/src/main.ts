import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit, RelaisConfig } from '@relais/config';
import { startLocalDatabase } from '@relais/database';
import { Logger } from 'nestjs-pino';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  let config: RelaisConfig = loadConfigOrExit();
  let stopDatabase: (() => Promise<void>) | undefined;
  if (!config.database.url) {
    // Beside a local api, this reuses the embedded database it started.
    const local = await startLocalDatabase(config.dataDir, (message) => console.log(`[database] ${message}`));
    config = { ...config, database: { ...config.database, url: local.url } };
    stopDatabase = () => local.handle.stop();
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
  const logger = new NestLogger('Worker');
  logger.log('worker started');

  let firstSignalAt: number | undefined;
  const stop = async (signal: NodeJS.Signals) => {
    if (firstSignalAt !== undefined) {
      // The same stop request often arrives twice at once (npm forwards it, the group gets it too).
      if (Date.now() - firstSignalAt < 3_000) return;
      process.exit(1);
    }
    firstSignalAt = Date.now();
    logger.log(`${signal} received: finishing running jobs`);
    setTimeout(() => process.exit(1), config.http.shutdownTimeoutMs + 5_000).unref();
    await app.close();
    // Only a worker that started the embedded database stops it; an api may still be using it, but the
    // local mode runs jobs inside the api, so a separate local worker is rare.
    await stopDatabase?.();
    process.exit(0);
  };
  process.on('SIGTERM', (s) => void stop(s));
  process.on('SIGINT', (s) => void stop(s));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
