import { MigrationInterface, QueryRunner } from 'typeorm';

export class Search1764000000500 implements MigrationInterface {
  name = 'Search1764000000500';

  async up(q: QueryRunner): Promise<void> {
    // One row per person and topic they have any evidence or declaration on: the output of
    // `expertiseScore`, recomputed by jobs, read by the expert search.
    await q.query(`
      CREATE TABLE expertise_scores (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        score real NOT NULL CHECK (score >= 0),
        declared text[] NOT NULL DEFAULT '{}',
        posts integer NOT NULL DEFAULT 0,
        best_practices integer NOT NULL DEFAULT 0,
        comments integer NOT NULL DEFAULT 0,
        accepted_answers integer NOT NULL DEFAULT 0,
        reactions integer NOT NULL DEFAULT 0,
        endorsements integer NOT NULL DEFAULT 0,
        last_evidence_at timestamptz,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, topic_id)
      )`);
    await q.query(
      'CREATE INDEX expertise_scores_topic_idx ON expertise_scores (topic_id, score DESC, user_id)',
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE expertise_scores');
  }
}
