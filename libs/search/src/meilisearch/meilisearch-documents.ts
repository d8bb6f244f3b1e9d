import type { SearchType } from '../engine/search-engine';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../engine/highlight';

/**
 * What each Meilisearch index holds and how it is read from PostgreSQL, the source of truth: one SELECT
 * per type, used by `sync` (a few ids) and by `rebuild` (keyset pages on id). Every statement starts with a
 * `/* meilisearch:… *\/` label that names it in logs and lets tests answer it without parsing SQL.
 */

export interface PersonDocument {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
  location: string | null;
  languages: string[];
  /** Plain text of the biography. */
  bio: string;
  /** Labels (both languages) and synonyms of the topics listed as expertise, ask me or mentor. */
  topics: string[];
  topic_ids: string[];
  /** Communities the person is an active member of. */
  community_ids: string[];
  /** Endorsements received from active people. */
  endorsements: number;
  /** Highest expertise score of the person, 0 without any. */
  best_score: number;
  /** Topic id -> expertise score, sortable as `expertise.<topicId>`. */
  expertise: Record<string, number>;
}

export interface PostDocument {
  id: string;
  title: string | null;
  body: string;
  /** Slugs of the post's topics. */
  hashtags: string[];
  topic_ids: string[];
  /** Null for a post on its author's profile. */
  community_id: string | null;
  community_visibility: 'open' | 'private' | 'secret' | null;
  author_id: string;
  author_name: string;
  author_active: boolean;
  kind: string;
  language: string;
  /** Unix seconds. */
  created_at: number;
}

export interface CommunityDocument {
  id: string;
  name: string;
  description: string;
  /** Labels of the community's topics, both languages. */
  topics: string[];
  topic_ids: string[];
  visibility: 'open' | 'private' | 'secret';
  official: boolean;
  archived: boolean;
  /** Active members. */
  members: number;
}

export interface TopicDocument {
  id: string;
  slug: string;
  label_fr: string;
  label_en: string;
  /** French and English synonyms. */
  synonyms: string[];
  parent_id: string | null;
}

export type SearchDocument = PersonDocument | PostDocument | CommunityDocument | TopicDocument;

/** How one type's documents are read. */
export interface DocumentSource {
  /** $1: uuid[] of the ids to read; the ids that are not indexable (any more) are not returned. */
  byIds: string;
  /** $1: the last id of the previous page (null for the first), $2: page size. Ordered by id. */
  page: string;
  /** How many documents the index should hold: `count`. */
  count: string;
  toDocument(row: Record<string, unknown>): SearchDocument;
}

// -- people -------------------------------------------------------------------------------------------

/** The kinds of listed topics that say a person knows the topic (learning it does not). */
const KNOWING_KINDS = `('expertise', 'ask_me', 'mentor')`;

const PEOPLE_SELECT = `
  SELECT u.id::text AS id, u.display_name AS name, u.title, u.department, u.location,
         coalesce(pr.languages, '{}') AS languages,
         coalesce(pr.bio_html, '') AS bio_html, coalesce(pr.bio_markdown, '') AS bio_markdown,
         ARRAY(SELECT DISTINCT term
                 FROM user_topics ut
                 JOIN topics t ON t.id = ut.topic_id
                 CROSS JOIN LATERAL unnest(ARRAY[t.label_fr, t.label_en] || t.synonyms_fr || t.synonyms_en) AS term
                WHERE ut.user_id = u.id AND ut.kind IN ${KNOWING_KINDS}
                ORDER BY term) AS topics,
         ARRAY(SELECT DISTINCT ut.topic_id::text FROM user_topics ut
                WHERE ut.user_id = u.id AND ut.kind IN ${KNOWING_KINDS} ORDER BY 1) AS topic_ids,
         ARRAY(SELECT m.community_id::text FROM memberships m
                WHERE m.user_id = u.id AND m.status = 'active' ORDER BY 1) AS community_ids,
         (SELECT count(*)::int FROM endorsements e
            JOIN users endorser ON endorser.id = e.endorser_id AND endorser.status = 'active'
           WHERE e.endorsee_id = u.id) AS endorsements,
         coalesce((SELECT max(es.score) FROM expertise_scores es WHERE es.user_id = u.id), 0)::float8 AS best_score,
         coalesce((SELECT jsonb_object_agg(es.topic_id::text, es.score::float8)
                     FROM expertise_scores es WHERE es.user_id = u.id), '{}'::jsonb) AS expertise
    FROM users u
    LEFT JOIN profiles pr ON pr.user_id = u.id
   WHERE u.status = 'active'`;

const PEOPLE: DocumentSource = {
  byIds: `/* meilisearch:people.by-ids */ ${PEOPLE_SELECT} AND u.id = ANY ($1::uuid[])`,
  page: `/* meilisearch:people.page */ ${PEOPLE_SELECT}
     AND ($1::uuid IS NULL OR u.id > $1::uuid) ORDER BY u.id LIMIT $2`,
  count: `/* meilisearch:people.count */ SELECT count(*)::int AS count FROM users WHERE status = 'active'`,
  toDocument: (row): PersonDocument => {
    const bioHtml = text(row.bio_html);
    return {
      id: String(row.id),
      name: text(row.name),
      title: textOrNull(row.title),
      department: textOrNull(row.department),
      location: textOrNull(row.location),
      languages: strings(row.languages),
      bio: bioHtml ? plainTextOfHtml(bioHtml) : clean(text(row.bio_markdown)).trim(),
      topics: strings(row.topics),
      topic_ids: strings(row.topic_ids),
      community_ids: strings(row.community_ids),
      endorsements: number(row.endorsements),
      best_score: number(row.best_score),
      expertise: scores(row.expertise),
    };
  },
};

// -- posts --------------------------------------------------------------------------------------------

const POSTS_SELECT = `
  SELECT p.id::text AS id, p.title, p.body_text AS body,
         ARRAY(SELECT t.slug FROM post_topics pt JOIN topics t ON t.id = pt.topic_id
                WHERE pt.post_id = p.id ORDER BY t.slug) AS hashtags,
         ARRAY(SELECT pt.topic_id::text FROM post_topics pt WHERE pt.post_id = p.id ORDER BY 1) AS topic_ids,
         p.community_id::text AS community_id, c.visibility AS community_visibility,
         p.author_id::text AS author_id, a.display_name AS author_name, a.status = 'active' AS author_active,
         p.kind, p.language, floor(extract(epoch FROM p.created_at))::float8 AS created_at
    FROM posts p
    JOIN users a ON a.id = p.author_id
    LEFT JOIN communities c ON c.id = p.community_id
   WHERE p.deleted_at IS NULL`;

const POSTS: DocumentSource = {
  byIds: `/* meilisearch:posts.by-ids */ ${POSTS_SELECT} AND p.id = ANY ($1::uuid[])`,
  page: `/* meilisearch:posts.page */ ${POSTS_SELECT}
     AND ($1::uuid IS NULL OR p.id > $1::uuid) ORDER BY p.id LIMIT $2`,
  count: `/* meilisearch:posts.count */ SELECT count(*)::int AS count FROM posts WHERE deleted_at IS NULL`,
  toDocument: (row): PostDocument => ({
    id: String(row.id),
    title: textOrNull(row.title),
    body: text(row.body),
    hashtags: strings(row.hashtags),
    topic_ids: strings(row.topic_ids),
    community_id: textOrNull(row.community_id),
    community_visibility: visibilityOrNull(row.community_visibility),
    author_id: String(row.author_id),
    author_name: text(row.author_name),
    author_active: row.author_active === true,
    kind: String(row.kind),
    language: String(row.language),
    created_at: number(row.created_at),
  }),
};

// -- communities --------------------------------------------------------------------------------------

const COMMUNITIES_SELECT = `
  SELECT c.id::text AS id, c.name, c.description_markdown AS description,
         ARRAY(SELECT DISTINCT label
                 FROM community_topics ct
                 JOIN topics t ON t.id = ct.topic_id
                 CROSS JOIN LATERAL unnest(ARRAY[t.label_fr, t.label_en]) AS label
                WHERE ct.community_id = c.id
                ORDER BY label) AS topics,
         ARRAY(SELECT ct.topic_id::text FROM community_topics ct WHERE ct.community_id = c.id ORDER BY 1) AS topic_ids,
         c.visibility, c.official, c.archived_at IS NOT NULL AS archived,
         (SELECT count(*)::int FROM memberships m WHERE m.community_id = c.id AND m.status = 'active') AS members
    FROM communities c`;

const COMMUNITIES: DocumentSource = {
  byIds: `/* meilisearch:communities.by-ids */ ${COMMUNITIES_SELECT} WHERE c.id = ANY ($1::uuid[])`,
  page: `/* meilisearch:communities.page */ ${COMMUNITIES_SELECT}
   WHERE ($1::uuid IS NULL OR c.id > $1::uuid) ORDER BY c.id LIMIT $2`,
  count: `/* meilisearch:communities.count */ SELECT count(*)::int AS count FROM communities`,
  toDocument: (row): CommunityDocument => ({
    id: String(row.id),
    name: text(row.name),
    description: text(row.description),
    topics: strings(row.topics),
    topic_ids: strings(row.topic_ids),
    visibility: visibilityOrNull(row.visibility) ?? 'secret',
    official: row.official === true,
    archived: row.archived === true,
    members: number(row.members),
  }),
};

// -- topics -------------------------------------------------------------------------------------------

const TOPICS_SELECT = `
  SELECT t.id::text AS id, t.slug, t.label_fr, t.label_en,
         ARRAY(SELECT DISTINCT s FROM unnest(t.synonyms_fr || t.synonyms_en) AS s ORDER BY s) AS synonyms,
         t.parent_id::text AS parent_id
    FROM topics t`;

const TOPICS: DocumentSource = {
  byIds: `/* meilisearch:topics.by-ids */ ${TOPICS_SELECT} WHERE t.id = ANY ($1::uuid[])`,
  page: `/* meilisearch:topics.page */ ${TOPICS_SELECT}
   WHERE ($1::uuid IS NULL OR t.id > $1::uuid) ORDER BY t.id LIMIT $2`,
  count: `/* meilisearch:topics.count */ SELECT count(*)::int AS count FROM topics`,
  toDocument: (row): TopicDocument => ({
    id: String(row.id),
    slug: text(row.slug),
    label_fr: text(row.label_fr),
    label_en: text(row.label_en),
    synonyms: strings(row.synonyms),
    parent_id: textOrNull(row.parent_id),
  }),
};

export const DOCUMENT_SOURCES: Readonly<Record<SearchType, DocumentSource>> = {
  people: PEOPLE,
  posts: POSTS,
  communities: COMMUNITIES,
  topics: TOPICS,
};

/** Every name of every topic, for the synonyms settings. */
export const TOPIC_TERMS_SQL = `/* meilisearch:topic-terms */
  SELECT label_fr, label_en, synonyms_fr, synonyms_en FROM topics ORDER BY slug`;

// -- values -------------------------------------------------------------------------------------------

/**
 * Indexed text never holds the highlight marks: a biography typed with them would otherwise show as
 * matched words.
 */
function clean(value: string): string {
  return value.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '');
}

function text(value: unknown): string {
  return typeof value === 'string' ? clean(value) : '';
}

function textOrNull(value: unknown): string | null {
  return typeof value === 'string' ? clean(value) : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string').map(clean)
    : [];
}

/** PostgreSQL numerics and bigints arrive as strings. */
function number(value: unknown): number {
  const parsed = typeof value === 'number' ? value : Number(value ?? 0);
  return Number.isFinite(parsed) ? parsed : 0;
}

function scores(value: unknown): Record<string, number> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).map(([topicId, score]) => [topicId, number(score)]));
}

function visibilityOrNull(value: unknown): 'open' | 'private' | 'secret' | null {
  return value === 'open' || value === 'private' || value === 'secret' ? value : null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The words of sanitized HTML (the rendered biography): tags become spaces, so `<p>a</p><p>b</p>` keeps
 * two words, and entities are decoded once.
 */
export function plainTextOfHtml(html: string): string {
  const withoutTags = clean(html).replace(/<[^>]*>/g, ' ');
  const decoded = withoutTags.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return codePoint(parseInt(name.slice(2), 16), entity);
    if (name.startsWith('#')) return codePoint(parseInt(name.slice(1), 10), entity);
    return ENTITIES[name.toLowerCase()] ?? entity;
  });
  return clean(decoded).replace(/\s+/g, ' ').trim();
}

function codePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
