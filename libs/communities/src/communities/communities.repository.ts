import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeysetPosition } from '../common/list-cursor';
import type { CommunityVisibility, ViewerMembership } from '../visibility/community-access';
import { communityVisibleSql } from '../visibility/community-access.sql';
import { CommunityEntity, communityFromRow, CommunityRow } from './community.entity';

/** A community and the viewer's membership of it, read in one statement. */
export interface CommunityWithMembership {
  community: CommunityEntity;
  membership: ViewerMembership | null;
}

export interface CommunityListFilter {
  visibility?: CommunityVisibility | undefined;
  topicSlug?: string | undefined;
  official?: boolean | undefined;
  /** Only communities the viewer is an active member of. */
  mine?: boolean | undefined;
  /** A piece of the name, accents and case ignored. */
  search?: string | undefined;
  includeArchived?: boolean | undefined;
}

type RowWithMembership = CommunityRow & {
  viewer_role: ViewerMembership['role'] | null;
  viewer_status: ViewerMembership['status'] | null;
};

/** The viewer's membership joins every read, so access is decided with no second query. */
const SELECT_WITH_MEMBERSHIP = `
  SELECT c.*, vm.role AS viewer_role, vm.status AS viewer_status
    FROM communities c
    LEFT JOIN memberships vm ON vm.community_id = c.id AND vm.user_id = $1`;

function withMembership(row: RowWithMembership): CommunityWithMembership {
  return {
    community: communityFromRow(row),
    membership:
      row.viewer_status && row.viewer_role ? { role: row.viewer_role, status: row.viewer_status } : null,
  };
}

/** Escapes LIKE's wildcards so a search for "50%" means those three characters. */
function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

@Injectable()
export class CommunitiesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private db(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  async findById(id: string, manager?: EntityManager): Promise<CommunityEntity | null> {
    const rows: CommunityRow[] = await this.db(manager).query('SELECT * FROM communities WHERE id = $1', [
      id,
    ]);
    return rows[0] ? communityFromRow(rows[0]) : null;
  }

  async findBySlugWithMembership(
    slug: string,
    viewerId: string,
    manager?: EntityManager,
  ): Promise<CommunityWithMembership | null> {
    const rows: RowWithMembership[] = await this.db(manager).query(
      `${SELECT_WITH_MEMBERSHIP} WHERE c.slug = $2`,
      [viewerId, slug],
    );
    return rows[0] ? withMembership(rows[0]) : null;
  }

  async findByIdsWithMembership(
    ids: readonly string[],
    viewerId: string,
    manager?: EntityManager,
  ): Promise<CommunityWithMembership[]> {
    if (ids.length === 0) return [];
    const rows: RowWithMembership[] = await this.db(manager).query(
      `${SELECT_WITH_MEMBERSHIP} WHERE c.id = ANY($2::uuid[])`,
      [viewerId, ids],
    );
    return rows.map(withMembership);
  }

  /**
   * Locks the community until the transaction ends, so membership changes of one community happen one at a
   * time (two last owners leaving together, the same person joining twice at once). NO KEY UPDATE leaves
   * rows that merely reference the community (new posts, new memberships elsewhere) unblocked.
   */
  async lockBySlug(slug: string, manager: EntityManager): Promise<CommunityEntity | null> {
    const rows: CommunityRow[] = await manager.query(
      'SELECT * FROM communities WHERE slug = $1 FOR NO KEY UPDATE',
      [slug],
    );
    return rows[0] ? communityFromRow(rows[0]) : null;
  }

  /** Newest first, keyset on (created_at, id), only what the viewer may see (decided in SQL). */
  async page(
    viewerId: string,
    filter: CommunityListFilter,
    first: number,
    after: KeysetPosition | null,
  ): Promise<{ rows: CommunityWithMembership[]; hasNextPage: boolean }> {
    const params: unknown[] = [viewerId];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where = [communityVisibleSql('c', '$1')];
    if (!filter.includeArchived) where.push('c.archived_at IS NULL');
    if (filter.visibility) where.push(`c.visibility = ${param(filter.visibility)}`);
    if (filter.official !== undefined && filter.official !== null) {
      where.push(`c.official = ${param(filter.official)}`);
    }
    if (filter.mine) where.push(`vm.status = 'active'`);
    if (filter.topicSlug) {
      where.push(`EXISTS (SELECT 1 FROM community_topics ct JOIN topics t ON t.id = ct.topic_id
                           WHERE ct.community_id = c.id AND t.slug = ${param(filter.topicSlug)})`);
    }
    const search = filter.search?.trim();
    if (search) {
      where.push(
        `relais_unaccent(lower(c.name)) LIKE '%' || relais_unaccent(lower(${param(likeLiteral(search))})) || '%'`,
      );
    }
    if (after) where.push(`(c.created_at, c.id) < (${param(after.at)}, ${param(after.id)})`);
    const rows: RowWithMembership[] = await this.dataSource.query(
      `${SELECT_WITH_MEMBERSHIP}
        WHERE ${where.join(' AND ')}
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT ${param(first + 1)}`,
      params,
    );
    return { rows: rows.slice(0, first).map(withMembership), hasNextPage: rows.length > first };
  }

  /** Which of these slugs are taken, by any community (secret ones included). */
  async takenSlugs(candidates: readonly string[], manager: EntityManager): Promise<Set<string>> {
    const rows: Array<{ slug: string }> = await manager.query(
      'SELECT slug FROM communities WHERE slug = ANY($1::text[])',
      [candidates],
    );
    return new Set(rows.map((row) => row.slug));
  }

  async insert(
    values: Pick<
      CommunityEntity,
      'slug' | 'name' | 'descriptionMarkdown' | 'descriptionHtml' | 'visibility' | 'createdBy'
    >,
    manager: EntityManager,
  ): Promise<CommunityEntity> {
    const rows: CommunityRow[] = await manager.query(
      `INSERT INTO communities (slug, name, description_markdown, description_html, visibility, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [
        values.slug,
        values.name,
        values.descriptionMarkdown,
        values.descriptionHtml,
        values.visibility,
        values.createdBy,
      ],
    );
    return communityFromRow(rows[0]!);
  }

  async update(
    id: string,
    changes: Partial<
      Pick<
        CommunityEntity,
        'slug' | 'name' | 'descriptionMarkdown' | 'descriptionHtml' | 'visibility' | 'official' | 'archivedAt'
      >
    >,
    manager: EntityManager,
  ): Promise<void> {
    const columns: Record<keyof typeof changes, string> = {
      slug: 'slug',
      name: 'name',
      descriptionMarkdown: 'description_markdown',
      descriptionHtml: 'description_html',
      visibility: 'visibility',
      official: 'official',
      archivedAt: 'archived_at',
    };
    const entries = Object.entries(changes).filter(([, value]) => value !== undefined) as Array<
      [keyof typeof changes, unknown]
    >;
    if (entries.length === 0) return;
    const sets = entries.map(([key], i) => `${columns[key]} = $${i + 2}`);
    await manager.query(`UPDATE communities SET ${sets.join(', ')}, updated_at = now() WHERE id = $1`, [
      id,
      ...entries.map(([, value]) => value),
    ]);
  }

  /** Topic ids by slug, for the slugs that exist (topics belong to the people context). */
  async topicIdsBySlug(slugs: readonly string[], manager: EntityManager): Promise<Map<string, string>> {
    if (slugs.length === 0) return new Map();
    const rows: Array<{ id: string; slug: string }> = await manager.query(
      'SELECT id, slug FROM topics WHERE slug = ANY($1::text[])',
      [slugs],
    );
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  async replaceTopics(
    communityId: string,
    topicIds: readonly string[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.query('DELETE FROM community_topics WHERE community_id = $1', [communityId]);
    if (topicIds.length === 0) return;
    await manager.query(
      `INSERT INTO community_topics (community_id, topic_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [communityId, topicIds],
    );
  }

  /** Topic slugs of many communities, in one query, alphabetical. */
  async topicSlugsOf(communityIds: readonly string[]): Promise<Map<string, string[]>> {
    const rows: Array<{ community_id: string; slug: string }> = await this.dataSource.query(
      `SELECT ct.community_id, t.slug FROM community_topics ct JOIN topics t ON t.id = ct.topic_id
        WHERE ct.community_id = ANY($1::uuid[]) ORDER BY t.slug`,
      [communityIds],
    );
    const byCommunity = new Map<string, string[]>();
    for (const row of rows) {
      byCommunity.set(row.community_id, [...(byCommunity.get(row.community_id) ?? []), row.slug]);
    }
    return byCommunity;
  }
}
