import { registerEnumType } from '@nestjs/graphql';

// GraphQL names in upper case, stored values in lower case, as the database and the domain write them.
export enum CommunityVisibilityValue {
  OPEN = 'open',
  PRIVATE = 'private',
  SECRET = 'secret',
}
export enum MembershipRoleValue {
  OWNER = 'owner',
  MODERATOR = 'moderator',
  MEMBER = 'member',
}
export enum MembershipStatusValue {
  ACTIVE = 'active',
  PENDING = 'pending',
  INVITED = 'invited',
  BANNED = 'banned',
}
registerEnumType(CommunityVisibilityValue, {
  name: 'CommunityVisibility',
  description:
    'OPEN: anyone reads and joins. PRIVATE: anyone sees its name and description; members are approved and ' +
    'alone read its content. SECRET: it exists only for its members and the people invited to it.',
});
registerEnumType(MembershipRoleValue, { name: 'MembershipRole' });
registerEnumType(MembershipStatusValue, {
  name: 'MembershipStatus',
  description: 'PENDING: asked to join a private community. INVITED: invited, not yet accepted.',
});
