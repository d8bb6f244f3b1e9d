import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuthorRow } from '../authors/authors.repository';

/** The people a post's body (or one of its comments) mentions. */
@Injectable()
export class MentionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Makes these people the mentions of a post's body (commentId null) or of a comment; returns the ones that
   * were not mentioned there before, the only ones to notify.
   */
  async replace(
    postId: string,
    commentId: string | null,
    userIds: readonly string[],
    manager: EntityManager,
  ): Promise<string[]> {
    await manager.query(
      `DELETE FROM mentions WHERE post_id = $1 AND comment_id IS NOT DISTINCT FROM $2
          AND NOT (user_id = ANY($3::uuid[]))`,
      [postId, commentId, userIds],
    );
    const added: Array<{ user_id: string }> = await manager.query(
      `INSERT INTO mentions (post_id, comment_id, user_id)
       SELECT $1, $2, u FROM unnest($3::uuid[]) AS u
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [postId, commentId, userIds],
    );
    return added.map((row) => row.user_id);
  }

  /** The people mentioned in the bodies of many posts (not their comments), in one query. */
  ofPosts(postIds: readonly string[]): Promise<Array<AuthorRow & { post_id: string }>> {
    return this.dataSource.query(
      `SELECT m.post_id, u.id, u.display_name, u.title, u.email, u.status
         FROM mentions m JOIN users u ON u.id = m.user_id
        WHERE m.post_id = ANY($1::uuid[]) AND m.comment_id IS NULL
        ORDER BY m.created_at, u.display_name`,
      [postIds],
    );
  }
}
