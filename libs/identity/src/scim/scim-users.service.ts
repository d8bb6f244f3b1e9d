import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { DataSource } from 'typeorm';
import { SsoAccountsService } from '../saml/sso-accounts.service';
import { UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { ScimError, scimNotFound } from './scim-error';
import { pageOf, parseEqualityFilter } from './scim-filter';
import {
  applyUserPatch,
  displayNameOf,
  emailOf,
  ENTERPRISE_SCHEMA,
  fieldsFromResource,
  localeOf,
  ScimUserFields,
  USER_SCHEMA,
} from './scim-user';
import { ScimRepository } from './scim.repository';

export const LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

export interface ScimList<T> {
  schemas: string[];
  totalResults: number;
  startIndex: number;
  itemsPerPage: number;
  Resources: T[];
}

/**
 * SCIM Users over Relais accounts. userName is the person's NameID (so SAML logins find the account SCIM
 * made), externalId the IdP's own id. Deactivation goes through UsersService.deactivate, which ends every
 * session of the person in the same transaction; the account and what they wrote stay.
 */
@Injectable()
export class ScimUsersService {
  private readonly logger = new Logger(ScimUsersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
    private readonly scim: ScimRepository,
    private readonly accounts: SsoAccountsService,
    private readonly users: UsersService,
  ) {}

  async create(body: unknown): Promise<Record<string, unknown>> {
    const fields = fieldsFromResource(body);
    const user = await this.save(null, fields);
    this.logger.log(`provisioned ${user.email}`);
    return this.toResource(user);
  }

  async get(id: string): Promise<Record<string, unknown>> {
    return this.toResource(await this.require(id));
  }

  async list(
    filter: unknown,
    startIndex: unknown,
    count: unknown,
  ): Promise<ScimList<Record<string, unknown>>> {
    const where =
      typeof filter === 'string' && filter.trim()
        ? (parseEqualityFilter(filter, ['username', 'externalid', 'emails.value']) as {
            attribute: 'username' | 'externalid' | 'emails.value';
            value: string;
          })
        : undefined;
    const page = pageOf(startIndex, count);
    const { total, rows } = await this.scim.pageUsers(where, page.offset, page.limit);
    return {
      schemas: [LIST_SCHEMA],
      totalResults: total,
      startIndex: page.startIndex,
      itemsPerPage: rows.length,
      Resources: rows.map((user) => this.toResource(user)),
    };
  }

  async replace(id: string, body: unknown): Promise<Record<string, unknown>> {
    const user = await this.require(id);
    return this.toResource(await this.save(user, fieldsFromResource(body)));
  }

  async patch(id: string, body: unknown): Promise<Record<string, unknown>> {
    const user = await this.require(id);
    return this.toResource(await this.save(user, applyUserPatch(this.fieldsOf(user), body)));
  }

  /** DELETE deactivates: the person loses access at once, their content and history stay. */
  async delete(id: string): Promise<void> {
    await this.require(id);
    await this.users.deactivate(id);
  }

  private async require(id: string): Promise<UserEntity> {
    const user = /^[0-9a-f-]{36}$/i.test(id) ? await this.scim.findUserById(id) : null;
    if (!user) throw scimNotFound('User', id);
    return user;
  }

  /** Creates (existing null) or updates a person, refusing identifiers that belong to someone else. */
  private async save(existing: UserEntity | null, fields: ScimUserFields): Promise<UserEntity> {
    const email = emailOf(fields);
    const saved = await this.dataSource.transaction(async (manager) => {
      await this.accounts.lockIdentity(email, manager);
      const byUserName = await this.scim.findUserByUserName(fields.userName, manager);
      let user = existing ? await manager.getRepository(UserEntity).findOneBy({ id: existing.id }) : null;
      if (!existing && byUserName) {
        // An account that signed in by e-mail before SCIM knew it is adopted; one SCIM already manages is not.
        if (byUserName.samlNameId || byUserName.externalId) {
          throw new ScimError(409, `userName ${fields.userName} is already provisioned.`, 'uniqueness');
        }
        user = byUserName;
      }
      if (byUserName && user && byUserName.id !== user.id) {
        throw new ScimError(409, `userName ${fields.userName} belongs to another person.`, 'uniqueness');
      }
      const byEmail = await this.scim.findUserByEmail(email, manager);
      if (byEmail && user && byEmail.id !== user.id) {
        throw new ScimError(409, `${email} is the e-mail of another person.`, 'uniqueness');
      }
      if (byEmail && !user) {
        if (byEmail.samlNameId || byEmail.externalId) {
          throw new ScimError(409, `${email} is the e-mail of another provisioned person.`, 'uniqueness');
        }
        user = byEmail;
      }
      if (fields.externalId) {
        const byExternalId = await this.scim.findUserByExternalId(fields.externalId, manager);
        if (byExternalId && byExternalId.id !== user?.id) {
          throw new ScimError(
            409,
            `externalId ${fields.externalId} belongs to another person.`,
            'uniqueness',
          );
        }
      }
      const repo = manager.getRepository(UserEntity);
      const target = user ?? repo.create({ status: 'active', locale: 'fr' });
      target.samlNameId = fields.userName;
      target.externalId = fields.externalId;
      target.email = email;
      target.displayName = displayNameOf(fields, email);
      target.title = fields.title;
      target.department = fields.department;
      target.location = fields.location;
      target.locale = localeOf(fields) ?? target.locale ?? 'fr';
      const written = await repo.save(target);
      await this.accounts.recordChange(written.id, manager);
      return written;
    });
    // Status changes go through UsersService: deactivation ends every session in its transaction.
    if (!fields.active && saved.status === 'active') return this.users.deactivate(saved.id);
    if (fields.active && saved.status !== 'active') return this.users.reactivate(saved.id);
    return saved;
  }

  private fieldsOf(user: UserEntity): ScimUserFields {
    return {
      userName: user.samlNameId ?? user.email,
      externalId: user.externalId,
      active: user.status === 'active',
      displayName: user.displayName,
      givenName: null,
      familyName: null,
      formattedName: null,
      email: user.email,
      title: user.title,
      department: user.department,
      location: user.location,
      preferredLanguage: user.locale,
    };
  }

  toResource(user: UserEntity): Record<string, unknown> {
    return {
      schemas: [USER_SCHEMA, ENTERPRISE_SCHEMA],
      id: user.id,
      ...(user.externalId ? { externalId: user.externalId } : {}),
      userName: user.samlNameId ?? user.email,
      name: { formatted: user.displayName },
      displayName: user.displayName,
      active: user.status === 'active',
      emails: [{ value: user.email, type: 'work', primary: true }],
      ...(user.title ? { title: user.title } : {}),
      preferredLanguage: user.locale,
      ...(user.location ? { addresses: [{ type: 'work', locality: user.location, primary: true }] } : {}),
      [ENTERPRISE_SCHEMA]: user.department ? { department: user.department } : {},
      meta: {
        resourceType: 'User',
        created: user.createdAt.toISOString(),
        lastModified: user.updatedAt.toISOString(),
        location: `${this.config.http.publicUrl}/scim/v2/Users/${user.id}`,
      },
    };
  }
}
