import * as path from 'node:path';
import { z } from 'zod';
import { environmentSchema } from './config.schema';

export interface RelaisConfig {
  readonly env: 'development' | 'production' | 'test';
  readonly isProduction: boolean;
  readonly http: {
    readonly host: string;
    readonly port: number;
    /** The address people use to reach the app; decides whether cookies are Secure. */
    readonly publicUrl: string;
    readonly secureCookies: boolean;
    readonly trustProxy: boolean;
    readonly bodyLimitBytes: number;
    readonly rateLimitPerMinute: number;
    readonly shutdownTimeoutMs: number;
  };
  readonly database: {
    /** Undefined in the local mode: an embedded PostgreSQL is started and its URL filled in at boot. */
    readonly url: string | undefined;
    readonly poolSize: number;
  };
  /** Folder for the embedded database and other local state. */
  readonly dataDir: string;
  readonly jobs: {
    readonly runWorkersInApi: boolean;
    readonly retryLimit: number;
    readonly retryDelaySeconds: number;
  };
  readonly logLevel: string;
  readonly sessions: { readonly ttlMs: number };
  readonly graphql: { readonly maxDepth: number; readonly maxComplexity: number };
  readonly search: {
    /** Undefined: search runs on PostgreSQL full-text; set: on this Meilisearch server. */
    readonly meiliUrl: string | undefined;
    readonly meiliApiKey: string | undefined;
    /** Prepended to every Meilisearch index uid, e.g. `relais_people`. */
    readonly indexPrefix: string;
  };
}

export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Builds the one typed configuration object from the environment, or throws naming every bad variable. */
export function loadConfig(
  source: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): RelaisConfig {
  // Empty strings mean "unset": `FOO= npm start` must not count as a malformed value.
  const raw = Object.fromEntries(
    Object.keys(environmentSchema.shape).map((key) => [key, source[key] === '' ? undefined : source[key]]),
  );
  const parsed = environmentSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((issue) => describeIssue(issue, raw)));
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    http: {
      host: e.HOST,
      port: e.PORT,
      publicUrl,
      secureCookies: publicUrl.startsWith('https://'),
      trustProxy: e.TRUST_PROXY,
      bodyLimitBytes: e.REQUEST_BODY_LIMIT_KB * 1024,
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    },
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    dataDir: path.resolve(cwd, e.RELAIS_DATA_DIR ?? '.relais'),
    jobs: {
      // In the local mode (no DATABASE_URL) one process does everything.
      runWorkersInApi: e.RUN_WORKERS_IN_API ?? e.DATABASE_URL === undefined,
      retryLimit: e.JOB_RETRY_LIMIT,
      retryDelaySeconds: e.JOB_RETRY_DELAY_SECONDS,
    },
    logLevel: e.LOG_LEVEL,
    sessions: { ttlMs: e.SESSION_TTL_HOURS * 3600_000 },
    graphql: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxComplexity: e.GRAPHQL_MAX_COMPLEXITY },
    search: {
      meiliUrl: e.MEILI_URL?.replace(/\/+$/, ''),
      meiliApiKey: e.MEILI_API_KEY,
      indexPrefix: e.MEILI_INDEX_PREFIX,
    },
  };
}

const SECRET_VARIABLES = new Set(['DATABASE_URL', 'MEILI_API_KEY']);

function describeIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>): string {
  const name = String(issue.path[0] ?? '(unknown)');
  const value = raw[name];
  // Never echo a secret back: a database URL may hold a password.
  const shown =
    value === undefined ? 'unset' : SECRET_VARIABLES.has(name) ? 'a malformed value' : JSON.stringify(value);
  return `${name}: ${issue.message} (got ${shown})`;
}

/** Loads the configuration or stops the process with a message naming the variable. */
export function loadConfigOrExit(): RelaisConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
}
