import { Injectable } from '@nestjs/common';
import { DataLoaderBag } from '@relais/common';
import {
  CommunityAccessService,
  CommunityFacts,
  CommunityVisibility,
  CommunityWithAccess,
} from '@relais/communities';
import { hasRole, Role, Viewer } from '@relais/identity';
import type DataLoader from 'dataloader';
import { EntityManager } from 'typeorm';

/** What a post shows of its community. */
export interface CommunitySummary {
  id: string;
  slug: string;
  name: string;
  visibility: CommunityVisibility;
}

/** A community the viewer can see, and what `communityAccess()` knows about the viewer in it. */
export interface ViewerCommunity {
  community: CommunitySummary;
  facts: CommunityFacts;
}

/**
 * Content's door to the communities context: whether a viewer sees a community and what their membership
 * is there, always through its CommunityAccessService (the rules stay in one place). A community the viewer
 * may not see comes back as null.
 */
@Injectable()
export class CommunityGateway {
  constructor(private readonly access: CommunityAccessService) {}

  async forViewer(viewer: Viewer, id: string, manager?: EntityManager): Promise<ViewerCommunity | null> {
    const found = await this.access.accessFor(viewer, id, manager);
    return found ? toViewerCommunity(found, viewer) : null;
  }

  async bySlug(viewer: Viewer, slug: string): Promise<ViewerCommunity | null> {
    const found = await this.access.accessBySlug(viewer, slug);
    return found ? toViewerCommunity(found, viewer) : null;
  }

  /** Per request, shared with the communities context's own fields: a page of posts costs one query. */
  loader(loaders: DataLoaderBag, viewer: Viewer): Pick<DataLoader<string, ViewerCommunity | null>, 'load'> {
    const communities = this.access.loader(loaders, viewer);
    return {
      load: async (id: string) => {
        const found = await communities.load(id);
        return found ? toViewerCommunity(found, viewer) : null;
      },
    };
  }
}

function toViewerCommunity(found: CommunityWithAccess, viewer: Viewer): ViewerCommunity {
  const { community, membership } = found;
  return {
    community: {
      id: community.id,
      slug: community.slug,
      name: community.name,
      visibility: community.visibility,
    },
    facts: {
      visibility: community.visibility,
      archived: community.archivedAt !== null,
      membership,
      viewerIsAdmin: hasRole(viewer, Role.ADMIN),
    },
  };
}

/**
 * The facts of a community the viewer may not see: nothing can be read or done in it. Used where a post
 * points at such a community, so the post rule answers "not found".
 */
export const UNSEEN_COMMUNITY: CommunityFacts = { visibility: 'secret', archived: false, membership: null };
