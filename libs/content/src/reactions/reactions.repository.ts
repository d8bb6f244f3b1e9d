import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ReactionKind, ReactionSubjectType } from './reaction.model';

export type ReactionChange = 'added' | 'changed' | 'unchanged';

@Injectable()
export class ReactionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One statement, so two clicks at once cannot give a person two reactions: adds the reaction, or changes
   * its kind, or reports that it already had this kind.
   */
  async set(
    subjectType: ReactionSubjectType,
    subjectId: string,
    userId: string,
    kind: ReactionKind,
    manager: EntityManager,
  ): Promise<ReactionChange> {
    const rows: Array<{ added: boolean }> = await manager.query(
      `INSERT INTO reactions (subject_type, subject_id, user_id, kind) VALUES ($1, $2, $3, $4)
       ON CONFLICT (subject_type, subject_id, user_id)
       DO UPDATE SET kind = EXCLUDED.kind, updated_at = now() WHERE reactions.kind <> EXCLUDED.kind
       RETURNING (xmax = 0) AS added`,
      [subjectType, subjectId, userId, kind],
    );
    if (rows.length === 0) return 'unchanged';
    return rows[0]!.added ? 'added' : 'changed';
  }

  async remove(
    subjectType: ReactionSubjectType,
    subjectId: string,
    userId: string,
    manager: EntityManager,
  ): Promise<boolean> {
    // Wrapped in a SELECT: TypeORM answers a bare DELETE with [rows, count] instead of the rows.
    const rows: Array<{ n: number }> = await manager.query(
      `WITH removed AS (
         DELETE FROM reactions WHERE subject_type = $1 AND subject_id = $2 AND user_id = $3 RETURNING 1)
       SELECT count(*)::int AS n FROM removed`,
      [subjectType, subjectId, userId],
    );
    return rows[0]!.n > 0;
  }

  /** Reactions per kind on many subjects of one type, in one query. */
  counts(
    subjectType: ReactionSubjectType,
    subjectIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Array<{ subject_id: string; kind: ReactionKind; n: number }>> {
    return (manager ?? this.dataSource).query(
      `SELECT subject_id, kind, count(*)::int AS n FROM reactions
        WHERE subject_type = $1 AND subject_id = ANY($2::uuid[])
        GROUP BY subject_id, kind ORDER BY subject_id, n DESC, kind`,
      [subjectType, subjectIds],
    );
  }

  /** One person's reactions on many subjects of one type. */
  async mine(
    subjectType: ReactionSubjectType,
    subjectIds: readonly string[],
    userId: string,
    manager?: EntityManager,
  ): Promise<Map<string, ReactionKind>> {
    const rows: Array<{ subject_id: string; kind: ReactionKind }> = await (manager ?? this.dataSource).query(
      `SELECT subject_id, kind FROM reactions
        WHERE subject_type = $1 AND subject_id = ANY($2::uuid[]) AND user_id = $3`,
      [subjectType, subjectIds, userId],
    );
    return new Map(rows.map((row) => [row.subject_id, row.kind]));
  }
}
