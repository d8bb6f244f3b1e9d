import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CreatedAtPosition } from '@relais/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { CommentEntity } from './comment.entity';

export interface CommentPageKey {
  postId: string;
  after: CreatedAtPosition | null;
}

/** Raw rows of bulk reads, turned into entities by `toEntity`. */
interface CommentRow {
  id: string;
  post_id: string;
  parent_id: string | null;
  author_id: string;
  body_markdown: string;
  body_html: string;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
}

@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CommentEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<CommentEntity | null> {
    return this.repo(manager).findOneBy({ id });
  }

  /** The comment, its row locked until the transaction ends. */
  lockById(id: string, manager: EntityManager): Promise<CommentEntity | null> {
    return this.repo(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  save(comment: CommentEntity, manager: EntityManager): Promise<CommentEntity> {
    return this.repo(manager).save(comment);
  }

  async findByIds(ids: readonly string[]): Promise<CommentEntity[]> {
    if (ids.length === 0) return [];
    return this.repo().findBy({ id: In([...ids]) });
  }

  insert(comment: Partial<CommentEntity>, manager: EntityManager): Promise<CommentEntity> {
    return this.repo(manager).save(this.repo(manager).create(comment));
  }

  /**
   * The first `limit` top-level comments of each post, oldest first, after each post's own position: one
   * query for a whole page of posts.
   */
  async topLevelPages(keys: readonly CommentPageKey[], limit: number): Promise<CommentEntity[]> {
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT c.* FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[]) AS k(post_id, after_at, after_id)
         CROSS JOIN LATERAL (
           SELECT * FROM comments c
            WHERE c.post_id = k.post_id AND c.parent_id IS NULL AND c.deleted_at IS NULL
              AND (k.after_at IS NULL OR (c.created_at, c.id) > (k.after_at, k.after_id))
            ORDER BY c.created_at, c.id
            LIMIT $4) c
        ORDER BY c.created_at, c.id`,
      [
        keys.map((key) => key.postId),
        keys.map((key) => key.after?.createdAt ?? null),
        keys.map((key) => key.after?.id ?? null),
        limit,
      ],
    );
    return rows.map(toEntity);
  }

  /** The first `limit` replies of each of these comments, oldest first, in one query. */
  async replies(parentIds: readonly string[], limit: number): Promise<CommentEntity[]> {
    const rows: CommentRow[] = await this.dataSource.query(
      `SELECT r.* FROM unnest($1::uuid[]) AS k(parent_id)
         CROSS JOIN LATERAL (
           SELECT * FROM comments r WHERE r.parent_id = k.parent_id AND r.deleted_at IS NULL
            ORDER BY r.created_at, r.id LIMIT $2) r
        ORDER BY r.created_at, r.id`,
      [parentIds, limit],
    );
    return rows.map(toEntity);
  }

  /** Comments and replies of each post. */
  async countsByPost(postIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ post_id: string; n: number }> = await this.dataSource.query(
      `SELECT post_id, count(*)::int AS n FROM comments
        WHERE post_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY post_id`,
      [postIds],
    );
    return new Map(rows.map((row) => [row.post_id, row.n]));
  }

  async replyCounts(parentIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ parent_id: string; n: number }> = await this.dataSource.query(
      `SELECT parent_id, count(*)::int AS n FROM comments
        WHERE parent_id = ANY($1::uuid[]) AND deleted_at IS NULL GROUP BY parent_id`,
      [parentIds],
    );
    return new Map(rows.map((row) => [row.parent_id, row.n]));
  }
}

function toEntity(row: CommentRow): CommentEntity {
  return Object.assign(new CommentEntity(), {
    id: row.id,
    postId: row.post_id,
    parentId: row.parent_id,
    authorId: row.author_id,
    bodyMarkdown: row.body_markdown,
    bodyHtml: row.body_html,
    createdAt: row.created_at,
    editedAt: row.edited_at,
    deletedAt: row.deleted_at,
  });
}
