import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationKind } from '../notifications/notification-kind';
import { DigestCounts } from './digest-renderer';

export interface DigestRecipient {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  status: string;
}

export interface UnreadGroup {
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  count: number;
}

/** Digest rows that cover notifications: one whose e-mail may have left (pending) counts as sent. */
const COVERING = `status IN ('pending', 'sent')`;

@Injectable()
export class DigestRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Active people, after `afterUserId` in id order, with unread notifications created since their last
   * digest and no digest row for `date` yet.
   */
  async candidates(date: string, afterUserId: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT u.id FROM users u
        WHERE u.status = 'active'
          AND ($2::uuid IS NULL OR u.id > $2::uuid)
          AND NOT EXISTS (SELECT 1 FROM notification_digests d WHERE d.user_id = u.id AND d.digest_date = $1::date)
          AND EXISTS (
                SELECT 1 FROM notifications n
                 WHERE n.recipient_id = u.id AND n.read_at IS NULL
                   AND n.created_at > COALESCE(
                         (SELECT max(d.covered_until) FROM notification_digests d
                           WHERE d.user_id = u.id AND d.digest_date < $1::date AND d.${COVERING}),
                         '-infinity'))
        ORDER BY u.id
        LIMIT $3`,
      [date, afterUserId, limit],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Deletes digest rows older than `keepDays` before `date`, except each person's newest covering one, which
   * the next digest starts from. Returns how many went.
   */
  async prune(date: string, keepDays: number): Promise<number> {
    const [, deleted] = (await this.dataSource.query(
      `DELETE FROM notification_digests d
        WHERE d.digest_date < $1::date - $2::int
          AND EXISTS (SELECT 1 FROM notification_digests newer
                       WHERE newer.user_id = d.user_id AND newer.digest_date > d.digest_date
                         AND newer.${COVERING})`,
      [date, keepDays],
    )) as [unknown[], number];
    return deleted;
  }

  async recipient(userId: string, manager: EntityManager): Promise<DigestRecipient | null> {
    const rows: Array<{ id: string; email: string; display_name: string; locale: string; status: string }> =
      await manager.query('SELECT id, email, display_name, locale, status FROM users WHERE id = $1', [
        userId,
      ]);
    const row = rows[0];
    return row
      ? {
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          locale: row.locale,
          status: row.status,
        }
      : null;
  }

  /**
   * Claims the person's digest of `date`: inserts its row, or takes back one whose sending failed. False when
   * another run has it (pending or sent). A concurrent claim waits on the row's key until this one ends.
   */
  async claim(userId: string, date: string, coveredUntil: Date, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO notification_digests (user_id, digest_date, status, covered_until)
       VALUES ($1, $2::date, 'pending', $3)
       ON CONFLICT (user_id, digest_date) DO UPDATE
          SET status = 'pending', covered_until = EXCLUDED.covered_until, error = NULL,
              attempts = notification_digests.attempts + 1
        WHERE notification_digests.status = 'failed'
       RETURNING user_id`,
      [userId, date, coveredUntil],
    );
    return rows.length === 1;
  }

  /** Where the person's previous digest stopped, or null before their first. */
  async coveredUntil(userId: string, date: string, manager: EntityManager): Promise<Date | null> {
    const rows: Array<{ until: Date | null }> = await manager.query(
      `SELECT max(covered_until) AS until FROM notification_digests
        WHERE user_id = $1 AND digest_date < $2::date AND ${COVERING}`,
      [userId, date],
    );
    return rows[0]?.until ?? null;
  }

  /** Unread notifications created in (since, until], per kind and subject; at most `maxGroups` groups. */
  async unreadGroups(
    userId: string,
    since: Date | null,
    until: Date,
    maxGroups: number,
    manager: EntityManager,
  ): Promise<UnreadGroup[]> {
    const rows: Array<{ kind: NotificationKind; subject_type: string; subject_id: string; n: number }> =
      await manager.query(
        `SELECT kind, subject_type, subject_id, count(*)::int AS n
           FROM notifications
          WHERE recipient_id = $1 AND read_at IS NULL
            AND created_at > COALESCE($2::timestamptz, '-infinity') AND created_at <= $3
          GROUP BY kind, subject_type, subject_id
          ORDER BY max(created_at) DESC
          LIMIT $4`,
        [userId, since, until, maxGroups],
      );
    return rows.map((r) => ({
      kind: r.kind,
      subjectType: r.subject_type,
      subjectId: r.subject_id,
      count: r.n,
    }));
  }

  async recordCounts(
    userId: string,
    date: string,
    counts: DigestCounts,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      'UPDATE notification_digests SET counts = $3 WHERE user_id = $1 AND digest_date = $2::date',
      [userId, date, JSON.stringify(counts)],
    );
  }

  async markSent(userId: string, date: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_digests SET status = 'sent', sent_at = now()
        WHERE user_id = $1 AND digest_date = $2::date`,
      [userId, date],
    );
  }

  async markFailed(userId: string, date: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_digests SET status = 'failed', error = $3
        WHERE user_id = $1 AND digest_date = $2::date`,
      [userId, date, error.slice(0, 1000)],
    );
  }
}
