import { DomainError, ErrorCode, notFound } from '@relais/common';

/** Why the communities context refused a request, in `extensions.reason` beside the GraphQL error code. */
export enum CommunityErrorReason {
  /** The change would leave the community without an owner. */
  LAST_OWNER = 'LAST_OWNER',
  /** The community is archived: nothing in it changes until it is unarchived. */
  ARCHIVED = 'ARCHIVED',
  NOT_ARCHIVED = 'NOT_ARCHIVED',
  SLUG_TAKEN = 'SLUG_TAKEN',
  /** A name with nothing to build a slug from, and no slug given. */
  SLUG_REQUIRED = 'SLUG_REQUIRED',
  UNKNOWN_TOPIC = 'UNKNOWN_TOPIC',
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  NOT_MEMBER = 'NOT_MEMBER',
  REQUEST_PENDING = 'REQUEST_PENDING',
  ALREADY_INVITED = 'ALREADY_INVITED',
  NOT_INVITED = 'NOT_INVITED',
  BANNED = 'BANNED',
  ALREADY_BANNED = 'ALREADY_BANNED',
  /** Joining a private community directly, or a secret one without accepting the invitation. */
  APPROVAL_REQUIRED = 'APPROVAL_REQUIRED',
  /** Asking to join a community that needs no approval. */
  OPEN_COMMUNITY = 'OPEN_COMMUNITY',
  NOT_MODERATOR = 'NOT_MODERATOR',
  NOT_OWNER = 'NOT_OWNER',
  SELF_BAN = 'SELF_BAN',
}

/**
 * The one answer for a community that does not exist and for one the viewer may not see: the same code and
 * the same words, naming nothing the request did not already contain.
 */
export const communityNotFound = () => notFound('This community');

export const communityConflict = (message: string, reason: CommunityErrorReason) =>
  new DomainError(ErrorCode.CONFLICT, message, { reason });

export const communityForbidden = (message: string, reason: CommunityErrorReason) =>
  new DomainError(ErrorCode.FORBIDDEN, message, { reason });

export const communityBadInput = (message: string, reason: CommunityErrorReason, field?: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, {
    reason,
    ...(field ? { fields: { [field]: [message] } } : {}),
  });

export const archivedCommunity = () =>
  communityConflict(
    'This community is archived, so it is read-only. An owner or an administrator can unarchive it.',
    CommunityErrorReason.ARCHIVED,
  );

export function unknownTopics(slugs: readonly string[]): DomainError {
  const list = slugs.map((slug) => `"${slug}"`).join(', ');
  return new DomainError(
    ErrorCode.BAD_USER_INPUT,
    `${slugs.length === 1 ? 'There is no topic' : 'There are no topics'} ${list}. ` +
      'Pick topics from the list (query topics) or ask an administrator to add them.',
    {
      reason: CommunityErrorReason.UNKNOWN_TOPIC,
      fields: { topics: slugs.map((slug) => `unknown topic ${slug}`) },
    },
  );
}
