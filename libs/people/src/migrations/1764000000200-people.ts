import { MigrationInterface, QueryRunner } from 'typeorm';
import { TOPIC_TAXONOMY } from '../topics/topic-taxonomy.data';

export class People1764000000200 implements MigrationInterface {
  name = 'People1764000000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        bio_markdown text NOT NULL DEFAULT '' CHECK (length(bio_markdown) <= 5000),
        bio_html text NOT NULL DEFAULT '',
        languages text[] NOT NULL DEFAULT '{}' CHECK (cardinality(languages) <= 10),
        avatar_url text CHECK (avatar_url IS NULL OR (avatar_url ~ '^https?://' AND length(avatar_url) <= 500)),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Every way a topic is named, normalised the way lookups normalise what people type (trimmed,
    // lower-cased, accents removed): hashtags and search match these, never the raw labels.
    await q.query(`
      CREATE FUNCTION relais_topic_terms(slug text, label_fr text, label_en text, synonyms_fr text[], synonyms_en text[])
      RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN ARRAY(
        SELECT DISTINCT public.relais_unaccent(lower(btrim(term)))
          FROM unnest(ARRAY[slug, label_fr, label_en] || synonyms_fr || synonyms_en) AS term
         ORDER BY 1)`);
    // The same terms as one string for substring search under a trigram index. array_to_string is only
    // STABLE in general; over text[] it is immutable, which this wrapper asserts for the generated column.
    await q.query(`
      CREATE FUNCTION relais_topic_search_text(slug text, label_fr text, label_en text, synonyms_fr text[], synonyms_en text[])
      RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN array_to_string(public.relais_topic_terms(slug, label_fr, label_en, synonyms_fr, synonyms_en), E'\\n')`);

    await q.query(`
      CREATE TABLE topics (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 80),
        label_fr text NOT NULL CHECK (length(label_fr) BETWEEN 1 AND 120),
        label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 120),
        synonyms_fr text[] NOT NULL DEFAULT '{}',
        synonyms_en text[] NOT NULL DEFAULT '{}',
        parent_id uuid REFERENCES topics(id) ON DELETE SET NULL,
        search_terms text[] NOT NULL GENERATED ALWAYS AS
          (relais_topic_terms(slug, label_fr, label_en, synonyms_fr, synonyms_en)) STORED,
        search_text text NOT NULL GENERATED ALWAYS AS
          (relais_topic_search_text(slug, label_fr, label_en, synonyms_fr, synonyms_en)) STORED,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (parent_id IS NULL OR parent_id <> id)
      )`);
    await q.query('CREATE UNIQUE INDEX topics_slug_key ON topics (slug)');
    await q.query('CREATE INDEX topics_parent_idx ON topics (parent_id)');
    // Exact term lookups (hashtags, synonym expansion) and the uniqueness check of admins' edits.
    await q.query('CREATE INDEX topics_search_terms_idx ON topics USING gin (search_terms)');
    // Substring search of the topic picker ("securite" in "cybersecurite").
    await q.query('CREATE INDEX topics_search_text_idx ON topics USING gin (search_text gin_trgm_ops)');

    await q.query(`
      CREATE TABLE user_topics (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('expertise', 'ask_me', 'mentor', 'learn')),
        -- the order the person chose (their main expertise first)
        position smallint NOT NULL DEFAULT 0 CHECK (position >= 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind, topic_id)
      )`);
    await q.query('CREATE INDEX user_topics_topic_idx ON user_topics (topic_id, kind)');

    await q.query(`
      CREATE TABLE endorsements (
        endorser_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        endorsee_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        topic_id uuid NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (endorsee_id, topic_id, endorser_id),
        CHECK (endorser_id <> endorsee_id)
      )`);
    await q.query('CREATE INDEX endorsements_endorser_idx ON endorsements (endorser_id)');
    await q.query('CREATE INDEX endorsements_topic_idx ON endorsements (topic_id)');

    // The initial taxonomy, in order (parents first). Later changes to it are new migrations.
    for (const topic of TOPIC_TAXONOMY) {
      await q.query(
        `INSERT INTO topics (slug, label_fr, label_en, synonyms_fr, synonyms_en, parent_id)
         VALUES ($1, $2, $3, $4, $5, (SELECT id FROM topics WHERE slug = $6))`,
        [topic.slug, topic.labelFr, topic.labelEn, topic.synonymsFr, topic.synonymsEn, topic.parent],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE endorsements');
    await q.query('DROP TABLE user_topics');
    await q.query('DROP TABLE topics');
    await q.query('DROP FUNCTION relais_topic_search_text(text, text, text, text[], text[])');
    await q.query('DROP FUNCTION relais_topic_terms(text, text, text, text[], text[])');
    await q.query('DROP TABLE profiles');
  }
}
