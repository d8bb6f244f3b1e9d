import { CommunityAccess, communityAccess, CommunityFacts } from '@relais/communities';

/**
 * Who may read and do what with a post: the one place these rules live. Lists and feeds apply the same
 * read rule in SQL (post-visibility.sql.ts), and a test checks the two agree on every combination.
 *
 * - A deleted post exists for nobody.
 * - A profile post (no community) is read by everyone while its author is active; once the author is
 *   deactivated, only admins read it (a deactivated person's profile is hidden from non-admins).
 * - A community post is read by whoever may read the community's content (`communityAccess().readContent`):
 *   everyone for an open community, active members for private and secret ones. Platform admins get nothing
 *   more here: a secret community stays secret.
 * - Only members (`participate`) comment and react in a community; anyone who reads a profile post may.
 * - An archived community is read-only for everyone, its author and moderators included.
 */
export type PostKind = 'discussion' | 'question' | 'best_practice' | 'announcement';
export type PostClassification = 'public_eligible' | 'internal' | 'confidential';

export interface PostViewer {
  userId: string;
  isAdmin: boolean;
}

export interface PostFacts {
  authorId: string;
  authorActive: boolean;
  kind: PostKind;
  deleted: boolean;
  /** The community and the viewer's membership in it; null for a profile post. */
  community: CommunityFacts | null;
}

export interface PostAccess {
  read: boolean;
  comment: boolean;
  react: boolean;
  edit: boolean;
  delete: boolean;
  pin: boolean;
  acceptAnswer: boolean;
}

const NOTHING: PostAccess = {
  read: false,
  comment: false,
  react: false,
  edit: false,
  delete: false,
  pin: false,
  acceptAnswer: false,
};

export function postAccess(post: PostFacts, viewer: PostViewer): PostAccess {
  if (post.deleted) return NOTHING;
  const isAuthor = post.authorId === viewer.userId;
  if (!post.community) {
    const read = post.authorActive || viewer.isAdmin;
    if (!read) return NOTHING;
    return {
      read,
      comment: true,
      react: true,
      edit: isAuthor,
      delete: isAuthor,
      pin: false,
      acceptAnswer: isAuthor && post.kind === 'question',
    };
  }
  const community = communityAccess(post.community);
  if (!community.readContent) return NOTHING;
  const writable = !post.community.archived;
  return {
    read: true,
    comment: community.participate,
    react: community.participate,
    edit: isAuthor && community.participate,
    delete: (isAuthor && writable) || community.moderate,
    pin: community.moderate,
    acceptAnswer: post.kind === 'question' && ((isAuthor && writable) || community.moderate),
  };
}

/** What a reader of a post may do with one of its comments. */
export interface CommentAccess {
  edit: boolean;
  delete: boolean;
}

/**
 * A comment is edited by its author while they may still comment on the post (`postAccess().comment`: a
 * member of a writable community, anyone who reads a profile post); deleted by its author unless the community
 * is archived, or by a moderator of the community.
 */
export function commentAccess(post: PostFacts, commentAuthorId: string, viewer: PostViewer): CommentAccess {
  const access = postAccess(post, viewer);
  if (!access.read) return { edit: false, delete: false };
  const isAuthor = commentAuthorId === viewer.userId;
  if (!post.community) return { edit: isAuthor, delete: isAuthor };
  const community = communityAccess(post.community);
  return {
    edit: isAuthor && access.comment,
    delete: (isAuthor && !post.community.archived) || community.moderate,
  };
}

/** Why a post cannot be created where it was asked; `null` when it can. */
export type PostCreationRefusal =
  'community_not_found' | 'members_only' | 'community_archived' | 'announcement_needs_moderator';

/**
 * Profile posts are written by their author only (the API has no way to post on someone else's profile);
 * community posts by its members; announcements by the community's moderators, and never on a profile.
 */
export function postCreationRefusal(
  community: CommunityFacts | null,
  kind: PostKind,
): PostCreationRefusal | null {
  if (!community) return kind === 'announcement' ? 'announcement_needs_moderator' : null;
  const access: CommunityAccess = communityAccess(community);
  if (!access.see) return 'community_not_found';
  if (community.archived) return 'community_archived';
  if (!access.participate) return 'members_only';
  if (kind === 'announcement' && !access.moderate) return 'announcement_needs_moderator';
  return null;
}

/**
 * Whether a post may ever be proposed for publication outside the organisation. Confidential and internal
 * posts never are; a public-eligible post still needs its author's consent and a reviewer's approval.
 */
export function isExternallyEligible(post: {
  classification: PostClassification;
  deleted: boolean;
}): boolean {
  return !post.deleted && post.classification === 'public_eligible';
}
