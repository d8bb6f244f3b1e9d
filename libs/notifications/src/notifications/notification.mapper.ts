import { NotificationKindCode, NotificationModel, NotificationSubjectTypeCode } from './notification.model';
import { NotificationRow } from './notifications.repository';

/** Row to GraphQL model, field by field: a new column never reaches the API by accident. */
export function toNotificationModel(row: NotificationRow): NotificationModel {
  return {
    id: row.id,
    kind: row.kind as NotificationKindCode,
    actor: row.actor ? { id: row.actor.id, displayName: row.actor.displayName } : null,
    subjectType: row.subjectType as NotificationSubjectTypeCode,
    subjectId: row.subjectId,
    data: JSON.stringify(row.data),
    createdAt: row.createdAt,
    read: row.readAt !== null,
  };
}
