import { Logger, LoggerService } from '@nestjs/common';
import type {
  EnqueuedTask,
  EnqueuedTaskPromise,
  Hit,
  Meilisearch,
  MultiSearchQuery,
  MultiSearchResult,
  RecordAny,
  SearchParams,
  Settings,
  Task,
} from 'meilisearch';
import type { DataSource } from 'typeorm';
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../engine/highlight';
import {
  CommunitySearchResult,
  ExpertQuery,
  ExpertSearchResult,
  FacetCount,
  Page,
  PostQuery,
  PostSearchResult,
  CommunityQuery,
  SEARCH_TYPES,
  SearchEngine,
  SearchType,
  SearchViewer,
} from '../engine/search-engine';
import { DOCUMENT_SOURCES, SearchDocument, TOPIC_TERMS_SQL } from './meilisearch-documents';
import {
  allOf,
  anyOf,
  equals,
  FilterExpression,
  isIn,
  isNull,
  notEquals,
  renderFilter,
} from './meilisearch-filter';
import { highlightsOfFormatted } from './meilisearch-highlights';
import {
  indexSettings,
  settingsToUpdate,
  Synonyms,
  synonymsOf,
  TopicTermsRow,
  TYPES_WITH_SYNONYMS,
} from './meilisearch-settings';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey?: string;
  /** Index uids are `${indexPrefix}_${type}`, so several deployments can share a server. */
  indexPrefix: string;
  /** Documents per request when rebuilding an index. */
  rebuildBatchSize?: number;
  /** How long to wait for one Meilisearch task (a settings update may reindex a whole index). */
  taskTimeoutMs?: number;
  /** How long one HTTP request may take. */
  requestTimeoutMs?: number;
}

/** At most this many values per facet, the most frequent first. */
const FACET_SIZE = 20;
/** Topics a query may name, and how strongly it must match one (Meilisearch's ranking score, 0 to 1). */
const NAMED_TOPICS = 3;
const NAMED_TOPIC_SCORE = 0.8;
/** Words kept around the match of a long text. */
const CROP_LENGTH = 24;

const EXPERT_FACETS = ['department', 'location', 'languages', 'community_ids', 'topic_ids'] as const;
const POST_FACETS = ['kind', 'community_id'] as const;

const PERSON_HIGHLIGHTS = ['name', 'title', 'department', 'location', 'bio', 'topics'] as const;
const POST_HIGHLIGHTS = ['title', 'body'] as const;
const COMMUNITY_HIGHLIGHTS = ['name', 'description', 'topics'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const VIEWER_COMMUNITIES_SQL = `/* meilisearch:viewer-communities */
  SELECT m.community_id::text AS id, m.status, c.visibility
    FROM memberships m JOIN communities c ON c.id = m.community_id
   WHERE m.user_id = $1::uuid AND m.status IN ('active', 'invited')`;

/** Of these communities, those whose content the viewer reads: open ones, and those they are active in. */
const READABLE_COMMUNITIES_SQL = `/* meilisearch:readable-communities */
  SELECT c.id::text AS id FROM communities c
   WHERE c.id = ANY ($1::uuid[])
     AND (c.visibility = 'open' OR EXISTS (
           SELECT 1 FROM memberships m
            WHERE m.community_id = c.id AND m.user_id = $2::uuid AND m.status = 'active'))`;

/** These topics (depth 0) and their sub-topics at any depth; the depth guard survives a cycle. */
const TOPIC_TREE_SQL = `/* meilisearch:topic-tree */
  WITH RECURSIVE tree (id, root, depth) AS (
    SELECT t.id, t.id, 0 FROM topics t WHERE t.id = ANY ($1::uuid[])
    UNION
    SELECT child.id, tree.root, tree.depth + 1
      FROM topics child JOIN tree ON child.parent_id = tree.id
     WHERE tree.depth < 10)
  SELECT id::text AS id, root::text AS root, min(depth)::int AS depth FROM tree GROUP BY id, root`;

interface ViewerCommunities {
  /** Communities the viewer is an active member of: they read their content. */
  active: string[];
  /** Secret communities the viewer is an active member of or invited to: they exist for the viewer. */
  seenSecret: string[];
}

type Distribution = Record<string, number>;

/**
 * The Meilisearch adapter of the search port (used when MEILI_URL is set). PostgreSQL stays the source
 * of truth: documents are read from it on every sync and rebuild, and the memberships that decide what a
 * viewer may see are read from it on every search (never from the index, which may lag behind).
 */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;

  private client: Promise<Meilisearch> | null = null;
  private readonly batchSize: number;
  private readonly taskTimeoutMs: number;

  constructor(
    private readonly dataSource: DataSource,
    private readonly options: MeilisearchEngineOptions,
    private readonly logger: Pick<LoggerService, 'log'> = new Logger(MeilisearchEngine.name),
  ) {
    this.batchSize = options.rebuildBatchSize ?? 5000;
    this.taskTimeoutMs = options.taskTimeoutMs ?? 10 * 60_000;
  }

  /** The live index of a type. */
  indexUid(type: SearchType): string {
    return `${this.options.indexPrefix}_${type}`;
  }

  // -- indexing -------------------------------------------------------------------------------------

  async prepare(): Promise<void> {
    const synonyms = await this.synonyms();
    for (const type of SEARCH_TYPES) {
      const uid = this.indexUid(type);
      await this.ensureIndex(uid);
      await this.applySettings(uid, indexSettings(type, synonyms));
    }
  }

  async sync(type: SearchType, ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    const source = DOCUMENT_SOURCES[type];
    // An id that is not a uuid names nothing in PostgreSQL (and would fail the cast): it is only removed.
    const uuids = unique.filter((id) => UUID.test(id));
    const rows = uuids.length > 0 ? await this.query<Record<string, unknown>>(source.byIds, [uuids]) : [];
    const documents = rows.map((row) => source.toDocument(row));
    const found = new Set(documents.map((document) => document.id));
    const gone = unique.filter((id) => !found.has(id));

    const client = await this.meilisearch();
    // While a rebuild fills the index beside the live one, changes go to both: the swap loses none.
    const targets = [this.indexUid(type)];
    if (await this.indexExists(`${this.indexUid(type)}_rebuild`))
      targets.push(`${this.indexUid(type)}_rebuild`);
    const writes: Array<[EnqueuedTaskPromise, string]> = [];
    for (const uid of targets) {
      const index = client.index<SearchDocument>(uid);
      if (documents.length > 0) {
        writes.push([
          index.addDocuments(documents, { primaryKey: 'id' }),
          `writing ${type} documents to ${uid}`,
        ]);
      }
      if (gone.length > 0)
        writes.push([index.deleteDocuments(gone), `removing ${type} documents from ${uid}`]);
    }
    // Both are enqueued before waiting, so Meilisearch may process them in one batch.
    const enqueued = await Promise.all(writes.map(([task]) => task));
    for (const [position, task] of enqueued.entries()) {
      await this.settle(
        client.tasks.waitForTask(task, { timeout: this.taskTimeoutMs }),
        writes[position]![1],
      );
    }

    // A topic's names are the synonyms of the other indexes.
    if (type === 'topics') {
      const synonyms = await this.synonyms();
      for (const withSynonyms of TYPES_WITH_SYNONYMS) {
        await this.applySettings(this.indexUid(withSynonyms), { synonyms });
      }
    }
  }

  async rebuild(type: SearchType, onProgress?: (done: number, total: number) => void): Promise<number> {
    const live = this.indexUid(type);
    const next = `${live}_rebuild`;
    const client = await this.meilisearch();
    const source = DOCUMENT_SOURCES[type];

    // A rebuild that stopped half-way left its index behind.
    await this.deleteIndex(next);
    await this.settle(client.createIndex(next, { primaryKey: 'id' }).waitTask(), `creating ${next}`);
    await this.applySettings(next, indexSettings(type, type === 'topics' ? {} : await this.synonyms()));

    const [counted] = await this.query<{ count: number | string }>(source.count, []);
    let total = Number(counted?.count ?? 0);
    onProgress?.(0, total);
    const index = client.index<SearchDocument>(next);
    const enqueued: EnqueuedTask[] = [];
    let done = 0;
    let after: string | null = null;
    for (;;) {
      const rows: Array<Record<string, unknown>> = await this.query(source.page, [after, this.batchSize]);
      if (rows.length === 0) break;
      const documents: SearchDocument[] = rows.map((row) => source.toDocument(row));
      enqueued.push(await index.addDocuments(documents, { primaryKey: 'id' }));
      done += documents.length;
      after = documents[documents.length - 1]!.id;
      total = Math.max(total, done);
      onProgress?.(done, total);
      if (rows.length < this.batchSize) break;
    }
    for (const task of enqueued) {
      await this.settle(client.tasks.waitForTask(task, { timeout: this.taskTimeoutMs }), `filling ${next}`);
    }

    // Searches read the live index until the swap, then the new documents.
    await this.ensureIndex(live);
    await this.settle(
      client
        .swapIndexes([{ indexes: [live, next], rename: false }])
        .waitTask({ timeout: this.taskTimeoutMs }),
      `swapping ${live} and ${next}`,
    );
    await this.deleteIndex(next);
    this.logger.log(`rebuilt ${live}: ${done} documents`);
    return done;
  }

  // -- searches -------------------------------------------------------------------------------------

  async searchExperts(query: ExpertQuery, viewer: SearchViewer): Promise<ExpertSearchResult> {
    const { filters } = query;
    const empty: ExpertSearchResult = {
      hits: [],
      total: 0,
      correctedQuery: null,
      topicIds: [],
      facets: { departments: [], locations: [], languages: [], communities: [], topics: [] },
    };
    // Filtering on a community lists its members: only for a viewer who may read its content.
    if (filters.communityId) {
      const readable = await this.readableCommunities(viewer, [filters.communityId]);
      if (!readable.has(filters.communityId)) return empty;
    }
    const text = query.text.trim();
    const topicIds = text ? await this.topicsNamedBy(text) : [];

    const conditions = new Map<string, FilterExpression>();
    if (filters.department) conditions.set('department', equals('department', filters.department));
    if (filters.location) conditions.set('location', equals('location', filters.location));
    if (filters.language) conditions.set('languages', equals('languages', filters.language));
    if (filters.communityId) conditions.set('community_ids', equals('community_ids', filters.communityId));
    if (filters.topicId) conditions.set('topic_ids', equals('topic_ids', filters.topicId));

    // A named topic orders the people who match by their expertise on it (the ranking rules put `sort`
    // after words and typo); without text, the best experts come first.
    const sort =
      topicIds.length > 0 ? [`expertise.${topicIds[0]}:desc`] : text ? undefined : ['best_score:desc'];
    const [main, distributions] = await this.facetedSearch(
      this.indexUid('people'),
      text,
      null,
      conditions,
      EXPERT_FACETS,
      { ...pageOf(query), ...(sort ? { sort } : {}), ...highlighting(text, PERSON_HIGHLIGHTS, 'bio') },
    );
    const readable = await this.readableCommunities(viewer, Object.keys(distributions.community_ids ?? {}));
    return {
      hits: main.hits.map((hit) => ({
        userId: String(hit.id),
        rank: hit._rankingScore ?? 0,
        highlights: highlightsOfFormatted(hit._formatted, PERSON_HIGHLIGHTS),
      })),
      total: main.totalHits ?? 0,
      correctedQuery: null,
      topicIds,
      facets: {
        departments: topValues(distributions.department),
        locations: topValues(distributions.location),
        languages: topValues(distributions.languages),
        communities: topValues(distributions.community_ids, (id) => readable.has(id)),
        topics: topValues(distributions.topic_ids),
      },
    };
  }

  async searchPosts(query: PostQuery, viewer: SearchViewer): Promise<PostSearchResult> {
    const text = query.text.trim();
    // As the PostgreSQL engine: posts are searched by words, never listed.
    if (!text) return { hits: [], total: 0, correctedQuery: null, facets: { kinds: [], communities: [] } };
    const { filters } = query;
    const memberships = await this.viewerCommunities(viewer);
    // Profile posts of deactivated people are hidden from everyone but admins; a community's posts are read
    // by everyone when it is open, and by its active members otherwise.
    const scope = anyOf(
      viewer.isAdmin ? isNull('community_id') : allOf(isNull('community_id'), equals('author_active', true)),
      equals('community_visibility', 'open'),
      isIn('community_id', memberships.active),
    );
    const conditions = new Map<string, FilterExpression>();
    if (filters.communityId) conditions.set('community_id', equals('community_id', filters.communityId));
    if (filters.kind) conditions.set('kind', equals('kind', filters.kind));
    if (filters.topicId) conditions.set('topic_ids', equals('topic_ids', filters.topicId));
    if (filters.authorId) conditions.set('author_id', equals('author_id', filters.authorId));

    // Facets leave profile posts (a null community) out: a search of its own counts them, under "".
    const profilePosts: MultiSearchQuery = {
      indexUid: this.indexUid('posts'),
      q: text,
      filter: renderFilter(allOf(scope, ...withoutFacet(conditions, 'community_id'), isNull('community_id'))),
      page: 1,
      hitsPerPage: 0,
    };
    const [main, distributions, [profiles]] = await this.facetedSearch(
      this.indexUid('posts'),
      text,
      scope,
      conditions,
      POST_FACETS,
      { ...pageOf(query), ...highlighting(text, POST_HIGHLIGHTS, 'body') },
      [profilePosts],
    );
    const readable = await this.readableCommunities(viewer, Object.keys(distributions.community_id ?? {}));
    const communities: Distribution = {};
    for (const [id, count] of Object.entries(distributions.community_id ?? {})) {
      if (readable.has(id)) communities[id] = count;
    }
    const profileCount = profiles?.totalHits ?? 0;
    if (profileCount > 0) communities[''] = profileCount;
    return {
      hits: main.hits.map((hit) => ({
        postId: String(hit.id),
        rank: hit._rankingScore ?? 0,
        highlights: highlightsOfFormatted(hit._formatted, POST_HIGHLIGHTS),
      })),
      total: main.totalHits ?? 0,
      correctedQuery: null,
      facets: { kinds: topValues(distributions.kind), communities: topValues(communities) },
    };
  }

  async searchCommunities(query: CommunityQuery, viewer: SearchViewer): Promise<CommunitySearchResult> {
    const text = query.text.trim();
    if (!text) return { hits: [], total: 0, correctedQuery: null };
    const memberships = await this.viewerCommunities(viewer);
    // A secret community exists only for its active members and the people invited to it.
    const filter = renderFilter(anyOf(notEquals('visibility', 'secret'), isIn('id', memberships.seenSecret)));
    const client = await this.meilisearch();
    const response = await client.index(this.indexUid('communities')).search(text, {
      filter,
      ...pageOf(query),
      ...highlighting(text, COMMUNITY_HIGHLIGHTS, 'description'),
    });
    return {
      hits: response.hits.map((hit) => ({
        communityId: String(hit.id),
        rank: hit._rankingScore ?? 0,
        highlights: highlightsOfFormatted(hit._formatted, COMMUNITY_HIGHLIGHTS),
      })),
      total: response.totalHits ?? 0,
      correctedQuery: null,
    };
  }

  async suggestTopics(prefix: string, limit: number): Promise<string[]> {
    if (limit <= 0) return [];
    const client = await this.meilisearch();
    // Meilisearch matches the last word of a query as a prefix.
    const response = await client
      .index(this.indexUid('topics'))
      .search(prefix.trim(), { limit, attributesToRetrieve: ['id'] });
    return response.hits.map((hit) => String(hit.id));
  }

  // -- Meilisearch ----------------------------------------------------------------------------------

  /** The official client, loaded on first use: the package is ESM-only and this code is CommonJS. */
  private meilisearch(): Promise<Meilisearch> {
    this.client ??= import('meilisearch').then(
      ({ Meilisearch: Client }) =>
        new Client({
          host: this.options.url,
          apiKey: this.options.apiKey,
          timeout: this.options.requestTimeoutMs ?? 30_000,
          defaultWaitOptions: { timeout: this.taskTimeoutMs, interval: 100 },
        }),
      (error: unknown) => {
        this.client = null;
        throw error;
      },
    );
    return this.client;
  }

  /** Throws unless the task succeeded (or failed with the one error code that is expected). */
  private async settle(finished: Promise<Task>, what: string, tolerated?: string): Promise<void> {
    const task = await finished;
    if (task.status === 'succeeded') return;
    if (tolerated && task.error?.code === tolerated) return;
    throw new Error(
      `Meilisearch task ${task.uid} (${what}) ${task.status}: ${task.error?.message ?? 'no reason given'}`,
    );
  }

  /** Creates the index with primary key `id` unless it exists. */
  private async indexExists(uid: string): Promise<boolean> {
    const client = await this.meilisearch();
    try {
      await client.getRawIndex(uid);
      return true;
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
      return false;
    }
  }

  private async ensureIndex(uid: string): Promise<void> {
    const client = await this.meilisearch();
    if (await this.indexExists(uid)) return;
    // Another process may create it at the same time.
    await this.settle(
      client.createIndex(uid, { primaryKey: 'id' }).waitTask(),
      `creating ${uid}`,
      'index_already_exists',
    );
  }

  /** Deletes the index if it exists (Meilisearch enqueues the deletion, then fails it when there is none). */
  private async deleteIndex(uid: string): Promise<void> {
    const client = await this.meilisearch();
    await this.settle(client.deleteIndex(uid).waitTask(), `deleting ${uid}`, 'index_not_found');
  }

  /** Sends the settings that differ from the index's, if any, and waits until they apply. */
  private async applySettings(uid: string, wanted: Settings): Promise<void> {
    const client = await this.meilisearch();
    const index = client.index(uid);
    const changes = settingsToUpdate(wanted, await index.getSettings());
    const changed = Object.keys(changes);
    if (changed.length === 0) return;
    await this.settle(
      index.updateSettings(changes).waitTask({ timeout: this.taskTimeoutMs }),
      `settings of ${uid}`,
    );
    this.logger.log(`updated the settings of ${uid}: ${changed.join(', ')}`);
  }

  /**
   * One multi-search: the hits with every condition, then, for each facet that has a condition, its counts
   * without it (disjunctive facets: choosing a department still shows how many match in the others),
   * then the `extra` queries. Returns the hits' response, the distribution of every facet, and the extras'.
   */
  private async facetedSearch(
    indexUid: string,
    text: string,
    scope: FilterExpression | null,
    conditions: ReadonlyMap<string, FilterExpression>,
    facets: readonly string[],
    params: SearchParams,
    extra: MultiSearchQuery[] = [],
  ): Promise<[MultiSearchResult<RecordAny>, Record<string, Distribution>, MultiSearchResult<RecordAny>[]]> {
    const disjunctive = facets.filter((facet) => conditions.has(facet));
    const queries: MultiSearchQuery[] = [
      {
        indexUid,
        q: text,
        filter: renderFilter(allOf(scope, ...conditions.values())),
        facets: [...facets],
        ...params,
      },
      ...disjunctive.map((facet): MultiSearchQuery => ({
        indexUid,
        q: text,
        filter: renderFilter(allOf(scope, ...withoutFacet(conditions, facet))),
        facets: [facet],
        limit: 0,
      })),
      ...extra,
    ];
    const client = await this.meilisearch();
    const { results } = await client.multiSearch({ queries: queries.map(withoutUndefined) });
    const main = results[0]!;
    const distributions: Record<string, Distribution> = {};
    for (const facet of facets) {
      const position = disjunctive.indexOf(facet);
      const response = position === -1 ? main : results[1 + position];
      distributions[facet] = response?.facetDistribution?.[facet] ?? {};
    }
    return [main, distributions, results.slice(1 + disjunctive.length)];
  }

  /** The ids of the topics the query names, best match first, then their sub-topics. */
  private async topicsNamedBy(text: string): Promise<string[]> {
    const client = await this.meilisearch();
    const response = await client
      .index(this.indexUid('topics'))
      .search(text, { limit: NAMED_TOPICS, attributesToRetrieve: ['id'], showRankingScore: true });
    const named = response.hits
      .filter((hit: Hit) => (hit._rankingScore ?? 0) >= NAMED_TOPIC_SCORE)
      .map((hit) => String(hit.id))
      .filter((id) => UUID.test(id));
    if (named.length === 0) return [];
    const tree = await this.query<{ id: string; root: string; depth: number }>(TOPIC_TREE_SQL, [named]);
    const order = (row: { id: string; root: string; depth: number }) =>
      [row.depth === 0 ? 0 : 1, named.indexOf(row.root), row.depth] as const;
    const sorted = [...tree].sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    return [...new Set(sorted.map((row) => row.id))];
  }

  // -- PostgreSQL -----------------------------------------------------------------------------------

  private async query<T>(sql: string, params: unknown[]): Promise<T[]> {
    const rows: unknown = await this.dataSource.query(sql, params);
    return Array.isArray(rows) ? (rows as T[]) : [];
  }

  /** The taxonomy's synonyms, from the topics table. */
  private async synonyms(): Promise<Synonyms> {
    return synonymsOf(await this.query<TopicTermsRow>(TOPIC_TERMS_SQL, []));
  }

  private async viewerCommunities(viewer: SearchViewer): Promise<ViewerCommunities> {
    if (!UUID.test(viewer.userId)) return { active: [], seenSecret: [] };
    const rows = await this.query<{ id: string; status: string; visibility: string }>(
      VIEWER_COMMUNITIES_SQL,
      [viewer.userId],
    );
    return {
      active: rows.filter((row) => row.status === 'active').map((row) => row.id),
      seenSecret: rows.filter((row) => row.visibility === 'secret').map((row) => row.id),
    };
  }

  /** Which of these communities the viewer may read the content of. */
  private async readableCommunities(viewer: SearchViewer, ids: readonly string[]): Promise<Set<string>> {
    const candidates = [...new Set(ids)].filter((id) => UUID.test(id));
    if (candidates.length === 0) return new Set();
    const rows = await this.query<{ id: string }>(READABLE_COMMUNITIES_SQL, [
      candidates,
      UUID.test(viewer.userId) ? viewer.userId : null,
    ]);
    return new Set(rows.map((row) => row.id));
  }
}

/** page/hitsPerPage rather than offset/limit: Meilisearch then counts the hits exhaustively (`totalHits`). */
function pageOf(page: Page): { page: number; hitsPerPage: number } {
  return {
    page: page.limit > 0 ? Math.floor(page.offset / page.limit) + 1 : 1,
    hitsPerPage: page.limit,
  };
}

/**
 * Only ids are retrieved (the service hydrates them), with their ranking score; highlights only when there
 * is text to match.
 */
function highlighting(text: string, fields: readonly string[], cropped: string): SearchParams {
  const retrieved: SearchParams = { attributesToRetrieve: ['id'], showRankingScore: true };
  if (!text) return retrieved;
  return {
    ...retrieved,
    attributesToHighlight: [...fields],
    attributesToCrop: [cropped],
    cropLength: CROP_LENGTH,
    highlightPreTag: HIGHLIGHT_START,
    highlightPostTag: HIGHLIGHT_END,
  };
}

function withoutFacet(conditions: ReadonlyMap<string, FilterExpression>, facet: string): FilterExpression[] {
  return [...conditions].filter(([key]) => key !== facet).map(([, condition]) => condition);
}

/** The most frequent values first (then by value), at most FACET_SIZE, only those `keep` accepts. */
function topValues(
  distribution: Distribution | undefined,
  keep: (value: string) => boolean = () => true,
): FacetCount[] {
  return Object.entries(distribution ?? {})
    .filter(([value, count]) => count > 0 && keep(value))
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, FACET_SIZE);
}

/** A query without its unset parameters (a filter of nothing is no filter). */
function withoutUndefined(query: MultiSearchQuery): MultiSearchQuery {
  return Object.fromEntries(
    Object.entries(query).filter(([, value]) => value !== undefined),
  ) as MultiSearchQuery;
}

function isIndexNotFound(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  return cause?.code === 'index_not_found';
}
