import { X509Certificate } from 'node:crypto';
import * as fs from 'node:fs';
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
    /** Whether this process fires cron schedules (once across all processes that do). */
    readonly runSchedules: boolean;
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
    /** How many top experts a new question on a topic notifies (0: none). */
    readonly askExpertsCount: number;
    /** At most this many such notifications per expert per day. */
    readonly expertQuestionsPerDay: number;
  };
  readonly mail: {
    /** `log` writes each message to the log (the local mode); `smtp` sends it to `smtpUrl`. */
    readonly transport: 'log' | 'smtp';
    readonly smtpUrl: string | undefined;
    /** The From header of every message. */
    readonly from: string;
  };
  /** Undefined when single sign-on is off (no IdP configured). */
  readonly saml: SamlConfig | undefined;
  readonly scim: {
    /** Undefined: SCIM provisioning is off (every /scim/v2 route answers 404). */
    readonly token: string | undefined;
  };
}

/** What Relais reads from an IdP's assertion: the SAML attribute name behind each field. */
export interface SamlAttributeNames {
  readonly email: string;
  readonly displayName: string;
  readonly givenName: string;
  readonly surname: string;
  readonly department: string;
  readonly title: string;
  readonly location: string;
  readonly locale: string;
  readonly groups: string;
}

export interface SamlConfig {
  /** Our entity id, the Audience the IdP must address. */
  readonly spEntityId: string;
  /** The assertion consumer service: Destination and Recipient must equal it. */
  readonly acsUrl: string;
  /** Where the IdP sends single-logout requests and responses. */
  readonly sloUrl: string;
  readonly metadataUrl: string | undefined;
  readonly metadataFile: string | undefined;
  /** Without metadata: the IdP's SSO endpoint (HTTP-Redirect binding). */
  readonly entryPoint: string | undefined;
  /** The IdP's single-logout endpoint, when it has one (metadata fills it otherwise). */
  readonly logoutUrl: string | undefined;
  /** Trusted signing certificates (base64 DER), several during a rotation; metadata adds its own. */
  readonly idpCerts: readonly string[];
  /** The IdP's entity id: assertions from another issuer are refused. Metadata fills it otherwise. */
  readonly idpEntityId: string | undefined;
  readonly nameIdFormat: string;
  readonly attributes: SamlAttributeNames;
  /** IdP group -> the Relais roles its members get. Only these roles are granted and revoked by SSO. */
  readonly roleMap: Readonly<Record<string, readonly SsoRole[]>>;
  readonly clockSkewMs: number;
  /** Largest SAMLResponse accepted, counted on the base64 text before decoding. */
  readonly maxResponseBytes: number;
}

/**
 * Roles an IdP group may grant: Relais's grantable roles (libs/identity/src/roles/role.ts GRANTABLE_ROLES,
 * which a test keeps equal to this list; config cannot import identity, which depends on it).
 */
export const SSO_ROLES = ['community_manager', 'comms_reviewer', 'admin', 'auditor'] as const;
export type SsoRole = (typeof SSO_ROLES)[number];

export const DEFAULT_SAML_ATTRIBUTES: SamlAttributeNames = {
  email: 'email',
  displayName: 'displayName',
  givenName: 'givenName',
  surname: 'sn',
  department: 'department',
  title: 'title',
  location: 'location',
  locale: 'locale',
  groups: 'groups',
};

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
  const saml = samlConfig(e, publicUrl, cwd);
  if (saml.problems.length) throw new ConfigurationError(saml.problems);
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
      runSchedules: e.JOB_SCHEDULES,
    },
    logLevel: e.LOG_LEVEL,
    sessions: { ttlMs: e.SESSION_TTL_HOURS * 3600_000 },
    graphql: { maxDepth: e.GRAPHQL_MAX_DEPTH, maxComplexity: e.GRAPHQL_MAX_COMPLEXITY },
    search: {
      meiliUrl: e.MEILI_URL?.replace(/\/+$/, ''),
      meiliApiKey: e.MEILI_API_KEY,
      indexPrefix: e.MEILI_INDEX_PREFIX,
      askExpertsCount: e.ASK_EXPERTS_COUNT,
      expertQuestionsPerDay: e.EXPERT_QUESTIONS_PER_DAY,
    },
    mail: {
      transport: e.SMTP_URL ? 'smtp' : 'log',
      smtpUrl: e.SMTP_URL,
      from: e.MAIL_FROM,
    },
    saml: saml.config,
    scim: { token: e.SCIM_TOKEN },
  };
}

type Env = z.infer<typeof environmentSchema>;

/** The SAML section, or every problem with the SAML variables, each naming its variable. */
function samlConfig(
  e: Env,
  publicUrl: string,
  cwd: string,
): { config: SamlConfig | undefined; problems: string[] } {
  const problems: string[] = [];
  const sources = [e.SAML_IDP_METADATA_URL, e.SAML_IDP_METADATA_FILE, e.SAML_ENTRY_POINT].filter(Boolean);
  const set = (name: keyof Env) => e[name] !== undefined;
  if (sources.length === 0) {
    const stray = (
      ['SAML_IDP_CERTS', 'SAML_LOGOUT_URL', 'SAML_ROLE_MAP', 'SAML_ATTRIBUTE_MAP'] as const
    ).filter(set);
    for (const name of stray) {
      problems.push(
        `${name}: is set but single sign-on is off; set SAML_IDP_METADATA_URL, SAML_IDP_METADATA_FILE or SAML_ENTRY_POINT too`,
      );
    }
    return { config: undefined, problems };
  }
  if (e.SAML_IDP_METADATA_URL && e.SAML_IDP_METADATA_FILE) {
    problems.push(
      'SAML_IDP_METADATA_FILE: set either SAML_IDP_METADATA_URL or SAML_IDP_METADATA_FILE, not both',
    );
  }
  const metadataFile = e.SAML_IDP_METADATA_FILE ? path.resolve(cwd, e.SAML_IDP_METADATA_FILE) : undefined;
  if (metadataFile && !fs.existsSync(metadataFile)) {
    problems.push(`SAML_IDP_METADATA_FILE: ${metadataFile} does not exist`);
  }
  const idpCerts = parseCertificates(e.SAML_IDP_CERTS, problems);
  if (!e.SAML_IDP_METADATA_URL && !metadataFile && idpCerts.length === 0) {
    problems.push(
      'SAML_IDP_CERTS: SAML_ENTRY_POINT needs the IdP signing certificate(s) (PEM or base64, separated by commas)',
    );
  }
  const attributes = parseAttributeMap(e.SAML_ATTRIBUTE_MAP, problems);
  const roleMap = parseRoleMap(e.SAML_ROLE_MAP, problems);
  if (problems.length) return { config: undefined, problems };
  return {
    problems,
    config: {
      spEntityId: e.SAML_SP_ENTITY_ID ?? `${publicUrl}/auth/saml/metadata`,
      acsUrl: `${publicUrl}/auth/saml/callback`,
      sloUrl: `${publicUrl}/auth/saml/logout/callback`,
      metadataUrl: e.SAML_IDP_METADATA_URL,
      metadataFile,
      entryPoint: e.SAML_ENTRY_POINT,
      logoutUrl: e.SAML_LOGOUT_URL,
      idpCerts,
      idpEntityId: e.SAML_IDP_ENTITY_ID,
      nameIdFormat: e.SAML_NAMEID_FORMAT,
      attributes,
      roleMap,
      clockSkewMs: e.SAML_CLOCK_SKEW_SECONDS * 1000,
      maxResponseBytes: e.SAML_MAX_RESPONSE_KB * 1024,
    },
  };
}

/** PEM blocks or bare base64 bodies, separated by commas; each must be an X.509 certificate. */
function parseCertificates(raw: string | undefined, problems: string[]): string[] {
  if (!raw) return [];
  const pems = raw.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
  const bodies = (pems ?? raw.split(','))
    .map((part) => part.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, ''))
    .filter(Boolean);
  const valid: string[] = [];
  bodies.forEach((body, index) => {
    try {
      new X509Certificate(Buffer.from(body, 'base64'));
      valid.push(body);
    } catch {
      problems.push(
        `SAML_IDP_CERTS: certificate ${index + 1} is not an X.509 certificate (PEM or base64 DER)`,
      );
    }
  });
  return valid;
}

/** `field=attribute,...` over the defaults, e.g. `email=mail,groups=memberOf`. */
function parseAttributeMap(raw: string | undefined, problems: string[]): SamlAttributeNames {
  const names: Record<string, string> = { ...DEFAULT_SAML_ATTRIBUTES };
  for (const entry of (raw ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const eq = entry.indexOf('=');
    const field = entry.slice(0, eq).trim();
    const attribute = entry.slice(eq + 1).trim();
    if (eq < 1 || !attribute) {
      problems.push(`SAML_ATTRIBUTE_MAP: "${entry}" is not field=attribute (e.g. email=mail)`);
    } else if (!(field in DEFAULT_SAML_ATTRIBUTES)) {
      problems.push(
        `SAML_ATTRIBUTE_MAP: unknown field "${field}"; expected one of ${Object.keys(DEFAULT_SAML_ATTRIBUTES).join(', ')}`,
      );
    } else {
      names[field] = attribute;
    }
  }
  return names as unknown as SamlAttributeNames;
}

/** `group=role,...`; a group may be named several times to get several roles. */
function parseRoleMap(raw: string | undefined, problems: string[]): Record<string, SsoRole[]> {
  const map: Record<string, SsoRole[]> = {};
  for (const entry of (raw ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const eq = entry.lastIndexOf('=');
    const group = entry.slice(0, eq).trim();
    const role = entry.slice(eq + 1).trim();
    if (eq < 1 || !group) {
      problems.push(`SAML_ROLE_MAP: "${entry}" is not group=role (e.g. relais-admins=admin)`);
    } else if (!(SSO_ROLES as readonly string[]).includes(role)) {
      problems.push(`SAML_ROLE_MAP: "${role}" is not a role; expected one of ${SSO_ROLES.join(', ')}`);
    } else if (!map[group]?.includes(role as SsoRole)) {
      map[group] = [...(map[group] ?? []), role as SsoRole];
    }
  }
  return map;
}

const SECRET_VARIABLES = new Set(['DATABASE_URL', 'MEILI_API_KEY', 'SMTP_URL', 'SCIM_TOKEN']);

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
