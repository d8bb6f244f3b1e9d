import { Injectable } from '@nestjs/common';
import { NotificationKind, NotificationsService } from '@relais/notifications';
import { EntityManager } from 'typeorm';
import { PostsRepository } from './posts.repository';

/**
 * Tells people about a change to a post or its comments, inside the change's transaction, and only the
 * people who may read the post: a mention of someone outside a private community notifies nobody, and
 * says nothing to the author about it either.
 */
@Injectable()
export class ContentNotifier {
  constructor(
    private readonly posts: PostsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Returns the people actually notified. */
  async notifyReaders(
    manager: EntityManager,
    postId: string,
    kind: NotificationKind,
    candidates: readonly string[],
    actorId: string,
    subject: { type: 'post' | 'comment'; id: string },
    data?: Record<string, string>,
  ): Promise<string[]> {
    const others = [...new Set(candidates)].filter((id) => id !== actorId);
    const recipientIds = await this.posts.readersAmong(postId, others, manager);
    if (recipientIds.length > 0) {
      await this.notifications.notify(manager, {
        kind,
        recipientIds,
        actorId,
        subject,
        // A comment's notification links to its post: the page shows the comment in its thread.
        ...(data || subject.type === 'comment'
          ? { data: { ...data, ...(subject.type === 'comment' ? { postId } : {}) } }
          : {}),
      });
    }
    return recipientIds;
  }
}
