import { conflict, DomainError, ErrorCode, forbidden } from '@relais/common';

/** Why the content context refused something, in `extensions.reason` beside the error code. */
export enum ContentErrorReason {
  /** Only active members post, comment and react in a community. */
  MEMBERS_ONLY = 'MEMBERS_ONLY',
  /** Announcements are made by a community's moderators, in their community. */
  ANNOUNCEMENT_NEEDS_MODERATOR = 'ANNOUNCEMENT_NEEDS_MODERATOR',
  /** An archived community is read-only. */
  COMMUNITY_ARCHIVED = 'COMMUNITY_ARCHIVED',
  NOT_AUTHOR = 'NOT_AUTHOR',
  NOT_MODERATOR = 'NOT_MODERATOR',
  NOT_A_QUESTION = 'NOT_A_QUESTION',
  NOT_IN_A_COMMUNITY = 'NOT_IN_A_COMMUNITY',
  PIN_LIMIT = 'PIN_LIMIT',
  DUPLICATE_REACTION = 'DUPLICATE_REACTION',
  ALREADY_FOLLOWING = 'ALREADY_FOLLOWING',
  CANNOT_FOLLOW_SELF = 'CANNOT_FOLLOW_SELF',
}

export const contentForbidden = (message: string, reason: ContentErrorReason): DomainError =>
  forbidden(message, reason);

export const contentConflict = (message: string, reason: ContentErrorReason): DomainError =>
  conflict(message, reason);

export const contentBadInput = (
  message: string,
  reason: ContentErrorReason,
  fields?: Record<string, string[]>,
): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, { reason, ...(fields ? { fields } : {}) });

export const membersOnly = (what: string): DomainError =>
  contentForbidden(
    `Only members of this community can ${what}. Join the community first.`,
    ContentErrorReason.MEMBERS_ONLY,
  );

export const communityArchived = (): DomainError =>
  contentForbidden(
    'This community is archived: it can be read but nothing can be added or changed in it.',
    ContentErrorReason.COMMUNITY_ARCHIVED,
  );
