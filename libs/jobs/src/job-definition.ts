/** What a handler receives. `attempt` starts at 0. */
export interface JobContext<T> {
  id: string;
  queue: string;
  data: T;
  attempt: number;
  signal: AbortSignal;
}

/**
 * A queue and its consumer. Handlers must be idempotent: a job can run more than once (a retry after a
 * crash between the work and its completion).
 */
export interface JobDefinition<T extends object = object> {
  queue: string;
  handle(job: JobContext<T>): Promise<void>;
  /** Retries after the first failure; the config's default otherwise. */
  retryLimit?: number;
  /** Seconds before the first retry; doubled each time (exponential backoff). */
  retryDelaySeconds?: number;
  /** How many jobs of this queue one process runs at once. */
  concurrency?: number;
  /** Also run on this schedule (cron, UTC), once across all processes. */
  cron?: string;
  /** Seconds a running job may take before it counts as failed. */
  expireInSeconds?: number;
  /**
   * Takes up to this many waiting jobs at once and hands them to `handleBatch` (which must then be given):
   * for queues whose jobs merge (many small changes indexed in one pass). The batch succeeds or fails, and
   * is retried, as a whole, so `handleBatch` must be idempotent like `handle`.
   */
  batchSize?: number;
  handleBatch?(jobs: ReadonlyArray<JobContext<T>>): Promise<void>;
}

/** Jobs that used up their retries land here, visible to admins. */
export const DEAD_LETTER_QUEUE = 'dead-letter';
