import { Inject, Injectable, Logger } from '@nestjs/common';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { IndexedChangesService } from '@relais/jobs';
import { EntityManager } from 'typeorm';
import { Role } from '../roles/role';
import { RolesRepository } from '../roles/roles.repository';
import { UserEntity } from '../users/user.entity';
import { RoleMap, roleChanges } from './role-mapping';
import { SsoPerson } from './saml-profile';
import { SamlRejection } from './saml-response-checks';

/**
 * Accounts as the identity provider describes them, shared by SAML just-in-time provisioning and SCIM:
 * find the person by the IdP's identifier, create or update them, and make their mapped roles follow their
 * IdP groups. Every method runs inside the caller's transaction.
 */
@Injectable()
export class SsoAccountsService {
  private readonly logger = new Logger(SsoAccountsService.name);

  constructor(
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
    private readonly roles: RolesRepository,
    private readonly indexed: IndexedChangesService,
  ) {}

  /** SAML_ROLE_MAP; empty when SSO is off (SCIM alone then manages no role). */
  get roleMap(): RoleMap {
    return this.config.saml?.roleMap ?? {};
  }

  /** Serialises provisioning of one person (concurrent first logins, SCIM and SAML at once). */
  async lockIdentity(key: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`relais:sso:${key.toLowerCase()}`]);
  }

  findByNameId(nameId: string, manager: EntityManager): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where('lower(u.saml_name_id) = lower(:nameId)', { nameId })
      .getOne();
  }

  /**
   * The account a SAML login is for, created or updated from the assertion. An account made earlier with the
   * same e-mail (development sign-in, SCIM without userName) is linked on first login, unless it is already
   * linked to another NameID: that would let one IdP identity take over another's account.
   */
  async provisionFromSaml(person: SsoPerson, manager: EntityManager): Promise<UserEntity> {
    await this.lockIdentity(person.email, manager);
    const users = manager.getRepository(UserEntity);
    let user = await this.findByNameId(person.nameId, manager);
    if (!user) {
      const byEmail = await users.findOneBy({ email: person.email });
      if (byEmail?.samlNameId && byEmail.samlNameId.toLowerCase() !== person.nameId.toLowerCase()) {
        throw new SamlRejection('ACCOUNT_CONFLICT', `${person.email} belongs to another NameID`, 403);
      }
      user = byEmail;
    }
    if (user && user.status !== 'active') {
      throw new SamlRejection('ACCOUNT_DEACTIVATED', `the account of ${person.email} is deactivated`, 403);
    }
    if (user && user.email !== person.email && (await users.existsBy({ email: person.email }))) {
      throw new SamlRejection('ACCOUNT_CONFLICT', `${person.email} is the e-mail of another account`, 403);
    }
    const created = !user;
    user ??= users.create({ status: 'active', locale: 'fr', title: null, department: null, location: null });
    user.samlNameId = person.nameId;
    user.email = person.email;
    user.displayName = person.displayName;
    if (person.department !== undefined) user.department = person.department;
    if (person.title !== undefined) user.title = person.title;
    if (person.location !== undefined) user.location = person.location;
    if (person.locale !== undefined) user.locale = person.locale;
    const saved = await users.save(user);
    await this.indexed.record(manager, { people: [saved.id] });
    if (created) this.logger.log(`created ${saved.email} at first single sign-on`);
    if (person.groups !== undefined) await this.syncMappedRoles(saved.id, person.groups, manager);
    return saved;
  }

  /** Records that the person's account changed, for the search indexes (inside the caller's transaction). */
  async recordChange(userId: string, manager: EntityManager): Promise<void> {
    await this.indexed.record(manager, { people: [userId] });
  }

  /** Grants the roles these groups map to and revokes the mapped ones they no longer justify. */
  async syncMappedRoles(userId: string, groups: readonly string[], manager: EntityManager): Promise<void> {
    const rows: Array<{ role: Role }> = await manager.query(
      'SELECT role FROM role_assignments WHERE user_id = $1 FOR UPDATE',
      [userId],
    );
    const { grant, revoke } = roleChanges(
      rows.map((row) => row.role),
      groups,
      this.roleMap,
    );
    for (const role of grant) await this.roles.grant(userId, role, null, manager);
    for (const role of revoke) await this.roles.revoke(userId, role, manager);
  }
}
