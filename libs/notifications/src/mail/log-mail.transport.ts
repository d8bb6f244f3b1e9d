import { Logger } from '@nestjs/common';
import { MailMessage, MailTransport } from './mail-transport';

export interface LoggedMail extends MailMessage {
  from: string;
  at: Date;
}

/**
 * The local mode's transport: each message becomes one structured log line (a developer reads the digest in
 * the terminal), and the last ones stay in memory, where the tests read them.
 */
export class LogMailTransport implements MailTransport {
  readonly kind = 'log';
  private readonly logger = new Logger('Mail');
  private readonly kept: LoggedMail[] = [];

  constructor(
    private readonly from: string,
    private readonly keep = 100,
  ) {}

  async send(message: MailMessage): Promise<void> {
    const mail: LoggedMail = { ...message, from: this.from, at: new Date() };
    this.logger.log(
      { mail: { from: mail.from, to: mail.to, subject: mail.subject, text: mail.text } },
      `e-mail to ${mail.to} written to the log (set SMTP_URL to send e-mails)`,
    );
    this.kept.push(mail);
    if (this.kept.length > this.keep) this.kept.splice(0, this.kept.length - this.keep);
  }

  /** The last messages, oldest first. */
  messages(): readonly LoggedMail[] {
    return [...this.kept];
  }

  clear(): void {
    this.kept.length = 0;
  }
}
