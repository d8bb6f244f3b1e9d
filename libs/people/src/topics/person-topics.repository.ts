import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TopicEntity } from './topic.entity';
import { TopicKind } from './topic-kind';
import { TOPIC_COLUMNS, topicFromRow, TopicRow } from './topics.repository';

/** How kinds follow each other on a profile: what the person knows first, what they want to learn last. */
const KIND_ORDER: readonly TopicKind[] = [
  TopicKind.EXPERTISE,
  TopicKind.ASK_ME,
  TopicKind.MENTOR,
  TopicKind.LEARN,
];

export interface ListedTopic {
  userId: string;
  kind: TopicKind;
  position: number;
  topic: TopicEntity;
}

@Injectable()
export class PersonTopicsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every topic these people list, with the topic, in each person's chosen order: one query. */
  async listedBy(userIds: readonly string[]): Promise<ListedTopic[]> {
    const rows: Array<TopicRow & { user_id: string; kind: TopicKind; position: number }> =
      await this.dataSource.query(
        `SELECT ut.user_id, ut.kind, ut.position, ${TOPIC_COLUMNS}
           FROM user_topics ut JOIN topics t ON t.id = ut.topic_id
          WHERE ut.user_id = ANY($1::uuid[])
          ORDER BY ut.user_id, array_position($2::text[], ut.kind), ut.position, t.slug`,
        [userIds, KIND_ORDER],
      );
    return rows.map((row) => ({
      userId: row.user_id,
      kind: row.kind,
      position: row.position,
      topic: topicFromRow(row),
    }));
  }

  /**
   * Serialises changes to one person's topics, so two concurrent replacements cannot interleave their delete
   * and insert (the second would otherwise fail on the first's rows).
   */
  async lockPerson(userId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `relais:people.user_topics:${userId}`,
    ]);
  }

  /** Replaces one kind's list, keeping the given order. */
  async replace(
    userId: string,
    kind: TopicKind,
    topicIds: readonly string[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.query('DELETE FROM user_topics WHERE user_id = $1 AND kind = $2', [userId, kind]);
    if (topicIds.length === 0) return;
    await manager.query(
      `INSERT INTO user_topics (user_id, kind, topic_id, position)
       SELECT $1, $2, topic_id, (ordinality - 1)::smallint FROM unnest($3::uuid[]) WITH ORDINALITY AS t(topic_id, ordinality)`,
      [userId, kind, topicIds],
    );
  }

  /** Whether the person lists the topic under one of these kinds. */
  async lists(
    userId: string,
    topicId: string,
    kinds: readonly TopicKind[],
    manager?: EntityManager,
  ): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.dataSource.manager).query(
      'SELECT 1 FROM user_topics WHERE user_id = $1 AND topic_id = $2 AND kind = ANY($3::text[]) LIMIT 1',
      [userId, topicId, kinds],
    );
    return rows.length > 0;
  }

  /**
   * Moves every listing of `fromId` onto `intoId`. Someone who listed both under the same kind keeps one
   * listing, at the target's position; the others keep their position.
   */
  async retag(fromId: string, intoId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO user_topics (user_id, kind, topic_id, position, created_at)
       SELECT user_id, kind, $2, position, created_at FROM user_topics WHERE topic_id = $1
       ON CONFLICT (user_id, kind, topic_id) DO NOTHING`,
      [fromId, intoId],
    );
    await manager.query('DELETE FROM user_topics WHERE topic_id = $1', [fromId]);
  }
}
