import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface PostTopicRow {
  post_id: string;
  id: string;
  slug: string;
  label_fr: string;
  label_en: string;
}

/** Links between posts and the topics their hashtags name. */
@Injectable()
export class PostTopicsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Replaces a post's topics. */
  async replace(postId: string, topicIds: readonly string[], manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM post_topics WHERE post_id = $1 AND NOT (topic_id = ANY($2::uuid[]))', [
      postId,
      topicIds,
    ]);
    await manager.query(
      `INSERT INTO post_topics (post_id, topic_id, post_created_at)
       SELECT p.id, t, p.created_at FROM posts p, unnest($2::uuid[]) AS t WHERE p.id = $1
       ON CONFLICT DO NOTHING`,
      [postId, topicIds],
    );
  }

  /** The topics of many posts in one query, in label order. */
  ofPosts(postIds: readonly string[]): Promise<PostTopicRow[]> {
    return this.dataSource.query(
      `SELECT pt.post_id, t.id, t.slug, t.label_fr, t.label_en
         FROM post_topics pt JOIN topics t ON t.id = pt.topic_id
        WHERE pt.post_id = ANY($1::uuid[])
        ORDER BY t.slug`,
      [postIds],
    );
  }

  /** When a topic is merged into another, its posts are tagged with the other (once). */
  async retag(fromTopicId: string, intoTopicId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO post_topics (post_id, topic_id, post_created_at)
       SELECT post_id, $2, post_created_at FROM post_topics WHERE topic_id = $1
       ON CONFLICT DO NOTHING`,
      [fromTopicId, intoTopicId],
    );
    await manager.query('DELETE FROM post_topics WHERE topic_id = $1', [fromTopicId]);
  }
}
