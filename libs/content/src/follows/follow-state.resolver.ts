import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@relais/common';
import { CommunityModel } from '@relais/communities';
import { CurrentViewer, Viewer } from '@relais/identity';
import { PersonModel, TopicModel } from '@relais/people';
import { FollowsRepository, FollowTargetType } from './follows.repository';

const FOLLOWED_BY_ME = 'Whether your home feed follows it.';

/** Loads "does the viewer follow it" for a page of targets of one type in one query. */
function followedByViewer(
  follows: FollowsRepository,
  ctx: GraphqlContext,
  viewer: Viewer,
  type: FollowTargetType,
  id: string,
): Promise<boolean> {
  return ctx.loaders
    .get<string, boolean>(`content.followedByMe:${type}`, async (ids) => {
      const followed = await follows.followed(viewer.userId, type, ids);
      return ids.map((targetId) => followed.has(targetId));
    })
    .load(id);
}

@Resolver(() => PersonModel)
export class PersonFollowStateResolver {
  constructor(private readonly follows: FollowsRepository) {}

  @ResolveField(() => Boolean, { description: FOLLOWED_BY_ME })
  followedByMe(
    @Parent() person: PersonModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    return followedByViewer(this.follows, ctx, viewer, 'user', person.id);
  }
}

@Resolver(() => TopicModel)
export class TopicFollowStateResolver {
  constructor(private readonly follows: FollowsRepository) {}

  @ResolveField(() => Boolean, { description: FOLLOWED_BY_ME })
  followedByMe(
    @Parent() topic: TopicModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    return followedByViewer(this.follows, ctx, viewer, 'topic', topic.id);
  }
}

@Resolver(() => CommunityModel)
export class CommunityFollowStateResolver {
  constructor(private readonly follows: FollowsRepository) {}

  @ResolveField(() => Boolean, { description: FOLLOWED_BY_ME })
  followedByMe(
    @Parent() community: CommunityModel,
    @CurrentViewer() viewer: Viewer,
    @Context() ctx: GraphqlContext,
  ): Promise<boolean> {
    return followedByViewer(this.follows, ctx, viewer, 'community', community.id);
  }
}
