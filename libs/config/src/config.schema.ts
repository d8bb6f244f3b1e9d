import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInt = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: `expected a whole number between ${min} and ${max}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { message: `expected a whole number between ${min} and ${max}` });

const postgresUrl = z.string().refine((value) => /^postgres(ql)?:\/\/.+/.test(value) && URL.canParse(value), {
  message: 'expected a postgres:// or postgresql:// URL, e.g. postgres://user:pass@host:5432/relais',
});

const httpUrl = z.string().refine((value) => /^https?:\/\//.test(value) && URL.canParse(value), {
  message: 'expected an http:// or https:// URL',
});

/**
 * Every environment variable Relais reads. Each one has a default that makes the local mode work,
 * so `npm start` needs no variable at all.
 */
export const environmentSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'expected development, production or test' })
    .default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: positiveInt(0, 65535).default(3000),
  PUBLIC_URL: httpUrl.optional(),
  TRUST_PROXY: booleanFlag.default(false),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: positiveInt(1, 200).default(10),
  RELAIS_DATA_DIR: z.string().min(1).optional(),
  RUN_WORKERS_IN_API: booleanFlag.optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  SESSION_TTL_HOURS: positiveInt(1, 24 * 365).default(24 * 14),
  GRAPHQL_MAX_DEPTH: positiveInt(2, 50).default(12),
  GRAPHQL_MAX_COMPLEXITY: positiveInt(10, 100_000).default(2_000),
  REQUEST_BODY_LIMIT_KB: positiveInt(1, 10_240).default(256),
  RATE_LIMIT_PER_MINUTE: positiveInt(1, 1_000_000).default(600),
  SHUTDOWN_TIMEOUT_MS: positiveInt(100, 600_000).default(15_000),
  JOB_RETRY_LIMIT: positiveInt(0, 100).default(5),
  JOB_RETRY_DELAY_SECONDS: positiveInt(1, 3600).default(5),
  // Search runs on PostgreSQL unless MEILI_URL names a Meilisearch server.
  MEILI_URL: httpUrl.optional(),
  MEILI_API_KEY: z.string().min(1).optional(),
  // Meilisearch index uids allow only letters, digits, '-' and '_'; the prefix lets several
  // organisations or environments share one server.
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'expected up to 64 letters, digits, - or _' })
    .default('relais'),
});

export type Environment = z.infer<typeof environmentSchema>;
