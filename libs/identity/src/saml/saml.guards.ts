import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { DomainError } from '@relais/common';
import type { Request } from 'express';
import { safeReturnTo } from './return-to';
import { SamlIdpService } from './saml-idp.service';
import { checkResponseDocument, decodeSamlResponse, SamlRejection } from './saml-response-checks';
import { SAML_STRATEGY } from './saml.strategy';

/** Starts an SP-initiated login: redirects to the IdP with an AuthnRequest and returnTo as RelayState. */
@Injectable()
export class SamlLoginGuard extends AuthGuard(SAML_STRATEGY) {
  constructor(private readonly idp: SamlIdpService) {
    super();
  }

  override canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.idp.enabled) throw new SamlRejection('SSO_OFF', 'single sign-on is not configured', 404);
    return super.canActivate(context) as Promise<boolean>;
  }

  // Ours last: a RelayState in the query string cannot override the checked returnTo.
  override getAuthenticateOptions(context: ExecutionContext) {
    const req = context.switchToHttp().getRequest<Request>();
    return { additionalParams: { RelayState: safeReturnTo(req.query.returnTo) } };
  }

  override handleRequest<T>(err: unknown, user: T): T {
    return rethrow(err, user);
  }
}

/**
 * The assertion consumer service's checks before node-saml sees the bytes (size, base64, no DTD, no comments,
 * strong algorithms, Destination), then node-saml's validation and the sign-in (SamlStrategy.validate).
 */
@Injectable()
export class SamlCallbackGuard extends AuthGuard(SAML_STRATEGY) {
  constructor(private readonly idp: SamlIdpService) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (!this.idp.enabled) throw new SamlRejection('SSO_OFF', 'single sign-on is not configured', 404);
    const req = context.switchToHttp().getRequest<Request>();
    const body = (req.body ?? {}) as Record<string, unknown>;
    if ('SAMLRequest' in body) {
      throw new SamlRejection('NOT_A_RESPONSE', 'the assertion consumer service takes responses only', 400);
    }
    const xml = decodeSamlResponse(body.SAMLResponse, this.idp.settings.maxResponseBytes);
    checkResponseDocument(xml, { acsUrl: this.idp.settings.acsUrl });
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    return rethrow(err, user);
  }
}

/** node-saml's errors are plain Errors: they become a refusal; ours keep their reason. */
function rethrow<T>(err: unknown, user: T): T {
  if (err instanceof SamlRejection || err instanceof DomainError) throw err;
  if (err) {
    throw new SamlRejection('INVALID_RESPONSE', err instanceof Error ? err.message : String(err));
  }
  if (!user) throw new SamlRejection('NO_USER', 'the response did not sign anyone in');
  return user;
}
