import { Inject, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  IndexedChanges,
  JOBS_OPTIONS,
  JobRegistry,
  JobsOptions,
  JobsService,
  SEARCH_INDEX_QUEUE,
} from '@relais/jobs';
import { DataSource } from 'typeorm';
import { SEARCH_ENGINE, SEARCH_TYPES, SearchEngine, SearchType } from '../engine/search-engine';
import { ExpertiseService } from '../expertise/expertise.service';
import { AskExpertsService } from '../ask/ask-experts.service';

/** Rebuilds every index (the `reindex` command's job, and the first start of an empty index). */
export const SEARCH_REBUILD_QUEUE = 'search.rebuild';
const SYNC_BATCH = 500;

type Changes = { [K in keyof IndexedChanges]?: string[] };

/**
 * Consumes the changes recorded by every context (IndexedChangesService, in their transactions): works out
 * which documents they touch, recomputes the expertise of the people concerned, then has the engine
 * rewrite or remove those documents. Idempotent: a retried job writes the same documents again.
 */
@Injectable()
export class SearchIndexerService implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_ENGINE) private readonly engine: SearchEngine,
    @Inject(JOBS_OPTIONS) private readonly jobsOptions: JobsOptions,
    private readonly expertise: ExpertiseService,
    private readonly ask: AskExpertsService,
    private readonly registry: JobRegistry,
    private readonly jobs: JobsService,
  ) {}

  onModuleInit(): void {
    this.registry.define<Changes>({
      queue: SEARCH_INDEX_QUEUE,
      retryLimit: 8,
      handle: async ({ data }) => {
        await this.apply(data);
      },
      // A burst of changes (reactions, a community's members) is indexed in one pass: the change sets
      // waiting are merged, each document written once.
      batchSize: 50,
      handleBatch: async (jobs) => {
        await this.apply(mergeChanges(jobs.map((job) => job.data)));
      },
    });
    this.registry.define<{ types?: SearchType[] }>({
      queue: SEARCH_REBUILD_QUEUE,
      retryLimit: 2,
      expireInSeconds: 3 * 3600,
      handle: async ({ data }) => {
        await this.rebuild(data.types ?? [...SEARCH_TYPES]);
      },
    });
  }

  /**
   * Settings first (Meilisearch), then, on a database whose indexes were never built (a new installation,
   * or one upgraded from before search), a rebuild job.
   */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobsOptions.runWorkers) return;
    await this.engine.prepare();
    const [state]: Array<{ built: number; people: boolean }> = await this.dataSource.query(
      `SELECT (SELECT count(*)::int FROM search_index_state WHERE engine = $1) AS built,
              EXISTS (SELECT 1 FROM users) AS people`,
      [this.engine.name],
    );
    if (state!.built >= SEARCH_TYPES.length) return;
    // An empty database has nothing to index: its indexes are complete as they are.
    if (!state!.people) await markIndexesBuilt(this.dataSource, this.engine.name);
    else await this.enqueueRebuild();
  }

  async enqueueRebuild(types: readonly SearchType[] = SEARCH_TYPES): Promise<void> {
    await this.jobs.start();
    await this.dataSource.transaction(async (manager) => {
      await this.jobs.enqueue(manager, SEARCH_REBUILD_QUEUE, { types }, { singletonKey: 'rebuild' });
    });
  }

  /** Rebuilds these indexes one after the other; the expertise scores first, since people carry them. */
  rebuild(
    types: readonly SearchType[] = SEARCH_TYPES,
    onProgress?: RebuildProgress,
  ): Promise<Record<string, number>> {
    return rebuildIndexes(this.engine, this.expertise, types, onProgress);
  }

  /** Applies one change set: the documents it touches, and the expertise behind them. */
  async apply(changes: Changes): Promise<void> {
    const people = new Set(changes.people ?? []);
    const posts = new Set(changes.posts ?? []);
    const communities = new Set(changes.communities ?? []);
    const topics = new Set(changes.topics ?? []);
    const add = (set: Set<string>, rows: Array<{ id: string }>) => rows.forEach((row) => set.add(row.id));
    const q = (sql: string, ids: Iterable<string>) =>
      this.dataSource.query(sql, [[...ids]]) as Promise<Array<{ id: string }>>;

    if (changes.comments?.length) {
      // A comment counts in its author's expertise (an accepted answer, reactions on it).
      add(
        people,
        await q('SELECT author_id AS id FROM comments WHERE id = ANY ($1::uuid[])', changes.comments),
      );
    }
    if (changes.communityContent?.length) {
      // Who may read these communities changed: their posts' documents carry it (Meilisearch filters on
      // it), and evidence only counts from open communities.
      add(
        posts,
        await q('SELECT id FROM posts WHERE community_id = ANY ($1::uuid[])', changes.communityContent),
      );
      add(
        people,
        await q(
          `SELECT author_id AS id FROM posts WHERE community_id = ANY ($1::uuid[])
           UNION SELECT c.author_id FROM comments c JOIN posts p ON p.id = c.post_id
                  WHERE p.community_id = ANY ($1::uuid[])`,
          changes.communityContent,
        ),
      );
    }
    if (topics.size > 0) {
      // A topic's names are in the documents of the people and communities that list it, and of the
      // posts tagged with it.
      add(
        people,
        await q('SELECT DISTINCT user_id AS id FROM user_topics WHERE topic_id = ANY ($1::uuid[])', topics),
      );
      add(
        communities,
        await q('SELECT community_id AS id FROM community_topics WHERE topic_id = ANY ($1::uuid[])', topics),
      );
      add(posts, await q('SELECT post_id AS id FROM post_topics WHERE topic_id = ANY ($1::uuid[])', topics));
    }
    if (posts.size > 0) {
      // A post's author and everyone who commented on it: their evidence on its topics changed.
      add(
        people,
        await q(
          `SELECT author_id AS id FROM posts WHERE id = ANY ($1::uuid[])
           UNION SELECT author_id FROM comments WHERE post_id = ANY ($1::uuid[])`,
          posts,
        ),
      );
    }
    if (changes.people?.length) {
      // Endorsements by a person count only while they are active: a deactivation moves the scores of the
      // people they endorsed.
      add(
        people,
        await q(
          'SELECT DISTINCT endorsee_id AS id FROM endorsements WHERE endorser_id = ANY ($1::uuid[])',
          changes.people,
        ),
      );
    }

    await this.expertise.recompute([...people]);
    await this.syncAll('people', people);
    await this.syncAll('posts', posts);
    await this.syncAll('communities', communities);
    await this.syncAll('topics', topics);
    if (changes.posts?.length) await this.ask.askForQuestions(changes.posts);
  }

  private async syncAll(type: SearchType, ids: Set<string>): Promise<void> {
    const all = [...ids];
    for (let start = 0; start < all.length; start += SYNC_BATCH) {
      await this.engine.sync(type, all.slice(start, start + SYNC_BATCH));
    }
  }
}

function mergeChanges(all: readonly Changes[]): Changes {
  const merged: Record<string, Set<string>> = {};
  for (const changes of all) {
    for (const [kind, ids] of Object.entries(changes)) {
      for (const id of ids ?? []) (merged[kind] ??= new Set()).add(id);
    }
  }
  return Object.fromEntries(Object.entries(merged).map(([kind, ids]) => [kind, [...ids]])) as Changes;
}

/** Records every index as built (an empty database), so the next start does not rebuild them. */
async function markIndexesBuilt(dataSource: DataSource, engine: string): Promise<void> {
  await dataSource.query(
    `INSERT INTO search_index_state (engine, type, rebuilt_at, documents)
     SELECT $1, type, now(), 0 FROM unnest($2::text[]) AS type ON CONFLICT DO NOTHING`,
    [engine, SEARCH_TYPES],
  );
}

/**
 * Marks the indexes of every engine out of date, after data was written without index jobs (the demo
 * seed, the bulk generator): the next start of a process that runs jobs rebuilds them.
 */
export async function markIndexesStale(dataSource: DataSource): Promise<void> {
  await dataSource.query('DELETE FROM search_index_state');
}

export type RebuildProgress = (type: SearchType | 'expertise', done: number, total: number) => void;

/**
 * Rebuilds these indexes, one after the other: the expertise scores first when asked (people carry
 * them; after a bulk import nothing computed them), topics next (their words are in the vocabulary the
 * other indexes' corrections use). Used by the rebuild job and the `reindex` command.
 */
export async function rebuildIndexes(
  engine: SearchEngine,
  expertise: Pick<ExpertiseService, 'recomputeEveryone'> | null,
  types: readonly SearchType[] = SEARCH_TYPES,
  onProgress?: RebuildProgress,
): Promise<Record<string, number>> {
  if (expertise && types.includes('people')) {
    await expertise.recomputeEveryone(new Date(), (done, total) => onProgress?.('expertise', done, total));
  }
  const counts: Record<string, number> = {};
  for (const type of SEARCH_TYPES.filter((t) => types.includes(t)).sort(topicsFirst)) {
    counts[type] = await engine.rebuild(type, (done, total) => onProgress?.(type, done, total));
  }
  return counts;
}

function topicsFirst(a: SearchType, b: SearchType): number {
  return Number(b === 'topics') - Number(a === 'topics');
}

export { SEARCH_INDEX_QUEUE };
