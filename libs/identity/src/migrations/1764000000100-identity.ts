import { MigrationInterface, QueryRunner } from 'typeorm';

export class Identity1764000000100 implements MigrationInterface {
  name = 'Identity1764000000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        locale text NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
        title text,
        department text,
        location text,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'deactivated')),
        deactivated_at timestamptz,
        -- millisecond precision: keyset cursors carry JavaScript dates
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX users_email_key ON users (email)');
    await q.query('CREATE INDEX users_created_at_id_idx ON users (created_at, id)');

    await q.query(`
      CREATE TABLE role_assignments (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('community_manager', 'comms_reviewer', 'admin', 'auditor')),
        granted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        granted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, role)
      )`);
    await q.query('CREATE INDEX role_assignments_role_idx ON role_assignments (role)');

    await q.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        token_hash bytea NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        method text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        user_agent text,
        ip text
      )`);
    await q.query('CREATE UNIQUE INDEX sessions_token_hash_key ON sessions (token_hash)');
    await q.query('CREATE INDEX sessions_user_id_idx ON sessions (user_id) WHERE revoked_at IS NULL');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE sessions');
    await q.query('DROP TABLE role_assignments');
    await q.query('DROP TABLE users');
  }
}
