import { DomainError, ErrorCode } from '@relais/common';

/** Why the people context refused a request, in `extensions.reason` beside the GraphQL error code. */
export enum PeopleErrorReason {
  /** A topic slug that is not in the taxonomy. */
  UNKNOWN_TOPIC = 'UNKNOWN_TOPIC',
  SELF_ENDORSEMENT = 'SELF_ENDORSEMENT',
  ALREADY_ENDORSED = 'ALREADY_ENDORSED',
  NOT_ENDORSED = 'NOT_ENDORSED',
  /** Endorsing someone on a topic they do not list as expertise, ask-me or mentor. */
  TOPIC_NOT_LISTED = 'TOPIC_NOT_LISTED',
  PERSON_DEACTIVATED = 'PERSON_DEACTIVATED',
  /** A parent change or a merge that would put a topic under itself. */
  TOPIC_CYCLE = 'TOPIC_CYCLE',
  SLUG_TAKEN = 'SLUG_TAKEN',
  /** A label or synonym that already names another topic: hashtags and search would be ambiguous. */
  TERM_TAKEN = 'TERM_TAKEN',
  SAME_TOPIC = 'SAME_TOPIC',
}

export function unknownTopics(slugs: readonly string[], field: string): DomainError {
  const list = slugs.map((slug) => `"${slug}"`).join(', ');
  const message =
    slugs.length === 1
      ? `There is no topic ${list}. Pick a topic from the list (query topics) or ask an administrator to add it.`
      : `There are no topics ${list}. Pick topics from the list (query topics) or ask an administrator to add them.`;
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, {
    reason: PeopleErrorReason.UNKNOWN_TOPIC,
    fields: { [field]: slugs.map((slug) => `unknown topic ${slug}`) },
  });
}

export const peopleBadInput = (message: string, reason: PeopleErrorReason, field?: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, {
    reason,
    ...(field ? { fields: { [field]: [message] } } : {}),
  });

export const peopleConflict = (message: string, reason: PeopleErrorReason) =>
  new DomainError(ErrorCode.CONFLICT, message, { reason });
