import { Injectable, OnModuleInit } from '@nestjs/common';
import { NotificationSubjectRegistry } from '@relais/notifications';
import { TopicMergeRegistry } from '@relais/people';
import { EntityManager } from 'typeorm';
import { CommunityAccessService } from './community-access.service';

/**
 * What communities tell the contexts below them, which never import it: which communities a person may
 * still see when their notifications point at one (join requests, decisions, invitations), and how
 * community topics are re-tagged when an admin merges two topics.
 */
@Injectable()
export class CommunityRegistrations implements OnModuleInit {
  constructor(
    private readonly subjects: NotificationSubjectRegistry,
    private readonly topicMerges: TopicMergeRegistry,
    private readonly access: CommunityAccessService,
  ) {}

  onModuleInit(): void {
    this.subjects.register('community', async (viewerId, ids) => {
      const visible = await this.access.accessForMany(viewerId, ids);
      return new Set(visible.keys());
    });
    this.topicMerges.register('communities.community_topics', (manager, fromTopicId, intoTopicId) =>
      retagCommunityTopics(manager, fromTopicId, intoTopicId),
    );
  }
}

async function retagCommunityTopics(
  manager: EntityManager,
  fromTopicId: string,
  intoTopicId: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO community_topics (community_id, topic_id)
     SELECT community_id, $2 FROM community_topics WHERE topic_id = $1
     ON CONFLICT DO NOTHING`,
    [fromTopicId, intoTopicId],
  );
  await manager.query('DELETE FROM community_topics WHERE topic_id = $1', [fromTopicId]);
}
