import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { MembershipRole, MembershipStatus } from '../visibility/community-access';

@Entity({ name: 'memberships' })
export class MembershipEntity {
  @PrimaryColumn({ name: 'community_id', type: 'uuid' })
  communityId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  /** Meaningful while the membership is active; `member` for requests and invitations. */
  @Column({ type: 'text', default: 'member' })
  role!: MembershipRole;

  @Column({ type: 'text' })
  status!: MembershipStatus;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  /** The moderator who approved the request or banned the person. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ name: 'joined_at', type: 'timestamptz', precision: 3, nullable: true })
  joinedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** A `memberships` row as `SELECT m.*` returns it. */
export interface MembershipRow {
  community_id: string;
  user_id: string;
  role: MembershipRole;
  status: MembershipStatus;
  invited_by: string | null;
  decided_by: string | null;
  joined_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export function membershipFromRow(row: MembershipRow): MembershipEntity {
  return Object.assign(new MembershipEntity(), {
    communityId: row.community_id,
    userId: row.user_id,
    role: row.role,
    status: row.status,
    invitedBy: row.invited_by,
    decidedBy: row.decided_by,
    joinedAt: row.joined_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
