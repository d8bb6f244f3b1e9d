import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedChangesService } from '@relais/jobs';
import { DataLoaderBag } from '@relais/common';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { ListedTopic, PersonTopicsRepository } from './person-topics.repository';
import { TopicKind } from './topic-kind';
import { TopicsService } from './topics.service';

@Injectable()
export class PersonTopicsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexed: IndexedChangesService,
    private readonly personTopics: PersonTopicsRepository,
    private readonly topics: TopicsService,
  ) {}

  /**
   * Replaces the person's list of one kind with these topics, in this order (repeats dropped). Any unknown
   * slug refuses the whole change.
   */
  async setMine(userId: string, kind: TopicKind, slugs: readonly string[]): Promise<void> {
    const distinct = [...new Set(slugs.map((slug) => slug.trim()))];
    await this.dataSource.transaction(async (manager) => {
      const topics = await this.topics.requireBySlugs(distinct, 'slugs', manager);
      await this.personTopics.lockPerson(userId, manager);
      await this.personTopics.replace(
        userId,
        kind,
        topics.map((topic) => topic.id),
        manager,
      );
      await this.indexed.record(manager, { people: [userId] });
    });
  }

  /** Per-request loader of the topics each person lists, all kinds, in their order. */
  listedLoader(loaders: DataLoaderBag): DataLoader<string, ListedTopic[]> {
    return loaders.get<string, ListedTopic[]>('people.listedTopicsByUserId', async (userIds) => {
      const byUser = new Map<string, ListedTopic[]>();
      for (const listed of await this.personTopics.listedBy(userIds)) {
        const list = byUser.get(listed.userId);
        if (list) list.push(listed);
        else byUser.set(listed.userId, [listed]);
      }
      return userIds.map((id) => byUser.get(id) ?? []);
    });
  }
}
