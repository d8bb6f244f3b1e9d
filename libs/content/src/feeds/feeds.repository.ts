import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CreatedAtPosition } from '@relais/common';
import { DataSource } from 'typeorm';
import { postReadableSql } from '../visibility/post-visibility.sql';

export interface FeedViewer {
  userId: string;
  isAdmin: boolean;
}

export interface FeedEntry {
  id: string;
  createdAt: Date;
  pinned: boolean;
}

/**
 * The ids of one page of a feed, newest first, each in one query with the read rule applied in SQL
 * (post-visibility.sql.ts): the rest of the page is loaded in bulk from these ids.
 * Every query asks for `limit` rows; callers ask one more than the page size to know whether a next page
 * exists. Parameters $1 and $2 are always the viewer and whether they are an admin.
 */
@Injectable()
export class FeedsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Posts of my active communities and the communities I follow, of the people I follow and my own, and
   * of the topics I follow. Each source is walked newest first on its own index and stops after `limit`
   * readable posts (a viewer in 30 communities reads at most 30 x limit index entries), then the sources
   * are merged.
   */
  home(viewer: FeedViewer, limit: number, after: CreatedAtPosition | null): Promise<FeedEntry[]> {
    const readable = postReadableSql('p', '$1', '$2');
    const keyset = after ? '(p.created_at, p.id) < ($4, $5)' : 'true';
    const topicKeyset = after ? '(pt.post_created_at, pt.post_id) < ($4, $5)' : 'true';
    return this.run(
      `WITH my_communities AS (
         SELECT m.community_id AS id FROM memberships m WHERE m.user_id = $1 AND m.status = 'active'
         UNION
         SELECT f.target_id FROM follows f WHERE f.follower_id = $1 AND f.target_type = 'community'
       ), my_people AS (
         SELECT $1::uuid AS id
         UNION
         SELECT f.target_id FROM follows f WHERE f.follower_id = $1 AND f.target_type = 'user'
       ), my_topics AS (
         SELECT f.target_id AS id FROM follows f WHERE f.follower_id = $1 AND f.target_type = 'topic'
       ), candidates AS (
         SELECT x.id, x.created_at FROM my_communities s CROSS JOIN LATERAL (
           SELECT p.id, p.created_at FROM posts p
            WHERE p.community_id = s.id AND p.deleted_at IS NULL AND ${keyset} AND ${readable}
            ORDER BY p.created_at DESC, p.id DESC LIMIT $3) x
         UNION
         SELECT x.id, x.created_at FROM my_people s CROSS JOIN LATERAL (
           SELECT p.id, p.created_at FROM posts p
            WHERE p.author_id = s.id AND p.deleted_at IS NULL AND ${keyset} AND ${readable}
            ORDER BY p.created_at DESC, p.id DESC LIMIT $3) x
         UNION
         SELECT x.id, x.created_at FROM my_topics s CROSS JOIN LATERAL (
           SELECT p.id, p.created_at FROM post_topics pt JOIN posts p ON p.id = pt.post_id
            WHERE pt.topic_id = s.id AND ${topicKeyset} AND p.deleted_at IS NULL AND ${readable}
            ORDER BY pt.post_created_at DESC, pt.post_id DESC LIMIT $3) x
       )
       SELECT id, created_at, false AS pinned FROM candidates ORDER BY created_at DESC, id DESC LIMIT $3`,
      viewer,
      limit,
      after,
    );
  }

  /**
   * A community's posts, newest first, without its pinned posts; on the first page (`after` null) its
   * pinned posts come first, most recently pinned first.
   */
  community(
    viewer: FeedViewer,
    communityId: string,
    limit: number,
    after: CreatedAtPosition | null,
  ): Promise<FeedEntry[]> {
    const readable = postReadableSql('p', '$1', '$2');
    const keyset = after ? '(p.created_at, p.id) < ($4, $5)' : 'true';
    const community = after ? '$6' : '$4';
    const pinned = after
      ? ''
      : `(SELECT p.id, p.created_at, true AS pinned, p.pinned_at FROM posts p
           WHERE p.community_id = ${community} AND p.pinned_at IS NOT NULL AND p.deleted_at IS NULL
             AND ${readable}
           ORDER BY p.pinned_at DESC, p.id DESC)
         UNION ALL `;
    return this.run(
      `SELECT id, created_at, pinned FROM (
         ${pinned}
         (SELECT p.id, p.created_at, false AS pinned, NULL::timestamptz AS pinned_at FROM posts p
           WHERE p.community_id = ${community} AND p.pinned_at IS NULL AND p.deleted_at IS NULL
             AND ${keyset} AND ${readable}
           ORDER BY p.created_at DESC, p.id DESC LIMIT $3)
       ) page
       ORDER BY pinned DESC, pinned_at DESC NULLS LAST, created_at DESC, id DESC`,
      viewer,
      limit,
      after,
      [communityId],
    );
  }

  /** Posts tagged with a topic, newest first, walked on the topic's own index. */
  topic(
    viewer: FeedViewer,
    topicId: string,
    limit: number,
    after: CreatedAtPosition | null,
  ): Promise<FeedEntry[]> {
    const keyset = after ? '(pt.post_created_at, pt.post_id) < ($4, $5)' : 'true';
    const topic = after ? '$6' : '$4';
    return this.run(
      `SELECT p.id, p.created_at, false AS pinned FROM post_topics pt JOIN posts p ON p.id = pt.post_id
        WHERE pt.topic_id = ${topic} AND ${keyset}
          AND p.deleted_at IS NULL AND ${postReadableSql('p', '$1', '$2')}
        ORDER BY pt.post_created_at DESC, pt.post_id DESC LIMIT $3`,
      viewer,
      limit,
      after,
      [topicId],
    );
  }

  /** A person's posts, on their profile and in the communities the viewer may read, newest first. */
  person(
    viewer: FeedViewer,
    authorId: string,
    limit: number,
    after: CreatedAtPosition | null,
  ): Promise<FeedEntry[]> {
    const keyset = after ? '(p.created_at, p.id) < ($4, $5)' : 'true';
    const author = after ? '$6' : '$4';
    return this.run(
      `SELECT p.id, p.created_at, false AS pinned FROM posts p
        WHERE p.author_id = ${author} AND p.deleted_at IS NULL
          AND ${keyset} AND ${postReadableSql('p', '$1', '$2')}
        ORDER BY p.created_at DESC, p.id DESC LIMIT $3`,
      viewer,
      limit,
      after,
      [authorId],
    );
  }

  private async run(
    sql: string,
    viewer: FeedViewer,
    limit: number,
    after: CreatedAtPosition | null,
    extra: unknown[] = [],
  ): Promise<FeedEntry[]> {
    const params: unknown[] = [viewer.userId, viewer.isAdmin, limit];
    if (after) params.push(after.createdAt, after.id);
    params.push(...extra);
    const rows: Array<{ id: string; created_at: Date; pinned: boolean }> = await this.dataSource.query(
      sql,
      params,
    );
    return rows.map((row) => ({ id: row.id, createdAt: row.created_at, pinned: row.pinned }));
  }
}
