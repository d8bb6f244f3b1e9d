/**
 * The search port. Two adapters implement it: PostgreSQL full-text (the default, postgres/) and
 * Meilisearch (meilisearch/, when MEILI_URL is set). Both pass one behaviour suite
 * (test/search/search-behaviour.suite.ts).
 *
 * An engine answers with ids, ranks, highlights and facet counts; the search service hydrates the ids
 * through the contexts that own them and re-checks that the viewer may see each one, so a stale index
 * can hide a document but never show one. An engine must still filter by what the viewer may see
 * itself: totals and facet counts come from the engine and must not count what the viewer may not see.
 */
export type SearchType = 'people' | 'posts' | 'communities' | 'topics';
export const SEARCH_TYPES: readonly SearchType[] = ['people', 'posts', 'communities', 'topics'];

/** Who searches: results and counts are limited to what this person may see. */
export interface SearchViewer {
  userId: string;
  isAdmin: boolean;
}

/** A piece of a document's field, cut where the query matched (`match: true`). */
export interface HighlightFragment {
  text: string;
  match: boolean;
}

export interface Highlight {
  /** name | title | department | location | bio | topics | body | description */
  field: string;
  fragments: HighlightFragment[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface Page {
  limit: number;
  offset: number;
}

export interface ExpertFilters {
  department?: string | null;
  location?: string | null;
  /** A language the person speaks, as stored on profiles (e.g. "fr", "en"). */
  language?: string | null;
  /** Active members of this community; it must be a community whose content the viewer may read. */
  communityId?: string | null;
  /** People who list this topic (expertise, ask me or mentor). */
  topicId?: string | null;
}

export interface ExpertQuery extends Page {
  /** What the person typed; empty lists everyone matching the filters, best experts first. */
  text: string;
  filters: ExpertFilters;
}

export interface ExpertFacets {
  departments: FacetCount[];
  locations: FacetCount[];
  languages: FacetCount[];
  /** Community ids, only of communities whose content the viewer may read. */
  communities: FacetCount[];
  /** Topic ids. */
  topics: FacetCount[];
}

export interface ExpertHit {
  userId: string;
  rank: number;
  highlights: Highlight[];
}

export interface SearchResult<H> {
  hits: H[];
  /** Every match the viewer may see, across pages. */
  total: number;
  /** The query as it was understood after typo correction, when a word was corrected; null otherwise. */
  correctedQuery: string | null;
}

export interface ExpertSearchResult extends SearchResult<ExpertHit> {
  facets: ExpertFacets;
  /**
   * The topics the query names (through a label or synonym in either language, typos corrected), then
   * their sub-topics: "IA" names artificial intelligence, whose sub-topics include machine learning.
   * Empty when the query names no topic.
   */
  topicIds: string[];
}

export type PostKindFilter = 'discussion' | 'question' | 'best_practice' | 'announcement';

export interface PostQuery extends Page {
  text: string;
  filters: {
    communityId?: string | null;
    kind?: PostKindFilter | null;
    topicId?: string | null;
    authorId?: string | null;
  };
}

export interface PostHit {
  postId: string;
  rank: number;
  highlights: Highlight[];
}

export interface PostSearchResult extends SearchResult<PostHit> {
  facets: {
    kinds: FacetCount[];
    /** Community ids the viewer may read; "" counts the posts on profiles. */
    communities: FacetCount[];
  };
}

export interface CommunityQuery extends Page {
  text: string;
}

export interface CommunityHit {
  communityId: string;
  rank: number;
  highlights: Highlight[];
}

export type CommunitySearchResult = SearchResult<CommunityHit>;

export interface SearchEngine {
  readonly name: 'postgres' | 'meilisearch';
  /** Creates indexes and applies settings (and synonyms from the taxonomy). Idempotent; run at start. */
  prepare(): Promise<void>;
  /**
   * Rewrites these documents from PostgreSQL, the source of truth: each id is written again if it is still
   * indexable (an active person, a post not deleted, ...) and removed otherwise. Idempotent.
   */
  sync(type: SearchType, ids: readonly string[]): Promise<void>;
  /**
   * Rebuilds one index from scratch while searches keep answering from the previous one, then replaces it.
   * Returns how many documents it holds.
   */
  rebuild(type: SearchType, onProgress?: (done: number, total: number) => void): Promise<number>;
  searchExperts(query: ExpertQuery, viewer: SearchViewer): Promise<ExpertSearchResult>;
  searchPosts(query: PostQuery, viewer: SearchViewer): Promise<PostSearchResult>;
  searchCommunities(query: CommunityQuery, viewer: SearchViewer): Promise<CommunitySearchResult>;
  /** Topic ids whose label or synonym (either language) begins with the prefix, best first. */
  suggestTopics(prefix: string, limit: number): Promise<string[]>;
}

export const SEARCH_ENGINE = Symbol('SEARCH_ENGINE');
