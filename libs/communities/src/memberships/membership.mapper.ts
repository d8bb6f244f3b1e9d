import { MembershipRoleValue, MembershipStatusValue } from '../communities/community-enums';
import { CommunityMemberModel, JoinRequestModel } from './membership.model';
import { MemberRecord } from './memberships.repository';

export function toCommunityMemberModel(member: MemberRecord): CommunityMemberModel {
  return {
    userId: member.userId,
    displayName: member.displayName,
    role: member.role as MembershipRoleValue,
    status: member.status as MembershipStatusValue,
    joinedAt: member.joinedAt,
  };
}

export function toJoinRequestModel(member: MemberRecord): JoinRequestModel {
  return { userId: member.userId, displayName: member.displayName, requestedAt: member.createdAt };
}
