import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { MultiSamlStrategy, VerifyWithRequest } from '@node-saml/passport-saml';
import { SamlIdpService } from './saml-idp.service';
import { SamlLoginService } from './saml-login.service';
import { SamlRejection } from './saml-response-checks';

export const SAML_STRATEGY = 'saml';

/**
 * passport-saml, with options read per request (the IdP's metadata may have been refreshed) and the
 * sign-in completed by SamlLoginService once node-saml has validated the response.
 */
@Injectable()
export class SamlStrategy extends PassportStrategy(MultiSamlStrategy, SAML_STRATEGY) {
  constructor(idp: SamlIdpService, login: SamlLoginService) {
    const signOn: VerifyWithRequest = (req, profile, done) => {
      login
        .complete(profile, { userAgent: req.headers['user-agent'], ip: req.ip })
        .then((signIn) => done(null, signIn as unknown as Record<string, unknown>), done);
    };
    super(
      {
        passReqToCallback: true,
        getSamlOptions: (_req, done) => {
          idp.nodeSamlOptions().then(
            (options) => done(null, options),
            (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
          );
        },
      },
      signOn,
    );
  }

  /**
   * passport-saml's logout verification (PassportStrategy passes `validate` as its last argument). Single
   * logout is handled by SamlController over the HTTP-Redirect binding, never through passport.
   */
  validate(): never {
    throw new SamlRejection(
      'NOT_A_RESPONSE',
      'logout messages are not taken by the assertion consumer service',
      400,
    );
  }
}
