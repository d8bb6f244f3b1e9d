import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@relais/common';
import { Inject } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { CurrentViewer, Public } from '../auth/auth.decorators';
import { Viewer } from '../auth/viewer';
import { toUserModel } from '../users/user.mapper';
import { SignInOptionsModel, SignInResultModel } from '../users/user.model';
import { DevSignInInput } from '../users/users.inputs';
import { UsersService } from '../users/users.service';
import { SESSION_COOKIE } from './session-token';
import { SessionsService } from './sessions.service';

/** Provider token: e-mail addresses the development sign-in page lists first. */
export const DEV_SIGN_IN_ACCOUNTS = Symbol('DEV_SIGN_IN_ACCOUNTS');

@Resolver()
export class SessionsResolver {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** The accounts the application wants offered first (the demo organisation's), when it provides them. */
  private preferredAccounts(): readonly string[] {
    try {
      return this.moduleRef.get<readonly string[]>(DEV_SIGN_IN_ACCOUNTS, { strict: false });
    } catch {
      return [];
    }
  }

  @Public()
  @Query(() => SignInOptionsModel, { description: 'How people may sign in here, for the sign-in page.' })
  async signInOptions(): Promise<SignInOptionsModel> {
    const accounts = await this.users.devAccounts(this.preferredAccounts());
    return {
      devSignIn: this.users.devSignInEnabled,
      sso: this.config.saml !== undefined,
      ssoLoginPath: this.config.saml ? '/auth/saml/login' : null,
      devAccounts: accounts.map(({ email, displayName, title }) => ({ email, displayName, title })),
    };
  }

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
