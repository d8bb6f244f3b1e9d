import { MigrationInterface, QueryRunner } from 'typeorm';

export class Communities1764000000300 implements MigrationInterface {
  name = 'Communities1764000000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE communities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        description_markdown text NOT NULL DEFAULT '' CHECK (length(description_markdown) <= 5000),
        description_html text NOT NULL DEFAULT '',
        visibility text NOT NULL CHECK (visibility IN ('open', 'private', 'secret')),
        official boolean NOT NULL DEFAULT false,
        archived_at timestamptz,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE UNIQUE INDEX communities_slug_key ON communities (slug)');
    await q.query('CREATE INDEX communities_created_at_id_idx ON communities (created_at, id)');
    // The directory's "search in name": accent- and case-insensitive substring match.
    await q.query(
      'CREATE INDEX communities_name_trgm_idx ON communities USING gin (relais_unaccent(lower(name)) gin_trgm_ops)',
    );

    await q.query(`
      CREATE TABLE community_topics (
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        PRIMARY KEY (community_id, topic_id)
      )`);
    await q.query('CREATE INDEX community_topics_topic_idx ON community_topics (topic_id)');

    await q.query(`
      CREATE TABLE memberships (
        community_id uuid NOT NULL REFERENCES communities(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL DEFAULT 'member' CHECK (role IN ('owner', 'moderator', 'member')),
        status text NOT NULL CHECK (status IN ('active', 'pending', 'invited', 'banned')),
        invited_by uuid REFERENCES users(id) ON DELETE SET NULL,
        decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
        -- When the person became an active member; kept if they are banned later.
        joined_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (community_id, user_id),
        CHECK (status <> 'active' OR joined_at IS NOT NULL)
      )`);
    // "my communities" and every visibility check start from the viewer.
    await q.query('CREATE INDEX memberships_user_idx ON memberships (user_id, status)');
    await q.query(
      "CREATE INDEX memberships_moderators_idx ON memberships (community_id) WHERE status = 'active' AND role IN ('owner', 'moderator')",
    );
    // The member list (keyset on joined_at, user_id) and the member count.
    await q.query(
      "CREATE INDEX memberships_active_idx ON memberships (community_id, joined_at, user_id) WHERE status = 'active'",
    );
    // The moderators' queue of join requests, oldest first.
    await q.query(
      "CREATE INDEX memberships_pending_idx ON memberships (community_id, created_at, user_id) WHERE status = 'pending'",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE memberships');
    await q.query('DROP TABLE community_topics');
    await q.query('DROP TABLE communities');
  }
}
