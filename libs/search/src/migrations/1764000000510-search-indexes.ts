import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The PostgreSQL search engine's indexes: one table of documents per type, written by the index jobs
 * (never by the code that changes people, posts or communities). A reindex builds a new table beside each
 * one and swaps it in; searches always join the source tables (users, posts, communities) and re-check
 * visibility there, so the index tables carry no foreign keys a swap would have to rebuild.
 */
export class SearchIndexes1764000000510 implements MigrationInterface {
  name = 'SearchIndexes1764000000510';

  async up(q: QueryRunner): Promise<void> {
    // Three text search configurations over unaccented words: French and English stemming ("développeurs"
    // finds "développeur"), and `simple` for names, short words ("IA") and prefixes ("kube" -> "kubernetes").
    for (const [name, copy, stem] of [
      ['relais_fr', 'french', 'french_stem'],
      ['relais_en', 'english', 'english_stem'],
      ['relais_simple', 'simple', 'simple'],
    ] as const) {
      await q.query(`CREATE TEXT SEARCH CONFIGURATION ${name} (COPY = ${copy})`);
      await q.query(
        `ALTER TEXT SEARCH CONFIGURATION ${name}
           ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
           WITH public.unaccent, ${stem}`,
      );
    }
    // A text in the three configurations, one weight: what every document is made of.
    await q.query(`
      CREATE FUNCTION relais_search_vector(body text, weight "char") RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN setweight(to_tsvector('relais_fr', coalesce(body, '')) || to_tsvector('relais_en', coalesce(body, ''))
                       || to_tsvector('relais_simple', coalesce(body, '')), weight)`);
    // What one query word matches: its French or English stem, or (from 3 letters) any word it begins.
    // The word is letters and digits only (the application splits queries on everything else).
    await q.query(`
      CREATE FUNCTION relais_word_query(word text) RETURNS tsquery
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      RETURN to_tsquery('relais_fr', quote_literal(word)) || to_tsquery('relais_en', quote_literal(word))
             || CASE WHEN length(word) >= 3 THEN to_tsquery('relais_simple', quote_literal(word) || ':*')
                     ELSE to_tsquery('relais_simple', quote_literal(word)) END`);

    await q.query(`
      CREATE TABLE search_people (
        user_id uuid PRIMARY KEY,
        display_name text NOT NULL,
        title text,
        department text,
        location text,
        languages text[] NOT NULL DEFAULT '{}',
        -- topics listed as expertise, ask me or mentor (learning is not knowing)
        topic_ids uuid[] NOT NULL DEFAULT '{}',
        -- communities the person is an active member of
        community_ids uuid[] NOT NULL DEFAULT '{}',
        bio_text text NOT NULL DEFAULT '',
        endorsements integer NOT NULL DEFAULT 0,
        -- the person's highest expertise score, for searches without a topic
        best_score real NOT NULL DEFAULT 0,
        document tsvector NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX search_people_document_idx ON search_people USING gin (document)');
    await q.query('CREATE INDEX search_people_topics_idx ON search_people USING gin (topic_ids)');
    await q.query('CREATE INDEX search_people_communities_idx ON search_people USING gin (community_ids)');
    await q.query('CREATE INDEX search_people_best_idx ON search_people (best_score DESC, user_id)');

    await q.query(`
      CREATE TABLE search_posts (
        post_id uuid PRIMARY KEY,
        community_id uuid,
        author_id uuid NOT NULL,
        kind text NOT NULL,
        language text NOT NULL,
        topic_ids uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL,
        document tsvector NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX search_posts_document_idx ON search_posts USING gin (document)');
    await q.query('CREATE INDEX search_posts_topics_idx ON search_posts USING gin (topic_ids)');
    await q.query('CREATE INDEX search_posts_community_idx ON search_posts (community_id)');

    await q.query(`
      CREATE TABLE search_communities (
        community_id uuid PRIMARY KEY,
        topic_ids uuid[] NOT NULL DEFAULT '{}',
        members integer NOT NULL DEFAULT 0,
        document tsvector NOT NULL,
        indexed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query('CREATE INDEX search_communities_document_idx ON search_communities USING gin (document)');

    // Distinct unaccented words of names, topics and indexed text: what a misspelt query word is corrected
    // to. Byte order (C collation) lets "begins with" use the primary key; trigrams find near spellings.
    await q.query(`
      CREATE TABLE search_vocabulary (
        word text COLLATE "C" PRIMARY KEY CHECK (length(word) BETWEEN 1 AND 60),
        documents integer NOT NULL DEFAULT 1
      )`);
    await q.query(
      'CREATE INDEX search_vocabulary_trgm_idx ON search_vocabulary USING gin (word gin_trgm_ops)',
    );

    // When each index was last rebuilt; an index never built is rebuilt at start.
    await q.query(`
      CREATE TABLE search_index_state (
        engine text NOT NULL,
        type text NOT NULL,
        rebuilt_at timestamptz NOT NULL,
        documents integer NOT NULL,
        PRIMARY KEY (engine, type)
      )`);

    // "Ask an expert": a question on a topic notifies the top experts who may read it.
    await q.query('ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check');
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('mention', 'reply',
        'reaction', 'join_request', 'join_decision', 'accepted_answer', 'invitation', 'expert_question'))`);
    // Who was asked about which question: the daily cap per expert counts these rows, written in the same
    // transaction as the notification's job, so a retried job never asks twice nor exceeds the cap.
    await q.query(`
      CREATE TABLE expert_questions (
        post_id uuid NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        expert_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        topic_id uuid REFERENCES topics(id) ON DELETE SET NULL,
        asked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (post_id, expert_id)
      )`);
    await q.query('CREATE INDEX expert_questions_expert_idx ON expert_questions (expert_id, asked_at)');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE expert_questions');
    await q.query("DELETE FROM notifications WHERE kind = 'expert_question'");
    await q.query('ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check');
    await q.query(`
      ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('mention', 'reply',
        'reaction', 'join_request', 'join_decision', 'accepted_answer', 'invitation'))`);
    for (const table of [
      'search_index_state',
      'search_vocabulary',
      'search_communities',
      'search_posts',
      'search_people',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query('DROP FUNCTION relais_word_query(text)');
    await q.query('DROP FUNCTION relais_search_vector(text, "char")');
    for (const name of ['relais_simple', 'relais_en', 'relais_fr']) {
      await q.query(`DROP TEXT SEARCH CONFIGURATION ${name}`);
    }
  }
}
