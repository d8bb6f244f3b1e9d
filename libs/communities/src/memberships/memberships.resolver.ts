import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Viewer } from '@relais/identity';
import { SlugArgs } from '../communities/communities.inputs';
import { CommunitiesService } from '../communities/communities.service';
import { toCommunityModel } from '../communities/community.mapper';
import { CommunityModel } from '../communities/community.model';
import { CommunityAccessService } from '../visibility/community-access.service';
import { toCommunityMemberModel } from './membership.mapper';
import { CommunityMemberModel } from './membership.model';
import { DecideJoinRequestArgs, MemberArgs, SetMemberRoleArgs } from './memberships.inputs';
import { MembershipsService } from './memberships.service';

@Resolver()
export class MembershipsResolver {
  constructor(
    private readonly memberships: MembershipsService,
    private readonly communities: CommunitiesService,
    private readonly access: CommunityAccessService,
  ) {}

  @Mutation(() => CommunityModel, { description: 'Open communities.' })
  async joinCommunity(@CurrentViewer() viewer: Viewer, @Args() { slug }: SlugArgs): Promise<CommunityModel> {
    await this.memberships.join(viewer, slug);
    return this.reload(viewer, slug);
  }

  @Mutation(() => CommunityModel, { description: 'Private communities; its moderators decide.' })
  async requestToJoin(@CurrentViewer() viewer: Viewer, @Args() { slug }: SlugArgs): Promise<CommunityModel> {
    await this.memberships.requestToJoin(viewer, slug);
    return this.reload(viewer, slug);
  }

  @Mutation(() => CommunityModel, { description: 'Owners and moderators.' })
  async decideJoinRequest(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug, userId, approve }: DecideJoinRequestArgs,
  ): Promise<CommunityModel> {
    await this.memberships.decideJoinRequest(viewer, slug, userId, approve);
    return this.reload(viewer, slug);
  }

  @Mutation(() => CommunityMemberModel, { description: 'Owners and moderators.' })
  async invite(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug, userId }: MemberArgs,
  ): Promise<CommunityMemberModel> {
    return toCommunityMemberModel(await this.memberships.invite(viewer, slug, userId));
  }

  @Mutation(() => CommunityModel)
  async acceptInvite(@CurrentViewer() viewer: Viewer, @Args() { slug }: SlugArgs): Promise<CommunityModel> {
    await this.memberships.acceptInvite(viewer, slug);
    return this.reload(viewer, slug);
  }

  @Mutation(() => CommunityModel, {
    nullable: true,
    description: 'The community as the person now sees it: null when it is secret.',
  })
  async declineInvite(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug }: SlugArgs,
  ): Promise<CommunityModel | null> {
    await this.memberships.declineInvite(viewer, slug);
    return this.reloadIfVisible(viewer, slug);
  }

  @Mutation(() => CommunityModel, {
    nullable: true,
    description:
      'Leaves, withdraws a join request or declines an invitation. The last owner cannot leave. ' +
      'Returns the community as the person now sees it: null when it is secret.',
  })
  async leaveCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug }: SlugArgs,
  ): Promise<CommunityModel | null> {
    await this.memberships.leave(viewer, slug);
    return this.reloadIfVisible(viewer, slug);
  }

  @Mutation(() => CommunityMemberModel, { description: 'Owners; a community always keeps one owner.' })
  async setMemberRole(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug, userId, role }: SetMemberRoleArgs,
  ): Promise<CommunityMemberModel> {
    return toCommunityMemberModel(await this.memberships.setRole(viewer, slug, userId, role));
  }

  @Mutation(() => CommunityMemberModel, {
    description: 'Owners and moderators; only an owner bans an owner. The person cannot join or ask again.',
  })
  async banMember(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug, userId }: MemberArgs,
  ): Promise<CommunityMemberModel> {
    return toCommunityMemberModel(await this.memberships.ban(viewer, slug, userId));
  }

  private async reload(viewer: Viewer, slug: string): Promise<CommunityModel> {
    return toCommunityModel(await this.communities.getBySlug(viewer, slug));
  }

  private async reloadIfVisible(viewer: Viewer, slug: string): Promise<CommunityModel | null> {
    const found = await this.access.accessBySlug(viewer, slug);
    return found ? toCommunityModel(found) : null;
  }
}
