import { randomUUID } from 'node:crypto';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { Role } from '@relais/identity';
import { DEAD_LETTER_QUEUE, JobContext, JobRegistry } from '@relais/jobs';
import { GraphqlClient, newUser } from '@relais/testing';
import { Client } from 'pg';
import { PgBoss } from 'pg-boss';
import { SESSION_CLEANUP_QUEUE } from '@relais/identity';
import { waitFor } from '../support/process';
import { startTestApi, TestApi } from '../support/test-api';

interface JobRow {
  id: string;
  name: string;
  state: string;
  retry_count: number;
  retry_limit: number;
  retry_delay: number;
  retry_backoff: boolean;
  data: Record<string, unknown>;
}

/** Jobs straight from pg-boss's table: what exists whatever JobsService believes. */
async function jobRows(api: TestApi, queue: string): Promise<JobRow[]> {
  return api.db.query(
    `SELECT id, name, state, retry_count, retry_limit, retry_delay, retry_backoff, data
       FROM pgboss.job WHERE name = $1 ORDER BY created_on`,
    [queue],
  );
}

async function jobState(api: TestApi, id: string): Promise<string | undefined> {
  const rows: Array<{ state: string }> = await api.db.query('SELECT state FROM pgboss.job WHERE id = $1', [
    id,
  ]);
  return rows[0]?.state;
}

/** Enqueues one job in a committed transaction of its own. */
async function enqueueCommitted(api: TestApi, queue: string, data: object): Promise<string> {
  const id = await api.db.transaction((m) => api.jobs.enqueue(m, queue, data));
  if (!id) throw new Error('enqueue returned no id');
  return id;
}

const DEAD_LETTERS = /* GraphQL */ `
  query DeadLetters($first: Int, $after: ID) {
    deadLetterJobs(first: $first, after: $after) {
      nodes {
        id
        queue
        data
        error
        retries
        failedAt
      }
      hasNextPage
    }
  }
`;

interface DeadLetterNode {
  id: string;
  queue: string;
  data: string;
  error: string | null;
  retries: number;
  failedAt: string;
}

describe('jobs', () => {
  let api: TestApi;
  let admin: GraphqlClient;
  let member: GraphqlClient;

  const handled: string[] = [];
  const retryCalls: Array<{ attempt: number; at: number }> = [];
  const deadCalls: Array<{ ref: string; attempt: number; succeeded: boolean }> = [];
  let deadQueueHealed = false;
  let retryJobId: string;
  const deadRef = `dlq-${randomUUID()}`;
  const otherDeadRef = `dlq-${randomUUID()}`;

  beforeAll(async () => {
    api = await startTestApi(
      {},
      {
        beforeStart: async (app) => {
          // Queues an older version created with other settings: start() must bring them up to date.
          const boss = new PgBoss({
            connectionString: app.get<RelaisConfig>(RELAIS_CONFIG).database.url!,
            schema: 'pgboss',
            supervise: false,
            schedule: false,
          });
          await boss.start();
          await boss.createQueue(DEAD_LETTER_QUEUE);
          await boss.createQueue('test.tx', { retryLimit: 9, retryDelay: 60, retryBackoff: false });
          await boss.stop({ graceful: false, close: true });

          const registry = app.get(JobRegistry);
          registry.define<{ label: string }>({
            queue: 'test.tx',
            handle: async ({ data }) => {
              handled.push(data.label);
            },
          });
          registry.define({
            queue: 'test.retry',
            retryLimit: 3,
            handle: async ({ attempt }: JobContext<object>) => {
              retryCalls.push({ attempt, at: Date.now() });
              if (attempt < 2) throw new Error(`attempt ${attempt} fails on purpose`);
            },
          });
          registry.define<{ ref: string }>({
            queue: 'test.dead',
            retryLimit: 1,
            handle: async ({ data, attempt }) => {
              deadCalls.push({ ref: data.ref, attempt, succeeded: deadQueueHealed });
              if (!deadQueueHealed) throw new Error('the remote service said no');
            },
          });
        },
      },
    );
    await api.db.query('CREATE TABLE test_things (id serial PRIMARY KEY, label text NOT NULL)');
    const adminUser = await newUser(api.db, { roles: [Role.ADMIN] });
    admin = await api.signIn(adminUser.email);
    member = await api.signIn('plain.member@example.com');
    // The jobs that wait on retry delays start now, so their backoff overlaps the other tests.
    retryJobId = await enqueueCommitted(api, 'test.retry', {});
    await enqueueCommitted(api, 'test.dead', { ref: deadRef, note: 'payload kept as JSON' });
    await enqueueCommitted(api, 'test.dead', { ref: otherDeadRef });
  });
  afterAll(() => api?.close());

  it('creates and updates the queues with the declared settings, dead letters kept for a year', async () => {
    const queues: Array<Record<string, unknown>> = await api.db.query(
      `SELECT name, retry_limit, retry_delay, retry_backoff, retry_delay_max, dead_letter, retention_seconds
         FROM pgboss.queue WHERE name = ANY($1) ORDER BY name`,
      [[DEAD_LETTER_QUEUE, 'test.dead', 'test.tx']],
    );
    const declared = {
      retry_delay: 1,
      retry_backoff: true,
      retry_delay_max: 3600,
      dead_letter: DEAD_LETTER_QUEUE,
    };
    expect(queues).toEqual([
      expect.objectContaining({
        name: DEAD_LETTER_QUEUE,
        retry_limit: 0,
        retention_seconds: 365 * 24 * 3600,
      }),
      // Created at start.
      expect.objectContaining({ name: 'test.dead', retry_limit: 1, ...declared }),
      // Existed already with other settings (JOB_RETRY_LIMIT defaults to 5).
      expect.objectContaining({ name: 'test.tx', retry_limit: 5, ...declared }),
    ]);
    const schedules: unknown[] = await api.db.query(
      'SELECT name, cron, timezone FROM pgboss.schedule WHERE name = $1',
      [SESSION_CLEANUP_QUEUE],
    );
    expect(schedules).toEqual([{ name: SESSION_CLEANUP_QUEUE, cron: '17 3 * * *', timezone: 'UTC' }]);
  });

  describe('enqueue shares the caller’s transaction', () => {
    it('leaves neither the row nor the job when the transaction rolls back', async () => {
      let jobId: string | null = null;
      await expect(
        api.db.transaction(async (m) => {
          await m.query(`INSERT INTO test_things (label) VALUES ('rolled-back')`);
          jobId = await api.jobs.enqueue(m, 'test.tx', { label: 'rolled-back' });
          // Inside the transaction the job is visible: it was really written, then undone.
          const inside: unknown[] = await m.query('SELECT 1 FROM pgboss.job WHERE id = $1', [jobId]);
          expect(inside).toHaveLength(1);
          throw new Error('abort the change');
        }),
      ).rejects.toThrow('abort the change');

      expect(jobId).toEqual(expect.any(String));
      expect(await api.db.query(`SELECT * FROM test_things WHERE label = 'rolled-back'`)).toEqual([]);
      expect(await jobState(api, jobId!)).toBeUndefined();
      expect((await jobRows(api, 'test.tx')).filter((j) => j.data.label === 'rolled-back')).toEqual([]);
    });

    it('keeps the row and the job when it commits, and the handler runs', async () => {
      const jobId = await api.db.transaction(async (m) => {
        await m.query(`INSERT INTO test_things (label) VALUES ('committed')`);
        return api.jobs.enqueue(m, 'test.tx', { label: 'committed' });
      });

      expect(await api.db.query(`SELECT label FROM test_things WHERE label = 'committed'`)).toEqual([
        { label: 'committed' },
      ]);
      expect(jobId).toEqual(expect.any(String));
      await waitFor(
        'the committed job to complete',
        async () => (await jobState(api, jobId!)) === 'completed',
      );
      expect(handled).toContain('committed');
      // The rolled-back job never reached a handler either.
      expect(handled).not.toContain('rolled-back');
    });

    it('refuses to enqueue outside a transaction', async () => {
      const before = (await jobRows(api, 'test.tx')).length;
      await expect(api.jobs.enqueue(api.db.manager, 'test.tx', { label: 'loose' })).rejects.toThrow(
        /must run inside a transaction/,
      );
      const runner = api.db.createQueryRunner();
      try {
        await runner.connect();
        await expect(api.jobs.enqueue(runner.manager, 'test.tx', { label: 'loose' })).rejects.toThrow(
          /must run inside a transaction/,
        );
      } finally {
        await runner.release();
      }
      expect(await jobRows(api, 'test.tx')).toHaveLength(before);
    });

    it('refuses a queue nobody defined', async () => {
      await expect(api.db.transaction((m) => api.jobs.enqueue(m, 'test.nobody', {}))).rejects.toThrow(
        /Unknown queue test\.nobody/,
      );
    });
  });

  it('retries a failing job with exponential backoff until it succeeds', async () => {
    const jobId = retryJobId;
    await waitFor('the retried job to complete', async () => (await jobState(api, jobId)) === 'completed');

    expect(retryCalls.map((c) => c.attempt)).toEqual([0, 1, 2]);
    const [job] = (await jobRows(api, 'test.retry')).filter((j) => j.id === jobId);
    // JOB_RETRY_DELAY_SECONDS=1 in tests, doubled at each retry by pg-boss (with jitter up to 2x).
    expect(job).toMatchObject({ retry_count: 2, retry_limit: 3, retry_delay: 1, retry_backoff: true });
    const firstGap = retryCalls[1]!.at - retryCalls[0]!.at;
    const secondGap = retryCalls[2]!.at - retryCalls[1]!.at;
    // Lower bounds hold whatever the jitter: 1 s, then 2 s (start_after is set after the failure).
    expect(firstGap).toBeGreaterThanOrEqual(950);
    expect(secondGap).toBeGreaterThanOrEqual(1950);
    // 1-2 s then 2-4 s, each picked up within one 0.5 s polling interval: the second gap is never shorter.
    expect(secondGap).toBeGreaterThanOrEqual(firstGap - 600);
  });

  describe('dead letters', () => {
    const [ref, otherRef] = [deadRef, otherDeadRef];
    let deadLetter: DeadLetterNode;
    let otherDeadLetter: DeadLetterNode;

    beforeAll(async () => {
      [deadLetter, otherDeadLetter] = await waitFor('both jobs to reach the dead-letter queue', async () => {
        const data = await admin.ok<{ deadLetterJobs: { nodes: DeadLetterNode[] } }>(DEAD_LETTERS);
        const find = (r: string) => data.deadLetterJobs.nodes.find((n) => n.data.includes(r));
        const [first, second] = [find(ref), find(otherRef)];
        return first && second ? ([first, second] as const) : undefined;
      });
    });

    it('lands in the dead-letter queue after its retries, visible to admins', async () => {
      expect(deadCalls.filter((c) => c.ref === ref).map((c) => c.attempt)).toEqual([0, 1]);
      expect(deadLetter).toEqual({
        id: expect.any(String),
        queue: 'test.dead',
        data: expect.any(String),
        error: expect.stringContaining('the remote service said no'),
        retries: 1,
        failedAt: expect.any(String),
      });
      expect(JSON.parse(deadLetter.data)).toEqual({ ref, note: 'payload kept as JSON' });
      expect(Date.parse(deadLetter.failedAt)).not.toBeNaN();
    });

    it('pages through dead letters, oldest first', async () => {
      type Page = { deadLetterJobs: { nodes: DeadLetterNode[]; hasNextPage: boolean } };
      const first = await admin.ok<Page>(DEAD_LETTERS, { first: 1 });
      expect(first.deadLetterJobs).toEqual({ nodes: [deadLetter], hasNextPage: true });
      const second = await admin.ok<Page>(DEAD_LETTERS, { first: 1, after: deadLetter.id });
      expect(second.deadLetterJobs).toEqual({ nodes: [otherDeadLetter], hasNextPage: false });
    });

    it('is hidden from people who are not admins', async () => {
      expect(await member.errorCode(DEAD_LETTERS)).toBe('FORBIDDEN');
      expect(
        await member.errorCode('mutation ($id: ID!) { retryDeadLetterJob(id: $id) }', { id: deadLetter.id }),
      ).toBe('FORBIDDEN');
      expect(await api.anonymous.errorCode(DEAD_LETTERS)).toBe('UNAUTHENTICATED');
    });

    it('refuses a page cursor that names no dead letter', async () => {
      expect(await admin.errorCode(DEAD_LETTERS, { first: 1, after: randomUUID() })).toBe('BAD_USER_INPUT');
    });

    it('answers NOT_FOUND for an unknown id', async () => {
      expect(
        await admin.errorCode('mutation ($id: ID!) { retryDeadLetterJob(id: $id) }', { id: randomUUID() }),
      ).toBe('NOT_FOUND');
    });

    it('sends a dead letter back to its queue, where it completes and leaves the list', async () => {
      deadQueueHealed = true;
      const res = await admin.ok<{ retryDeadLetterJob: boolean }>(
        'mutation ($id: ID!) { retryDeadLetterJob(id: $id) }',
        { id: deadLetter.id },
      );
      expect(res.retryDeadLetterJob).toBe(true);

      await waitFor('the retried job to succeed', () => deadCalls.some((c) => c.ref === ref && c.succeeded));
      await waitFor('the retried job to be completed', async () => {
        const jobs = (await jobRows(api, 'test.dead')).filter((j) => j.data.ref === ref);
        return jobs.some((j) => j.state === 'completed');
      });
      // Only that one left the list.
      const after = await admin.ok<{ deadLetterJobs: { nodes: DeadLetterNode[] } }>(DEAD_LETTERS);
      expect(after.deadLetterJobs.nodes.map((n) => n.id)).toEqual([otherDeadLetter.id]);
      expect(deadCalls.filter((c) => c.ref === otherRef && c.succeeded)).toEqual([]);
      // Retrying it again finds nothing to retry.
      expect(
        await admin.errorCode('mutation ($id: ID!) { retryDeadLetterJob(id: $id) }', { id: deadLetter.id }),
      ).toBe('NOT_FOUND');
    });
  });

  it('cleans up old sessions idempotently: twice deletes them once and nothing else', async () => {
    const user = await newUser(api.db);
    const insert = async (label: string, expiresAt: string, revokedAt: string | null) => {
      await api.db.query(
        `INSERT INTO sessions (token_hash, user_id, method, expires_at, revoked_at, user_agent)
         VALUES (decode(md5(random()::text), 'hex'), $1, 'dev', now() + $2::interval,
                 now() + $3::interval, $4)`,
        [user.id, expiresAt, revokedAt, label],
      );
    };
    await insert('revoked-40-days-ago', '10 days', '-40 days');
    await insert('expired-40-days-ago', '-40 days', null);
    await insert('revoked-5-days-ago', '10 days', '-5 days');
    await insert('expired-10-days-ago', '-10 days', null);
    await insert('active', '10 days', null);
    const remaining = async (): Promise<string[]> =>
      (
        (await api.db.query('SELECT user_agent FROM sessions WHERE user_id = $1 ORDER BY user_agent', [
          user.id,
        ])) as Array<{ user_agent: string }>
      ).map((r) => r.user_agent);

    const runCleanup = async () => {
      const id = await enqueueCommitted(api, SESSION_CLEANUP_QUEUE, {});
      await waitFor('the cleanup job to complete', async () => (await jobState(api, id)) === 'completed');
    };

    const kept = ['active', 'expired-10-days-ago', 'revoked-5-days-ago'];
    await runCleanup();
    expect(await remaining()).toEqual(kept);
    await runCleanup();
    expect(await remaining()).toEqual(kept);
    // Other people's recent sessions (the admin's and the member's sign-ins) are untouched.
    const others: Array<{ n: number }> = await api.db.query(
      'SELECT count(*)::int AS n FROM sessions WHERE user_id <> $1',
      [user.id],
    );
    expect(others[0]!.n).toBeGreaterThanOrEqual(2);
  });

  it('drain waits for queued and running jobs', async () => {
    for (const label of ['drain-1', 'drain-2', 'drain-3']) await enqueueCommitted(api, 'test.tx', { label });
    await api.jobs.drain('test.tx');
    expect(handled).toEqual(expect.arrayContaining(['drain-1', 'drain-2', 'drain-3']));
  });
});

describe('jobs at shutdown', () => {
  let api: TestApi;
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const events: string[] = [];

  beforeAll(async () => {
    api = await startTestApi(
      {},
      {
        beforeStart: (app) => {
          app.get(JobRegistry).define({
            queue: 'test.slow',
            handle: async () => {
              events.push('job started');
              await released;
              events.push('job finished');
            },
          });
        },
      },
    );
  });
  afterAll(async () => {
    release();
    await api?.database.drop();
  });

  it('lets a running job finish before app.close() resolves', async () => {
    const jobId = await enqueueCommitted(api, 'test.slow', {});
    await waitFor('the job to start', () => events.includes('job started'));

    const closing = api.app.close().then(() => events.push('closed'));
    // While the job holds on, close() must not complete (a quarter second is plenty for it to try).
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(events).toEqual(['job started']);
    release();
    await closing;
    expect(events).toEqual(['job started', 'job finished', 'closed']);

    // The job was completed, not failed by the shutdown ("pg-boss shut down while active").
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      const rows = await client.query<{ state: string }>('SELECT state FROM pgboss.job WHERE id = $1', [
        jobId,
      ]);
      expect(rows.rows[0]?.state).toBe('completed');
    } finally {
      await client.end();
    }
  });
});
