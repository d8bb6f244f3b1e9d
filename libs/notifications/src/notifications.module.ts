import { Module } from '@nestjs/common';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { DigestRepository } from './digest/digest.repository';
import { DigestService } from './digest/digest.service';
import { createMailTransport } from './mail/mail-transport.factory';
import { MAIL_TRANSPORT } from './mail/mail-transport';
import { NotificationsRepository } from './notifications/notifications.repository';
import { NotificationsResolver } from './notifications/notifications.resolver';
import { NotificationsService } from './notifications/notifications.service';
import { NotificationSubjectRegistry } from './subjects/notification-subject-registry';

/**
 * Notifications and their daily digest. Contexts above import it to call `notify()` and to register, in their
 * `onModuleInit`, who may see the subjects they own (NotificationSubjectRegistry).
 */
@Module({
  providers: [
    NotificationSubjectRegistry,
    NotificationsRepository,
    NotificationsService,
    NotificationsResolver,
    DigestRepository,
    DigestService,
    {
      provide: MAIL_TRANSPORT,
      inject: [RELAIS_CONFIG],
      useFactory: (config: RelaisConfig) => createMailTransport(config),
    },
  ],
  exports: [NotificationsService, NotificationSubjectRegistry, MAIL_TRANSPORT],
})
export class NotificationsModule {}
