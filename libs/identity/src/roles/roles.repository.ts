import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Role } from './role';

@Injectable()
export class RolesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Granted roles of many people in one query. */
  async rolesOf(userIds: readonly string[]): Promise<Map<string, Role[]>> {
    const rows: Array<{ user_id: string; role: Role }> = await this.dataSource.query(
      'SELECT user_id, role FROM role_assignments WHERE user_id = ANY($1::uuid[]) ORDER BY role',
      [userIds],
    );
    const byUser = new Map<string, Role[]>();
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.role]);
    return byUser;
  }

  async grant(userId: string, role: Role, grantedBy: string | null, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO role_assignments (user_id, role, granted_by) VALUES ($1, $2, $3)
       ON CONFLICT (user_id, role) DO NOTHING`,
      [userId, role, grantedBy],
    );
  }

  async revoke(userId: string, role: Role, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM role_assignments WHERE user_id = $1 AND role = $2', [userId, role]);
  }

  /**
   * Active admins, with their grants locked until the transaction ends, so two admins removing each other
   * at the same moment cannot leave the organisation without one.
   */
  async lockActiveAdmins(manager: EntityManager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT r.user_id FROM role_assignments r JOIN users u ON u.id = r.user_id
        WHERE r.role = 'admin' AND u.status = 'active'
        ORDER BY r.user_id FOR UPDATE OF r`,
    );
    return rows.map((row) => row.user_id);
  }
}
