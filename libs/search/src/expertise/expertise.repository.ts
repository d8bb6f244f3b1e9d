import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DeclaredKind, ExpertiseEvidence, ExpertiseScore } from './expertise-score';

export interface EvidenceRow extends ExpertiseEvidence {
  userId: string;
  topicId: string;
}

/**
 * Content that counts as evidence: what every colleague may read, i.e. posts on profiles and in open
 * communities (and comments on them). A contribution in a private or secret community never shows in a
 * searcher's evidence line, so it cannot reveal that community's content or activity either.
 */
const PUBLIC_POST = `p.deleted_at IS NULL AND (p.community_id IS NULL OR EXISTS (
  SELECT 1 FROM communities c WHERE c.id = p.community_id AND c.visibility = 'open'))`;

interface RawEvidence {
  user_id: string;
  topic_id: string;
  declared: DeclaredKind[] | null;
  endorsed: string[] | null;
  posts: Array<{ at: string; bp: boolean; r: number }> | null;
  comments: Array<{ at: string; a: boolean; r: number }> | null;
}

@Injectable()
export class ExpertiseRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everything `expertiseScore` needs for these people, per topic, in one statement. */
  async evidenceOf(userIds: readonly string[], manager?: EntityManager): Promise<EvidenceRow[]> {
    if (userIds.length === 0) return [];
    const rows: RawEvidence[] = await (manager ?? this.dataSource.manager).query(
      `WITH people AS (SELECT DISTINCT unnest($1::uuid[]) AS user_id),
       declared AS (
         SELECT ut.user_id, ut.topic_id, array_agg(DISTINCT ut.kind) AS kinds
           FROM user_topics ut JOIN people USING (user_id) GROUP BY 1, 2),
       endorsed AS (
         SELECT e.endorsee_id AS user_id, e.topic_id, array_agg(e.created_at) AS dates
           FROM endorsements e
           JOIN people ON people.user_id = e.endorsee_id
           JOIN users endorser ON endorser.id = e.endorser_id AND endorser.status = 'active'
          GROUP BY 1, 2),
       authored AS (
         SELECT p.author_id AS user_id, pt.topic_id,
                json_agg(json_build_object('at', p.created_at, 'bp', p.kind = 'best_practice',
                  'r', (SELECT count(*) FROM reactions r
                         WHERE r.subject_type = 'post' AND r.subject_id = p.id AND r.user_id <> p.author_id))) AS items
           FROM posts p
           JOIN people ON people.user_id = p.author_id
           JOIN post_topics pt ON pt.post_id = p.id
          WHERE ${PUBLIC_POST}
          GROUP BY 1, 2),
       commented AS (
         SELECT c.author_id AS user_id, pt.topic_id,
                json_agg(json_build_object('at', c.created_at, 'a', p.accepted_comment_id IS NOT DISTINCT FROM c.id,
                  'r', (SELECT count(*) FROM reactions r
                         WHERE r.subject_type = 'comment' AND r.subject_id = c.id AND r.user_id <> c.author_id))) AS items
           FROM comments c
           JOIN people ON people.user_id = c.author_id
           JOIN posts p ON p.id = c.post_id
           JOIN post_topics pt ON pt.post_id = p.id
          WHERE c.deleted_at IS NULL AND ${PUBLIC_POST}
          GROUP BY 1, 2),
       pairs AS (
         SELECT user_id, topic_id FROM declared UNION SELECT user_id, topic_id FROM endorsed
         UNION SELECT user_id, topic_id FROM authored UNION SELECT user_id, topic_id FROM commented)
       SELECT pairs.user_id, pairs.topic_id, declared.kinds AS declared, endorsed.dates AS endorsed,
              authored.items AS posts, commented.items AS comments
         FROM pairs
         LEFT JOIN declared USING (user_id, topic_id)
         LEFT JOIN endorsed USING (user_id, topic_id)
         LEFT JOIN authored USING (user_id, topic_id)
         LEFT JOIN commented USING (user_id, topic_id)`,
      [userIds],
    );
    return rows.map((row) => ({
      userId: row.user_id,
      topicId: row.topic_id,
      declared: row.declared ?? [],
      endorsedAt: (row.endorsed ?? []).map((at) => new Date(at)),
      posts: (row.posts ?? []).map((p) => ({
        at: new Date(p.at),
        bestPractice: p.bp,
        reactions: Number(p.r),
      })),
      comments: (row.comments ?? []).map((c) => ({
        at: new Date(c.at),
        accepted: c.a,
        reactions: Number(c.r),
      })),
    }));
  }

  /** Replaces these people's scores with the ones given (a person with no row left has no expertise). */
  async replaceScores(
    userIds: readonly string[],
    scores: ReadonlyArray<{
      userId: string;
      topicId: string;
      declared: readonly DeclaredKind[];
      result: ExpertiseScore;
    }>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query('DELETE FROM expertise_scores WHERE user_id = ANY($1::uuid[])', [userIds]);
    if (scores.length === 0) return;
    await manager.query(
      `INSERT INTO expertise_scores (user_id, topic_id, score, declared, posts, best_practices, comments,
                                     accepted_answers, reactions, endorsements, last_evidence_at)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(user_id uuid, topic_id uuid, score real, declared text[],
         posts int, best_practices int, comments int, accepted_answers int, reactions int, endorsements int,
         last_evidence_at timestamptz)`,
      [
        JSON.stringify(
          scores.map(({ userId, topicId, declared, result }) => ({
            user_id: userId,
            topic_id: topicId,
            score: result.score,
            declared,
            posts: result.counts.posts,
            best_practices: result.counts.bestPractices,
            comments: result.counts.comments,
            accepted_answers: result.counts.acceptedAnswers,
            reactions: result.counts.reactions,
            endorsements: result.counts.endorsements,
            last_evidence_at: result.lastEvidenceAt?.toISOString() ?? null,
          })),
        ),
      ],
    );
  }

  async countActivePeople(): Promise<number> {
    const rows: Array<{ n: number }> = await this.dataSource.query(
      "SELECT count(*)::int AS n FROM users WHERE status = 'active'",
    );
    return rows[0]!.n;
  }

  /** Every active person's id, in pages, for the nightly recomputation (decay moves every score). */
  async activePeopleAfter(afterId: string | null, limit: number): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM users WHERE status = 'active' AND ($1::uuid IS NULL OR id > $1) ORDER BY id LIMIT $2`,
      [afterId, limit],
    );
    return rows.map((row) => row.id);
  }
}
