import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Single sign-on (SAML 2.0) and SCIM 2.0 provisioning: the IdP's identifiers on the account, the state every
 * api process shares to validate responses (issued requests, assertions already used), what single logout
 * needs to find a session, and the SCIM groups whose membership drives roles.
 */
export class Sso1764000000150 implements MigrationInterface {
  name = 'Sso1764000000150';

  async up(q: QueryRunner): Promise<void> {
    // saml_name_id: the NameID the IdP asserts (SCIM's userName); external_id: SCIM's externalId.
    await q.query(`ALTER TABLE users ADD COLUMN saml_name_id text CHECK (length(saml_name_id) BETWEEN 1 AND 1024),
                                     ADD COLUMN external_id text CHECK (length(external_id) BETWEEN 1 AND 1024)`);
    // NameIDs compare case-insensitively: e-mail addresses and UPNs are how IdPs send them.
    await q.query('CREATE UNIQUE INDEX users_saml_name_id_key ON users (lower(saml_name_id))');
    await q.query('CREATE UNIQUE INDEX users_external_id_key ON users (external_id)');

    // AuthnRequest ids we issued: a response is accepted only for one of them, once, before expires_at.
    await q.query(`
      CREATE TABLE saml_requests (
        id text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 256),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz
      )`);
    await q.query('CREATE INDEX saml_requests_expires_at_idx ON saml_requests (expires_at)');

    // Assertions already accepted, kept until they expire: the same assertion never opens a second session.
    await q.query(`
      CREATE TABLE saml_assertions (
        issuer text NOT NULL,
        assertion_id text NOT NULL CHECK (length(assertion_id) BETWEEN 1 AND 256),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, assertion_id)
      )`);
    await q.query('CREATE INDEX saml_assertions_expires_at_idx ON saml_assertions (expires_at)');

    // What the IdP said about a session opened by SSO: single logout finds sessions by it.
    await q.query(`
      CREATE TABLE saml_sessions (
        session_id uuid PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        name_id text NOT NULL,
        name_id_format text,
        session_index text
      )`);
    await q.query('CREATE INDEX saml_sessions_name_id_idx ON saml_sessions (lower(name_id))');

    await q.query(`
      CREATE TABLE scim_groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 256),
        external_id text CHECK (length(external_id) BETWEEN 1 AND 1024),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX scim_groups_display_name_key ON scim_groups (display_name)');
    await q.query(`
      CREATE TABLE scim_group_members (
        group_id uuid NOT NULL REFERENCES scim_groups(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, user_id)
      )`);
    await q.query('CREATE INDEX scim_group_members_user_id_idx ON scim_group_members (user_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE scim_group_members');
    await q.query('DROP TABLE scim_groups');
    await q.query('DROP TABLE saml_sessions');
    await q.query('DROP TABLE saml_assertions');
    await q.query('DROP TABLE saml_requests');
    await q.query('DROP INDEX users_external_id_key');
    await q.query('DROP INDEX users_saml_name_id_key');
    await q.query('ALTER TABLE users DROP COLUMN external_id, DROP COLUMN saml_name_id');
  }
}
