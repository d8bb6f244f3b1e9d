import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CreatedAtPosition } from '@relais/common';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationKind, NotificationSubjectType } from './notification-kind';

/** A notification as the list shows it, with its actor when the actor may still be named. */
export interface NotificationRow {
  id: string;
  kind: NotificationKind;
  subjectType: NotificationSubjectType;
  subjectId: string;
  data: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
  /** Null when there is none, or when the actor's account is deactivated or gone. */
  actor: { id: string; displayName: string } | null;
}

export interface NewNotifications {
  recipientIds: readonly string[];
  kind: NotificationKind;
  actorId: string | null;
  subjectType: NotificationSubjectType;
  subjectId: string;
  data: Record<string, unknown>;
  dedupeKey: string;
}

export interface SubjectCount {
  subjectType: string;
  subjectId: string;
  count: number;
}

interface RawNotificationRow {
  id: string;
  kind: NotificationKind;
  subject_type: NotificationSubjectType;
  subject_id: string;
  data: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
  actor_id: string | null;
  actor_display_name: string | null;
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /**
   * One row per active recipient who is not the actor; a row that exists already for this recipient and
   * dedupe key is left alone. Returns how many were created.
   */
  async insertMany(input: NewNotifications, manager?: EntityManager): Promise<number> {
    const rows: unknown[] = await this.manager(manager).query(
      `INSERT INTO notifications (recipient_id, kind, actor_id, subject_type, subject_id, data, dedupe_key)
       SELECT u.id, $2, $3, $4, $5, $6, $7
         FROM users u
        WHERE u.id = ANY($1::uuid[]) AND u.status = 'active' AND u.id IS DISTINCT FROM $3::uuid
       ON CONFLICT (recipient_id, dedupe_key) DO NOTHING
       RETURNING id`,
      [
        input.recipientIds,
        input.kind,
        input.actorId,
        input.subjectType,
        input.subjectId,
        JSON.stringify(input.data),
        input.dedupeKey,
      ],
    );
    return rows.length;
  }

  /** The recipient's notifications after the cursor, newest first, hidden subjects included. */
  async page(
    recipientId: string,
    after: CreatedAtPosition | null,
    limit: number,
  ): Promise<NotificationRow[]> {
    const rows: RawNotificationRow[] = await this.dataSource.query(
      `SELECT n.id, n.kind, n.subject_type, n.subject_id, n.data, n.created_at, n.read_at,
              a.id AS actor_id, a.display_name AS actor_display_name
         FROM notifications n
         LEFT JOIN users a ON a.id = n.actor_id AND a.status = 'active'
        WHERE n.recipient_id = $1
          AND ($2::timestamptz IS NULL OR (n.created_at, n.id) < ($2::timestamptz, $3::uuid))
        ORDER BY n.created_at DESC, n.id DESC
        LIMIT $4`,
      [recipientId, after?.createdAt ?? null, after?.id ?? null, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      data: row.data,
      createdAt: row.created_at,
      readAt: row.read_at,
      actor:
        row.actor_id && row.actor_display_name !== null
          ? { id: row.actor_id, displayName: row.actor_display_name }
          : null,
    }));
  }

  /** Unread notifications per subject, over the recipient's `newest` most recent unread ones. */
  async unreadBySubject(recipientId: string, newest: number): Promise<SubjectCount[]> {
    const rows: Array<{ subject_type: string; subject_id: string; n: number }> = await this.dataSource.query(
      `SELECT subject_type, subject_id, count(*)::int AS n
         FROM (SELECT subject_type, subject_id FROM notifications
                WHERE recipient_id = $1 AND read_at IS NULL
                ORDER BY created_at DESC LIMIT $2) newest
        GROUP BY subject_type, subject_id`,
      [recipientId, newest],
    );
    return rows.map((r) => ({ subjectType: r.subject_type, subjectId: r.subject_id, count: r.n }));
  }

  /**
   * Marks the recipient's unread notifications read: those with these ids, or all of them. Ids of other
   * people's notifications match nothing. Returns the subjects of the rows it changed.
   */
  async markRead(
    recipientId: string,
    ids: readonly string[] | null,
  ): Promise<Array<{ subjectType: string; subjectId: string }>> {
    const [rows] = (await this.dataSource.query(
      `UPDATE notifications SET read_at = now()
        WHERE recipient_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))
        RETURNING subject_type, subject_id`,
      [recipientId, ids],
    )) as [Array<{ subject_type: string; subject_id: string }>, number];
    return rows.map((r) => ({ subjectType: r.subject_type, subjectId: r.subject_id }));
  }
}
