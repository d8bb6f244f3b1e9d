export * from './people.module';
export { People1764000000200 } from './migrations/1764000000200-people';
export { PeopleErrorReason } from './people-errors';
// People, for other contexts' fields that point at a person (authors, members...).
export { PeopleService } from './profiles/people.service';
export { PersonModel, PersonTopicModel } from './profiles/person.model';
export { canSeePerson, personVisibleSql, seesDeactivatedPeople } from './profiles/person-visibility';
// Topics, for hashtags, community topics and search expansion.
export { TopicsService } from './topics/topics.service';
export { TopicModel, TopicConnectionModel } from './topics/topic.model';
export { toTopicModel, topicLabel } from './topics/topic.mapper';
export { TopicEntity } from './topics/topic.entity';
export { TopicKind } from './topics/topic-kind';
export { TopicMergeRegistry, type TopicMergeHandler } from './topics/topic-merge.registry';
export { normaliseTerm } from './topics/topic-terms';
