import { Logger } from '@nestjs/common';
import { RelaisConfig } from '@relais/config';
import { LogMailTransport } from './log-mail.transport';
import { MailTransport } from './mail-transport';
import { SmtpMailTransport } from './smtp-mail.transport';

/** SMTP when `SMTP_URL` is set; otherwise the log, with a warning in production where mail is expected. */
export function createMailTransport(config: Pick<RelaisConfig, 'mail' | 'isProduction'>): MailTransport {
  if (config.mail.transport === 'smtp' && config.mail.smtpUrl) {
    return new SmtpMailTransport(config.mail.smtpUrl, config.mail.from);
  }
  if (config.isProduction) {
    new Logger('Mail').warn('SMTP_URL is not set: e-mails are written to the log instead of being sent.');
  }
  return new LogMailTransport(config.mail.from);
}
