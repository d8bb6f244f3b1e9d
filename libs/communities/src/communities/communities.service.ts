import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IndexedChangesService } from '@relais/jobs';
import { renderMarkdown } from '@relais/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import {
  archivedCommunity,
  communityBadInput,
  communityConflict,
  CommunityErrorReason,
  communityForbidden,
  communityNotFound,
  unknownTopics,
} from '../communities-errors';
import { listCursor } from '../common/list-cursor';
import { MembershipsRepository } from '../memberships/memberships.repository';
import type { CommunityVisibility } from '../visibility/community-access';
import {
  blockedByArchive,
  CommunityAccessService,
  CommunityViewer,
  CommunityWithAccess,
} from '../visibility/community-access.service';
import { CommunitiesRepository, CommunityListFilter } from './communities.repository';
import { secretSlug, slugFromName } from './community-slug';

export const COMMUNITIES_CURSOR = 'communities';

export interface CreateCommunity {
  name: string;
  slug?: string | undefined;
  description?: string | undefined;
  visibility: CommunityVisibility;
  topics?: readonly string[] | undefined;
}

export interface UpdateCommunity {
  name?: string | undefined;
  description?: string | undefined;
  visibility?: CommunityVisibility | undefined;
  topics?: readonly string[] | undefined;
}

export interface CommunityPage {
  rows: CommunityWithAccess[];
  hasNextPage: boolean;
  endCursor: string | null;
}

@Injectable()
export class CommunitiesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly indexed: IndexedChangesService,
    private readonly communities: CommunitiesRepository,
    private readonly memberships: MembershipsRepository,
    private readonly access: CommunityAccessService,
  ) {}

  /** Newest first; only what the viewer may see, decided in SQL and checked again on every row. */
  async page(
    viewer: CommunityViewer,
    filter: CommunityListFilter,
    first: number,
    after: string | null | undefined,
  ): Promise<CommunityPage> {
    const position = listCursor.decodeAfter(COMMUNITIES_CURSOR, after);
    const { rows, hasNextPage } = await this.communities.page(viewer.userId, filter, first, position);
    const decided = rows.map((row) => this.access.decide(viewer, row));
    const last = rows[rows.length - 1]?.community;
    return {
      // The SQL already kept only visible communities; the filter is the second lock on the same door.
      rows: decided.filter((row) => row.access.see),
      hasNextPage,
      endCursor: last ? listCursor.encode(COMMUNITIES_CURSOR, { at: last.createdAt, id: last.id }) : null,
    };
  }

  /** NOT_FOUND, worded as for a slug that does not exist, when the viewer may not see it. */
  async getBySlug(viewer: CommunityViewer, slug: string): Promise<CommunityWithAccess> {
    const found = await this.access.accessBySlug(viewer, slug);
    if (!found) throw communityNotFound();
    return found;
  }

  /** The creator becomes its owner. */
  async create(viewer: CommunityViewer, input: CreateCommunity): Promise<CommunityWithAccess> {
    const name = input.name.trim();
    const description = input.description ?? '';
    const created = await this.dataSource
      .transaction(async (manager) => {
        const topicIds = await this.topicIds(input.topics ?? [], manager);
        const slug = await this.newSlug(name, input.slug, input.visibility, manager);
        const community = await this.communities.insert(
          {
            slug,
            name,
            descriptionMarkdown: description,
            descriptionHtml: renderMarkdown(description).html,
            visibility: input.visibility,
            createdBy: viewer.userId,
          },
          manager,
        );
        await this.memberships.insert(
          { communityId: community.id, userId: viewer.userId, role: 'owner', status: 'active' },
          manager,
        );
        await this.communities.replaceTopics(community.id, topicIds, manager);
        await this.indexed.record(manager, { communities: [community.id], people: [viewer.userId] });
        return community;
      })
      .catch(slugTakenAsConflict);
    return this.getBySlug(viewer, created.slug);
  }

  /** Owners only; a community that becomes secret gets an unguessable slug. */
  async update(viewer: CommunityViewer, slug: string, input: UpdateCommunity): Promise<CommunityWithAccess> {
    const newSlug = await this.dataSource.transaction(async (manager) => {
      const found = await this.access.lockForViewer(viewer, slug, manager);
      const { community, access } = found;
      if (!access.own) {
        if (blockedByArchive(found, 'own')) throw archivedCommunity();
        throw communityForbidden(
          'Only the owners of this community can change its settings.',
          CommunityErrorReason.NOT_OWNER,
        );
      }
      const topicIds = input.topics ? await this.topicIds(input.topics, manager) : undefined;
      const becomesSecret = input.visibility === 'secret' && community.visibility !== 'secret';
      const description = input.description;
      const changes = {
        name: input.name?.trim(),
        descriptionMarkdown: description,
        descriptionHtml: description === undefined ? undefined : renderMarkdown(description).html,
        visibility: input.visibility,
        slug: becomesSecret ? secretSlug(community.slug) : undefined,
      };
      await this.communities.update(community.id, changes, manager);
      if (topicIds) await this.communities.replaceTopics(community.id, topicIds, manager);
      const visibilityChanged = input.visibility !== undefined && input.visibility !== community.visibility;
      await this.indexed.record(manager, {
        communities: [community.id],
        communityContent: visibilityChanged ? [community.id] : [],
      });
      return changes.slug ?? community.slug;
    });
    return this.getBySlug(viewer, newSlug);
  }

  /** Owners or administrators; archived communities are read-only until unarchived. */
  async setArchived(viewer: CommunityViewer, slug: string, archived: boolean): Promise<CommunityWithAccess> {
    await this.dataSource.transaction(async (manager) => {
      const { community, access } = await this.access.lockForViewer(viewer, slug, manager);
      if (!access.archive) {
        throw communityForbidden(
          `Only the owners of this community or an administrator can ${archived ? 'archive' : 'unarchive'} it.`,
          CommunityErrorReason.NOT_OWNER,
        );
      }
      if (archived && community.archivedAt) throw archivedCommunity();
      if (!archived && !community.archivedAt) {
        throw communityConflict('This community is not archived.', CommunityErrorReason.NOT_ARCHIVED);
      }
      await this.communities.update(community.id, { archivedAt: archived ? new Date() : null }, manager);
      await this.indexed.record(manager, { communities: [community.id] });
    });
    return this.getBySlug(viewer, slug);
  }

  /** Administrators (checked by the resolver), on a community they can see. */
  async setOfficial(viewer: CommunityViewer, slug: string, official: boolean): Promise<CommunityWithAccess> {
    await this.dataSource.transaction(async (manager) => {
      const { community, access } = await this.access.lockForViewer(viewer, slug, manager);
      if (!access.setOfficial) {
        throw communityForbidden(
          'Only an administrator can mark a community as official.',
          CommunityErrorReason.NOT_OWNER,
        );
      }
      await this.communities.update(community.id, { official }, manager);
      await this.indexed.record(manager, { communities: [community.id] });
    });
    return this.getBySlug(viewer, slug);
  }

  topicSlugsOf(communityIds: readonly string[]): Promise<Map<string, string[]>> {
    return this.communities.topicSlugsOf(communityIds);
  }

  private async topicIds(slugs: readonly string[], manager: EntityManager): Promise<string[]> {
    const unique = [...new Set(slugs)];
    const found = await this.communities.topicIdsBySlug(unique, manager);
    const missing = unique.filter((slug) => !found.has(slug));
    if (missing.length) throw unknownTopics(missing);
    return unique.map((slug) => found.get(slug)!);
  }

  /**
   * A slug given by the creator must be free. A derived one takes the first free of name, name-2, name-3...
   * A secret community's always ends in a random suffix (see community-slug.ts).
   */
  private async newSlug(
    name: string,
    given: string | undefined,
    visibility: CommunityVisibility,
    manager: EntityManager,
  ): Promise<string> {
    const base = given ?? slugFromName(name);
    if (!base) {
      throw communityBadInput(
        'This name has no letter or digit to build the community’s address from: give a slug, e.g. data-science.',
        CommunityErrorReason.SLUG_REQUIRED,
        'slug',
      );
    }
    if (visibility === 'secret') return secretSlug(base);
    if (given) {
      if ((await this.communities.takenSlugs([given], manager)).size) throw slugTaken();
      return given;
    }
    const candidates = [base, ...Array.from({ length: 19 }, (_, i) => `${base}-${i + 2}`)];
    const taken = await this.communities.takenSlugs(candidates, manager);
    return candidates.find((candidate) => !taken.has(candidate)) ?? secretSlug(base);
  }
}

function slugTaken() {
  return communityConflict(
    'Another community already uses this slug. Choose another one, or leave it out to derive one from the name.',
    CommunityErrorReason.SLUG_TAKEN,
  );
}

/** Two creations racing for one slug: the database's unique index decides, the loser gets a clear answer. */
function slugTakenAsConflict(error: unknown): never {
  if (
    error instanceof QueryFailedError &&
    (error.driverError as { constraint?: string } | undefined)?.constraint === 'communities_slug_key'
  ) {
    throw slugTaken();
  }
  throw error;
}
