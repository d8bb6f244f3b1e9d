/**
 * The SQL that one authenticated `{ me { id email displayName roles } }` request runs, copied by hand from the
 * production code (nothing imported, so the baseline cannot silently follow a change). The benchmark records the
 * statements a real request runs and warns when these copies no longer match them.
 */
export interface MeRequestParams {
  /** sha256 of the session cookie's token. */
  tokenHash: Buffer;
  /** The key PostgresThrottlerStorage got for this session (taken from a recorded request). */
  rateLimitKey: string;
  /** max(ttl, blockDuration) of the `default` throttler: 60 s. */
  rateLimitTtlMs: number;
  userId: string;
}

export interface MeRequestStatement {
  /** What it is for, in the order a request runs it. */
  name: string;
  text: string;
  params(p: MeRequestParams): unknown[];
}

export const RATE_LIMIT_UPSERT: MeRequestStatement = {
  name: 'rate-limit upsert (GraphqlThrottlerGuard)',
  // apps/api/src/rate-limit/postgres-throttler.storage.ts, PostgresThrottlerStorage.increment
  text: `INSERT INTO rate_limit_window AS w (key, window_ends_at, hits)
            VALUES ($1, now() + make_interval(secs => $2::double precision / 1000), 1)
       ON CONFLICT (key) DO UPDATE
             SET hits = CASE WHEN w.window_ends_at <= now() THEN 1 ELSE w.hits + 1 END,
                 window_ends_at = CASE WHEN w.window_ends_at <= now() THEN EXCLUDED.window_ends_at
                                       ELSE w.window_ends_at END
       RETURNING hits, (EXTRACT(EPOCH FROM (window_ends_at - now())) * 1000)::int AS expires_in_ms`,
  params: (p) => [p.rateLimitKey, p.rateLimitTtlMs],
};

export const ME_REQUEST_STATEMENTS: readonly MeRequestStatement[] = [
  RATE_LIMIT_UPSERT,
  {
    name: 'session lookup (ViewerGuard, after the throttler guard)',
    // libs/identity/src/sessions/sessions.repository.ts, SessionsRepository.findViewer
    text: `SELECT s.id AS session_id, u.id AS user_id, u.email, u.display_name, u.locale,
              COALESCE((SELECT array_agg(r.role ORDER BY r.role) FROM role_assignments r WHERE r.user_id = u.id),
                       '{}') AS roles,
              s.last_seen_at < now() - interval '5 minutes' AS stale
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'active'`,
    params: (p) => [p.tokenHash],
  },
  {
    name: 'user by id (UsersResolver.me)',
    // libs/identity/src/users/users.repository.ts, UsersRepository.findById: TypeORM's findOneBy({ id }) on
    // UserEntity (libs/identity/src/users/user.entity.ts), as TypeORM 1.x renders it.
    text: `SELECT "UserEntity"."id" AS "UserEntity_id", "UserEntity"."email" AS "UserEntity_email",
      "UserEntity"."display_name" AS "UserEntity_display_name", "UserEntity"."locale" AS "UserEntity_locale",
      "UserEntity"."title" AS "UserEntity_title", "UserEntity"."department" AS "UserEntity_department",
      "UserEntity"."location" AS "UserEntity_location", "UserEntity"."status" AS "UserEntity_status",
      "UserEntity"."saml_name_id" AS "UserEntity_saml_name_id", "UserEntity"."external_id" AS "UserEntity_external_id",
      "UserEntity"."deactivated_at" AS "UserEntity_deactivated_at", "UserEntity"."created_at" AS "UserEntity_created_at",
      "UserEntity"."updated_at" AS "UserEntity_updated_at"
      FROM "users" "UserEntity" WHERE (("UserEntity"."id" = $1)) LIMIT 1`,
    params: (p) => [p.userId],
  },
  {
    name: 'roles of the user (UsersResolver.roles DataLoader)',
    // libs/identity/src/roles/roles.repository.ts, RolesRepository.rolesOf (one id per request here)
    text: 'SELECT user_id, role FROM role_assignments WHERE user_id = ANY($1::uuid[]) ORDER BY role',
    params: (p) => [[p.userId]],
  },
];

/** Whitespace-insensitive form, to compare a copy with a recorded statement. */
export function normalizeSql(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
