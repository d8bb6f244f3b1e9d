import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isAdminSql, postReadableSql } from './post-visibility.sql';

/** Which posts and comments a person may still see, in bulk: for notifications, checked when they are read. */
@Injectable()
export class ContentVisibilityRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async readablePostIds(viewerId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT p.id FROM posts p
        WHERE p.id = ANY($1::uuid[]) AND ${postReadableSql('p', '$2::uuid', isAdminSql('$2::uuid'))}`,
      [ids, viewerId],
    );
    return new Set(rows.map((row) => row.id));
  }

  /** A comment is visible while it is not deleted and its post is readable. */
  async visibleCommentIds(viewerId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT c.id FROM comments c JOIN posts p ON p.id = c.post_id
        WHERE c.id = ANY($1::uuid[]) AND c.deleted_at IS NULL
          AND ${postReadableSql('p', '$2::uuid', isAdminSql('$2::uuid'))}`,
      [ids, viewerId],
    );
    return new Set(rows.map((row) => row.id));
  }
}
