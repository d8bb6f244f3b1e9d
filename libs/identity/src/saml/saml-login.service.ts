import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Profile } from '@node-saml/node-saml';
import { DataSource } from 'typeorm';
import { OpenedSession, SessionsService } from '../sessions/sessions.service';
import { UserEntity } from '../users/user.entity';
import type { ClientInfo } from '../users/users.service';
import { SamlIdpService } from './saml-idp.service';
import { personFromProfile } from './saml-profile';
import { checkVerifiedAssertion, SamlRejection } from './saml-response-checks';
import { SamlStateRepository } from './saml-state.repository';
import { SsoAccountsService } from './sso-accounts.service';

export interface SamlSignIn {
  user: UserEntity;
  session: OpenedSession;
}

/**
 * Completes a login whose response node-saml has validated (signatures, InResponseTo known, time, audience):
 * checks what node-saml does not (recipient, issuer, NameID shape), uses the request and the assertion once,
 * provisions the person and opens their session, all in one transaction: a refusal leaves no trace.
 */
@Injectable()
export class SamlLoginService {
  private readonly logger = new Logger(SamlLoginService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly idp: SamlIdpService,
    private readonly state: SamlStateRepository,
    private readonly accounts: SsoAccountsService,
    private readonly sessions: SessionsService,
  ) {}

  async complete(profile: Profile | null | undefined, client: ClientInfo): Promise<SamlSignIn> {
    const saml = this.idp.settings;
    const idp = await this.idp.idp();
    const assertionXml = profile?.getAssertionXml?.();
    if (!profile || !assertionXml)
      throw new SamlRejection('NO_ASSERTION', 'the response carries no assertion');
    const inResponseTo = typeof profile.inResponseTo === 'string' ? profile.inResponseTo : null;
    if (!inResponseTo) throw new SamlRejection('UNSOLICITED', 'responses must answer a request of ours');
    const facts = checkVerifiedAssertion(assertionXml, {
      acsUrl: saml.acsUrl,
      idpEntityId: idp.entityId,
      inResponseTo,
    });
    if (facts.nameId !== profile.nameID?.trim()) {
      throw new SamlRejection('NAMEID_MISMATCH', 'the NameID read differs from the signed one');
    }
    const person = personFromProfile(profile, saml.attributes);
    const result = await this.dataSource.transaction(async (manager) => {
      if (!(await this.state.consumeRequest(inResponseTo, manager))) {
        throw new SamlRejection('REQUEST_USED', 'this login request was already answered, or expired');
      }
      // Kept past the assertion's own end by the clock skew node-saml tolerates.
      const keepUntil = new Date(facts.expiresAt.getTime() + saml.clockSkewMs);
      if (!(await this.state.acceptAssertion(facts.issuer, facts.assertionId, keepUntil, manager))) {
        throw new SamlRejection('ASSERTION_REPLAYED', `assertion ${facts.assertionId} was already used`);
      }
      const user = await this.accounts.provisionFromSaml(person, manager);
      const session = await this.sessions.open(user.id, 'saml', client, manager);
      await this.state.saveSession(
        {
          sessionId: session.sessionId,
          nameId: facts.nameId,
          nameIdFormat: profile.nameIDFormat ?? null,
          sessionIndex: profile.sessionIndex ?? null,
        },
        manager,
      );
      return { user, session };
    });
    this.logger.log(`${result.user.email} signed in through SAML`);
    return result;
  }
}
