export * from './notifications.module';
export * from './notifications/notification-kind';
export {
  NOTIFICATIONS_QUEUE,
  NotificationsService,
  UNREAD_COUNT_HORIZON,
} from './notifications/notifications.service';
export * from './subjects/notification-subject-registry';
export { NotificationModel, NotificationSubjectTypeCode } from './notifications/notification.model';
export * from './mail/mail-transport';
export { LogMailTransport } from './mail/log-mail.transport';
export type { LoggedMail } from './mail/log-mail.transport';
export { createMailTransport } from './mail/mail-transport.factory';
export { DIGEST_BATCH_QUEUE, DIGEST_CRON, DIGEST_QUEUE, DigestService } from './digest/digest.service';
export type { DigestBatchJob, DigestJob, DigestOutcome } from './digest/digest.service';
export { renderDigest } from './digest/digest-renderer';
export type { DigestCounts, DigestInput, RenderedDigest } from './digest/digest-renderer';
export { Notifications1764000000250 } from './migrations/1764000000250-notifications';
