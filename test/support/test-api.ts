import type { Server } from 'node:http';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { RelaisConfig } from '@relais/config';
import { JobsService } from '@relais/jobs';
import { createTestDatabase, GraphqlClient, signIn, testConfig, TestDatabase } from '@relais/testing';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/bootstrap';

export interface TestApi {
  app: NestExpressApplication;
  server: Server;
  db: DataSource;
  database: TestDatabase;
  config: RelaisConfig;
  jobs: JobsService;
  anonymous: GraphqlClient;
  signIn(email: string, displayName?: string): Promise<GraphqlClient>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  /**
   * Runs after the application is built and before it initialises (at `listen`): the place to define test
   * queues with `app.get(JobRegistry).define(...)`, since queues are created and consumed at bootstrap.
   */
  beforeStart?: (app: NestExpressApplication) => void | Promise<void>;
  /** Listen on this loopback port instead of a random one (when PUBLIC_URL must name the port beforehand). */
  port?: number;
}

/**
 * The real api (GraphQL, guards, limits, jobs in-process) on its own fresh database, listening on a random
 * loopback port. One per test file: `beforeAll(() => api = await startTestApi())`.
 */
export async function startTestApi(
  env: Record<string, string> = {},
  options: TestApiOptions = {},
): Promise<TestApi> {
  const database = await createTestDatabase();
  const config = testConfig(database.url, env);
  const app = await createApiApp(config);
  try {
    await options.beforeStart?.(app);
    await app.listen(options.port ?? 0, '127.0.0.1');
  } catch (error) {
    await app.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
  const server = app.getHttpServer() as Server;
  return {
    app,
    server,
    db: app.get<DataSource>(getDataSourceToken()),
    database,
    config,
    jobs: app.get(JobsService),
    anonymous: new GraphqlClient(server),
    signIn: (email, displayName) => signIn(server, email, displayName),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
