import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext, PageArgs } from '@relais/common';
import { CurrentViewer, OptionalViewer, Public, RequireRoles } from '../auth/auth.decorators';
import { Viewer } from '../auth/viewer';
import { Role } from '../roles/role';
import { RolesService } from '../roles/roles.service';
import { toUserModel } from './user.mapper';
import { UserConnectionModel, UserModel } from './user.model';
import { RoleChangeInput } from './users.inputs';
import { UsersService } from './users.service';
import { ParseUUIDPipe } from '@nestjs/common';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly usersService: UsersService,
    private readonly rolesService: RolesService,
  ) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'The signed-in person, or null when signed out.' })
  async me(@OptionalViewer() viewer: Viewer | null): Promise<UserModel | null> {
    return viewer ? toUserModel(await this.usersService.findById(viewer.userId)) : null;
  }

  @RequireRoles(Role.ADMIN, Role.AUDITOR)
  @Query(() => UserConnectionModel, { description: 'Every account, oldest first (admins and auditors).' })
  async users(@Args() { first, after }: PageArgs): Promise<UserConnectionModel> {
    const page = await this.usersService.page(first, after);
    return {
      nodes: page.rows.map(toUserModel),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => UserModel)
  async grantRole(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: RoleChangeInput,
  ): Promise<UserModel> {
    await this.rolesService.grant(viewer.userId, input.userId, input.role);
    return toUserModel(await this.usersService.findById(input.userId));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => UserModel)
  async revokeRole(@Args('input') input: RoleChangeInput): Promise<UserModel> {
    await this.rolesService.revoke(input.userId, input.role);
    return toUserModel(await this.usersService.findById(input.userId));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Blocks sign-in and ends every session of the person at once.' })
  async deactivateUser(
    @Args('userId', { type: () => ID }, ParseUUIDPipe) userId: string,
  ): Promise<UserModel> {
    return toUserModel(await this.usersService.deactivate(userId));
  }

  @RequireRoles(Role.ADMIN)
  @Mutation(() => UserModel)
  async reactivateUser(
    @Args('userId', { type: () => ID }, ParseUUIDPipe) userId: string,
  ): Promise<UserModel> {
    return toUserModel(await this.usersService.reactivate(userId));
  }

  @ResolveField(() => [Role])
  roles(@Parent() user: UserModel, @Context() ctx: GraphqlContext): Promise<Role[]> {
    return ctx.loaders
      .get<string, Role[]>('identity.rolesByUserId', (ids) => this.rolesService.rolesOf(ids))
      .load(user.id);
  }
}
