import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@relais/identity';
import { EndorsementEntity } from './endorsements/endorsement.entity';
import { EndorsementsRepository } from './endorsements/endorsements.repository';
import { EndorsementsResolver, PersonTopicEndorsementsResolver } from './endorsements/endorsements.resolver';
import { EndorsementsService } from './endorsements/endorsements.service';
import { PeopleResolver } from './profiles/people.resolver';
import { PeopleService } from './profiles/people.service';
import { ProfileEntity } from './profiles/profile.entity';
import { ProfilesRepository } from './profiles/profiles.repository';
import { PersonTopicsRepository } from './topics/person-topics.repository';
import { PersonTopicsResolver } from './topics/person-topics.resolver';
import { PersonTopicsService } from './topics/person-topics.service';
import { TopicEntity } from './topics/topic.entity';
import { TopicMergeRegistry } from './topics/topic-merge.registry';
import { TopicsRepository } from './topics/topics.repository';
import { TopicsResolver } from './topics/topics.resolver';
import { TopicsService } from './topics/topics.service';
import { UserTopicEntity } from './topics/user-topic.entity';

/** Profiles, the topic taxonomy, the topics people list and colleagues' endorsements. */
@Module({
  imports: [
    IdentityModule,
    TypeOrmModule.forFeature([ProfileEntity, TopicEntity, UserTopicEntity, EndorsementEntity]),
  ],
  providers: [
    ProfilesRepository,
    TopicsRepository,
    PersonTopicsRepository,
    EndorsementsRepository,
    TopicMergeRegistry,
    PeopleService,
    TopicsService,
    PersonTopicsService,
    EndorsementsService,
    PeopleResolver,
    TopicsResolver,
    PersonTopicsResolver,
    EndorsementsResolver,
    PersonTopicEndorsementsResolver,
  ],
  exports: [PeopleService, TopicsService, TopicMergeRegistry],
})
export class PeopleModule {}
