import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunitiesModule } from '@relais/communities';
import { NotificationsModule } from '@relais/notifications';
import { PeopleModule } from '@relais/people';
import { AuthorsRepository } from './authors/authors.repository';
import { CommentEntity } from './comments/comment.entity';
import { CommentsRepository } from './comments/comments.repository';
import { CommentsResolver } from './comments/comments.resolver';
import { CommentsService } from './comments/comments.service';
import { FeedsRepository } from './feeds/feeds.repository';
import { FeedsResolver } from './feeds/feeds.resolver';
import { FeedsService } from './feeds/feeds.service';
import {
  CommunityFollowStateResolver,
  PersonFollowStateResolver,
  TopicFollowStateResolver,
} from './follows/follow-state.resolver';
import { FollowsRepository } from './follows/follows.repository';
import { FollowsResolver } from './follows/follows.resolver';
import { FollowsService } from './follows/follows.service';
import { ContentLoaders } from './loaders/content-loaders';
import { ContentNotifier } from './posts/content-notifier';
import { MentionsRepository } from './posts/mentions.repository';
import { PostEntity } from './posts/post.entity';
import { PostLinksService } from './posts/post-links.service';
import { PostTopicsRepository } from './posts/post-topics.repository';
import { PostsRepository } from './posts/posts.repository';
import { PostsResolver } from './posts/posts.resolver';
import { PostsService } from './posts/posts.service';
import { ReactionsRepository } from './reactions/reactions.repository';
import { ReactionsResolver } from './reactions/reactions.resolver';
import { ReactionsService } from './reactions/reactions.service';
import { CommunityGateway } from './visibility/community-gateway';
import { ContentRegistrations } from './visibility/content-registrations';
import { ContentVisibilityRepository } from './visibility/content-visibility.repository';

/** Posts, comments, reactions, mentions, hashtags, follows and the feeds built from them. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PostEntity, CommentEntity]),
    PeopleModule,
    NotificationsModule,
    CommunitiesModule,
  ],
  providers: [
    AuthorsRepository,
    CommunityGateway,
    ContentVisibilityRepository,
    PostsRepository,
    MentionsRepository,
    PostTopicsRepository,
    CommentsRepository,
    ReactionsRepository,
    FollowsRepository,
    FeedsRepository,
    PostLinksService,
    ContentNotifier,
    PostsService,
    CommentsService,
    ReactionsService,
    FollowsService,
    FeedsService,
    ContentLoaders,
    PostsResolver,
    PersonFollowStateResolver,
    TopicFollowStateResolver,
    CommunityFollowStateResolver,
    CommentsResolver,
    ReactionsResolver,
    FollowsResolver,
    FeedsResolver,
    ContentRegistrations,
  ],
  exports: [PostsService, FeedsService],
})
export class ContentModule {}
