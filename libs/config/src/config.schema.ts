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

const smtpUrl = z.string().refine((value) => /^smtps?:\/\/.+/.test(value) && URL.canParse(value), {
  message: 'expected an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.example.com:587',
});

// "Name <address>" or a bare address, on one line (a line break would let it inject mail headers).
const mailAddress = z
  .string()
  .refine((value) => /^(?:[^\r\n<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(value), {
    message: 'expected an e-mail address, optionally with a name, e.g. Relais <no-reply@example.com>',
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
  // Whether this process fires the cron schedules (cleanups, digests); they are registered either way.
  JOB_SCHEDULES: booleanFlag.default(true),
  // Search runs on PostgreSQL unless MEILI_URL names a Meilisearch server.
  MEILI_URL: httpUrl.optional(),
  MEILI_API_KEY: z.string().min(1).optional(),
  // Meilisearch index uids allow only letters, digits, '-' and '_'; the prefix lets several
  // organisations or environments share one server.
  MEILI_INDEX_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/, { message: 'expected up to 64 letters, digits, - or _' })
    .default('relais'),
  // Ask an expert: a new question on a topic tells this many of its best experts (0 turns it off), and
  // nobody is asked more than EXPERT_QUESTIONS_PER_DAY times a day.
  ASK_EXPERTS_COUNT: positiveInt(0, 20).default(3),
  EXPERT_QUESTIONS_PER_DAY: positiveInt(1, 100).default(3),
  // E-mail (the daily notification digest) is written to the log unless SMTP_URL names a server.
  SMTP_URL: smtpUrl.optional(),
  MAIL_FROM: mailAddress.default('Relais <no-reply@relais.local>'),
  // Single sign-on (SAML 2.0): on when an IdP is named, by metadata (URL or file) or by entry point and
  // certificates. Cross-variable rules are checked in relais-config.ts (samlProblems).
  SAML_IDP_METADATA_URL: httpUrl.optional(),
  SAML_IDP_METADATA_FILE: z.string().min(1).optional(),
  SAML_ENTRY_POINT: httpUrl.optional(),
  SAML_LOGOUT_URL: httpUrl.optional(),
  SAML_IDP_CERTS: z.string().min(1).optional(),
  SAML_IDP_ENTITY_ID: z.string().min(1).max(1024).optional(),
  SAML_SP_ENTITY_ID: z.string().min(1).max(1024).optional(),
  SAML_NAMEID_FORMAT: z
    .string()
    .regex(/^urn:oasis:names:tc:SAML:[12]\.[01]:nameid-format:[A-Za-z]+$/, {
      message:
        'expected a SAML NameID format URN, e.g. urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    })
    .default('urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress'),
  SAML_ATTRIBUTE_MAP: z.string().optional(),
  SAML_ROLE_MAP: z.string().optional(),
  SAML_CLOCK_SKEW_SECONDS: positiveInt(0, 300).default(60),
  SAML_MAX_RESPONSE_KB: positiveInt(16, 2048).default(256),
  // SCIM 2.0 provisioning is on when a token is set; the IdP sends it as `Authorization: Bearer <token>`.
  SCIM_TOKEN: z
    .string()
    .regex(/^[\x21-\x7e]{32,512}$/, { message: 'expected 32 to 512 printable characters without spaces' })
    .optional(),
});

export type Environment = z.infer<typeof environmentSchema>;
