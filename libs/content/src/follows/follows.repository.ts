import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export type FollowTargetType = 'user' | 'community' | 'topic';

@Injectable()
export class FollowsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** False when the follow was already there. */
  async add(followerId: string, type: FollowTargetType, targetId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO follows (follower_id, target_type, target_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [followerId, type, targetId],
    );
    return rows.length > 0;
  }

  /** False when there was no such follow. */
  async remove(followerId: string, type: FollowTargetType, targetId: string): Promise<boolean> {
    // Wrapped in a SELECT: TypeORM answers a bare DELETE with [rows, count] instead of the rows.
    const rows: Array<{ n: number }> = await this.dataSource.query(
      `WITH removed AS (
         DELETE FROM follows WHERE follower_id = $1 AND target_type = $2 AND target_id = $3 RETURNING 1)
       SELECT count(*)::int AS n FROM removed`,
      [followerId, type, targetId],
    );
    return rows[0]!.n > 0;
  }

  /** Which of these targets the person follows, in one query. */
  async followed(
    followerId: string,
    type: FollowTargetType,
    targetIds: readonly string[],
  ): Promise<Set<string>> {
    const rows: Array<{ target_id: string }> = await this.dataSource.query(
      `SELECT target_id FROM follows WHERE follower_id = $1 AND target_type = $2 AND target_id = ANY($3::uuid[])`,
      [followerId, type, targetIds],
    );
    return new Set(rows.map((row) => row.target_id));
  }

  /** When a topic is merged into another, its followers follow the other (once). */
  async moveTopicFollows(fromTopicId: string, intoTopicId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO follows (follower_id, target_type, target_id, created_at)
       SELECT follower_id, 'topic', $2, created_at FROM follows WHERE target_type = 'topic' AND target_id = $1
       ON CONFLICT DO NOTHING`,
      [fromTopicId, intoTopicId],
    );
    await manager.query("DELETE FROM follows WHERE target_type = 'topic' AND target_id = $1", [fromTopicId]);
  }
}
