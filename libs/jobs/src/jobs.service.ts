import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { badInput, notFound } from '@relais/common';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { PgBoss } from 'pg-boss';
import type { Job, JobWithMetadata, QueueOptions, SendOptions } from 'pg-boss';
import { EntityManager } from 'typeorm';
import { DEAD_LETTER_QUEUE, JobDefinition } from './job-definition';
import { JobRegistry } from './job-registry';

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');
const JOBS_SCHEMA = 'pgboss';
/** Dead letters wait for an admin; pg-boss's default (14 days) would delete them unseen. */
const DEAD_LETTER_RETENTION_SECONDS = 365 * 24 * 3600;
export interface JobsOptions {
  /** Whether this process consumes queues (the worker app always; the api in the local mode). */
  runWorkers: boolean;
  applicationName: string;
}

export interface EnqueueOptions {
  /** Run no earlier than this. */
  startAfter?: Date;
  /** At most one queued job with this key: enqueueing it again while it waits is a no-op. */
  singletonKey?: string;
}

export interface DeadLetter {
  id: string;
  queue: string;
  sourceJobId: string | null;
  data: object;
  error: string | null;
  retries: number;
  failedAt: Date;
}

export type JobOutcomeListener = (queue: string, outcome: 'completed' | 'failed') => void;

@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobsService.name);
  private readonly boss: PgBoss;
  private started: Promise<void> | undefined;
  private outcomeListener: JobOutcomeListener | undefined;

  constructor(
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
    @Inject(JOBS_OPTIONS) private readonly options: JobsOptions,
    private readonly registry: JobRegistry,
  ) {
    this.boss = new PgBoss({
      connectionString: config.database.url!,
      schema: JOBS_SCHEMA,
      application_name: `${options.applicationName}-jobs`,
      max: 4,
      // Schema upgrades of pg-boss run at start under its own lock, like ours.
      migrate: true,
      // Off: schedules are still registered, but this process never turns them into jobs.
      schedule: config.jobs.runSchedules,
    });
    this.boss.on('error', (error: unknown) => this.logger.error(`job queue error: ${String(error)}`));
  }

  onOutcome(listener: JobOutcomeListener): void {
    this.outcomeListener = listener;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.start();
    if (this.options.runWorkers) await this.startWorkers();
  }

  /** Finishes running jobs (up to the shutdown timeout) before the database pool closes. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.started) return;
    await this.boss.stop({ graceful: true, timeout: this.config.http.shutdownTimeoutMs, close: true });
  }

  start(): Promise<void> {
    this.started ??= (async () => {
      await this.boss.start();
      await this.ensureQueue(DEAD_LETTER_QUEUE, {
        retryLimit: 0,
        retentionSeconds: DEAD_LETTER_RETENTION_SECONDS,
      });
      for (const definition of this.registry.all()) {
        await this.ensureQueue(definition.queue, this.queueOptions(definition));
        if (definition.cron) await this.boss.schedule(definition.queue, definition.cron, {}, { tz: 'UTC' });
      }
    })();
    return this.started;
  }

  /**
   * Enqueues a job inside the caller's transaction: it exists only if the transaction commits.
   * This is the only way application code creates jobs.
   */
  async enqueue<T extends object>(
    manager: EntityManager,
    queue: string,
    data: T,
    options: EnqueueOptions = {},
  ): Promise<string | null> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        `enqueue(${queue}) must run inside a transaction, with that transaction's EntityManager`,
      );
    }
    const definition = this.registry.get(queue);
    if (!definition) throw new Error(`Unknown queue ${queue}: define it in the JobRegistry first`);
    const sendOptions: SendOptions = {
      ...this.queueOptions(definition),
      ...(options.startAfter ? { startAfter: options.startAfter } : {}),
      ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
      db: {
        executeSql: async (text: string, values?: unknown[]) => ({ rows: await manager.query(text, values) }),
      },
    };
    return this.boss.send(queue, data, sendOptions);
  }

  async assertAlive(): Promise<void> {
    if (!this.started) throw new Error('job queue not started');
    await this.started;
    if (!(await this.boss.isInstalled())) throw new Error('job queue schema missing');
    await this.boss.getQueue(DEAD_LETTER_QUEUE);
  }

  /** Oldest first, keyset-paginated by dead-letter job id. */
  async deadLetters(first: number, after?: string): Promise<{ items: DeadLetter[]; hasNextPage: boolean }> {
    await this.start();
    // pg-boss rejects a cursor whose job has left the queue (retried meanwhile) with an internal error.
    if (after && !(await this.boss.findJobs(DEAD_LETTER_QUEUE, { id: after, limit: 1 })).length) {
      throw badInput('This list of failed jobs has changed since it was read. Load it again from the start.');
    }
    const jobs = (await this.boss.findJobs<object>(DEAD_LETTER_QUEUE, {
      limit: first + 1,
      ...(after ? { after } : {}),
    })) as Array<JobWithMetadata<object>>;
    return { items: jobs.slice(0, first).map(toDeadLetter), hasNextPage: jobs.length > first };
  }

  /** Sends a dead-lettered job back to its queue for another round of attempts. */
  async retryDeadLetter(id: string): Promise<void> {
    await this.start();
    const moved = await this.boss.redrive(DEAD_LETTER_QUEUE, { ids: [id] });
    if (moved === 0) throw notFound('This failed job');
  }

  /** Waits until the queue has no job waiting, retrying or running; for tests and the reindex command. */
  async drain(queue: string, timeoutMs = 10_000): Promise<void> {
    await this.start();
    const found = await this.boss.getQueue(queue);
    if (!found) throw new Error(`Unknown queue ${queue}`);
    // Counted from the job table: getQueueStats() serves counts cached for up to an hour (a minute
    // with `force`), which would end the wait early or never.
    const sql = `SELECT count(*)::int AS busy FROM ${JOBS_SCHEMA}.${quoteIdent(found.table)}
                  WHERE name = $1 AND state IN ('created', 'retry', 'active')`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await this.boss.getDb().executeSql(sql, [queue]);
      const busy = Number((rows[0] as { busy: number }).busy);
      if (busy === 0) return;
      if (Date.now() > deadline)
        throw new Error(`queue ${queue} still has ${busy} jobs after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async startWorkers(): Promise<void> {
    for (const definition of this.registry.all()) {
      const batched = definition.handleBatch && (definition.batchSize ?? 1) > 1;
      await this.boss.work<object>(
        definition.queue,
        {
          batchSize: batched ? definition.batchSize! : 1,
          pollingIntervalSeconds: 0.5,
          localConcurrency: definition.concurrency ?? 1,
        },
        async (jobs: Job<object>[]) =>
          batched ? this.runBatch(definition, jobs) : this.run(definition, jobs[0]!),
      );
    }
    this.logger.log(`consuming ${this.registry.all().length} queue(s)`);
  }

  private async run(definition: JobDefinition, job: Job<object>): Promise<void> {
    try {
      await definition.handle({
        id: job.id,
        queue: job.name,
        data: job.data,
        attempt: job.retryCount,
        signal: job.signal,
      });
      this.outcomeListener?.(definition.queue, 'completed');
    } catch (error) {
      this.outcomeListener?.(definition.queue, 'failed');
      this.logger.warn(
        `job ${definition.queue}/${job.id} attempt ${job.retryCount} failed: ${String(error)}`,
      );
      throw error;
    }
  }

  private async runBatch(definition: JobDefinition, jobs: Job<object>[]): Promise<void> {
    try {
      await definition.handleBatch!(
        jobs.map((job) => ({
          id: job.id,
          queue: job.name,
          data: job.data,
          attempt: job.retryCount,
          signal: job.signal,
        })),
      );
      for (let i = 0; i < jobs.length; i++) this.outcomeListener?.(definition.queue, 'completed');
    } catch (error) {
      for (let i = 0; i < jobs.length; i++) this.outcomeListener?.(definition.queue, 'failed');
      this.logger.warn(`${jobs.length} job(s) of ${definition.queue} failed together: ${String(error)}`);
      throw error;
    }
  }

  private queueOptions(
    definition: Pick<JobDefinition, 'retryLimit' | 'retryDelaySeconds' | 'expireInSeconds'>,
  ) {
    return {
      retryLimit: definition.retryLimit ?? this.config.jobs.retryLimit,
      retryDelay: definition.retryDelaySeconds ?? this.config.jobs.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: 3600,
      expireInSeconds: definition.expireInSeconds ?? 900,
      deadLetter: DEAD_LETTER_QUEUE,
    };
  }

  private async ensureQueue(name: string, options: QueueOptions & { deadLetter?: string }): Promise<void> {
    const existing = await this.boss.getQueue(name);
    if (!existing) {
      await this.boss.createQueue(name, options);
    } else {
      // A queue created by an older version gets the options this code declares.
      await this.boss.updateQueue(name, options);
    }
  }
}

function toDeadLetter(job: JobWithMetadata<object>): DeadLetter {
  // The dead-letter copy is a new job: the failed job's error and retry count are its source_* fields
  // (its own output is empty, its own retry limit is the dead-letter queue's).
  const output = (job.sourceOutput ?? job.output) as { message?: unknown } | null;
  return {
    id: job.id,
    queue: job.sourceName ?? DEAD_LETTER_QUEUE,
    sourceJobId: job.sourceId,
    data: job.data,
    error: output && typeof output.message === 'string' ? output.message : null,
    retries: job.sourceRetryCount ?? job.retryCount,
    failedAt: job.createdOn,
  };
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
