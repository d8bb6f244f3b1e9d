/**
 * How each PostgreSQL index row is computed from the source tables: one SELECT per type, used both by the
 * index jobs (a few ids) and by a rebuild (every row, by keyset pages). `where` is an SQL condition on
 * the source row's alias (`u`, `p`, `c`), with bind parameters numbered by the caller.
 *
 * Weights: A = names and topics, B = titles and departments (and a post's body), C = places and
 * descriptions, D = biographies and authors' names.
 */

export interface IndexTable {
  /** The index table. */
  table: string;
  /** Its primary key column. */
  key: string;
  /** Columns written, in the order of `select`'s output. */
  columns: readonly string[];
  /** The source table's alias in `select` and its id column, for keyset pages. */
  sourceId: string;
  select(where: string): string;
  /** The words of the same documents, as one text each (column `body`), for the vocabulary. */
  words(where: string): string;
}

/** A topic's every name, both languages, as one text. */
const TOPIC_TERMS = `concat_ws(' ', tp.label_fr, tp.label_en, array_to_string(tp.synonyms_fr, ' '),
  array_to_string(tp.synonyms_en, ' '))`;

export const PEOPLE_INDEX: IndexTable = {
  table: 'search_people',
  key: 'user_id',
  columns: [
    'user_id',
    'display_name',
    'title',
    'department',
    'location',
    'languages',
    'topic_ids',
    'community_ids',
    'bio_text',
    'endorsements',
    'best_score',
    'document',
  ],
  sourceId: 'u.id',
  select: (where) => `
    SELECT u.id, u.display_name, u.title, u.department, u.location,
           coalesce(pr.languages, '{}'), coalesce(t.topic_ids, '{}'), coalesce(m.community_ids, '{}'),
           coalesce(pr.bio_markdown, ''), coalesce(e.n, 0), coalesce(s.best, 0),
           relais_search_vector(u.display_name, 'A') || relais_search_vector(t.terms, 'A')
             || relais_search_vector(concat_ws(' ', u.title, u.department), 'B')
             || relais_search_vector(u.location, 'C') || relais_search_vector(pr.bio_markdown, 'D')
      FROM users u
      LEFT JOIN profiles pr ON pr.user_id = u.id
      LEFT JOIN LATERAL (
        SELECT array_agg(DISTINCT ut.topic_id) AS topic_ids, string_agg(${TOPIC_TERMS}, ' ') AS terms
          FROM user_topics ut JOIN topics tp ON tp.id = ut.topic_id
         WHERE ut.user_id = u.id AND ut.kind <> 'learn') t ON true
      LEFT JOIN LATERAL (
        SELECT array_agg(ms.community_id) AS community_ids
          FROM memberships ms WHERE ms.user_id = u.id AND ms.status = 'active') m ON true
      LEFT JOIN LATERAL (
        SELECT count(*)::int AS n FROM endorsements en
          JOIN users eu ON eu.id = en.endorser_id AND eu.status = 'active'
         WHERE en.endorsee_id = u.id) e ON true
      LEFT JOIN LATERAL (SELECT max(es.score) AS best FROM expertise_scores es WHERE es.user_id = u.id) s ON true
     WHERE u.status = 'active' AND ${where}`,
  words: (where) => `
    SELECT concat_ws(' ', u.display_name, u.title, u.department, u.location, pr.bio_markdown,
             (SELECT string_agg(${TOPIC_TERMS}, ' ') FROM user_topics ut JOIN topics tp ON tp.id = ut.topic_id
               WHERE ut.user_id = u.id AND ut.kind <> 'learn')) AS body
      FROM users u LEFT JOIN profiles pr ON pr.user_id = u.id
     WHERE u.status = 'active' AND ${where}`,
};

export const POSTS_INDEX: IndexTable = {
  table: 'search_posts',
  key: 'post_id',
  columns: [
    'post_id',
    'community_id',
    'author_id',
    'kind',
    'language',
    'topic_ids',
    'created_at',
    'document',
  ],
  sourceId: 'p.id',
  select: (where) => `
    SELECT p.id, p.community_id, p.author_id, p.kind, p.language, coalesce(pt.topic_ids, '{}'), p.created_at,
           relais_search_vector(p.title, 'A') || relais_search_vector(pt.terms, 'A')
             || relais_search_vector(p.body_text, 'B') || relais_search_vector(a.display_name, 'D')
      FROM posts p
      JOIN users a ON a.id = p.author_id
      LEFT JOIN LATERAL (
        SELECT array_agg(x.topic_id) AS topic_ids, string_agg(replace(tp.slug, '-', ' '), ' ') AS terms
          FROM post_topics x JOIN topics tp ON tp.id = x.topic_id WHERE x.post_id = p.id) pt ON true
     WHERE p.deleted_at IS NULL AND ${where}`,
  words: (where) =>
    `SELECT concat_ws(' ', p.title, p.body_text) AS body FROM posts p WHERE p.deleted_at IS NULL AND ${where}`,
};

export const COMMUNITIES_INDEX: IndexTable = {
  table: 'search_communities',
  key: 'community_id',
  columns: ['community_id', 'topic_ids', 'members', 'document'],
  sourceId: 'c.id',
  select: (where) => `
    SELECT c.id, coalesce(ct.topic_ids, '{}'), coalesce(mm.n, 0),
           relais_search_vector(c.name, 'A') || relais_search_vector(ct.terms, 'B')
             || relais_search_vector(c.description_markdown, 'C')
      FROM communities c
      LEFT JOIN LATERAL (
        SELECT array_agg(x.topic_id) AS topic_ids, string_agg(${TOPIC_TERMS}, ' ') AS terms
          FROM community_topics x JOIN topics tp ON tp.id = x.topic_id WHERE x.community_id = c.id) ct ON true
      LEFT JOIN LATERAL (
        SELECT count(*)::int AS n FROM memberships mm WHERE mm.community_id = c.id AND mm.status = 'active') mm ON true
     WHERE ${where}`,
  words: (where) =>
    `SELECT concat_ws(' ', c.name, c.description_markdown) AS body FROM communities c WHERE ${where}`,
};

/** The words of topics' names, for the vocabulary (topics have no index table: the topics table is one). */
export const TOPIC_WORDS = (where: string) => `
  SELECT lexeme AS word, count(*)::int AS n
    FROM topics tp, unnest(to_tsvector('relais_simple', ${TOPIC_TERMS})) AS v(lexeme, positions, weights)
   WHERE ${where} GROUP BY 1`;

/** The vocabulary's words of some documents' texts: unstemmed, unaccented, with their document counts. */
export function wordsOf(texts: string): string {
  return `SELECT lexeme AS word, count(*)::int AS n
            FROM (${texts}) d, unnest(to_tsvector('relais_simple', d.body)) AS v(lexeme, positions, weights)
           GROUP BY 1`;
}
