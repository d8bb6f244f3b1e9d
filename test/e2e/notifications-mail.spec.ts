import type { AddressInfo } from 'node:net';
import { ConfigurationError, loadConfig } from '@relais/config';
import {
  createMailTransport,
  DigestService,
  LogMailTransport,
  MAIL_TRANSPORT,
  MailTransport,
  NotificationSubjectRegistry,
} from '@relais/notifications';
import { newNotification, newUser } from '@relais/testing';
import { SMTPServer } from 'smtp-server';
import { startTestApi, TestApi } from '../support/test-api';

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigurationError');
}

describe('mail configuration', () => {
  it('writes e-mails to the log with no variable at all', () => {
    const config = loadConfig({});
    expect(config.mail).toEqual({
      transport: 'log',
      smtpUrl: undefined,
      from: 'Relais <no-reply@relais.local>',
    });
    expect(createMailTransport(config)).toBeInstanceOf(LogMailTransport);
  });

  it('chooses SMTP when SMTP_URL is set, with MAIL_FROM as the sender', () => {
    const config = loadConfig({
      SMTP_URL: 'smtps://relais:s3cret@mail.example.com:465',
      MAIL_FROM: 'Relais ACME <relais@acme.example>',
    });
    expect(config.mail).toEqual({
      transport: 'smtp',
      smtpUrl: 'smtps://relais:s3cret@mail.example.com:465',
      from: 'Relais ACME <relais@acme.example>',
    });
    expect(createMailTransport(config).kind).toBe('smtp');
    expect(loadConfig({ MAIL_FROM: 'relais@acme.example' }).mail.from).toBe('relais@acme.example');
  });

  it('names a malformed SMTP_URL without echoing it (it may hold a password), and a bad MAIL_FROM', () => {
    const problems = problemsOf({
      SMTP_URL: 'http://relais:s3cret@mail.example.com',
      MAIL_FROM: 'Relais <relais@acme.example>\r\nBcc: everyone@acme.example',
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^SMTP_URL: expected an smtp:\/\/ or smtps:\/\/ URL.*\(got a malformed value\)$/,
    );
    expect(problems.join('\n')).not.toContain('s3cret');
    expect(problems[1]).toMatch(/^MAIL_FROM: expected an e-mail address/);
    expect(problemsOf({ MAIL_FROM: 'not an address' })[0]).toMatch(/^MAIL_FROM:/);
  });
});

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

describe('the digest over SMTP', () => {
  let api: TestApi;
  let sink: SMTPServer;
  const received: ReceivedMail[] = [];

  beforeAll(async () => {
    // A local SMTP server that keeps what it is sent, and refuses one address like a full mailbox.
    sink = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('full.')) {
          callback(Object.assign(new Error('mailbox full'), { responseCode: 452 }));
        } else {
          callback();
        }
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => sink.listen(0, '127.0.0.1', () => resolve()));
    const port = (sink.server.address() as AddressInfo).port;
    api = await startTestApi(
      { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'Relais Test <relais@acme.example>' },
      {
        // Every post visible: this file is about sending, not about who sees what.
        beforeStart: (app) =>
          app.get(NotificationSubjectRegistry).override('post', async (_v, ids) => new Set(ids)),
      },
    );
  });
  afterAll(async () => {
    await api?.close();
    await new Promise<void>((resolve) => sink.close(() => resolve()));
  });

  it('sends the digest through the SMTP server, with text and HTML parts', async () => {
    expect(api.app.get<MailTransport>(MAIL_TRANSPORT).kind).toBe('smtp');
    const camille = await newUser(api.db, { locale: 'fr', email: 'camille.martin@acme.example' });
    await newNotification(api.db, camille.id, { kind: 'mention' });
    await newNotification(api.db, camille.id, { kind: 'mention' });

    expect(await api.app.get(DigestService).sendOne(camille.id, '2031-06-01')).toBe('sent');

    expect(received).toHaveLength(1);
    const [mail] = received;
    expect(mail!.from).toBe('relais@acme.example');
    expect(mail!.to).toEqual(['camille.martin@acme.example']);
    expect(mail!.raw).toMatch(/^From: Relais Test <relais@acme\.example>\r$/m);
    expect(mail!.raw).toMatch(/^Subject: Vous avez 2 nouvelles notifications\r$/m);
    expect(mail!.raw).toMatch(/^Auto-Submitted: auto-generated\r$/m);
    expect(mail!.raw).toMatch(/^Content-Type: text\/plain/m);
    expect(mail!.raw).toMatch(/^Content-Type: text\/html/m);
  });

  it('marks a digest the server refused as failed, for a retry', async () => {
    const full = await newUser(api.db, { locale: 'en', email: 'full.mailbox@acme.example' });
    await newNotification(api.db, full.id);
    await expect(api.app.get(DigestService).sendOne(full.id, '2031-06-01')).rejects.toThrow(/mailbox full/);
    const rows: unknown[] = await api.db.query(
      'SELECT status, error IS NOT NULL AS has_error FROM notification_digests WHERE user_id = $1',
      [full.id],
    );
    expect(rows).toEqual([{ status: 'failed', has_error: true }]);
    expect(received.filter((m) => m.to.includes('full.mailbox@acme.example'))).toEqual([]);
  });
});
