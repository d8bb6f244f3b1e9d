import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1764000000250 implements MigrationInterface {
  name = 'Notifications1764000000250';

  async up(q: QueryRunner): Promise<void> {
    // Rows hold ids only: what a notification shows (a post title, a community name) is loaded when it is
    // read, through the same visibility rules as everything else, so a lost membership hides it.
    await q.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('mention', 'reply', 'reaction', 'join_request', 'join_decision',
                                           'accepted_answer', 'invitation')),
        actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
        subject_type text NOT NULL CHECK (subject_type IN ('post', 'comment', 'community')),
        subject_id uuid NOT NULL,
        data jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object'),
        -- The event (the job that created it, or the caller's event key) and the recipient: a retried job
        -- or a repeated event creates nothing twice.
        dedupe_key text NOT NULL,
        -- Millisecond precision, like the keyset cursors that carry it.
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query('CREATE UNIQUE INDEX notifications_dedupe_key ON notifications (recipient_id, dedupe_key)');
    // The list, newest first.
    await q.query(
      'CREATE INDEX notifications_recipient_idx ON notifications (recipient_id, created_at DESC, id DESC)',
    );
    // The unread count (newest unread first) and the digest's "unread since the last digest".
    await q.query(
      `CREATE INDEX notifications_unread_idx ON notifications (recipient_id, created_at DESC)
        WHERE read_at IS NULL`,
    );

    // One row per person and day: written before the e-mail goes out, so a retried job never sends twice.
    await q.query(`
      CREATE TABLE notification_digests (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        digest_date date NOT NULL,
        -- pending: claimed, the e-mail may or may not have left (a crash while sending); never resent.
        -- sent: the transport accepted it. failed: the transport refused it; a retry may claim it again.
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        -- Notifications created up to this instant are covered; the next digest counts those after it.
        covered_until timestamptz(3) NOT NULL,
        -- Counts per kind, as sent (no ids, no text).
        counts jsonb NOT NULL DEFAULT '{}',
        attempts int NOT NULL DEFAULT 1,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz,
        PRIMARY KEY (user_id, digest_date)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE notification_digests');
    await q.query('DROP TABLE notifications');
  }
}
