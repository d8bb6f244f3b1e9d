import { loadConfig, RelaisConfig } from '@relais/config';

/** The configuration a test app runs with: quiet logs, a generous rate limit, the given database. */
export function testConfig(databaseUrl: string, env: Record<string, string> = {}): RelaisConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    RATE_LIMIT_PER_MINUTE: '100000',
    JOB_RETRY_DELAY_SECONDS: '1',
    DATABASE_URL: databaseUrl,
    RUN_WORKERS_IN_API: 'true',
    // A cleanup firing at :00 or :30 would add jobs and rows under a test's feet; tests run jobs themselves.
    JOB_SCHEDULES: 'false',
    PORT: '0',
    ...env,
  });
}
