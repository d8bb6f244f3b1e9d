import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeysetPosition } from '../common/list-cursor';
import type { MembershipRole, MembershipStatus } from '../visibility/community-access';
import { MembershipEntity, membershipFromRow, MembershipRow } from './membership.entity';

/** A membership with what the member list shows of the person. */
export interface MemberRecord {
  communityId: string;
  userId: string;
  displayName: string;
  role: MembershipRole;
  status: MembershipStatus;
  joinedAt: Date | null;
  createdAt: Date;
}

interface MemberRow {
  community_id: string;
  user_id: string;
  display_name: string;
  role: MembershipRole;
  status: MembershipStatus;
  joined_at: Date | null;
  created_at: Date;
}

function memberFromRow(row: MemberRow): MemberRecord {
  return {
    communityId: row.community_id,
    userId: row.user_id,
    displayName: row.display_name,
    role: row.role,
    status: row.status,
    joinedAt: row.joined_at,
    createdAt: row.created_at,
  };
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export interface MemberPage {
  rows: MemberRecord[];
  hasNextPage: boolean;
}

@Injectable()
export class MembershipsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(communityId: string, userId: string, manager: EntityManager): Promise<MembershipEntity | null> {
    const rows: MembershipRow[] = await manager.query(
      'SELECT * FROM memberships WHERE community_id = $1 AND user_id = $2',
      [communityId, userId],
    );
    return rows[0] ? membershipFromRow(rows[0]) : null;
  }

  /** The person's membership with their display name; null when the person or the row does not exist. */
  async findMember(
    communityId: string,
    userId: string,
    manager?: EntityManager,
  ): Promise<MemberRecord | null> {
    const rows: MemberRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT m.community_id, m.user_id, u.display_name, m.role, m.status, m.joined_at, m.created_at
         FROM memberships m JOIN users u ON u.id = m.user_id
        WHERE m.community_id = $1 AND m.user_id = $2`,
      [communityId, userId],
    );
    return rows[0] ? memberFromRow(rows[0]) : null;
  }

  async insert(
    values: Pick<MembershipEntity, 'communityId' | 'userId' | 'role' | 'status'> &
      Partial<Pick<MembershipEntity, 'invitedBy' | 'decidedBy'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO memberships (community_id, user_id, role, status, invited_by, decided_by, joined_at)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $4 = 'active' THEN now() END)`,
      [
        values.communityId,
        values.userId,
        values.role,
        values.status,
        values.invitedBy ?? null,
        values.decidedBy ?? null,
      ],
    );
  }

  /** Becoming active stamps `joined_at`; other changes keep it. */
  async update(
    communityId: string,
    userId: string,
    changes: { role?: MembershipRole; status?: MembershipStatus; decidedBy?: string | null },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE memberships
          SET role = COALESCE($3, role),
              status = COALESCE($4, status),
              decided_by = CASE WHEN $5::boolean THEN $6::uuid ELSE decided_by END,
              joined_at = CASE WHEN $4 = 'active' AND status <> 'active' THEN now() ELSE joined_at END,
              updated_at = now()
        WHERE community_id = $1 AND user_id = $2`,
      [
        communityId,
        userId,
        changes.role ?? null,
        changes.status ?? null,
        changes.decidedBy !== undefined,
        changes.decidedBy ?? null,
      ],
    );
  }

  async delete(communityId: string, userId: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM memberships WHERE community_id = $1 AND user_id = $2', [
      communityId,
      userId,
    ]);
  }

  /** Active owners; call with the community locked (see CommunitiesRepository.lockBySlug). */
  async ownerIds(communityId: string, manager: EntityManager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT user_id FROM memberships WHERE community_id = $1 AND status = 'active' AND role = 'owner'`,
      [communityId],
    );
    return rows.map((row) => row.user_id);
  }

  /** Active owners and moderators: who is told about join requests. */
  async moderatorIds(communityId: string, manager: EntityManager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await manager.query(
      `SELECT user_id FROM memberships
        WHERE community_id = $1 AND status = 'active' AND role IN ('owner', 'moderator')`,
      [communityId],
    );
    return rows.map((row) => row.user_id);
  }

  /** Active members whose account is active, per community, in one query. */
  async memberCounts(communityIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ community_id: string; n: number }> = await this.dataSource.query(
      `SELECT m.community_id, count(*)::int AS n
         FROM memberships m JOIN users u ON u.id = m.user_id AND u.status = 'active'
        WHERE m.community_id = ANY($1::uuid[]) AND m.status = 'active'
        GROUP BY m.community_id`,
      [communityIds],
    );
    return new Map(rows.map((row) => [row.community_id, row.n]));
  }

  /**
   * One page of active members (oldest members first, keyset on joined_at and user id) for each of many
   * communities, in one query. Deactivated people are left out, as everywhere outside admin screens.
   */
  membersPages(
    communityIds: readonly string[],
    first: number,
    after: KeysetPosition | null,
  ): Promise<Map<string, MemberPage>> {
    return this.pagesOf(communityIds, 'active', 'joined_at', first, after);
  }

  /** One page of pending join requests (oldest first) for each of many communities, in one query. */
  joinRequestPages(
    communityIds: readonly string[],
    first: number,
    after: KeysetPosition | null,
  ): Promise<Map<string, MemberPage>> {
    return this.pagesOf(communityIds, 'pending', 'created_at', first, after);
  }

  private async pagesOf(
    communityIds: readonly string[],
    status: MembershipStatus,
    orderColumn: 'joined_at' | 'created_at',
    first: number,
    after: KeysetPosition | null,
  ): Promise<Map<string, MemberPage>> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT page.* FROM unnest($1::uuid[]) AS wanted(id)
        CROSS JOIN LATERAL (
          SELECT m.community_id, m.user_id, u.display_name, m.role, m.status, m.joined_at, m.created_at
            FROM memberships m JOIN users u ON u.id = m.user_id AND u.status = 'active'
           WHERE m.community_id = wanted.id AND m.status = $2
             AND (m.${orderColumn}, m.user_id) > ($4::timestamptz, $5::uuid)
           ORDER BY m.${orderColumn}, m.user_id
           LIMIT $3
        ) page`,
      // Without a cursor, start before everything: one plan whether or not a cursor is given.
      [communityIds, status, first + 1, after?.at ?? '-infinity', after?.id ?? NIL_UUID],
    );
    const pages = new Map<string, MemberPage>(
      communityIds.map((id) => [id, { rows: [], hasNextPage: false }]),
    );
    for (const row of rows) pages.get(row.community_id)!.rows.push(memberFromRow(row));
    for (const page of pages.values()) {
      page.hasNextPage = page.rows.length > first;
      page.rows = page.rows.slice(0, first);
    }
    return pages;
  }

  /** The memberships of these people in one community. */
  async membershipsOf(
    communityId: string,
    userIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, MembershipEntity>> {
    const rows: MembershipRow[] = await (manager ?? this.dataSource.manager).query(
      'SELECT * FROM memberships WHERE community_id = $1 AND user_id = ANY($2::uuid[])',
      [communityId, userIds],
    );
    return new Map(rows.map((row) => [row.user_id, membershipFromRow(row)]));
  }

  /** Whether the person has an active account (the target of an invitation, a role change, a ban). */
  async userIsActive(userId: string, manager: EntityManager): Promise<boolean> {
    const rows: Array<{ ok: boolean }> = await manager.query(
      `SELECT true AS ok FROM users WHERE id = $1 AND status = 'active'`,
      [userId],
    );
    return rows.length > 0;
  }

  /** Whether the person has an account, active or not (a ban may target a deactivated account). */
  async userExists(userId: string, manager: EntityManager): Promise<boolean> {
    const rows: Array<{ ok: boolean }> = await manager.query('SELECT true AS ok FROM users WHERE id = $1', [
      userId,
    ]);
    return rows.length > 0;
  }
}
