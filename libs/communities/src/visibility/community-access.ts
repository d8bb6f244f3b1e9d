/**
 * Who may see and do what in a community: the one place these rules live. Lists apply the same rules in
 * SQL (community-access.sql.ts), and a test checks the two agree on every combination.
 *
 * - open: everyone sees it and reads its content; members participate.
 * - private: everyone sees its name and description; only active members read content and participate.
 * - secret: it does not exist for anyone but its active members and the people invited to it — platform
 *   admins included, so a secret HR or works-council group stays secret.
 * A banned person is an outsider. An archived community is read-only for everyone: nobody joins, posts,
 * moderates or changes its settings, but people may still leave it, and its owners or an admin may
 * unarchive it.
 * Being a platform admin gives no content right: only archiving and the official flag, and only on a
 * community the admin can see.
 */
export type CommunityVisibility = 'open' | 'private' | 'secret';
export type MembershipRole = 'owner' | 'moderator' | 'member';
export type MembershipStatus = 'active' | 'pending' | 'invited' | 'banned';

export const COMMUNITY_VISIBILITIES: readonly CommunityVisibility[] = ['open', 'private', 'secret'];
export const MEMBERSHIP_ROLES: readonly MembershipRole[] = ['owner', 'moderator', 'member'];
export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = ['active', 'pending', 'invited', 'banned'];

export interface ViewerMembership {
  role: MembershipRole;
  status: MembershipStatus;
}

export interface CommunityFacts {
  visibility: CommunityVisibility;
  archived: boolean;
  /** The viewer's membership row, if any. */
  membership: ViewerMembership | null;
  /** The viewer holds the platform's admin role. Absent means no: rights fail closed. */
  viewerIsAdmin?: boolean;
}

export interface CommunityAccess {
  /** It exists for the viewer: listed, found by slug or id, counted, named in notifications. */
  see: boolean;
  /** Posts, comments, reactions, the member list and the member count. */
  readContent: boolean;
  /** Post, comment, react. */
  participate: boolean;
  /** Pin, delete others' posts, decide join requests, invite, ban. */
  moderate: boolean;
  /** Settings (name, description, visibility, topics) and roles. */
  own: boolean;
  /** The moderators' side: join requests and the description's markdown source. Kept after archiving. */
  readModeration: boolean;
  join: boolean;
  requestToJoin: boolean;
  acceptInvite: boolean;
  /** Leave, withdraw one's request or decline one's invitation (the last owner is refused by the service). */
  leave: boolean;
  /** Archive or unarchive. */
  archive: boolean;
  /** Mark official or not. */
  setOfficial: boolean;
}

export function communityAccess(facts: CommunityFacts): CommunityAccess {
  const status = facts.membership?.status;
  const active = status === 'active';
  const role = active ? facts.membership!.role : null;
  const owner = role === 'owner';
  const moderator = owner || role === 'moderator';
  const admin = facts.viewerIsAdmin === true;
  const writable = !facts.archived;
  const see = facts.visibility !== 'secret' || active || status === 'invited';
  return {
    see,
    readContent: see && (facts.visibility === 'open' || active),
    participate: active && writable,
    moderate: moderator && writable,
    own: owner && writable,
    readModeration: moderator,
    join:
      facts.visibility === 'open' &&
      writable &&
      (status === undefined || status === 'invited' || status === 'pending'),
    requestToJoin: facts.visibility === 'private' && writable && status === undefined,
    acceptInvite: status === 'invited' && writable,
    leave: see && (active || status === 'pending' || status === 'invited'),
    archive: see && (owner || admin),
    setOfficial: see && admin,
  };
}

/**
 * Whether `action` is refused only because the community is archived: the answer is then "archived,
 * read-only", not "you may not".
 */
export function refusedOnlyForArchive(facts: CommunityFacts, action: keyof CommunityAccess): boolean {
  return (
    facts.archived &&
    !communityAccess(facts)[action] &&
    communityAccess({ ...facts, archived: false })[action]
  );
}
