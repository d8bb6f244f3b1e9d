import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedChangesService } from '@relais/jobs';
import { DataLoaderBag, keysetCursor, notFound, textKey } from '@relais/common';
import type DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { EndorsementsRepository } from '../endorsements/endorsements.repository';
import { PeopleErrorReason, peopleBadInput, peopleConflict, unknownTopics } from '../people-errors';
import { PersonTopicsRepository } from './person-topics.repository';
import { TopicEntity } from './topic.entity';
import { toTopicModel } from './topic.mapper';
import { TopicModel } from './topic.model';
import { TopicKind } from './topic-kind';
import { TopicMergeRegistry } from './topic-merge.registry';
import { cleanSynonyms, searchWords } from './topic-terms';
import { CreateTopicInput, TOPIC_SLUG, TopicsArgs, UpdateTopicInput } from './topics.inputs';
import { TopicsRepository } from './topics.repository';

/** Topic pages are ordered by slug, which is unique and never changes: the cursor is the last slug. */
const TOPICS_LIST = 'topics';
const topicCursor = keysetCursor({ slug: textKey({ pattern: TOPIC_SLUG, maxLength: 80 }) });

export interface TopicPage {
  rows: TopicEntity[];
  hasNextPage: boolean;
  endCursor: string | null;
}

@Injectable()
export class TopicsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexed: IndexedChangesService,
    private readonly topics: TopicsRepository,
    private readonly personTopics: PersonTopicsRepository,
    private readonly endorsements: EndorsementsRepository,
    private readonly mergeRegistry: TopicMergeRegistry,
  ) {}

  async getBySlug(slug: string): Promise<TopicEntity> {
    const topic = await this.topics.findBySlug(slug);
    if (!topic) throw notFound(`The topic "${slug}"`);
    return topic;
  }

  findBySlug(slug: string): Promise<TopicEntity | null> {
    return this.topics.findBySlug(slug);
  }

  /** The topics that exist among these slugs, in no particular order. */
  findBySlugs(slugs: readonly string[]): Promise<TopicEntity[]> {
    return this.topics.findBySlugs(slugs);
  }

  findByIds(ids: readonly string[]): Promise<TopicEntity[]> {
    return this.topics.findByIds(ids);
  }

  /**
   * The topics these slugs name, in the order given, or BAD_USER_INPUT naming every slug that names none.
   * For mutations whose input lists topics.
   */
  async requireBySlugs(
    slugs: readonly string[],
    field: string,
    manager?: EntityManager,
  ): Promise<TopicEntity[]> {
    const found = new Map((await this.topics.findBySlugs(slugs, manager)).map((t) => [t.slug, t]));
    const missing = slugs.filter((slug) => !found.has(slug));
    if (missing.length) throw unknownTopics(missing, field);
    return slugs.map((slug) => found.get(slug)!);
  }

  /**
   * For hashtags and search expansion: which topic each term names, matching the slug, a label or a synonym in
   * either language, ignoring case and accents (slug first, then labels, then synonyms). Terms that name no
   * topic are absent from the map; keys are the terms exactly as given.
   */
  async resolveTopicsByTerms(terms: string[]): Promise<Map<string, string>> {
    const distinct = [...new Set(terms.filter((term) => term.trim().length > 0))];
    return distinct.length ? this.topics.resolveTerms(distinct) : new Map();
  }

  /** Per-request loader of topics by id, for fields that point at a topic (parent, community topics...). */
  topicLoader(loaders: DataLoaderBag): DataLoader<string, TopicModel | null> {
    return loaders.get<string, TopicModel | null>('people.topicById', async (ids) => {
      const byId = new Map((await this.topics.findByIds(ids)).map((t) => [t.id, toTopicModel(t)]));
      return ids.map((id) => byId.get(id) ?? null);
    });
  }

  childrenLoader(loaders: DataLoaderBag): DataLoader<string, TopicModel[]> {
    return loaders.get<string, TopicModel[]>('people.topicChildren', async (parentIds) => {
      const byParent = new Map<string, TopicModel[]>();
      for (const child of await this.topics.childrenOf(parentIds)) {
        const siblings = byParent.get(child.parentId!);
        if (siblings) siblings.push(toTopicModel(child));
        else byParent.set(child.parentId!, [toTopicModel(child)]);
      }
      return parentIds.map((id) => byParent.get(id) ?? []);
    });
  }

  /** Active people listing a topic, under one kind or any; key `${topicId}|${kind ?? '*'}`. */
  peopleCountLoader(loaders: DataLoaderBag): DataLoader<string, number> {
    return loaders.get<string, number>('people.topicPeopleCount', async (keys) => {
      const topicIds = [...new Set(keys.map((key) => key.split('|')[0]!))];
      const counts = new Map(
        (await this.topics.peopleCounts(topicIds)).map((row) => [`${row.topic_id}|${row.kind}`, row.n]),
      );
      return keys.map((key) => counts.get(key) ?? 0);
    });
  }

  static peopleCountKey(topicId: string, kind: TopicKind | null | undefined): string {
    return `${topicId}|${kind ?? '*'}`;
  }

  async page(args: TopicsArgs): Promise<TopicPage> {
    let parentId: string | null = null;
    if (args.parentSlug) parentId = (await this.getBySlug(args.parentSlug)).id;
    const afterSlug = topicCursor.decodeAfter(TOPICS_LIST, args.after)?.slug ?? null;
    const { rows, hasNextPage } = await this.topics.page({
      parentId,
      words: searchWords(args.search),
      first: args.first,
      afterSlug,
    });
    return {
      rows,
      hasNextPage,
      endCursor: rows.length ? topicCursor.encode(TOPICS_LIST, { slug: rows[rows.length - 1]!.slug }) : null,
    };
  }

  async create(input: CreateTopicInput): Promise<TopicEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.topics.lockTaxonomy(manager);
      if (await this.topics.findBySlug(input.slug, manager)) {
        throw peopleConflict(
          `There is already a topic "${input.slug}". Choose another slug, or edit that topic instead.`,
          PeopleErrorReason.SLUG_TAKEN,
        );
      }
      const parent = input.parentSlug
        ? (await this.requireBySlugs([input.parentSlug], 'parentSlug', manager))[0]!
        : null;
      const labelFr = input.labelFr.trim();
      const labelEn = input.labelEn.trim();
      const topic: Partial<TopicEntity> = {
        slug: input.slug,
        labelFr,
        labelEn,
        synonymsFr: cleanSynonyms(input.synonymsFr ?? [], [labelFr, labelEn]),
        synonymsEn: cleanSynonyms(input.synonymsEn ?? [], [labelFr, labelEn]),
        parentId: parent?.id ?? null,
      };
      await this.assertTermsFree(topic as TopicEntity, null, manager);
      const created = await this.topics.insert(topic, manager);
      await this.indexed.record(manager, { topics: [created.id] });
      return created;
    });
  }

  async update(slug: string, input: UpdateTopicInput): Promise<TopicEntity> {
    return this.dataSource.transaction(async (manager) => {
      await this.topics.lockTaxonomy(manager);
      const topic = (await this.topics.lockBySlugs([slug], manager))[0];
      if (!topic) throw unknownTopics([slug], 'slug');
      if (input.labelFr !== undefined) topic.labelFr = input.labelFr.trim();
      if (input.labelEn !== undefined) topic.labelEn = input.labelEn.trim();
      const labels = [topic.labelFr, topic.labelEn];
      // Synonyms are re-cleaned even when unchanged: a new label may now repeat one of them.
      topic.synonymsFr = cleanSynonyms(
        input.synonymsFr === undefined ? topic.synonymsFr : (input.synonymsFr ?? []),
        labels,
      );
      topic.synonymsEn = cleanSynonyms(
        input.synonymsEn === undefined ? topic.synonymsEn : (input.synonymsEn ?? []),
        labels,
      );
      if (input.parentSlug === null) topic.parentId = null;
      else if (input.parentSlug !== undefined) {
        const parent = (await this.requireBySlugs([input.parentSlug], 'parentSlug', manager))[0]!;
        if ((await this.topics.lineage(parent.id, manager)).includes(topic.id)) {
          throw peopleBadInput(
            parent.id === topic.id
              ? `A topic cannot be its own parent. Choose another parent for "${topic.slug}".`
              : `"${parent.slug}" is inside "${topic.slug}": placing "${topic.slug}" under it would make a loop. ` +
                  `Choose a parent outside "${topic.slug}", or move "${parent.slug}" out first.`,
            PeopleErrorReason.TOPIC_CYCLE,
            'parentSlug',
          );
        }
        topic.parentId = parent.id;
      }
      await this.assertTermsFree(topic, topic.id, manager);
      await this.indexed.record(manager, { topics: [topic.id] });
      return this.topics.save(topic, manager);
    });
  }

  /**
   * Merges `fromSlug` into `intoSlug` in one transaction: people's topics, endorsements and whatever the
   * registered handlers re-tag move to the target without duplicates; the source's children move under the
   * target; the source's labels and synonyms become the target's synonyms (so hashtags and searches that used
   * them still find it); then the source is deleted.
   */
  async merge(fromSlug: string, intoSlug: string): Promise<TopicEntity> {
    if (fromSlug === intoSlug) {
      throw peopleBadInput(
        'A topic cannot be merged into itself. Choose two different topics.',
        PeopleErrorReason.SAME_TOPIC,
        'intoSlug',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await this.topics.lockTaxonomy(manager);
      const locked = new Map(
        (await this.topics.lockBySlugs([fromSlug, intoSlug], manager)).map((t) => [t.slug, t]),
      );
      const missing = [fromSlug, intoSlug].filter((slug) => !locked.has(slug));
      if (missing.length) throw unknownTopics(missing, missing.includes(fromSlug) ? 'fromSlug' : 'intoSlug');
      const from = locked.get(fromSlug)!;
      const into = locked.get(intoSlug)!;
      if ((await this.topics.lineage(into.id, manager)).includes(from.id)) {
        throw peopleBadInput(
          `"${into.slug}" is inside "${from.slug}": merging "${from.slug}" into it would put it under itself. ` +
            `Move "${into.slug}" out of "${from.slug}" first, or merge "${into.slug}" into "${from.slug}" instead.`,
          PeopleErrorReason.TOPIC_CYCLE,
          'intoSlug',
        );
      }

      await this.personTopics.retag(from.id, into.id, manager);
      await this.endorsements.retag(from.id, into.id, manager);
      await this.mergeRegistry.runAll(manager, from.id, into.id);
      await this.topics.reparentChildren(from.id, into.id, manager);
      await this.topics.delete(from.id, manager);

      const labels = [into.labelFr, into.labelEn];
      into.synonymsFr = cleanSynonyms([...into.synonymsFr, from.labelFr, ...from.synonymsFr], labels);
      into.synonymsEn = cleanSynonyms([...into.synonymsEn, from.labelEn, ...from.synonymsEn], labels);
      // The source's id goes too: its document is removed from the topic index.
      await this.indexed.record(manager, { topics: [from.id, into.id] });
      return this.topics.save(into, manager);
    });
  }

  /** Keeps hashtags and synonym expansion unambiguous: a label or synonym names one topic only. */
  private async assertTermsFree(
    topic: TopicEntity,
    exceptId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    const terms = [topic.slug, topic.labelFr, topic.labelEn, ...topic.synonymsFr, ...topic.synonymsEn];
    const taken = await this.topics.termsTakenByOthers(terms, exceptId, manager);
    if (taken.length) {
      const list = taken.map(({ term, slug }) => `"${term}" (topic "${slug}")`).join(', ');
      throw peopleConflict(
        `These words already name another topic: ${list}. Remove them here, or from the other topic first; ` +
          'or merge the two topics.',
        PeopleErrorReason.TERM_TAKEN,
      );
    }
  }
}
