import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedChangesService } from '@relais/jobs';
import { createdAtCursor, forbidden, notFound } from '@relais/common';
import { RELAIS_CONFIG, RelaisConfig } from '@relais/config';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from '../roles/role';
import { RolesService } from '../roles/roles.service';
import { OpenedSession, SessionsService } from '../sessions/sessions.service';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

/** The directory fields a person edits on their own profile; undefined leaves a field unchanged. */
export interface DirectoryFields {
  title?: string | null | undefined;
  department?: string | null | undefined;
  location?: string | null | undefined;
  locale?: 'fr' | 'en' | undefined;
}

export interface ClientInfo {
  userAgent?: string | undefined;
  ip?: string | undefined;
}

/** The name of the people directory in its page cursors. */
const USERS_LIST = 'users';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexed: IndexedChangesService,
    @Inject(RELAIS_CONFIG) private readonly config: RelaisConfig,
    private readonly users: UsersRepository,
    private readonly roles: RolesService,
    private readonly sessions: SessionsService,
  ) {}

  async findById(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw notFound('This person');
    return user;
  }

  /**
   * Development sign-in: opens a session for the person with this e-mail, creating the account on first use
   * the way SSO provisioning will. The very first account of an empty organisation becomes its admin.
   */
  async devSignIn(
    emailInput: string,
    displayName: string | undefined,
    client: ClientInfo,
  ): Promise<{ user: UserEntity; session: OpenedSession }> {
    if (this.config.isProduction || this.config.saml) {
      throw forbidden(
        this.config.saml
          ? 'Development sign-in is disabled because single sign-on is configured. Sign in through your organisation.'
          : 'Development sign-in is disabled in production. Sign in through your organisation’s single sign-on.',
        'DEV_SIGN_IN_DISABLED',
      );
    }
    const email = emailInput.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      // Serialises first sign-ins, so "first account becomes admin" holds under concurrency.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['relais:dev-sign-in']);
      let user = await this.users.findByEmail(email, manager);
      if (!user) {
        const firstAccount = (await this.users.count(manager)) === 0;
        user = await this.users.insert(
          { email, displayName: displayName?.trim() || nameFromEmail(email), locale: 'fr', status: 'active' },
          manager,
        );
        if (firstAccount) {
          await this.roles.grantInTransaction(user.id, Role.ADMIN, null, manager);
          this.logger.log(`first account ${email} was made administrator`);
        }
      }
      if (user.status !== 'active') {
        throw forbidden('This account is deactivated. Contact your administrator.', 'ACCOUNT_DEACTIVATED');
      }
      const session = await this.sessions.open(user.id, 'dev', client, manager);
      await this.indexed.record(manager, { people: [user.id] });
      return { user, session };
    });
  }

  /** Whether the development sign-in is open: never in production, never beside SSO. */
  get devSignInEnabled(): boolean {
    return !this.config.isProduction && !this.config.saml;
  }

  /** The accounts a development sign-in page offers, `preferredEmails` first; none when that sign-in is closed. */
  async devAccounts(preferredEmails: readonly string[], limit = 12): Promise<UserEntity[]> {
    if (!this.devSignInEnabled) return [];
    return this.users.firstActive(preferredEmails, limit);
  }

  /**
   * Updates the directory fields that live on the account, inside the caller's transaction (the people
   * context writes the rest of the profile beside it). Locks the row: concurrent edits apply one after the other.
   */
  async updateDirectoryFields(
    userId: string,
    fields: DirectoryFields,
    manager: EntityManager,
  ): Promise<UserEntity> {
    const user = await this.users.lockById(userId, manager);
    if (!user) throw notFound('This person');
    if (fields.title !== undefined) user.title = fields.title;
    if (fields.department !== undefined) user.department = fields.department;
    if (fields.location !== undefined) user.location = fields.location;
    if (fields.locale !== undefined) user.locale = fields.locale;
    await this.indexed.record(manager, { people: [userId] });
    return this.users.save(user, manager);
  }

  page(first: number, after: string | null | undefined) {
    const position = createdAtCursor.decodeAfter(USERS_LIST, after);
    return this.users.page(first, position).then(({ rows, hasNextPage }) => ({
      rows,
      hasNextPage,
      endCursor: rows.length ? createdAtCursor.encode(USERS_LIST, rows[rows.length - 1]!) : null,
    }));
  }

  /** Deactivation ends every session of the person in the same transaction: access stops at once. */
  async deactivate(userId: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.lockById(userId, manager);
      if (!user) throw notFound('This person');
      if (user.status === 'deactivated') return user;
      await this.roles.assertAnotherAdminRemains(userId, manager);
      user.status = 'deactivated';
      user.deactivatedAt = new Date();
      const saved = await this.users.save(user, manager);
      await this.sessions.endAllOf(userId, manager);
      await this.indexed.record(manager, { people: [userId] });
      return saved;
    });
  }

  async reactivate(userId: string): Promise<UserEntity> {
    return this.dataSource.transaction(async (manager) => {
      const user = await this.users.lockById(userId, manager);
      if (!user) throw notFound('This person');
      user.status = 'active';
      user.deactivatedAt = null;
      await this.indexed.record(manager, { people: [userId] });
      return this.users.save(user, manager);
    });
  }
}

function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');
}
