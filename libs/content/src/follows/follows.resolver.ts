import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@relais/identity';
import { FollowTargetInput } from './follows.inputs';
import { FollowsService } from './follows.service';

@Resolver()
export class FollowsResolver {
  constructor(private readonly follows: FollowsService) {}

  @Mutation(() => Boolean, {
    description: 'Follows a person, a community or a topic: their posts come into your home feed.',
  })
  async follow(@CurrentViewer() viewer: Viewer, @Args('target') target: FollowTargetInput): Promise<boolean> {
    await this.follows.follow(viewer, target);
    return true;
  }

  @Mutation(() => Boolean)
  async unfollow(
    @CurrentViewer() viewer: Viewer,
    @Args('target') target: FollowTargetInput,
  ): Promise<boolean> {
    await this.follows.unfollow(viewer, target);
    return true;
  }
}
