import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedChangesService } from '@relais/jobs';
import { DataLoaderBag, DomainError, ErrorCode, notFound } from '@relais/common';
import { Viewer } from '@relais/identity';
import type DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { PeopleErrorReason, peopleBadInput, peopleConflict } from '../people-errors';
import { toPersonModel } from '../profiles/person.mapper';
import { PersonModel } from '../profiles/person.model';
import { canSeePerson, seesDeactivatedPeople } from '../profiles/person-visibility';
import { PeopleService } from '../profiles/people.service';
import { PersonTopicsRepository } from '../topics/person-topics.repository';
import { ENDORSABLE_KINDS } from '../topics/topic-kind';
import { topicLabel } from '../topics/topic.mapper';
import { TopicsService } from '../topics/topics.service';
import { EndorsementsRepository } from './endorsements.repository';

export interface EndorsementSummaryView {
  count: number;
  endorsedByMe: boolean;
}

@Injectable()
export class EndorsementsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexed: IndexedChangesService,
    private readonly endorsements: EndorsementsRepository,
    private readonly people: PeopleService,
    private readonly topics: TopicsService,
    private readonly personTopics: PersonTopicsRepository,
  ) {}

  /**
   * The viewer vouches that the person knows the topic. Never oneself; only an active person the viewer can
   * see, on a topic they list as expertise, ask-me or mentor. A second endorsement of the same person on the
   * same topic is a CONFLICT, so a client learns its view was stale instead of silently succeeding.
   */
  async endorse(viewer: Viewer, personId: string, topicSlug: string): Promise<void> {
    if (personId === viewer.userId) {
      throw peopleBadInput(
        'You cannot endorse yourself. Ask a colleague who knows your work to endorse you.',
        PeopleErrorReason.SELF_ENDORSEMENT,
        'personId',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      const person = await this.people.findRecord(personId, manager);
      if (!person || !canSeePerson(viewer, person)) throw notFound('This person');
      if (person.status !== 'active') {
        throw peopleConflict(
          `${person.displayName}’s account is deactivated, so they cannot be endorsed.`,
          PeopleErrorReason.PERSON_DEACTIVATED,
        );
      }
      const [topic] = await this.topics.requireBySlugs([topicSlug], 'topicSlug', manager);
      const label = topicLabel(topic!, viewer.locale);
      if (!(await this.personTopics.lists(personId, topic!.id, ENDORSABLE_KINDS, manager))) {
        throw peopleBadInput(
          `${person.displayName} does not list “${label}” among what they know, answer questions on or mentor. ` +
            'You can endorse them on a topic they list.',
          PeopleErrorReason.TOPIC_NOT_LISTED,
          'topicSlug',
        );
      }
      if (!(await this.endorsements.insert(viewer.userId, { personId, topicId: topic!.id }, manager))) {
        throw peopleConflict(
          `You have already endorsed ${person.displayName} on “${label}”. To take it back, use unendorse.`,
          PeopleErrorReason.ALREADY_ENDORSED,
        );
      }
      await this.indexed.record(manager, { people: [personId] });
    });
  }

  /** Takes back the viewer's endorsement; NOT_FOUND when there is none. */
  async unendorse(viewer: Viewer, personId: string, topicSlug: string): Promise<void> {
    const person = await this.people.findRecord(personId);
    if (!person || !canSeePerson(viewer, person)) throw notFound('This person');
    const [topic] = await this.topics.requireBySlugs([topicSlug], 'topicSlug');
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.endorsements.delete(viewer.userId, { personId, topicId: topic!.id }, manager))) {
        throw new DomainError(
          ErrorCode.NOT_FOUND,
          `You have not endorsed ${person.displayName} on “${topicLabel(topic!, viewer.locale)}”, so there is nothing to take back.`,
          { reason: PeopleErrorReason.NOT_ENDORSED },
        );
      }
      await this.indexed.record(manager, { people: [personId] });
    });
  }

  /** Per-request loader of endorsement counts and "endorsed by me", keyed `${personId}|${topicId}`. */
  summaryLoader(loaders: DataLoaderBag, viewer: Viewer): DataLoader<string, EndorsementSummaryView> {
    return loaders.get<string, EndorsementSummaryView>('people.endorsementSummary', async (keys) => {
      const pairs = keys.map(splitKey);
      const summaries = await this.endorsements.summaries(
        pairs.map(([personId, topicId]) => ({ personId, topicId })),
        viewer.userId,
        seesDeactivatedPeople(viewer),
      );
      const byKey = new Map(
        summaries.map((s) => [
          `${s.personId}|${s.topicId}`,
          { count: s.count, endorsedByMe: s.endorsedByViewer },
        ]),
      );
      return keys.map((key) => byKey.get(key) ?? { count: 0, endorsedByMe: false });
    });
  }

  /**
   * Per-request loader of who endorsed a person on a topic, among the people the viewer may see, newest first;
   * keyed `${personId}|${topicSlug}`. An unknown slug loads a NOT_FOUND error for that key only.
   */
  endorsersLoader(loaders: DataLoaderBag, viewer: Viewer): DataLoader<string, PersonModel[]> {
    return loaders.get<string, PersonModel[]>('people.endorsersBySlug', async (keys) => {
      const pairs = keys.map(splitKey);
      const topics = await this.topics.findBySlugs([...new Set(pairs.map(([, slug]) => slug))]);
      const topicIdBySlug = new Map(topics.map((topic) => [topic.slug, topic.id]));
      const known = pairs.filter(([, slug]) => topicIdBySlug.has(slug));
      const rows = known.length
        ? await this.endorsements.endorsers(
            known.map(([personId, slug]) => ({ personId, topicId: topicIdBySlug.get(slug)! })),
            seesDeactivatedPeople(viewer),
          )
        : [];
      const byPair = new Map<string, PersonModel[]>();
      for (const row of rows) {
        const key = `${row.personId}|${row.topicId}`;
        const list = byPair.get(key) ?? [];
        list.push(toPersonModel(row.endorser, viewer));
        byPair.set(key, list);
      }
      return pairs.map(([personId, slug]) => {
        const topicId = topicIdBySlug.get(slug);
        return topicId ? (byPair.get(`${personId}|${topicId}`) ?? []) : notFound(`The topic "${slug}"`);
      });
    });
  }
}

/** Keys are `${uuid}|${rest}`: a uuid never holds a `|`, the rest may. */
function splitKey(key: string): [string, string] {
  const at = key.indexOf('|');
  return [key.slice(0, at), key.slice(at + 1)];
}
