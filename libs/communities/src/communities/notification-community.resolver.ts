import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@relais/common';
import { CurrentViewer, Viewer } from '@relais/identity';
import { NotificationModel, NotificationSubjectTypeCode } from '@relais/notifications';
import { CommunityAccessService } from '../visibility/community-access.service';
import { toCommunityModel } from './community.mapper';
import { CommunityModel } from './community.model';

/** A community notification's community, to show and link it (by slug) without a second request. */
@Resolver(() => NotificationModel)
export class NotificationCommunityResolver {
  constructor(private readonly access: CommunityAccessService) {}

  @ResolveField(() => CommunityModel, {
    nullable: true,
    description: 'For a notification about a community: that community as you see it now; null otherwise.',
  })
  async community(
    @Parent() notification: NotificationModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<CommunityModel | null> {
    if (notification.subjectType !== NotificationSubjectTypeCode.COMMUNITY) return null;
    const found = await this.access.loader(ctx.loaders, viewer).load(notification.subjectId);
    return found ? toCommunityModel(found) : null;
  }
}
