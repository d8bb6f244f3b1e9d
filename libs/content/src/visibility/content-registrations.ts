import { Injectable, OnModuleInit } from '@nestjs/common';
import { NotificationSubjectRegistry } from '@relais/notifications';
import { TopicMergeRegistry } from '@relais/people';
import { FollowsRepository } from '../follows/follows.repository';
import { PostTopicsRepository } from '../posts/post-topics.repository';
import { ContentVisibilityRepository } from './content-visibility.repository';

/**
 * What content tells the contexts below it, which never import it: who may still see the posts and comments
 * that notifications point at, and how posts and follows are re-tagged when an admin merges two topics.
 */
@Injectable()
export class ContentRegistrations implements OnModuleInit {
  constructor(
    private readonly subjects: NotificationSubjectRegistry,
    private readonly topicMerges: TopicMergeRegistry,
    private readonly visibility: ContentVisibilityRepository,
    private readonly postTopics: PostTopicsRepository,
    private readonly follows: FollowsRepository,
  ) {}

  onModuleInit(): void {
    this.subjects.register('post', (viewerId, ids) => this.visibility.readablePostIds(viewerId, ids));
    this.subjects.register('comment', (viewerId, ids) => this.visibility.visibleCommentIds(viewerId, ids));
    this.topicMerges.register(
      'content.post_topics_and_follows',
      async (manager, fromTopicId, intoTopicId) => {
        await this.postTopics.retag(fromTopicId, intoTopicId, manager);
        await this.follows.moveTopicFollows(fromTopicId, intoTopicId, manager);
      },
    );
  }
}
