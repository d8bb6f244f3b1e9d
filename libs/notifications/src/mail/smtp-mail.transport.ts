import { OnApplicationShutdown } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import { MailMessage, MailTransport } from './mail-transport';

/** Sends through the SMTP server of `SMTP_URL`, over a small pool of reused connections. */
export class SmtpMailTransport implements MailTransport, OnApplicationShutdown {
  readonly kind = 'smtp';
  private readonly transporter: ReturnType<typeof createTransport>;

  constructor(smtpUrl: string, from: string) {
    // Options of the URL (e.g. ?pool=false or tls settings) win over these.
    this.transporter = createTransport({ url: smtpUrl, pool: true, maxConnections: 2 }, { from });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      ...(message.headers ? { headers: message.headers } : {}),
    });
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
