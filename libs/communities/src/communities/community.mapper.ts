import { CommunityWithAccess } from '../visibility/community-access.service';
import { CommunityVisibilityValue, MembershipRoleValue, MembershipStatusValue } from './community-enums';
import { CommunityModel } from './community.model';

/**
 * Entity to GraphQL model, field by field, as the viewer may see it: a new column never reaches the API by
 * accident, and what depends on access is decided here once.
 */
export function toCommunityModel({ community, membership, access }: CommunityWithAccess): CommunityModel {
  // Callers only map what the viewer can see; a slip here would leak a secret community.
  if (!access.see) throw new Error(`toCommunityModel called for a community the viewer cannot see`);
  return {
    id: community.id,
    slug: community.slug,
    name: community.name,
    descriptionHtml: community.descriptionHtml,
    descriptionMarkdown: access.readModeration ? community.descriptionMarkdown : null,
    visibility: community.visibility as CommunityVisibilityValue,
    official: community.official,
    archived: community.archivedAt !== null,
    archivedAt: community.archivedAt,
    myMembership: membership
      ? { role: membership.role as MembershipRoleValue, status: membership.status as MembershipStatusValue }
      : null,
    viewerCan: {
      readContent: access.readContent,
      participate: access.participate,
      moderate: access.moderate,
      own: access.own,
      join: access.join,
      requestToJoin: access.requestToJoin,
      acceptInvite: access.acceptInvite,
      leave: access.leave,
      archive: access.archive,
      setOfficial: access.setOfficial,
    },
    createdAt: community.createdAt,
    access,
  };
}
