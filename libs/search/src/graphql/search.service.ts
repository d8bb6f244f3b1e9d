import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataLoaderBag, keysetCursor, textKey } from '@relais/common';
import { CommunityAccessService, CommunityModel, toCommunityModel } from '@relais/communities';
import { isAdminSql, PostKindEnum, postReadableSql, PostsService, toPostModel } from '@relais/content';
import { hasRole, Role, Viewer } from '@relais/identity';
import { PeopleService, TopicKind, TopicModel, TopicsService, topicLabel } from '@relais/people';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { FacetCount, SEARCH_ENGINE, SearchEngine, SearchViewer } from '../engine/search-engine';
import type { DeclaredKind } from '../expertise/expertise-score';
import { evidenceLine } from './evidence-line';
import {
  ExpertSearchFiltersInput,
  RelatedExpertsArgs,
  SearchCommunitiesArgs,
  SearchExpertsArgs,
  SearchPostsArgs,
  SuggestTopicsArgs,
} from './search.inputs';
import {
  CommunityFacetModel,
  CommunitySearchResultModel,
  ExpertHitModel,
  ExpertSearchResultModel,
  PostSearchResultModel,
  TopicEvidenceModel,
} from './search.models';

/** Results further than this are not served: a search is refined, not paged through for ever. */
const MAX_OFFSET = 1000;
/** Evidence shown per person when the query names no topic. */
const BEST_TOPICS = 3;

const offsetCursor = keysetCursor({ offset: textKey({ pattern: /^\d{1,4}$/, maxLength: 4 }) });

interface ScoreRow {
  user_id: string;
  topic_id: string;
  score: number;
  declared: DeclaredKind[];
  posts: number;
  best_practices: number;
  comments: number;
  accepted_answers: number;
  reactions: number;
  endorsements: number;
  last_evidence_at: Date | null;
}

/**
 * The searches as the GraphQL API serves them: asks the engine, then hydrates every id through the
 * context that owns it and keeps only what the viewer may see now (the engine's index may lag behind a
 * change by the time its job runs; a hidden hit is dropped, never shown).
 */
@Injectable()
export class SearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    private readonly people: PeopleService,
    private readonly topics: TopicsService,
    private readonly communities: CommunityAccessService,
    private readonly posts: PostsService,
  ) {}

  async experts(
    viewer: Viewer,
    args: SearchExpertsArgs,
    loaders: DataLoaderBag,
  ): Promise<ExpertSearchResultModel> {
    const filters = args.filters ?? {};
    const list = listOf('experts', viewer, args.query, filters);
    const offset = this.offsetOf(list, args.after);
    const topicId = filters.topicSlug
      ? (await this.topics.requireBySlugs([filters.topicSlug], 'filters.topicSlug'))[0]!.id
      : null;
    const result = await this.engine.searchExperts(
      {
        text: args.query,
        filters: {
          department: filters.department ?? null,
          location: filters.location ?? null,
          language: filters.language ?? null,
          communityId: filters.communityId ?? null,
          topicId,
        },
        limit: args.first,
        offset,
      },
      searchViewer(viewer),
    );
    const hits = await this.expertHits(
      viewer,
      result.hits.map((hit) => ({ userId: hit.userId, rank: hit.rank, highlights: hit.highlights })),
      result.topicIds,
      loaders,
    );
    const topicLoader = this.topics.topicLoader(loaders);
    const loadTopics = async (ids: readonly string[]) =>
      (await topicLoader.loadMany(ids)).filter((t): t is TopicModel => !!t && !(t instanceof Error));
    const facetCommunities = await this.communityFacets(viewer, result.facets.communities);
    const facetTopics = await loadTopics(result.facets.topics.map((f) => f.value));
    const topicCounts = new Map(result.facets.topics.map((f) => [f.value, f.count]));
    const next = offset + args.first;
    return {
      nodes: hits,
      totalCount: result.total,
      pageInfo: {
        hasNextPage: next < result.total && next <= MAX_OFFSET,
        endCursor: offsetCursor.encode(list, { offset: String(Math.min(next, MAX_OFFSET)) }),
      },
      correctedQuery: result.correctedQuery,
      matchedTopics: await loadTopics(result.topicIds),
      facets: {
        departments: result.facets.departments,
        locations: result.facets.locations,
        languages: result.facets.languages,
        communities: facetCommunities,
        topics: facetTopics.map((topic) => ({ topic, count: topicCounts.get(topic.id) ?? 0 })),
      },
    };
  }

  /** The people with the highest expertise scores on a topic (and its sub-topics at half weight). */
  async relatedExperts(
    viewer: Viewer,
    args: RelatedExpertsArgs,
    loaders: DataLoaderBag,
  ): Promise<ExpertHitModel[]> {
    const [topic] = await this.topics.requireBySlugs([args.topicSlug], 'topicSlug');
    const rows: Array<{ user_id: string; rank: number; topic_ids: string[] }> = await this.dataSource.query(
      `WITH RECURSIVE tree AS (
         SELECT id, 0 AS depth FROM topics WHERE id = $1
         UNION SELECT t.id, tree.depth + 1 FROM topics t JOIN tree ON t.parent_id = tree.id WHERE tree.depth < 3)
       SELECT es.user_id, max(es.score * CASE WHEN es.topic_id = $1 THEN 1 ELSE 0.5 END) AS rank,
              array_agg(es.topic_id) AS topic_ids
         FROM expertise_scores es
         JOIN tree ON tree.id = es.topic_id
         JOIN users u ON u.id = es.user_id AND u.status = 'active'
        GROUP BY es.user_id
        ORDER BY rank DESC, es.user_id
        LIMIT $2`,
      [topic!.id, args.first],
    );
    const topicIds = [...new Set(rows.flatMap((row) => row.topic_ids))];
    return this.expertHits(
      viewer,
      rows.map((row) => ({ userId: row.user_id, rank: Number(row.rank), highlights: [] })),
      topicIds,
      loaders,
    );
  }

  async searchPosts(viewer: Viewer, args: SearchPostsArgs): Promise<PostSearchResultModel> {
    const filters = args.filters ?? {};
    const list = listOf('posts', viewer, args.query, filters);
    const offset = this.offsetOf(list, args.after);
    const topicId = filters.topicSlug
      ? (await this.topics.requireBySlugs([filters.topicSlug], 'filters.topicSlug'))[0]!.id
      : null;
    const sv = searchViewer(viewer);
    const result = await this.engine.searchPosts(
      {
        text: args.query,
        filters: {
          communityId: filters.communityId ?? null,
          kind: filters.kind ?? null,
          topicId,
          authorId: filters.authorId ?? null,
        },
        limit: args.first,
        offset,
      },
      sv,
    );
    const ids = result.hits.map((hit) => hit.postId);
    const readable = new Set(
      ids.length === 0
        ? []
        : (
            (await this.dataSource.query(
              `SELECT p.id FROM posts p WHERE p.id = ANY ($1::uuid[])
                 AND ${postReadableSql('p', '$2::uuid', isAdminSql('$2::uuid'))}`,
              [ids, viewer.userId],
            )) as Array<{ id: string }>
          ).map((row) => row.id),
    );
    const entities = new Map(
      (await this.posts.findByIds(ids.filter((id) => readable.has(id)))).map((p) => [p.id, p]),
    );
    const next = offset + args.first;
    const communityCounts = result.facets.communities.filter((f) => f.value !== '');
    return {
      nodes: result.hits
        .filter((hit) => entities.has(hit.postId))
        .map((hit) => ({
          post: toPostModel(entities.get(hit.postId)!, viewer.userId),
          highlights: hit.highlights,
        })),
      totalCount: result.total,
      pageInfo: {
        hasNextPage: next < result.total && next <= MAX_OFFSET,
        endCursor: offsetCursor.encode(list, { offset: String(Math.min(next, MAX_OFFSET)) }),
      },
      correctedQuery: result.correctedQuery,
      facets: {
        kinds: result.facets.kinds
          .filter((f) => (Object.values(PostKindEnum) as string[]).includes(f.value))
          .map((f) => ({ kind: f.value as PostKindEnum, count: f.count })),
        communities: await this.communityFacets(viewer, communityCounts),
        profilePosts: result.facets.communities.find((f) => f.value === '')?.count ?? 0,
      },
    };
  }

  async searchCommunities(viewer: Viewer, args: SearchCommunitiesArgs): Promise<CommunitySearchResultModel> {
    const list = listOf('communities', viewer, args.query, {});
    const offset = this.offsetOf(list, args.after);
    const result = await this.engine.searchCommunities(
      { text: args.query, limit: args.first, offset },
      searchViewer(viewer),
    );
    const visible = await this.communities.accessForMany(
      viewer,
      result.hits.map((hit) => hit.communityId),
    );
    const next = offset + args.first;
    return {
      nodes: result.hits
        .filter((hit) => visible.has(hit.communityId))
        .map((hit) => ({
          community: toCommunityModel(visible.get(hit.communityId)!),
          highlights: hit.highlights,
        })),
      totalCount: result.total,
      pageInfo: {
        hasNextPage: next < result.total && next <= MAX_OFFSET,
        endCursor: offsetCursor.encode(list, { offset: String(Math.min(next, MAX_OFFSET)) }),
      },
      correctedQuery: result.correctedQuery,
    };
  }

  async suggestTopics(args: SuggestTopicsArgs, loaders: DataLoaderBag): Promise<TopicModel[]> {
    const ids = await this.engine.suggestTopics(args.prefix, args.first);
    const topics = await this.topics.topicLoader(loaders).loadMany(ids);
    return topics.filter((t): t is TopicModel => !!t && !(t instanceof Error));
  }

  private async expertHits(
    viewer: Viewer,
    hits: Array<{ userId: string; rank: number; highlights: ExpertHitModel['highlights'] }>,
    topicIds: readonly string[],
    loaders: DataLoaderBag,
  ): Promise<ExpertHitModel[]> {
    if (hits.length === 0) return [];
    const userIds = hits.map((hit) => hit.userId);
    const persons = await this.people.visiblePeople(viewer, userIds);
    const scores: ScoreRow[] = await this.dataSource.query(
      `SELECT * FROM (
         SELECT es.*, row_number() OVER (PARTITION BY es.user_id ORDER BY es.score DESC, es.topic_id) AS n
           FROM expertise_scores es
          WHERE es.user_id = ANY ($1::uuid[]) AND (cardinality($2::uuid[]) = 0 OR es.topic_id = ANY ($2::uuid[]))
       ) ranked
       WHERE cardinality($2::uuid[]) > 0 OR ranked.n <= $3
       ORDER BY ranked.score DESC, ranked.topic_id`,
      [userIds, topicIds, BEST_TOPICS],
    );
    const topicLoader = this.topics.topicLoader(loaders);
    const models = new Map<string, TopicModel>();
    for (const topic of await topicLoader.loadMany([...new Set(scores.map((s) => s.topic_id))])) {
      if (topic && !(topic instanceof Error)) models.set(topic.id, topic);
    }
    const byUser = new Map<string, ScoreRow[]>();
    for (const row of scores) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
    const listed = new Set(topicIds);
    const result: ExpertHitModel[] = [];
    hits.forEach((hit, index) => {
      const person = persons[index];
      if (!person) return;
      const evidence: TopicEvidenceModel[] = (byUser.get(hit.userId) ?? [])
        .filter((row) => models.has(row.topic_id))
        .map((row) => ({
          topic: models.get(row.topic_id)!,
          score: Number(row.score),
          declaredKinds: row.declared.map((kind) => kind as TopicKind),
          posts: row.posts,
          bestPractices: row.best_practices,
          comments: row.comments,
          acceptedAnswers: row.accepted_answers,
          reactions: row.reactions,
          endorsements: row.endorsements,
          lastEvidenceAt: row.last_evidence_at,
        }));
      const top = evidence[0];
      result.push({
        person,
        score: hit.rank,
        matchedTopics: listed.size > 0 ? evidence.map((e) => e.topic) : [],
        evidence,
        evidenceLine: top
          ? evidenceLine(
              {
                topicLabel: topicLabel(top.topic, viewer.locale),
                declared: top.declaredKinds as unknown as DeclaredKind[],
                posts: top.posts,
                bestPractices: top.bestPractices,
                comments: top.comments,
                acceptedAnswers: top.acceptedAnswers,
                endorsements: top.endorsements,
              },
              viewer.locale,
            )
          : null,
        highlights: hit.highlights,
      });
    });
    return result;
  }

  private async communityFacets(
    viewer: Viewer,
    counts: readonly FacetCount[],
  ): Promise<CommunityFacetModel[]> {
    if (counts.length === 0) return [];
    const visible = await this.communities.accessForMany(
      viewer,
      counts.map((f) => f.value),
    );
    const facets: Array<{ community: CommunityModel; count: number }> = [];
    for (const facet of counts) {
      const found = visible.get(facet.value);
      // The engine counted only communities the viewer reads; this is the second check.
      if (found?.access.readContent) facets.push({ community: toCommunityModel(found), count: facet.count });
    }
    return facets;
  }

  private offsetOf(list: string, after: string | null | undefined): number {
    return Number(offsetCursor.decodeAfter(list, after)?.offset ?? 0);
  }
}

function searchViewer(viewer: Viewer): SearchViewer {
  return { userId: viewer.userId, isAdmin: hasRole(viewer, Role.ADMIN) };
}

/** A cursor belongs to one viewer's one search: another query's cursor is refused. */
function listOf(
  kind: string,
  viewer: Viewer,
  query: string,
  filters: ExpertSearchFiltersInput | object,
): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([query, filters]))
    .digest('base64url')
    .slice(0, 16);
  return `search:${kind}:${viewer.userId}:${digest}`;
}
