import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobRegistry } from '@relais/jobs';
import { DataSource } from 'typeorm';
import { expertiseScore } from './expertise-score';
import { ExpertiseRepository } from './expertise.repository';

/** Recomputes the expertise scores of the people a change touched. */
export const EXPERTISE_QUEUE = 'search.expertise';
/** Every night: the recency decay moves every score a little, even with no change. */
export const EXPERTISE_ALL_QUEUE = 'search.expertise-all';
const BATCH = 500;

@Injectable()
export class ExpertiseService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly expertise: ExpertiseRepository,
    private readonly registry: JobRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.define<{ userIds: string[] }>({
      queue: EXPERTISE_QUEUE,
      retryLimit: 5,
      handle: async ({ data }) => {
        await this.recompute(data.userIds);
      },
    });
    this.registry.define<object>({
      queue: EXPERTISE_ALL_QUEUE,
      retryLimit: 2,
      cron: '40 2 * * *',
      expireInSeconds: 3600,
      handle: async () => {
        await this.recomputeEveryone();
      },
    });
  }

  /**
   * Reads the evidence and replaces the scores of these people in one transaction: idempotent, so a job
   * retried after a crash writes the same rows.
   */
  async recompute(userIds: readonly string[], now = new Date()): Promise<void> {
    const unique = [...new Set(userIds)];
    for (let start = 0; start < unique.length; start += BATCH) {
      const batch = unique.slice(start, start + BATCH);
      await this.dataSource.transaction(async (manager) => {
        const evidence = await this.expertise.evidenceOf(batch, manager);
        const scores = evidence
          .map((row) => ({
            userId: row.userId,
            topicId: row.topicId,
            declared: row.declared,
            result: expertiseScore(row, now),
          }))
          .filter(({ result }) => result.score > 0);
        await this.expertise.replaceScores(batch, scores, manager);
      });
    }
  }

  async recomputeEveryone(
    now = new Date(),
    onProgress?: (done: number, total: number) => void,
  ): Promise<number> {
    const total = await this.expertise.countActivePeople();
    let after: string | null = null;
    let done = 0;
    onProgress?.(0, total);
    for (;;) {
      const ids = await this.expertise.activePeopleAfter(after, BATCH);
      if (ids.length === 0) return done;
      await this.recompute(ids, now);
      done += ids.length;
      onProgress?.(Math.min(done, total), total);
      after = ids[ids.length - 1]!;
    }
  }
}
