import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { LogMailTransport, MAIL_TRANSPORT, MailTransport } from '@relais/notifications';
import type { NotificationKind, NotificationSubjectType } from '@relais/notifications';
import { DataSource } from 'typeorm';

export interface TestNotification {
  id: string;
  recipientId: string;
  subjectType: NotificationSubjectType;
  subjectId: string;
  createdAt: Date;
}

/**
 * A notification, straight into the database (what the delivery job would write). A new subject id unless
 * given; several created at the same instant exercise the `id` tie-breaker of keyset pages.
 */
export async function newNotification(
  db: DataSource,
  recipientId: string,
  overrides: Partial<{
    kind: NotificationKind;
    actorId: string | null;
    subjectType: NotificationSubjectType;
    subjectId: string;
    data: Record<string, unknown>;
    createdAt: Date;
    readAt: Date | null;
  }> = {},
): Promise<TestNotification> {
  const subjectType = overrides.subjectType ?? 'post';
  const subjectId = overrides.subjectId ?? randomUUID();
  const rows: Array<{ id: string; created_at: Date }> = await db.query(
    `INSERT INTO notifications (recipient_id, kind, actor_id, subject_type, subject_id, data, dedupe_key,
                                created_at, read_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, COALESCE($8, now()), $9) RETURNING id, created_at`,
    [
      recipientId,
      overrides.kind ?? 'mention',
      overrides.actorId ?? null,
      subjectType,
      subjectId,
      JSON.stringify(overrides.data ?? {}),
      `test:${randomUUID()}`,
      overrides.createdAt ?? null,
      overrides.readAt ?? null,
    ],
  );
  return { id: rows[0]!.id, recipientId, subjectType, subjectId, createdAt: rows[0]!.created_at };
}

/** The e-mails the app wrote to its log transport (the local mode and the tests, with no SMTP_URL). */
export function mailOutbox(app: INestApplicationContext): LogMailTransport {
  const transport = app.get<MailTransport>(MAIL_TRANSPORT);
  if (!(transport instanceof LogMailTransport)) {
    throw new Error(`the app sends e-mails through ${transport.kind}, not the log: unset SMTP_URL`);
  }
  return transport;
}
