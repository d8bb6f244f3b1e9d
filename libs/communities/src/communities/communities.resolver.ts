import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@relais/common';
import { CurrentViewer, RequireRoles, Role, Viewer } from '@relais/identity';
import { JOIN_REQUESTS_CURSOR, MEMBERS_CURSOR, MembershipsService } from '../memberships/memberships.service';
import { CommunityMemberConnectionModel, JoinRequestConnectionModel } from '../memberships/membership.model';
import { toCommunityMemberModel, toJoinRequestModel } from '../memberships/membership.mapper';
import { MemberPage } from '../memberships/memberships.repository';
import {
  CommunitiesArgs,
  CreateCommunityInput,
  ListPageArgs,
  SetOfficialArgs,
  SlugArgs,
  UpdateCommunityArgs,
} from './communities.inputs';
import { CommunitiesService } from './communities.service';
import { toCommunityModel } from './community.mapper';
import { CommunityConnectionModel, CommunityModel } from './community.model';

@Resolver(() => CommunityModel)
export class CommunitiesResolver {
  constructor(
    private readonly communitiesService: CommunitiesService,
    private readonly memberships: MembershipsService,
  ) {}

  @Query(() => CommunityConnectionModel, {
    description: 'The communities the signed-in person can see, newest first.',
  })
  async communities(
    @CurrentViewer() viewer: Viewer,
    @Args() { filter, first, after }: CommunitiesArgs,
  ): Promise<CommunityConnectionModel> {
    const page = await this.communitiesService.page(viewer, filter ?? {}, first, after);
    return {
      nodes: page.rows.map(toCommunityModel),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => CommunityModel, {
    nullable: true,
    description: 'NOT_FOUND when there is no such community or the signed-in person may not see it.',
  })
  async community(@CurrentViewer() viewer: Viewer, @Args() { slug }: SlugArgs): Promise<CommunityModel> {
    return toCommunityModel(await this.communitiesService.getBySlug(viewer, slug));
  }

  @Mutation(() => CommunityModel, { description: 'The creator becomes its owner.' })
  async createCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: CreateCommunityInput,
  ): Promise<CommunityModel> {
    return toCommunityModel(await this.communitiesService.create(viewer, input));
  }

  @Mutation(() => CommunityModel, { description: 'Owners only.' })
  async updateCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug, input }: UpdateCommunityArgs,
  ): Promise<CommunityModel> {
    return toCommunityModel(await this.communitiesService.update(viewer, slug, input));
  }

  @Mutation(() => CommunityModel, { description: 'Owners or administrators; it becomes read-only.' })
  async archiveCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug }: SlugArgs,
  ): Promise<CommunityModel> {
    return toCommunityModel(await this.communitiesService.setArchived(viewer, slug, true));
  }

  @Mutation(() => CommunityModel, { description: 'Owners or administrators.' })
  async unarchiveCommunity(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug }: SlugArgs,
  ): Promise<CommunityModel> {
    return toCommunityModel(await this.communitiesService.setArchived(viewer, slug, false));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => CommunityModel, { description: 'Administrators, on a community they can see.' })
  async setCommunityOfficial(
    @CurrentViewer() viewer: Viewer,
    @Args() { slug, official }: SetOfficialArgs,
  ): Promise<CommunityModel> {
    return toCommunityModel(await this.communitiesService.setOfficial(viewer, slug, official));
  }

  @ResolveField(() => [String], { description: 'Slugs of its topics, alphabetical.' })
  topicSlugs(@Parent() community: CommunityModel, @Context() ctx: GraphqlContext): Promise<string[]> {
    return ctx.loaders
      .get<string, string[]>('communities.topicSlugs', async (ids) => {
        const byId = await this.communitiesService.topicSlugsOf(ids);
        return ids.map((id) => byId.get(id) ?? []);
      })
      .load(community.id);
  }

  @ResolveField(() => Int, {
    nullable: true,
    description: 'Active members; null unless the signed-in person may read the community’s content.',
  })
  async memberCount(
    @Parent() community: CommunityModel,
    @Context() ctx: GraphqlContext,
  ): Promise<number | null> {
    if (!community.access.readContent) return null;
    return ctx.loaders
      .get<string, number>('communities.memberCount', async (ids) => {
        const counts = await this.memberships.memberCounts(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(community.id);
  }

  @ResolveField(() => CommunityMemberConnectionModel, {
    nullable: true,
    description: 'Active members, longest-standing first; null unless the person may read the content.',
  })
  async members(
    @Parent() community: CommunityModel,
    @Args() { first, after }: ListPageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<CommunityMemberConnectionModel | null> {
    if (!community.access.readContent) return null;
    const position = this.memberships.decodeCursor(MEMBERS_CURSOR, after);
    const page = await ctx.loaders
      .get<string, MemberPage>(`communities.members:${first}:${after ?? ''}`, async (ids) => {
        const pages = await this.memberships.membersPages(ids, first, position);
        return ids.map((id) => pages.get(id)!);
      })
      .load(community.id);
    return {
      nodes: page.rows.map(toCommunityMemberModel),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: this.memberships.endCursor(MEMBERS_CURSOR, page),
      },
    };
  }

  @ResolveField(() => JoinRequestConnectionModel, {
    nullable: true,
    description: 'Pending requests to join, oldest first: owners and moderators only, null for others.',
  })
  async joinRequests(
    @Parent() community: CommunityModel,
    @Args() { first, after }: ListPageArgs,
    @Context() ctx: GraphqlContext,
  ): Promise<JoinRequestConnectionModel | null> {
    if (!community.access.readModeration) return null;
    const position = this.memberships.decodeCursor(JOIN_REQUESTS_CURSOR, after);
    const page = await ctx.loaders
      .get<string, MemberPage>(`communities.joinRequests:${first}:${after ?? ''}`, async (ids) => {
        const pages = await this.memberships.joinRequestPages(ids, first, position);
        return ids.map((id) => pages.get(id)!);
      })
      .load(community.id);
    return {
      nodes: page.rows.map(toJoinRequestModel),
      pageInfo: {
        hasNextPage: page.hasNextPage,
        endCursor: this.memberships.endCursor(JOIN_REQUESTS_CURSOR, page),
      },
    };
  }
}
