import { Args, Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@relais/common';
import { Inject } from '@nestjs/common';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { CurrentViewer, Public } from '../auth/auth.decorators';
import { Viewer } from '../auth/viewer';
import { toUserModel } from '../users/user.mapper';
import { SignInResultModel } from '../users/user.model';
import { DevSignInInput } from '../users/users.inputs';
import { UsersService } from '../users/users.service';
import { SESSION_COOKIE } from './session-token';
import { SessionsService } from './sessions.service';

@Resolver()
export class SessionsResolver {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
  ) {}

  @Public()
  @Mutation(() => SignInResultModel, {
    description: 'Development sign-in by e-mail (creates the account on first use). Refused in production.',
  })
  async devSignIn(
    @Args('input') input: DevSignInInput,
    @Context() ctx: GraphqlContext,
  ): Promise<SignInResultModel> {
    const { user, session } = await this.users.devSignIn(input.email, input.displayName, {
      userAgent: ctx.req.headers['user-agent'],
      ip: ctx.req.ip,
    });
    ctx.res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.http.secureCookies,
      path: '/',
      expires: session.expiresAt,
    });
    return { user: toUserModel(user), expiresAt: session.expiresAt };
  }

  @Mutation(() => Boolean, { description: 'Ends this session.' })
  async logout(@CurrentViewer() viewer: Viewer, @Context() ctx: GraphqlContext): Promise<boolean> {
    await this.sessions.end(viewer.sessionId);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Mutation(() => Int, { description: 'Ends every session of the signed-in person; returns how many ended.' })
  async logoutEverywhere(@CurrentViewer() viewer: Viewer, @Context() ctx: GraphqlContext): Promise<number> {
    const ended = await this.sessions.endAllOf(viewer.userId);
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return ended;
  }
}
