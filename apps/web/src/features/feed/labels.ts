import type { PostClassification, PostKind, ReactionKind } from '../../gql/graphql';

/** In the order the composer offers them; ANNOUNCEMENT is for a community's moderators. */
export const POST_KINDS: readonly PostKind[] = ['DISCUSSION', 'QUESTION', 'BEST_PRACTICE', 'ANNOUNCEMENT'];

export const CLASSIFICATIONS: readonly PostClassification[] = ['INTERNAL', 'PUBLIC_ELIGIBLE', 'CONFIDENTIAL'];

export const REACTION_KINDS: readonly ReactionKind[] = [
  'LIKE',
  'CELEBRATE',
  'SUPPORT',
  'INSIGHTFUL',
  'CURIOUS',
];

/** The event a composer sends when a post is created, so that every feed on the page can show it. */
export const POST_CREATED_EVENT = 'relais:post-created';
