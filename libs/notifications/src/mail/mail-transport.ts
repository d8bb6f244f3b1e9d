/** One e-mail, ready to go. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. `Auto-Submitted`. */
  headers?: Record<string, string>;
}

/**
 * Where e-mails go. Injected with the MAIL_TRANSPORT token: the log transport in the local mode, SMTP when
 * `SMTP_URL` is set. `send` resolves once the message is accepted and throws when it was refused.
 */
export interface MailTransport {
  readonly kind: 'log' | 'smtp';
  send(message: MailMessage): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');
