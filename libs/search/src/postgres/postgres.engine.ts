import { Logger } from '@nestjs/common';
import { communityContentReadableSql, communityVisibleSql } from '@relais/communities';
import { postReadableSql } from '@relais/content';
import { DataSource, EntityManager } from 'typeorm';
import { HIGHLIGHT_END, HIGHLIGHT_START, highlightsOf } from '../engine/highlight';
import {
  CommunityQuery,
  CommunitySearchResult,
  ExpertQuery,
  ExpertSearchResult,
  FacetCount,
  PostQuery,
  PostSearchResult,
  SearchEngine,
  SearchType,
  SearchViewer,
} from '../engine/search-engine';
import {
  COMMUNITIES_INDEX,
  IndexTable,
  PEOPLE_INDEX,
  POSTS_INDEX,
  TOPIC_WORDS,
  wordsOf,
} from './postgres-documents';
import { analyzeQuery, QueryUnit } from './query-analyzer';

const REBUILD_BATCH = 5000;
/**
 * ts_rank_cd weights for D, C, B, A; every rank is normalised (flag 1: by the document's length, flag 32:
 * to rank / (rank + 1)) so text relevance stays below 1 and never outweighs expertise.
 */
const WEIGHTS = `'{0.1, 0.2, 0.4, 1.0}'`;
const FACET_SIZE = 20;
/** Matches whose text relevance is computed, best by expertise (people) or newest (posts) first. */
const RANKED_CANDIDATES = 500;
const HEADLINE_SHORT = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`;
const HEADLINE_LONG = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "`;

const INDEXES: Partial<Record<SearchType, IndexTable>> = {
  people: PEOPLE_INDEX,
  posts: POSTS_INDEX,
  communities: COMMUNITIES_INDEX,
};

interface ExpertRow {
  total: number;
  page: Array<{ user_id: string; rank: number }> | null;
  departments: FacetCount[] | null;
  locations: FacetCount[] | null;
  languages: FacetCount[] | null;
  communities: FacetCount[] | null;
  topics: FacetCount[] | null;
}

/**
 * The default engine: PostgreSQL full-text search over index tables (migration 1764000000510), with typo
 * correction against a vocabulary and synonym expansion through the taxonomy (query-analyzer.ts).
 * Visibility is applied in SQL against the source tables on every query, so a change of who may read a
 * community is in effect at once, before any index job runs.
 */
export class PostgresSearchEngine implements SearchEngine {
  readonly name = 'postgres' as const;
  private readonly logger = new Logger(PostgresSearchEngine.name);

  constructor(private readonly dataSource: DataSource) {}

  async prepare(): Promise<void> {
    // The tables come from migrations; nothing to apply at start.
  }

  async sync(type: SearchType, ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      if (type === 'topics') {
        await this.addWords(manager, TOPIC_WORDS('tp.id = ANY ($1::uuid[])'), [unique], false);
        return;
      }
      const index = INDEXES[type]!;
      const set = index.columns
        .filter((column) => column !== index.key)
        .map((column) => `${column} = EXCLUDED.${column}`)
        .join(', ');
      const written: Array<{ id: string }> = await manager.query(
        `INSERT INTO ${index.table} (${index.columns.join(', ')})
         ${index.select(`${index.sourceId} = ANY($1::uuid[])`)}
         ON CONFLICT (${index.key}) DO UPDATE SET ${set}, indexed_at = now()
         RETURNING ${index.key} AS id`,
        [unique],
      );
      const kept = written.map((row) => row.id);
      await manager.query(
        `DELETE FROM ${index.table} WHERE ${index.key} = ANY($1::uuid[]) AND NOT (${index.key} = ANY($2::uuid[]))`,
        [unique, kept],
      );
      if (kept.length > 0) {
        await this.addWords(
          manager,
          wordsOf(index.words(`${index.sourceId} = ANY ($1::uuid[])`)),
          [kept],
          false,
        );
      }
    });
  }

  /**
   * Builds a new table beside the live one, in one transaction that holds an EXCLUSIVE lock on the live
   * table: searches keep reading it (readers are not blocked), index jobs wait, then the new table takes its
   * name. A job that waited fails once and its retry writes into the new table.
   */
  async rebuild(type: SearchType, onProgress?: (done: number, total: number) => void): Promise<number> {
    if (type === 'topics') {
      return this.dataSource.transaction(async (manager) => {
        await this.addWords(manager, TOPIC_WORDS('true'), [], true);
        const documents = await this.count(manager, 'topics');
        await this.recordState(manager, type, documents);
        return documents;
      });
    }
    const index = INDEXES[type]!;
    const shadow = `${index.table}_rebuild`;
    return this.dataSource.transaction(async (manager) => {
      await manager.query("SET LOCAL maintenance_work_mem = '256MB'");
      await manager.query(`LOCK TABLE ${index.table} IN EXCLUSIVE MODE`);
      await manager.query(`DROP TABLE IF EXISTS ${shadow}`);
      await manager.query(
        `CREATE TABLE ${shadow} (LIKE ${index.table} INCLUDING DEFAULTS INCLUDING CONSTRAINTS)`,
      );
      const source = index.sourceId.split('.')[0]!;
      const sourceTable = { u: 'users', p: 'posts', c: 'communities' }[source]!;
      const total = await this.count(manager, sourceTable);
      let done = 0;
      let after: string | null = null;
      onProgress?.(0, total);
      for (;;) {
        const rows: Array<{ id: string }> = await manager.query(
          `WITH batch AS (
             SELECT ${index.sourceId} AS id FROM ${sourceTable} ${source}
              WHERE ($1::uuid IS NULL OR ${index.sourceId} > $1) ORDER BY ${index.sourceId} LIMIT $2),
           written AS (
             INSERT INTO ${shadow} (${index.columns.join(', ')})
             ${index.select(`${index.sourceId} IN (SELECT id FROM batch)`)}
             RETURNING 1)
           SELECT max(id::text) AS id, count(*)::int AS n FROM batch`,
          [after, REBUILD_BATCH],
        );
        const row = rows[0] as unknown as { id: string | null; n: number };
        if (!row.id || row.n === 0) break;
        after = row.id;
        done += row.n;
        onProgress?.(Math.min(done, total), total);
      }
      // The live table's indexes, rebuilt on the new one in bulk (much faster than row by row).
      const indexes: Array<{ indexname: string; indexdef: string }> = await manager.query(
        'SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1',
        [index.table],
      );
      for (const { indexname, indexdef } of indexes) {
        if (indexname.endsWith('_pkey')) {
          await manager.query(`ALTER TABLE ${shadow} ADD PRIMARY KEY (${index.key})`);
          continue;
        }
        await manager.query(
          indexdef
            .replace(`INDEX ${indexname} ON`, `INDEX ${indexname}_rebuild ON`)
            .replace(new RegExp(`ON (\\w+\\.)?${index.table} `), `ON ${shadow} `),
        );
      }
      await manager.query(`DROP TABLE ${index.table}`);
      await manager.query(`ALTER TABLE ${shadow} RENAME TO ${index.table}`);
      await manager.query(`ALTER INDEX ${shadow}_pkey RENAME TO ${index.table}_pkey`);
      for (const { indexname } of indexes) {
        if (!indexname.endsWith('_pkey'))
          await manager.query(`ALTER INDEX ${indexname}_rebuild RENAME TO ${indexname}`);
      }
      const documents = await this.count(manager, index.table);
      await this.addWords(manager, wordsOf(index.words('true')), [], true);
      await this.recordState(manager, type, documents);
      this.logger.log(`rebuilt ${index.table}: ${documents} documents`);
      return documents;
    });
  }

  async searchExperts(query: ExpertQuery, viewer: SearchViewer): Promise<ExpertSearchResult> {
    const analyzed = await analyzeQuery(this.dataSource, query.text);
    const empty: ExpertSearchResult = {
      hits: [],
      total: 0,
      correctedQuery: analyzed.correctedQuery,
      topicIds: analyzed.topicIds,
      facets: { departments: [], locations: [], languages: [], communities: [], topics: [] },
    };
    const hasText = queryWordsGiven(query.text);
    if (hasText && analyzed.units.length === 0) return empty;
    const { filters } = query;
    if (filters.communityId && !(await this.readsCommunity(viewer, filters.communityId))) return empty;

    const params: unknown[] = [
      analyzed.tsquery,
      filters.department ?? null,
      filters.location ?? null,
      filters.language ?? null,
      filters.communityId ?? null,
      filters.topicId ?? null,
      analyzed.namedTopicIds,
      analyzed.topicIds,
      viewer.userId,
      query.limit,
      query.offset,
      // Expertise ranks people when the query names a topic; otherwise where the words appear does.
      analyzed.topicIds.length > 0 ? 1 : 4,
      Math.max(RANKED_CANDIDATES, query.offset + query.limit),
    ];
    const match = hasText ? unitsMatch(analyzed.units, 'sp', params) : 'true';
    const textRank = analyzed.tsquery ? `ts_rank_cd(${WEIGHTS}, sp.document, $1::tsquery, 33)` : '0';
    const others = (except: string) =>
      ['f_dep', 'f_loc', 'f_lang', 'f_com', 'f_top'].filter((flag) => flag !== except).join(' AND ');
    // The index holds active people only (a deactivation's job removes its document; the service re-checks
    // every hit). Text relevance, the costly part, is computed for the best candidates by expertise only.
    const [row]: ExpertRow[] = await this.indexedQuery(
      `WITH base AS MATERIALIZED (
         SELECT sp.user_id, sp.department, sp.location, sp.languages, sp.community_ids, sp.topic_ids, sp.best_score,
                ($2::text IS NULL OR sp.department = $2) AS f_dep,
                ($3::text IS NULL OR sp.location = $3) AS f_loc,
                ($4::text IS NULL OR $4 = ANY (sp.languages)) AS f_lang,
                ($5::uuid IS NULL OR $5 = ANY (sp.community_ids)) AS f_com,
                ($6::uuid IS NULL OR $6 = ANY (sp.topic_ids)) AS f_top
           FROM search_people sp
          WHERE ${match} AND $1::text IS NOT NULL),
       hits AS (SELECT user_id, best_score FROM base WHERE f_dep AND f_loc AND f_lang AND f_com AND f_top),
       expertise AS (
         SELECT es.user_id, max(es.score * CASE WHEN es.topic_id = ANY ($7::uuid[]) THEN 1 ELSE 0.5 END) AS score
           FROM expertise_scores es
          WHERE cardinality($8::uuid[]) > 0 AND es.topic_id = ANY ($8::uuid[])
          GROUP BY es.user_id),
       candidates AS (
         SELECT h.user_id, coalesce(e.score, 0) + 0.05 * h.best_score AS prior
           FROM hits h LEFT JOIN expertise e ON e.user_id = h.user_id
          ORDER BY prior DESC, h.user_id LIMIT $13),
       ranked AS (
         SELECT c.user_id, c.prior + $12 * ${textRank} AS rank
           FROM candidates c JOIN search_people sp ON sp.user_id = c.user_id)
       SELECT (SELECT count(*)::int FROM hits) AS total,
              (SELECT json_agg(p) FROM (
                 SELECT user_id, rank FROM ranked ORDER BY rank DESC, user_id LIMIT $10 OFFSET $11) p) AS page,
              (SELECT json_agg(f) FROM (
                 SELECT department AS value, count(*)::int AS count FROM base
                  WHERE ${others('f_dep')} AND department IS NOT NULL
                  GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_SIZE}) f) AS departments,
              (SELECT json_agg(f) FROM (
                 SELECT location AS value, count(*)::int AS count FROM base
                  WHERE ${others('f_loc')} AND location IS NOT NULL
                  GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_SIZE}) f) AS locations,
              (SELECT json_agg(f) FROM (
                 SELECT l AS value, count(*)::int AS count FROM base, unnest(base.languages) AS l
                  WHERE ${others('f_lang')}
                  GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_SIZE}) f) AS languages,
              (SELECT json_agg(f) FROM (
                 SELECT m.community_id::text AS value, m.n AS count
                   FROM (SELECT community_id, count(*)::int AS n
                           FROM base, unnest(base.community_ids) AS u(community_id)
                          WHERE ${others('f_com')} GROUP BY 1) m
                   JOIN communities c ON c.id = m.community_id
                  WHERE ${communityContentReadableSql('c', '$9::uuid')}
                  ORDER BY 2 DESC, 1 LIMIT ${FACET_SIZE}) f) AS communities,
              (SELECT json_agg(f) FROM (
                 SELECT t::text AS value, count(*)::int AS count FROM base, unnest(base.topic_ids) AS t
                  WHERE ${others('f_top')}
                  GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_SIZE}) f) AS topics`,
      params,
    );
    const page = row?.page ?? [];
    const highlights = await this.personHighlights(
      page.map((hit) => hit.user_id),
      analyzed.highlightQuery,
    );
    return {
      hits: page.map((hit) => ({
        userId: hit.user_id,
        rank: Number(hit.rank),
        highlights: highlights.get(hit.user_id) ?? [],
      })),
      total: row?.total ?? 0,
      correctedQuery: analyzed.correctedQuery,
      topicIds: analyzed.topicIds,
      facets: {
        departments: row?.departments ?? [],
        locations: row?.locations ?? [],
        languages: row?.languages ?? [],
        communities: row?.communities ?? [],
        topics: row?.topics ?? [],
      },
    };
  }

  async searchPosts(query: PostQuery, viewer: SearchViewer): Promise<PostSearchResult> {
    const analyzed = await analyzeQuery(this.dataSource, query.text);
    const empty: PostSearchResult = {
      hits: [],
      total: 0,
      correctedQuery: analyzed.correctedQuery,
      facets: { kinds: [], communities: [] },
    };
    if (analyzed.units.length === 0) return empty;
    const { filters } = query;
    const params: unknown[] = [
      analyzed.tsquery,
      viewer.userId,
      filters.communityId ?? null,
      filters.kind ?? null,
      filters.topicId ?? null,
      filters.authorId ?? null,
      query.limit,
      query.offset,
      viewer.isAdmin,
      Math.max(RANKED_CANDIDATES, query.offset + query.limit),
    ];
    const match = unitsMatch(analyzed.units, 'sp', params);
    const textRank = analyzed.tsquery ? `ts_rank_cd(${WEIGHTS}, sp.document, $1::tsquery, 33)` : '0';
    // Text relevance is computed for the most recent matches only: a search of posts favours news.
    const [row]: Array<{
      total: number;
      page: Array<{ post_id: string; rank: number }> | null;
      kinds: FacetCount[] | null;
      communities: FacetCount[] | null;
    }> = await this.indexedQuery(
      `WITH base AS MATERIALIZED (
         SELECT sp.post_id, sp.kind, sp.community_id, sp.created_at,
                ($3::uuid IS NULL OR sp.community_id IS NOT DISTINCT FROM $3) AS f_com,
                ($4::text IS NULL OR sp.kind = $4) AS f_kind,
                ($5::uuid IS NULL OR $5 = ANY (sp.topic_ids)) AND ($6::uuid IS NULL OR sp.author_id = $6) AS f_other
           FROM search_posts sp
           JOIN posts p ON p.id = sp.post_id
          WHERE ${match} AND $1::text IS NOT NULL
            AND ${postReadableSql('p', '$2::uuid', '$9::boolean')}),
       hits AS (SELECT post_id, created_at FROM base WHERE f_com AND f_kind AND f_other),
       candidates AS (SELECT post_id, created_at FROM hits ORDER BY created_at DESC, post_id LIMIT $10),
       ranked AS (
         SELECT c.post_id,
                ${textRank} + 0.2 * exp(-extract(epoch FROM now() - c.created_at) / (86400 * 90)) AS rank
           FROM candidates c JOIN search_posts sp ON sp.post_id = c.post_id)
       SELECT (SELECT count(*)::int FROM hits) AS total,
              (SELECT json_agg(x) FROM (
                 SELECT post_id, rank FROM ranked ORDER BY rank DESC, post_id LIMIT $7 OFFSET $8) x) AS page,
              (SELECT json_agg(f) FROM (
                 SELECT kind AS value, count(*)::int AS count FROM base WHERE f_com AND f_other
                  GROUP BY 1 ORDER BY 2 DESC, 1) f) AS kinds,
              (SELECT json_agg(f) FROM (
                 SELECT coalesce(community_id::text, '') AS value, count(*)::int AS count FROM base
                  WHERE f_kind AND f_other GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ${FACET_SIZE}) f) AS communities`,
      params,
    );
    const page = row?.page ?? [];
    const highlights = new Map<string, ReturnType<typeof highlightsOf>>();
    if (page.length > 0 && analyzed.highlightQuery) {
      const marked: Array<{ id: string; title: string | null; body: string }> = await this.dataSource.query(
        `SELECT p.id, ts_headline('relais_simple', p.title, $2::tsquery, $3) AS title,
                ts_headline('relais_simple', p.body_text, $2::tsquery, $4) AS body
           FROM posts p WHERE p.id = ANY ($1::uuid[])`,
        [page.map((hit) => hit.post_id), analyzed.highlightQuery, HEADLINE_SHORT, HEADLINE_LONG],
      );
      for (const post of marked) {
        highlights.set(
          post.id,
          highlightsOf([
            ['title', post.title],
            ['body', post.body],
          ]),
        );
      }
    }
    return {
      hits: page.map((hit) => ({
        postId: hit.post_id,
        rank: Number(hit.rank),
        highlights: highlights.get(hit.post_id) ?? [],
      })),
      total: row?.total ?? 0,
      correctedQuery: analyzed.correctedQuery,
      facets: { kinds: row?.kinds ?? [], communities: row?.communities ?? [] },
    };
  }

  async searchCommunities(query: CommunityQuery, viewer: SearchViewer): Promise<CommunitySearchResult> {
    const analyzed = await analyzeQuery(this.dataSource, query.text);
    if (analyzed.units.length === 0) return { hits: [], total: 0, correctedQuery: analyzed.correctedQuery };
    const params: unknown[] = [analyzed.tsquery, viewer.userId, query.limit, query.offset];
    const match = unitsMatch(analyzed.units, 'sc', params);
    const textRank = analyzed.tsquery ? `ts_rank_cd(${WEIGHTS}, sc.document, $1::tsquery, 33)` : '0';
    const [row]: Array<{ total: number; page: Array<{ community_id: string; rank: number }> | null }> =
      await this.indexedQuery(
        `WITH hits AS MATERIALIZED (
           SELECT sc.community_id, ${textRank} + 0.02 * ln(1 + sc.members) AS rank
             FROM search_communities sc
             JOIN communities c ON c.id = sc.community_id
            WHERE ${match} AND $1::text IS NOT NULL AND ${communityVisibleSql('c', '$2::uuid')})
         SELECT (SELECT count(*)::int FROM hits) AS total,
                (SELECT json_agg(x) FROM (
                   SELECT community_id, rank FROM hits ORDER BY rank DESC, community_id LIMIT $3 OFFSET $4) x) AS page`,
        params,
      );
    const page = row?.page ?? [];
    const highlights = new Map<string, ReturnType<typeof highlightsOf>>();
    if (page.length > 0 && analyzed.highlightQuery) {
      const marked: Array<{ id: string; name: string; description: string }> = await this.dataSource.query(
        `SELECT c.id, ts_headline('relais_simple', c.name, $2::tsquery, $3) AS name,
                ts_headline('relais_simple', c.description_markdown, $2::tsquery, $4) AS description
           FROM communities c WHERE c.id = ANY ($1::uuid[])`,
        [page.map((hit) => hit.community_id), analyzed.highlightQuery, HEADLINE_SHORT, HEADLINE_LONG],
      );
      for (const community of marked) {
        highlights.set(
          community.id,
          highlightsOf([
            ['name', community.name],
            ['description', community.description],
          ]),
        );
      }
    }
    return {
      hits: page.map((hit) => ({
        communityId: hit.community_id,
        rank: Number(hit.rank),
        highlights: highlights.get(hit.community_id) ?? [],
      })),
      total: row?.total ?? 0,
      correctedQuery: analyzed.correctedQuery,
    };
  }

  /**
   * Topics one of whose names (either language) begins with the prefix, or has a word that does; names
   * that begin with it first, then the most listed topics. A misspelt prefix of 4 letters or more falls
   * back to the closest names (trigrams).
   */
  async suggestTopics(prefix: string, limit: number): Promise<string[]> {
    const words = prefix.trim();
    if (!words) return [];
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `WITH q AS (SELECT public.relais_unaccent(lower($1)) AS p),
       ranked AS (
         SELECT t.id,
                CASE WHEN EXISTS (SELECT 1 FROM unnest(t.search_terms) s, q WHERE starts_with(s, q.p)) THEN 2
                     WHEN EXISTS (SELECT 1 FROM unnest(t.search_terms) s, q WHERE s LIKE '% ' || replace(replace(replace(q.p, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%') THEN 1
                     ELSE 0 END AS starts,
                word_similarity(q.p, t.search_text) AS closeness,
                (SELECT count(*) FROM user_topics ut WHERE ut.topic_id = t.id) AS listed
           FROM topics t, q)
       SELECT id FROM ranked
        WHERE starts > 0 OR (length($1) >= 4 AND closeness >= 0.5)
        ORDER BY starts DESC, closeness DESC, listed DESC, id
        LIMIT $2`,
      [words, limit],
    );
    return rows.map((row) => row.id);
  }

  private async personHighlights(
    userIds: string[],
    tsquery: string,
  ): Promise<Map<string, ReturnType<typeof highlightsOf>>> {
    const byId = new Map<string, ReturnType<typeof highlightsOf>>();
    if (userIds.length === 0 || !tsquery) return byId;
    const rows: Array<{
      user_id: string;
      name: string;
      title: string | null;
      department: string | null;
      location: string | null;
      bio: string;
    }> = await this.dataSource.query(
      `SELECT sp.user_id,
              ts_headline('relais_simple', sp.display_name, $2::tsquery, $3) AS name,
              ts_headline('relais_simple', sp.title, $2::tsquery, $3) AS title,
              ts_headline('relais_simple', sp.department, $2::tsquery, $3) AS department,
              ts_headline('relais_simple', sp.location, $2::tsquery, $3) AS location,
              ts_headline('relais_simple', sp.bio_text, $2::tsquery, $4) AS bio
         FROM search_people sp WHERE sp.user_id = ANY ($1::uuid[])`,
      [userIds, tsquery, HEADLINE_SHORT, HEADLINE_LONG],
    );
    for (const row of rows) {
      byId.set(
        row.user_id,
        highlightsOf([
          ['name', row.name],
          ['title', row.title],
          ['department', row.department],
          ['location', row.location],
          ['bio', row.bio],
        ]),
      );
    }
    return byId;
  }

  /**
   * A search statement, planned to use the GIN indexes. PostgreSQL estimates how many documents a
   * tsquery (prefixes, several alternatives) or an array overlap matches poorly, often at a fifth of the
   * table, and then reads every document instead of the index: measured on 100,000 people, 600 ms
   * instead of 50 ms. Sequential scans stay possible where nothing else is (a search without words).
   */
  private indexedQuery<T>(sql: string, params: unknown[]): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query(sql, params) as Promise<T>;
    });
  }

  private async readsCommunity(viewer: SearchViewer, communityId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM communities c WHERE c.id = $1 AND ${communityContentReadableSql('c', '$2::uuid')}`,
      [communityId, viewer.userId],
    );
    return rows.length > 0;
  }

  /**
   * Adds the words a statement selects (columns `word` and `n`, the number of documents with it) to the
   * vocabulary, in a stable order so concurrent jobs cannot deadlock. A rebuild (`counted`) refreshes the
   * counts, which rank corrections; jobs only add new words.
   */
  private async addWords(
    manager: EntityManager,
    select: string,
    params: unknown[],
    counted: boolean,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO search_vocabulary (word, documents)
       SELECT w.word, w.n FROM (${select}) w WHERE length(w.word) BETWEEN 2 AND 60 ORDER BY 1
       ON CONFLICT (word) DO ${
         counted
           ? 'UPDATE SET documents = GREATEST(search_vocabulary.documents, EXCLUDED.documents)'
           : 'NOTHING'
       }`,
      params,
    );
  }

  private async count(manager: EntityManager, table: string): Promise<number> {
    const rows: Array<{ n: number }> = await manager.query(`SELECT count(*)::int AS n FROM ${table}`);
    return rows[0]!.n;
  }

  private async recordState(manager: EntityManager, type: SearchType, documents: number): Promise<void> {
    await manager.query(
      `INSERT INTO search_index_state (engine, type, rebuilt_at, documents) VALUES ('postgres', $1, now(), $2)
       ON CONFLICT (engine, type) DO UPDATE SET rebuilt_at = now(), documents = EXCLUDED.documents`,
      [type, documents],
    );
  }
}

/**
 * Every unit required: its text query matches the document, or (a topic) the document is tagged with the
 * topic or one of its sub-topics. Each value is a bind parameter appended to `params`.
 */
function unitsMatch(units: readonly QueryUnit[], alias: string, params: unknown[]): string {
  return units
    .map((unit) => {
      const parts: string[] = [];
      if (unit.query) {
        params.push(unit.query);
        parts.push(`${alias}.document @@ $${params.length}::tsquery`);
      }
      if (unit.topicIds.length > 0) {
        params.push(unit.topicIds);
        parts.push(`${alias}.topic_ids && $${params.length}::uuid[]`);
      }
      return `(${parts.join(' OR ')})`;
    })
    .join(' AND ');
}

function queryWordsGiven(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
