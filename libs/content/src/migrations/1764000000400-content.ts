import { MigrationInterface, QueryRunner } from 'typeorm';

export class Content1764000000400 implements MigrationInterface {
  name = 'Content1764000000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        -- NULL: a post on its author's profile.
        community_id uuid REFERENCES communities(id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('discussion', 'question', 'best_practice', 'announcement')),
        title text CHECK (title IS NULL OR length(title) BETWEEN 1 AND 200),
        body_markdown text NOT NULL CHECK (length(body_markdown) BETWEEN 1 AND 20000),
        body_html text NOT NULL,
        body_text text NOT NULL,
        classification text NOT NULL DEFAULT 'internal'
          CHECK (classification IN ('public_eligible', 'internal', 'confidential')),
        language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
        pinned_at timestamptz,
        accepted_comment_id uuid,
        -- millisecond precision: keyset cursors carry JavaScript dates
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        deleted_by uuid REFERENCES users(id) ON DELETE SET NULL,
        CHECK (pinned_at IS NULL OR community_id IS NOT NULL),
        CHECK (accepted_comment_id IS NULL OR kind = 'question'),
        CHECK (deleted_by IS NULL OR deleted_at IS NOT NULL)
      )`);
    // communityFeed: newest first inside one community; homeFeed walks it once per community of the viewer.
    await q.query(
      'CREATE INDEX posts_community_feed_idx ON posts (community_id, created_at DESC, id DESC) WHERE deleted_at IS NULL',
    );
    // personFeed, and homeFeed's own posts and followed people.
    await q.query('CREATE INDEX posts_author_feed_idx ON posts (author_id, created_at DESC, id DESC)');
    // The pinned block on the first page of a community.
    await q.query(
      'CREATE INDEX posts_pinned_idx ON posts (community_id, pinned_at DESC) WHERE pinned_at IS NOT NULL AND deleted_at IS NULL',
    );
    await q.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        -- One level of replies: a reply's parent is a top-level comment of the same post (the service
        -- attaches a reply to a reply to its top-level comment; the foreign key keeps it in the same post).
        parent_id uuid,
        author_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        body_markdown text NOT NULL CHECK (length(body_markdown) BETWEEN 1 AND 10000),
        body_html text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        edited_at timestamptz,
        deleted_at timestamptz,
        UNIQUE (id, post_id),
        FOREIGN KEY (parent_id, post_id) REFERENCES comments (id, post_id) ON DELETE CASCADE
      )`);
    await q.query('CREATE INDEX comments_post_idx ON comments (post_id, created_at, id)');
    await q.query(
      'CREATE INDEX comments_parent_idx ON comments (parent_id, created_at, id) WHERE parent_id IS NOT NULL',
    );
    // The accepted answer is a comment of the same post.
    await q.query(`
      ALTER TABLE posts ADD CONSTRAINT posts_accepted_comment_fkey
        FOREIGN KEY (accepted_comment_id, id) REFERENCES comments (id, post_id)
        ON DELETE SET NULL (accepted_comment_id)`);

    await q.query(`
      CREATE TABLE reactions (
        subject_type text NOT NULL CHECK (subject_type IN ('post', 'comment')),
        subject_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('like', 'celebrate', 'support', 'insightful', 'curious')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        -- One reaction per person per subject; counts per subject read this index's prefix.
        PRIMARY KEY (subject_type, subject_id, user_id)
      )`);
    await q.query('CREATE INDEX reactions_user_idx ON reactions (user_id)');

    await q.query(`
      CREATE TABLE mentions (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        comment_id uuid REFERENCES comments(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE NULLS NOT DISTINCT (post_id, comment_id, user_id)
      )`);
    await q.query('CREATE INDEX mentions_user_idx ON mentions (user_id, created_at DESC)');
    // @handle mentions name people by the local part of their e-mail address.
    await q.query("CREATE INDEX users_email_local_part_idx ON users (split_part(email, '@', 1))");

    await q.query(`
      CREATE TABLE post_topics (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        -- The post's created_at (which never changes), so a topic's posts are walked newest first on one
        -- index instead of joining and sorting every post of the topic.
        post_created_at timestamptz(3) NOT NULL,
        PRIMARY KEY (post_id, topic_id)
      )`);
    // topicFeed and homeFeed's followed topics; also every lookup by topic (merges).
    await q.query(
      'CREATE INDEX post_topics_topic_feed_idx ON post_topics (topic_id, post_created_at DESC, post_id DESC)',
    );

    await q.query(`
      CREATE TABLE follows (
        follower_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        target_type text NOT NULL CHECK (target_type IN ('user', 'community', 'topic')),
        target_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (follower_id, target_type, target_id)
      )`);
    // Followers of a person, a community or a topic (counts, topic merges).
    await q.query('CREATE INDEX follows_target_idx ON follows (target_type, target_id)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE follows');
    await q.query('DROP TABLE post_topics');
    await q.query('DROP INDEX users_email_local_part_idx');
    await q.query('DROP TABLE mentions');
    await q.query('DROP TABLE reactions');
    await q.query('ALTER TABLE posts DROP CONSTRAINT posts_accepted_comment_fkey');
    await q.query('DROP TABLE comments');
    await q.query('DROP TABLE posts');
  }
}
