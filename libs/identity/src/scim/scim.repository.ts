import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';

export interface ScimGroupRow {
  id: string;
  displayName: string;
  externalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface GroupMember {
  userId: string;
  displayName: string;
}

interface GroupDbRow {
  id: string;
  display_name: string;
  external_id: string | null;
  created_at: Date;
  updated_at: Date;
}

const toGroup = (row: GroupDbRow): ScimGroupRow => ({
  id: row.id,
  displayName: row.display_name,
  externalId: row.external_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** SQL behind the SCIM endpoints: people by their IdP identifiers, groups and their members. */
@Injectable()
export class ScimRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private m(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** userName is the NameID; a person never provisioned by SCIM or SAML answers to their e-mail. */
  private userNameCondition = `(lower(u.saml_name_id) = lower(:v) OR (u.saml_name_id IS NULL AND u.email = lower(:v)))`;

  findUserById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.m(manager).getRepository(UserEntity).findOneBy({ id });
  }

  findUserByUserName(userName: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.m(manager)
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .where(this.userNameCondition, { v: userName })
      .orderBy('u.saml_name_id IS NULL')
      .getOne();
  }

  findUserByExternalId(externalId: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.m(manager).getRepository(UserEntity).findOneBy({ externalId });
  }

  findUserByEmail(email: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.m(manager).getRepository(UserEntity).findOneBy({ email });
  }

  /** One page of people, oldest first; `where` is one of the filters the controller accepts. */
  async pageUsers(
    where: { attribute: 'username' | 'externalid' | 'emails.value'; value: string } | undefined,
    offset: number,
    limit: number,
  ): Promise<{ total: number; rows: UserEntity[] }> {
    const query = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (where?.attribute === 'username') query.where(this.userNameCondition, { v: where.value });
    if (where?.attribute === 'externalid') query.where('u.external_id = :v', { v: where.value });
    if (where?.attribute === 'emails.value') query.where('u.email = lower(:v)', { v: where.value });
    const total = await query.getCount();
    const rows =
      limit === 0
        ? []
        : await query
            .orderBy('u.created_at', 'ASC')
            .addOrderBy('u.id', 'ASC')
            .offset(offset)
            .limit(limit)
            .getMany();
    return { total, rows };
  }

  async findGroup(id: string, manager?: EntityManager): Promise<ScimGroupRow | null> {
    const rows: GroupDbRow[] = await this.m(manager).query('SELECT * FROM scim_groups WHERE id = $1', [id]);
    return rows[0] ? toGroup(rows[0]) : null;
  }

  async lockGroup(id: string, manager: EntityManager): Promise<ScimGroupRow | null> {
    const rows: GroupDbRow[] = await manager.query('SELECT * FROM scim_groups WHERE id = $1 FOR UPDATE', [
      id,
    ]);
    return rows[0] ? toGroup(rows[0]) : null;
  }

  async findGroupByName(displayName: string, manager?: EntityManager): Promise<ScimGroupRow | null> {
    const rows: GroupDbRow[] = await this.m(manager).query(
      'SELECT * FROM scim_groups WHERE display_name = $1',
      [displayName],
    );
    return rows[0] ? toGroup(rows[0]) : null;
  }

  async pageGroups(
    where: { attribute: 'displayname' | 'externalid'; value: string } | undefined,
    offset: number,
    limit: number,
  ): Promise<{ total: number; rows: ScimGroupRow[] }> {
    const column = where?.attribute === 'externalid' ? 'external_id' : 'display_name';
    const condition = where ? `WHERE ${column} = $1` : '';
    const params = where ? [where.value] : [];
    const [count]: Array<{ n: number }> = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM scim_groups ${condition}`,
      params,
    );
    const rows: GroupDbRow[] =
      limit === 0
        ? []
        : await this.dataSource.query(
            `SELECT * FROM scim_groups ${condition} ORDER BY created_at, id OFFSET ${offset} LIMIT ${limit}`,
            params,
          );
    return { total: count!.n, rows: rows.map(toGroup) };
  }

  async insertGroup(
    displayName: string,
    externalId: string | null,
    manager: EntityManager,
  ): Promise<ScimGroupRow> {
    const rows: GroupDbRow[] = await manager.query(
      'INSERT INTO scim_groups (display_name, external_id) VALUES ($1, $2) RETURNING *',
      [displayName, externalId],
    );
    return toGroup(rows[0]!);
  }

  async updateGroup(
    id: string,
    displayName: string,
    externalId: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      'UPDATE scim_groups SET display_name = $2, external_id = $3, updated_at = now() WHERE id = $1',
      [id, displayName, externalId],
    );
  }

  async touchGroup(id: string, manager: EntityManager): Promise<void> {
    await manager.query('UPDATE scim_groups SET updated_at = now() WHERE id = $1', [id]);
  }

  async deleteGroup(id: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM scim_groups WHERE id = $1', [id]);
  }

  async members(groupIds: readonly string[]): Promise<Map<string, GroupMember[]>> {
    const rows: Array<{ group_id: string; user_id: string; display_name: string }> =
      await this.dataSource.query(
        `SELECT m.group_id, m.user_id, u.display_name FROM scim_group_members m JOIN users u ON u.id = m.user_id
        WHERE m.group_id = ANY($1::uuid[]) ORDER BY u.display_name, u.id`,
        [groupIds],
      );
    const byGroup = new Map<string, GroupMember[]>();
    for (const row of rows) {
      byGroup.set(row.group_id, [
        ...(byGroup.get(row.group_id) ?? []),
        { userId: row.user_id, displayName: row.display_name },
      ]);
    }
    return byGroup;
  }

  async memberIds(groupId: string, manager: EntityManager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      'SELECT user_id FROM scim_group_members WHERE group_id = $1',
      [groupId],
    );
    return rows.map((row) => row.user_id);
  }

  /** Which of these ids are people; the others are unknown. */
  async existingUserIds(ids: readonly string[], manager: EntityManager): Promise<Set<string>> {
    const valid = ids.filter((id) =>
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
    );
    const rows: Array<{ id: string }> = await manager.query(
      'SELECT id FROM users WHERE id = ANY($1::uuid[])',
      [valid],
    );
    return new Set(rows.map((row) => row.id));
  }

  async addMembers(groupId: string, userIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO scim_group_members (group_id, user_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [groupId, userIds],
    );
  }

  async removeMembers(groupId: string, userIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM scim_group_members WHERE group_id = $1 AND user_id = ANY($2::uuid[])', [
      groupId,
      userIds,
    ]);
  }

  /** The names and external ids of a person's SCIM groups: either may be a key of SAML_ROLE_MAP. */
  async groupKeysOf(userId: string, manager: EntityManager): Promise<string[]> {
    const rows: Array<{ key: string }> = await manager.query(
      `SELECT k AS key FROM scim_group_members m JOIN scim_groups g ON g.id = m.group_id,
              LATERAL unnest(ARRAY[g.display_name, g.external_id]) AS k
        WHERE m.user_id = $1 AND k IS NOT NULL`,
      [userId],
    );
    return rows.map((row) => row.key);
  }
}
