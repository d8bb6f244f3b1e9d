import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { badInput, conflict, notFound } from '@relais/common';
import { DataSource, EntityManager } from 'typeorm';
import { UsersRepository } from '../users/users.repository';
import { GRANTABLE_ROLES, Role } from './role';
import { RolesRepository } from './roles.repository';

@Injectable()
export class RolesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly roles: RolesRepository,
    private readonly users: UsersRepository,
  ) {}

  /** Every role of each person, `member` included, in one query. */
  async rolesOf(userIds: readonly string[]): Promise<Role[][]> {
    const granted = await this.roles.rolesOf(userIds);
    return userIds.map((id) => [Role.MEMBER, ...(granted.get(id) ?? [])]);
  }

  async grant(actorId: string, userId: string, role: Role): Promise<void> {
    assertGrantable(role);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.users.lockById(userId, manager))) throw notFound('This person');
      await this.roles.grant(userId, role, actorId, manager);
    });
  }

  async revoke(userId: string, role: Role): Promise<void> {
    assertGrantable(role);
    await this.dataSource.transaction(async (manager) => {
      if (!(await this.users.lockById(userId, manager))) throw notFound('This person');
      if (role === Role.ADMIN) await this.assertAnotherAdminRemains(userId, manager);
      await this.roles.revoke(userId, role, manager);
    });
  }

  /** Refuses a change that would leave the organisation without an active admin. */
  async assertAnotherAdminRemains(userId: string, manager: EntityManager): Promise<void> {
    const admins = await this.roles.lockActiveAdmins(manager);
    if (admins.includes(userId) && admins.length === 1) {
      throw conflict(
        'This person is the last active administrator. Make someone else an administrator first.',
        'LAST_ADMIN',
      );
    }
  }

  grantInTransaction(
    userId: string,
    role: Role,
    grantedBy: string | null,
    manager: EntityManager,
  ): Promise<void> {
    return this.roles.grant(userId, role, grantedBy, manager);
  }
}

function assertGrantable(role: Role): void {
  if (!GRANTABLE_ROLES.includes(role)) {
    throw badInput(`Every active person is a ${role}; choose one of: ${GRANTABLE_ROLES.join(', ')}.`, {
      role: ['not grantable'],
    });
  }
}
