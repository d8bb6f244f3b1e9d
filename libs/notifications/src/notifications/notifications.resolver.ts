import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PageArgs } from '@relais/common';
import { CurrentViewer, Viewer } from '@relais/identity';
import { toNotificationModel } from './notification.mapper';
import { NotificationConnectionModel, NotificationModel } from './notification.model';
import { MarkNotificationsReadArgs } from './notifications.inputs';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Query(() => NotificationConnectionModel, {
    description:
      'Your notifications, newest first; those about something you can no longer see are left out.',
  })
  async notifications(
    @CurrentViewer() viewer: Viewer,
    @Args() { first, after }: PageArgs,
  ): Promise<NotificationConnectionModel> {
    const page = await this.service.page(viewer.userId, first, after);
    return {
      nodes: page.rows.map(toNotificationModel),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => Int, { description: 'How many of your notifications are unread (those listed only).' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.service.unreadCount(viewer.userId);
  }

  @Mutation(() => Int, {
    description:
      'Marks your notifications read: these ids, or all when `ids` is omitted. Returns how many changed from ' +
      'unread to read; ids that are not your unread notifications change nothing.',
  })
  markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args() { ids }: MarkNotificationsReadArgs,
  ): Promise<number> {
    return this.service.markRead(viewer.userId, ids);
  }
}
