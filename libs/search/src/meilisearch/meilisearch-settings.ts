import type { Settings } from 'meilisearch';
import type { SearchType } from '../engine/search-engine';

/**
 * The settings of each index, and the comparison that lets `prepare()` skip an update when Meilisearch
 * already holds them (a settings update can reindex a whole index: boots must stay cheap).
 */

export type Synonyms = Record<string, string[]>;

/** The names of one topic, as read from the topics table. */
export interface TopicTermsRow {
  label_fr: string;
  label_en: string;
  synonyms_fr: string[] | null;
  synonyms_en: string[] | null;
}

/** Meilisearch's default ranking rules, in its default order. */
const DEFAULT_RANKING_RULES = ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'];

const TYPO_TOLERANCE = { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 8 } };

/**
 * Facet values by count: the engine keeps the most frequent ones, and Meilisearch cuts each facet at
 * `maxValuesPerFacet` after sorting (alphabetically by default, which would drop frequent values).
 */
const FACETING = { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'count' as const } };

/**
 * `totalHits` (page/hitsPerPage) is exhaustive only up to this bound (Meilisearch's default is 1000): a
 * search's total counts every match the viewer may see.
 */
export const MAX_TOTAL_HITS = 100_000;
const PAGINATION = { maxTotalHits: MAX_TOTAL_HITS };

/** The settings `prepare()` and `rebuild()` apply to an index of this type. */
export function indexSettings(type: SearchType, synonyms: Synonyms): Settings {
  switch (type) {
    case 'people':
      return {
        searchableAttributes: ['name', 'topics', 'title', 'department', 'bio', 'location', 'languages'],
        filterableAttributes: ['department', 'location', 'languages', 'community_ids', 'topic_ids'],
        sortableAttributes: ['best_score', 'expertise', 'endorsements'],
        // `sort` right after words and typo: with a topic named, expertise orders the people who match.
        rankingRules: ['words', 'typo', 'sort', 'proximity', 'attribute', 'exactness', 'best_score:desc'],
        typoTolerance: TYPO_TOLERANCE,
        faceting: FACETING,
        pagination: PAGINATION,
        synonyms,
      };
    case 'posts':
      return {
        searchableAttributes: ['title', 'hashtags', 'body', 'author_name'],
        filterableAttributes: [
          'community_id',
          'community_visibility',
          'author_id',
          'author_active',
          'kind',
          'topic_ids',
          'language',
        ],
        sortableAttributes: ['created_at'],
        // Equally relevant posts: the newest first.
        rankingRules: [...DEFAULT_RANKING_RULES, 'created_at:desc'],
        typoTolerance: TYPO_TOLERANCE,
        faceting: FACETING,
        pagination: PAGINATION,
        synonyms,
      };
    case 'communities':
      return {
        searchableAttributes: ['name', 'topics', 'description'],
        filterableAttributes: ['visibility', 'id', 'topic_ids', 'official', 'archived'],
        // Equally relevant communities: the liveliest first.
        rankingRules: [...DEFAULT_RANKING_RULES, 'members:desc'],
        typoTolerance: TYPO_TOLERANCE,
        pagination: PAGINATION,
        synonyms,
      };
    case 'topics':
      // No synonyms here: a topic document already holds every name of its topic.
      return {
        searchableAttributes: ['label_fr', 'label_en', 'synonyms', 'slug'],
        filterableAttributes: ['id', 'parent_id'],
        rankingRules: DEFAULT_RANKING_RULES,
        typoTolerance: TYPO_TOLERANCE,
      };
  }
}

/** The types whose index settings hold the taxonomy's synonyms. */
export const TYPES_WITH_SYNONYMS: readonly SearchType[] = ['people', 'posts', 'communities'];

/**
 * Every name of a topic (labels and synonyms, both languages, lower-cased; several words allowed) leads to
 * all its other names: "ia" finds "intelligence artificielle" and the reverse. A name shared by two topics
 * leads to the names of both.
 */
export function synonymsOf(topics: readonly TopicTermsRow[]): Synonyms {
  const synonyms = new Map<string, Set<string>>();
  for (const topic of topics) {
    const terms = [
      ...new Set(
        [topic.label_fr, topic.label_en, ...(topic.synonyms_fr ?? []), ...(topic.synonyms_en ?? [])]
          .map((term) => term.trim().toLowerCase())
          .filter((term) => term.length > 0),
      ),
    ];
    if (terms.length < 2) continue;
    for (const term of terms) {
      const others = synonyms.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      synonyms.set(term, others);
    }
  }
  return Object.fromEntries([...synonyms].map(([term, others]) => [term, [...others]]));
}

/** Settings whose order means nothing: Meilisearch returns them sorted. */
const UNORDERED = new Set<keyof Settings>(['filterableAttributes', 'sortableAttributes']);

/**
 * The part of `wanted` that `current` (GET /indexes/:uid/settings) does not already hold: empty when no
 * update is needed. Only the keys of `wanted` are compared, and within objects only the fields it sets
 * (Meilisearch returns every field of typoTolerance, faceting...).
 */
export function settingsToUpdate(wanted: Settings, current: Settings): Settings {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted) as Array<[keyof Settings, unknown]>) {
    const held: unknown = current[key];
    const same =
      key === 'synonyms'
        ? sameSynonyms(value as Synonyms | null, held as Synonyms | null | undefined)
        : UNORDERED.has(key)
          ? sameSet(value, held)
          : covers(value, held);
    if (!same) changes[key] = value;
  }
  return changes as Settings;
}

/** `held` has everything `wanted` sets: same scalars, same arrays in the same order, objects field by field. */
function covers(wanted: unknown, held: unknown): boolean {
  if (Array.isArray(wanted)) {
    return (
      Array.isArray(held) &&
      held.length === wanted.length &&
      wanted.every((item, index) => covers(item, held[index]))
    );
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (held === null || typeof held !== 'object' || Array.isArray(held)) return false;
    const heldObject = held as Record<string, unknown>;
    return Object.entries(wanted).every(([key, value]) => covers(value, heldObject[key]));
  }
  return wanted === held;
}

function sameSet(wanted: unknown, held: unknown): boolean {
  if (!Array.isArray(wanted) || !Array.isArray(held)) return wanted === held;
  const key = (item: unknown) => (typeof item === 'string' ? item : JSON.stringify(item));
  const heldKeys = new Set(held.map(key));
  return heldKeys.size === new Set(wanted.map(key)).size && wanted.every((item) => heldKeys.has(key(item)));
}

function sameSynonyms(wanted: Synonyms | null, held: Synonyms | null | undefined): boolean {
  const normalise = (synonyms: Synonyms | null | undefined) =>
    Object.entries(synonyms ?? {})
      .map(([term, others]) => [term, [...others].sort()] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(normalise(wanted)) === JSON.stringify(normalise(held));
}
