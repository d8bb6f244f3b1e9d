import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { JobRegistry, JobsService } from '@relais/jobs';
import { DataSource } from 'typeorm';
import { MAIL_TRANSPORT, MailTransport } from '../mail/mail-transport';
import { NotificationSubjectRegistry } from '../subjects/notification-subject-registry';
import { DigestCounts, renderDigest } from './digest-renderer';
import { DigestRecipient, DigestRepository } from './digest.repository';

/** Finds who gets a digest today and hands them out in batches. Runs every day at 07:00 UTC. */
export const DIGEST_QUEUE = 'notifications.digest';
/** Sends the digests of a batch of people. */
export const DIGEST_BATCH_QUEUE = 'notifications.digest-batch';
export const DIGEST_CRON = '0 7 * * *';

export interface DigestJob {
  /** The digest's day, YYYY-MM-DD (UTC); today when absent, as the schedule sends it. */
  date?: string;
}

export interface DigestBatchJob {
  date: string;
  userIds: string[];
}

export type DigestOutcome = 'sent' | 'skipped';

const CANDIDATES_PER_PAGE = 500;
const PEOPLE_PER_BATCH = 50;
/** Subjects checked for one digest; beyond it the oldest unread are left out of the counts. */
const MAX_SUBJECTS = 5000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Digest rows kept for a while (support asks "did I get it?"); the newest one per person is always kept. */
const KEEP_DIGEST_ROWS_DAYS = 30;

/** Rolls a claim back when, once hidden subjects are left out, nothing remains to tell. */
class NothingToSend extends Error {}

@Injectable()
export class DigestService implements OnModuleInit {
  private readonly logger = new Logger(DigestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    private readonly digests: DigestRepository,
    private readonly subjects: NotificationSubjectRegistry,
    private readonly jobs: JobsService,
    private readonly registry: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.define<DigestJob>({
      queue: DIGEST_QUEUE,
      cron: DIGEST_CRON,
      retryLimit: 3,
      handle: async ({ data }) => {
        await this.planDay(data.date ?? new Date().toISOString().slice(0, 10));
      },
    });
    this.registry.define<DigestBatchJob>({
      queue: DIGEST_BATCH_QUEUE,
      concurrency: 2,
      handle: async ({ data }) => {
        await this.sendBatch(data.date, data.userIds);
      },
    });
  }

  /**
   * Enqueues the day's digests in batches. Safe to run again: whoever already has a digest row for the day is
   * not planned again, and a person planned twice is still sent one digest (see `sendOne`).
   */
  async planDay(date: string): Promise<number> {
    assertDate(date);
    let planned = 0;
    let after: string | null = null;
    for (;;) {
      const userIds = await this.digests.candidates(date, after, CANDIDATES_PER_PAGE);
      if (userIds.length === 0) break;
      await this.dataSource.transaction(async (manager) => {
        for (let i = 0; i < userIds.length; i += PEOPLE_PER_BATCH) {
          const batch: DigestBatchJob = { date, userIds: userIds.slice(i, i + PEOPLE_PER_BATCH) };
          await this.jobs.enqueue(manager, DIGEST_BATCH_QUEUE, batch);
        }
      });
      planned += userIds.length;
      after = userIds[userIds.length - 1]!;
      if (userIds.length < CANDIDATES_PER_PAGE) break;
    }
    const pruned = await this.digests.prune(date, KEEP_DIGEST_ROWS_DAYS);
    this.logger.log(`digest of ${date}: ${planned} person(s) planned, ${pruned} old digest row(s) pruned`);
    return planned;
  }

  /** Sends each person's digest; fails at the end (for a retry of the failed ones) if any failed. */
  async sendBatch(date: string, userIds: readonly string[]): Promise<void> {
    assertDate(date);
    const failures: string[] = [];
    for (const userId of userIds) {
      try {
        await this.sendOne(userId, date);
      } catch (error) {
        failures.push(`${userId}: ${String(error)}`);
      }
    }
    if (failures.length) {
      throw new Error(`${failures.length} digest(s) of ${date} not sent: ${failures.join('; ')}`);
    }
  }

  /**
   * At most one digest per person and day. The row is claimed, and the counts decided, in one transaction
   * that commits before the e-mail is handed to the transport: a run that crashes while sending leaves it
   * pending and nobody sends it again; a refusal by the transport marks it failed, and a retry may claim it.
   */
  async sendOne(userId: string, date: string): Promise<DigestOutcome> {
    assertDate(date);
    const decided = await this.dataSource
      .transaction(async (manager) => {
        const recipient = await this.digests.recipient(userId, manager);
        if (!recipient || recipient.status !== 'active') return null;
        const until = new Date();
        if (!(await this.digests.claim(userId, date, until, manager))) return null;
        const since = await this.digests.coveredUntil(userId, date, manager);
        const groups = await this.digests.unreadGroups(userId, since, until, MAX_SUBJECTS, manager);
        const counts: DigestCounts = {};
        for (const group of await this.subjects.keepVisible(userId, groups)) {
          counts[group.kind] = (counts[group.kind] ?? 0) + group.count;
        }
        if (Object.keys(counts).length === 0) throw new NothingToSend();
        await this.digests.recordCounts(userId, date, counts, manager);
        return { recipient, counts };
      })
      .catch((error: unknown) => {
        if (error instanceof NothingToSend) return null;
        throw error;
      });
    if (!decided) return 'skipped';
    try {
      await this.transport.send(this.message(decided.recipient, decided.counts));
    } catch (error) {
      await this.digests.markFailed(userId, date, String(error));
      throw error;
    }
    await this.digests.markSent(userId, date);
    return 'sent';
  }

  private message(recipient: DigestRecipient, counts: DigestCounts) {
    const rendered = renderDigest({
      locale: recipient.locale,
      displayName: recipient.displayName,
      counts,
      notificationsUrl: `${this.config.http.publicUrl}/notifications`,
    });
    return {
      to: recipient.email,
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      // RFC 3834: no out-of-office replies to a daily summary.
      headers: { 'Auto-Submitted': 'auto-generated' },
    };
  }
}

function assertDate(date: string): void {
  if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new Error(`digest date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
}
