import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { isAdminSql, postReadableSql } from '@relais/content';
import { NotificationsService } from '@relais/notifications';
import { DataSource } from 'typeorm';

/** A question is put to experts while it is this recent (an old question edited asks nobody). */
const QUESTION_FRESH_HOURS = 48;

interface Candidate {
  expert_id: string;
  topic_id: string;
  slug: string;
  score: number;
}

/**
 * Ask an expert: a new question on a topic is put to the few people with the best expertise scores on its
 * topics who may read it and did not ask it, at most `expertQuestionsPerDay` times per expert over any
 * 24 hours. Runs in the index job of the question (after the scores are up to date); idempotent, since
 * each (question, expert) pair is recorded once.
 */
@Injectable()
export class AskExpertsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
    private readonly notifications: NotificationsService,
  ) {}

  async askForQuestions(postIds: readonly string[]): Promise<void> {
    const count = this.config.search.askExpertsCount;
    if (count === 0 || postIds.length === 0) return;
    const questions: Array<{ id: string; author_id: string }> = await this.dataSource.query(
      `SELECT p.id, p.author_id FROM posts p
        WHERE p.id = ANY ($1::uuid[]) AND p.kind = 'question' AND p.deleted_at IS NULL
          AND p.created_at > now() - make_interval(hours => $2)
          AND EXISTS (SELECT 1 FROM post_topics pt WHERE pt.post_id = p.id)`,
      [postIds, QUESTION_FRESH_HOURS],
    );
    for (const question of questions) await this.ask(question.id, question.author_id, count);
  }

  private async ask(postId: string, askerId: string, count: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // One asking at a time: the daily cap is counted and spent without a race between jobs.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['relais:ask-experts']);
      const already: Array<{ n: number }> = await manager.query(
        'SELECT count(*)::int AS n FROM expert_questions WHERE post_id = $1',
        [postId],
      );
      const wanted = count - already[0]!.n;
      if (wanted <= 0) return;
      const candidates: Candidate[] = await manager.query(
        `SELECT DISTINCT ON (best.expert_id) best.expert_id, best.topic_id, best.slug, best.score
           FROM (
             SELECT es.user_id AS expert_id, es.topic_id, t.slug, es.score
               FROM posts p
               JOIN post_topics pt ON pt.post_id = p.id
               JOIN expertise_scores es ON es.topic_id = pt.topic_id
               JOIN topics t ON t.id = es.topic_id
               JOIN users u ON u.id = es.user_id AND u.status = 'active'
              WHERE p.id = $1 AND es.user_id <> $2
                AND ${postReadableSql('p', 'es.user_id', isAdminSql('es.user_id'))}
                AND NOT EXISTS (SELECT 1 FROM expert_questions q WHERE q.post_id = p.id AND q.expert_id = es.user_id)
                AND (SELECT count(*) FROM expert_questions q
                      WHERE q.expert_id = es.user_id AND q.asked_at > now() - interval '24 hours') < $3
           ) best
          ORDER BY best.expert_id, best.score DESC`,
        [postId, askerId, this.config.search.expertQuestionsPerDay],
      );
      // DISTINCT ON kept each expert's best topic; now the best experts overall.
      const chosen = [...candidates]
        .sort((a, b) => b.score - a.score || a.expert_id.localeCompare(b.expert_id))
        .slice(0, wanted);
      if (chosen.length === 0) return;
      await manager.query(
        `INSERT INTO expert_questions (post_id, expert_id, topic_id)
         SELECT $1, e, t FROM unnest($2::uuid[], $3::uuid[]) AS x(e, t) ON CONFLICT DO NOTHING`,
        [postId, chosen.map((c) => c.expert_id), chosen.map((c) => c.topic_id)],
      );
      const byTopic = new Map<string, string[]>();
      for (const candidate of chosen) {
        byTopic.set(candidate.slug, [...(byTopic.get(candidate.slug) ?? []), candidate.expert_id]);
      }
      for (const [slug, recipientIds] of byTopic) {
        await this.notifications.notify(manager, {
          kind: 'expert_question',
          recipientIds,
          actorId: askerId,
          subject: { type: 'post', id: postId },
          data: { postId, topic: slug },
          eventKey: postId,
        });
      }
    });
  }
}
