import type { NotificationKind, NotificationSubjectType } from '../../gql/graphql';

export interface NotificationFacts {
  id: string;
  kind: NotificationKind;
  subjectType: NotificationSubjectType;
  subjectId: string;
  /** A JSON object of ids and flags, e.g. {"postId": "…"} or {"approved": true}. */
  data: string;
  /** For a community notification: the community as the person sees it now. */
  community?: { slug: string } | null;
}

export interface NotificationDescription {
  /** Key of the sentence under `sentence.` in the notifications messages. */
  sentence: string;
  /** The reaction's kind, for REACTION_KIND. */
  reaction?: string;
  /** The slug of the topic a question is on, for EXPERT_QUESTION. */
  topic?: string;
  /** Where the notification leads; null when the subject cannot be reached from here. */
  href: string | null;
}

function parseData(data: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(data);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

const REACTIONS = ['like', 'celebrate', 'support', 'insightful', 'curious'];

/** Which sentence tells a notification, and where it leads. */
export function describeNotification(notification: NotificationFacts): NotificationDescription {
  const data = parseData(notification.data);
  const topic = topicOf(notification, data);
  return {
    sentence: sentenceOf(notification, data),
    reaction: reactionOf(notification, data),
    ...(topic ? { topic } : {}),
    href: hrefOf(notification, data),
  };
}

function sentenceOf(notification: NotificationFacts, data: Record<string, unknown>): string {
  switch (notification.kind) {
    case 'MENTION':
      return notification.subjectType === 'COMMENT' ? 'MENTION_COMMENT' : 'MENTION_POST';
    case 'REACTION':
      return reactionOf(notification, data) ? 'REACTION_KIND' : 'REACTION';
    case 'JOIN_DECISION': {
      return data.approved === true ? 'JOIN_APPROVED' : 'JOIN_DENIED';
    }
    case 'EXPERT_QUESTION':
      return topicOf(notification, data) ? 'EXPERT_QUESTION' : 'EXPERT_QUESTION_ANY';
    case 'REPLY':
    case 'ACCEPTED_ANSWER':
    case 'INVITATION':
    case 'JOIN_REQUEST':
      return notification.kind;
    default:
      return 'OTHER';
  }
}

function reactionOf(notification: NotificationFacts, data: Record<string, unknown>): string | undefined {
  if (notification.kind !== 'REACTION' || typeof data.reaction !== 'string') return undefined;
  const kind = data.reaction.toLowerCase();
  return REACTIONS.includes(kind) ? kind : undefined;
}

/** A topic's slug as the taxonomy writes them; anything else is not shown. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function topicOf(notification: NotificationFacts, data: Record<string, unknown>): string | undefined {
  if (notification.kind !== 'EXPERT_QUESTION' || typeof data.topic !== 'string') return undefined;
  return SLUG.test(data.topic) && data.topic.length <= 80 ? data.topic : undefined;
}

function hrefOf(notification: NotificationFacts, data: Record<string, unknown>): string | null {
  const id = encodeURIComponent(notification.subjectId);
  switch (notification.subjectType) {
    case 'POST':
      return `/posts/${id}`;
    case 'COMMENT':
      return typeof data.postId === 'string'
        ? `/posts/${encodeURIComponent(data.postId)}#comment-${id}`
        : null;
    case 'COMMUNITY':
      return notification.community
        ? `/c/${encodeURIComponent(notification.community.slug)}`
        : '/communities';
    default:
      return null;
  }
}
