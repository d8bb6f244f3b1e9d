import { Injectable } from '@nestjs/common';
import { DataLoaderBag } from '@relais/common';
import { Role } from '@relais/identity';
import DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';
import { CommunityEntity } from '../communities/community.entity';
import { CommunitiesRepository, CommunityWithMembership } from '../communities/communities.repository';
import { communityNotFound } from '../communities-errors';
import { MembershipsRepository } from '../memberships/memberships.repository';
import {
  CommunityAccess,
  communityAccess,
  refusedOnlyForArchive,
  ViewerMembership,
} from './community-access';

/** Who is asking: a signed-in Viewer fits. Without roles, the viewer is taken for a non-admin. */
export interface CommunityViewer {
  userId: string;
  roles?: readonly Role[];
}

/** A community the viewer can see, with what they may do in it. */
export interface CommunityWithAccess {
  community: CommunityEntity;
  membership: ViewerMembership | null;
  access: CommunityAccess;
}

/** Whether the viewer is refused this action only because the community is archived. */
export function blockedByArchive(found: CommunityWithAccess, action: keyof CommunityAccess): boolean {
  return refusedOnlyForArchive(
    {
      visibility: found.community.visibility,
      archived: found.community.archivedAt !== null,
      membership: found.membership,
    },
    action,
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function viewerOf(viewer: CommunityViewer | string): CommunityViewer {
  return typeof viewer === 'string' ? { userId: viewer } : viewer;
}

function isAdmin(viewer: CommunityViewer): boolean {
  return viewer.roles?.includes(Role.ADMIN) ?? false;
}

/**
 * Applies communityAccess() to communities loaded by id or slug, for this context and the ones above it
 * (content asks it whether a viewer may read or post in a community). A community the viewer may not see
 * comes back as null, never as a refusal that would confirm it exists.
 */
@Injectable()
export class CommunityAccessService {
  constructor(
    private readonly communities: CommunitiesRepository,
    private readonly memberships: MembershipsRepository,
  ) {}

  decide(viewer: CommunityViewer | string, loaded: CommunityWithMembership): CommunityWithAccess {
    const access = communityAccess({
      visibility: loaded.community.visibility,
      archived: loaded.community.archivedAt !== null,
      membership: loaded.membership,
      viewerIsAdmin: isAdmin(viewerOf(viewer)),
    });
    return { ...loaded, access };
  }

  /** Null when the community does not exist or the viewer may not see it: answer NOT_FOUND then. */
  async accessFor(
    viewer: CommunityViewer | string,
    communityId: string,
    manager?: EntityManager,
  ): Promise<CommunityWithAccess | null> {
    return (await this.accessForMany(viewer, [communityId], manager)).get(communityId) ?? null;
  }

  /** In one query. Only the communities the viewer can see are in the map. */
  async accessForMany(
    viewer: CommunityViewer | string,
    communityIds: readonly string[],
    manager?: EntityManager,
  ): Promise<Map<string, CommunityWithAccess>> {
    const ids = [...new Set(communityIds.filter((id) => UUID.test(id)))];
    const loaded = await this.communities.findByIdsWithMembership(ids, viewerOf(viewer).userId, manager);
    const result = new Map<string, CommunityWithAccess>();
    for (const row of loaded) {
      const decided = this.decide(viewer, row);
      if (decided.access.see) result.set(row.community.id, decided);
    }
    return result;
  }

  async accessBySlug(viewer: CommunityViewer | string, slug: string): Promise<CommunityWithAccess | null> {
    const loaded = await this.communities.findBySlugWithMembership(slug, viewerOf(viewer).userId);
    if (!loaded) return null;
    const decided = this.decide(viewer, loaded);
    return decided.access.see ? decided : null;
  }

  /**
   * A per-request loader of communities by id as this viewer sees them (null: not visible), so a page of
   * posts resolves its communities in one query.
   */
  loader(loaders: DataLoaderBag, viewer: CommunityViewer): DataLoader<string, CommunityWithAccess | null> {
    return loaders.get<string, CommunityWithAccess | null>(
      `communities.accessById:${viewer.userId}`,
      async (ids) => {
        const found = await this.accessForMany(viewer, ids);
        return ids.map((id) => found.get(id) ?? null);
      },
    );
  }

  /**
   * Inside a transaction that changes the community or its memberships: locks the community, then reads the
   * viewer's membership (after the lock, so it is current) and decides. NOT_FOUND when the viewer may not
   * see it.
   */
  async lockForViewer(
    viewer: CommunityViewer,
    slug: string,
    manager: EntityManager,
  ): Promise<CommunityWithAccess> {
    const community = await this.communities.lockBySlug(slug, manager);
    if (!community) throw communityNotFound();
    const row = await this.memberships.find(community.id, viewer.userId, manager);
    const decided = this.decide(viewer, {
      community,
      membership: row ? { role: row.role, status: row.status } : null,
    });
    if (!decided.access.see) throw communityNotFound();
    return decided;
  }

  /**
   * Of these people, those who may read the community's content: whom a mention or a reply in it may
   * notify. Deactivated accounts are left to the notifier, which skips them.
   */
  async readersAmong(communityId: string, userIds: readonly string[]): Promise<string[]> {
    if (userIds.length === 0 || !UUID.test(communityId)) return [];
    const community = await this.communities.findById(communityId);
    if (!community) return [];
    const memberships = await this.memberships.membershipsOf(communityId, userIds);
    return userIds.filter((userId) => {
      const row = memberships.get(userId);
      return communityAccess({
        visibility: community.visibility,
        archived: community.archivedAt !== null,
        membership: row ? { role: row.role, status: row.status } : null,
      }).readContent;
    });
  }
}
