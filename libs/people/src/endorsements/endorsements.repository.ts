import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { PersonRecord } from '../profiles/person-record';
import { personVisibleSql } from '../profiles/person-visibility';
import { PERSON_COLUMNS, personFromRow, PersonRow } from '../profiles/profiles.repository';

export interface EndorsementKey {
  personId: string;
  topicId: string;
}

export interface EndorsementSummary extends EndorsementKey {
  count: number;
  endorsedByViewer: boolean;
}

@Injectable()
export class EndorsementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** False when this endorsement already exists. */
  async insert(endorserId: string, key: EndorsementKey, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO endorsements (endorser_id, endorsee_id, topic_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING 1`,
      [endorserId, key.personId, key.topicId],
    );
    return rows.length > 0;
  }

  /** False when there was no such endorsement. */
  async delete(endorserId: string, key: EndorsementKey, manager?: EntityManager): Promise<boolean> {
    // TypeORM answers a DELETE with [rows, affected count].
    const [, count]: [unknown, number] = await (manager ?? this.dataSource.manager).query(
      'DELETE FROM endorsements WHERE endorser_id = $1 AND endorsee_id = $2 AND topic_id = $3',
      [endorserId, key.personId, key.topicId],
    );
    return count > 0;
  }

  /**
   * For each (person, topic): how many endorsers the viewer may see, and whether the viewer is one of them.
   * One query for any number of pairs.
   */
  async summaries(
    keys: readonly EndorsementKey[],
    viewerId: string,
    seesDeactivated: boolean,
  ): Promise<EndorsementSummary[]> {
    const rows: Array<{ endorsee_id: string; topic_id: string; n: number; mine: boolean }> =
      await this.dataSource.query(
        `SELECT e.endorsee_id, e.topic_id, count(*)::int AS n, bool_or(e.endorser_id = $3) AS mine
           FROM unnest($1::uuid[], $2::uuid[]) AS k(person_id, topic_id)
           JOIN endorsements e ON e.endorsee_id = k.person_id AND e.topic_id = k.topic_id
           JOIN users u ON u.id = e.endorser_id AND ${personVisibleSql('u', '$4')}
          GROUP BY e.endorsee_id, e.topic_id`,
        [keys.map((k) => k.personId), keys.map((k) => k.topicId), viewerId, seesDeactivated],
      );
    return rows.map((row) => ({
      personId: row.endorsee_id,
      topicId: row.topic_id,
      count: row.n,
      endorsedByViewer: row.mine,
    }));
  }

  /** Who endorsed each (person, topic), among the people the viewer may see, newest first: one query. */
  async endorsers(
    keys: readonly EndorsementKey[],
    seesDeactivated: boolean,
  ): Promise<Array<EndorsementKey & { endorser: PersonRecord }>> {
    const rows: Array<PersonRow & { endorsee_id: string; topic_id: string }> = await this.dataSource.query(
      `SELECT e.endorsee_id, e.topic_id, ${PERSON_COLUMNS}
         FROM unnest($1::uuid[], $2::uuid[]) AS k(person_id, topic_id)
         JOIN endorsements e ON e.endorsee_id = k.person_id AND e.topic_id = k.topic_id
         JOIN users u ON u.id = e.endorser_id AND ${personVisibleSql('u', '$3')}
         LEFT JOIN profiles p ON p.user_id = u.id
        ORDER BY e.created_at DESC, u.id`,
      [keys.map((k) => k.personId), keys.map((k) => k.topicId), seesDeactivated],
    );
    return rows.map((row) => ({
      personId: row.endorsee_id,
      topicId: row.topic_id,
      endorser: personFromRow(row),
    }));
  }

  /** Moves endorsements of `fromId` onto `intoId`; someone endorsed by the same colleague on both keeps one. */
  async retag(fromId: string, intoId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO endorsements (endorser_id, endorsee_id, topic_id, created_at)
       SELECT endorser_id, endorsee_id, $2, created_at FROM endorsements WHERE topic_id = $1
       ON CONFLICT (endorsee_id, topic_id, endorser_id) DO NOTHING`,
      [fromId, intoId],
    );
    await manager.query('DELETE FROM endorsements WHERE topic_id = $1', [fromId]);
  }
}
