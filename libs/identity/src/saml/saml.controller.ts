import { Controller, Get, Inject, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { generateServiceProviderMetadata, SAML } from '@node-saml/node-saml';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import type { Request, Response } from 'express';
import { OptionalViewer, Public } from '../auth/auth.decorators';
import { Viewer } from '../auth/viewer';
import { SESSION_COOKIE } from '../sessions/session-token';
import { SessionsService } from '../sessions/sessions.service';
import { DEFAULT_RETURN_TO, safeReturnTo } from './return-to';
import { SamlExceptionFilter } from './saml-exception.filter';
import { SamlIdpService } from './saml-idp.service';
import { SamlSignIn } from './saml-login.service';
import { SamlRejection } from './saml-response-checks';
import { SamlStateRepository } from './saml-state.repository';
import { SamlCallbackGuard, SamlLoginGuard } from './saml.guards';

/** The SAML service provider's routes: login, assertion consumer service, metadata, logout. */
@Public()
@Controller('auth/saml')
@UseFilters(SamlExceptionFilter)
export class SamlController {
  constructor(
    private readonly idp: SamlIdpService,
    private readonly sessions: SessionsService,
    private readonly state: SamlStateRepository,
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
  ) {}

  /** Redirects to the IdP (the guard answers); `returnTo` is where the person lands afterwards. */
  @Get('login')
  @UseGuards(SamlLoginGuard)
  login(): void {
    // SamlLoginGuard has redirected to the IdP.
  }

  /** The assertion consumer service (HTTP-POST binding). */
  @Post('callback')
  @UseGuards(SamlCallbackGuard)
  callback(@Req() req: Request, @Res() res: Response): void {
    const { session } = req.user as SamlSignIn;
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.http.secureCookies,
      path: '/',
      expires: session.expiresAt,
    });
    const relayState = (req.body as Record<string, unknown>).RelayState;
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, safeReturnTo(relayState));
  }

  /** What an IdP administrator imports: entity id, ACS, single-logout endpoint, NameID format. */
  @Get('metadata')
  metadata(@Res() res: Response): void {
    const saml = this.idp.settings;
    const xml = generateServiceProviderMetadata({
      issuer: saml.spEntityId,
      callbackUrl: saml.acsUrl,
      logoutCallbackUrl: saml.sloUrl,
      identifierFormat: saml.nameIdFormat,
      wantAssertionsSigned: true,
    });
    res.type('application/samlmetadata+xml').send(xml);
  }

  /**
   * Ends the Relais session at once, then, when the session came from the IdP and the IdP has a logout
   * endpoint, sends the person there to end the IdP session too (single logout).
   */
  @Get('logout')
  async logout(@OptionalViewer() viewer: Viewer | null, @Res() res: Response): Promise<void> {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.setHeader('Cache-Control', 'no-store');
    if (!viewer) return res.redirect(303, DEFAULT_RETURN_TO);
    const samlSession = this.idp.enabled ? await this.state.findSession(viewer.sessionId) : null;
    await this.sessions.end(viewer.sessionId);
    const idp = samlSession ? await this.idp.idp().catch(() => undefined) : undefined;
    if (!samlSession || !idp?.logoutUrl) return res.redirect(303, DEFAULT_RETURN_TO);
    const saml = new SAML(await this.idp.nodeSamlOptions());
    const url = await saml.getLogoutUrlAsync(
      {
        issuer: idp.entityId ?? '',
        nameID: samlSession.nameId,
        nameIDFormat: samlSession.nameIdFormat ?? this.idp.settings.nameIdFormat,
        ...(samlSession.sessionIndex ? { sessionIndex: samlSession.sessionIndex } : {}),
      },
      DEFAULT_RETURN_TO,
      {},
    );
    res.redirect(303, url);
  }

  /**
   * Single logout, HTTP-Redirect binding: the IdP's answer to our LogoutRequest, or its own LogoutRequest when
   * the person signs out of another application. A LogoutRequest must be signed: it ends sessions.
   */
  @Get('logout/callback')
  async logoutCallback(@Req() req: Request, @Res() res: Response): Promise<void> {
    const query = req.query as Record<string, string | undefined>;
    if (!query.SAMLRequest && !query.SAMLResponse) {
      throw new SamlRejection('NO_MESSAGE', 'no SAMLRequest or SAMLResponse', 400);
    }
    if (query.SAMLRequest && !query.Signature) {
      throw new SamlRejection('UNSIGNED_LOGOUT', 'an IdP LogoutRequest must be signed');
    }
    const saml = new SAML(await this.idp.nodeSamlOptions());
    const originalQuery = req.originalUrl.split('?')[1] ?? '';
    const { profile, loggedOut } = await saml
      .validateRedirectAsync(query as Record<string, string>, originalQuery)
      .catch((error: unknown) => {
        throw new SamlRejection('INVALID_LOGOUT', error instanceof Error ? error.message : String(error));
      });
    res.setHeader('Cache-Control', 'no-store');
    if (query.SAMLRequest && loggedOut && profile?.nameID) {
      const indexes = ([] as unknown[]).concat(profile.sessionIndex ?? []).filter((i): i is string => !!i);
      await this.state.revokeSessionsOf(profile.nameID, indexes);
      res.clearCookie(SESSION_COOKIE, { path: '/' });
      const url = await saml.getLogoutResponseUrlAsync(profile, safeReturnTo(query.RelayState), {}, true);
      return res.redirect(303, url);
    }
    res.redirect(303, safeReturnTo(query.RelayState));
  }
}
