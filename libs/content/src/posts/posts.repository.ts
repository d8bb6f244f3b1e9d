import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { isAdminSql, postReadableSql } from '../visibility/post-visibility.sql';
import { PostEntity } from './post.entity';

@Injectable()
export class PostsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PostEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<PostEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  /** Locks the row for the rest of the transaction. */
  lockById(id: string, manager: EntityManager): Promise<PostEntity | null> {
    return this.repo(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Many posts in one query, in the order of `ids` (missing ones left out). */
  async findByIds(ids: readonly string[], manager?: EntityManager): Promise<PostEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.repo(manager).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id)).filter((row): row is PostEntity => row !== undefined);
  }

  insert(post: Partial<PostEntity>, manager: EntityManager): Promise<PostEntity> {
    return this.repo(manager).save(this.repo(manager).create(post));
  }

  save(post: PostEntity, manager: EntityManager): Promise<PostEntity> {
    return this.repo(manager).save(post);
  }

  /**
   * Among these people, the ones who may read the post (the read rule in SQL, asked for each of them):
   * who a mention or a reply may notify.
   */
  async readersAmong(postId: string, userIds: readonly string[], manager: EntityManager): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT u.id FROM users u JOIN posts p ON p.id = $1
        WHERE u.id = ANY($2::uuid[]) AND u.status = 'active'
          AND ${postReadableSql('p', 'u.id', isAdminSql('u.id'))}`,
      [postId, userIds],
    );
    return rows.map((row) => row.id);
  }

  /** The ids among these that the viewer may read. */
  async readableIds(viewerId: string, viewerIsAdmin: boolean, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT p.id FROM posts p WHERE p.id = ANY($1::uuid[]) AND ${postReadableSql('p', '$2', '$3')}`,
      [ids, viewerId, viewerIsAdmin],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** Serialises the pins of one community, so two moderators cannot pass the limit together. */
  async lockPins(communityId: string, manager: EntityManager): Promise<number> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`content:pins:${communityId}`]);
    const rows: Array<{ n: number }> = await manager.query(
      `SELECT count(*)::int AS n FROM posts
        WHERE community_id = $1 AND pinned_at IS NOT NULL AND deleted_at IS NULL`,
      [communityId],
    );
    return rows[0]!.n;
  }
}
