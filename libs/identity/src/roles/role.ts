/** What a person may do beyond being a member. Every active person is a member. */
export enum Role {
  MEMBER = 'member',
  COMMUNITY_MANAGER = 'community_manager',
  COMMS_REVIEWER = 'comms_reviewer',
  ADMIN = 'admin',
  AUDITOR = 'auditor',
}

/** Roles stored as grants; `member` is implied by an active account. */
export const GRANTABLE_ROLES: readonly Role[] = [
  Role.COMMUNITY_MANAGER,
  Role.COMMS_REVIEWER,
  Role.ADMIN,
  Role.AUDITOR,
];

export function isRole(value: string): value is Role {
  return (Object.values(Role) as string[]).includes(value);
}
