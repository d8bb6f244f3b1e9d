import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { TopicEntity } from './topic.entity';
import { TopicKind } from './topic-kind';

export interface TopicPageQuery {
  parentId: string | null;
  /** Already escaped for LIKE; each must appear in a label or synonym. */
  words: string[];
  first: number;
  afterSlug: string | null;
}

/** The columns of `TopicEntity`, for raw queries; `t` is the topics alias. */
export const TOPIC_COLUMNS = `t.id, t.slug, t.label_fr, t.label_en, t.synonyms_fr, t.synonyms_en, t.parent_id,
  t.created_at, t.updated_at`;

export interface TopicRow {
  id: string;
  slug: string;
  label_fr: string;
  label_en: string;
  synonyms_fr: string[];
  synonyms_en: string[];
  parent_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export function topicFromRow(row: TopicRow): TopicEntity {
  return Object.assign(new TopicEntity(), {
    id: row.id,
    slug: row.slug,
    labelFr: row.label_fr,
    labelEn: row.label_en,
    synonymsFr: row.synonyms_fr,
    synonymsEn: row.synonyms_en,
    parentId: row.parent_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** SQL that normalises a term the way the generated `search_terms` column does. */
const NORMALISED = (param: string) => `public.relais_unaccent(lower(btrim(${param})))`;

@Injectable()
export class TopicsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(TopicEntity);
  }

  findBySlug(slug: string, manager?: EntityManager): Promise<TopicEntity | null> {
    return this.repo(manager).findOneBy({ slug });
  }

  findBySlugs(slugs: readonly string[], manager?: EntityManager): Promise<TopicEntity[]> {
    return slugs.length ? this.repo(manager).findBy({ slug: In([...slugs]) }) : Promise.resolve([]);
  }

  findByIds(ids: readonly string[], manager?: EntityManager): Promise<TopicEntity[]> {
    return ids.length ? this.repo(manager).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Locks these topics' rows for the rest of the transaction, in a fixed order (no deadlock between merges). */
  async lockBySlugs(slugs: readonly string[], manager: EntityManager): Promise<TopicEntity[]> {
    const rows: TopicRow[] = await manager.query(
      `SELECT ${TOPIC_COLUMNS} FROM topics t WHERE t.slug = ANY($1::text[]) ORDER BY t.id FOR UPDATE`,
      [slugs],
    );
    return rows.map(topicFromRow);
  }

  /**
   * Serialises changes to the shape of the taxonomy (parents, merges, new terms), so two admins cannot
   * together create a cycle or two topics with the same synonym.
   */
  async lockTaxonomy(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['relais:people.taxonomy']);
  }

  /** Direct children of several topics in one query, by slug. */
  async childrenOf(parentIds: readonly string[]): Promise<TopicEntity[]> {
    const rows: TopicRow[] = await this.dataSource.query(
      `SELECT ${TOPIC_COLUMNS} FROM topics t WHERE t.parent_id = ANY($1::uuid[]) ORDER BY t.slug`,
      [parentIds],
    );
    return rows.map(topicFromRow);
  }

  /** Keyset page ordered by slug, optionally under a parent and matching every search word. */
  async page(query: TopicPageQuery): Promise<{ rows: TopicEntity[]; hasNextPage: boolean }> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.parentId) conditions.push(`t.parent_id = ${param(query.parentId)}`);
    if (query.afterSlug) conditions.push(`t.slug > ${param(query.afterSlug)}`);
    // One LIKE per word, each on the trigram-indexed column.
    for (const word of query.words) {
      conditions.push(`t.search_text LIKE '%' || ${NORMALISED(param(word))} || '%'`);
    }
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const rows: TopicRow[] = await this.dataSource.query(
      `SELECT ${TOPIC_COLUMNS} FROM topics t ${where} ORDER BY t.slug LIMIT ${param(query.first + 1)}`,
      params,
    );
    return { rows: rows.slice(0, query.first).map(topicFromRow), hasNextPage: rows.length > query.first };
  }

  /**
   * For each term, the topic it names: by slug first, then by a label, then by a synonym, in either language,
   * ignoring case and accents. Terms naming no topic are absent from the map.
   */
  async resolveTerms(terms: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ term: string; topic_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT ON (q.term) q.term, t.id AS topic_id
         FROM unnest($1::text[]) AS q(term)
         JOIN topics t ON t.search_terms @> ARRAY[${NORMALISED('q.term')}]
        ORDER BY q.term,
                 t.slug = lower(btrim(q.term)) DESC,
                 ${NORMALISED('q.term')} IN (${NORMALISED('t.label_fr')}, ${NORMALISED('t.label_en')}) DESC,
                 t.slug`,
      [terms],
    );
    return new Map(rows.map((row) => [row.term, row.topic_id]));
  }

  /** Terms (labels, synonyms) that already name another topic than `exceptId`, with that topic's slug. */
  async termsTakenByOthers(
    terms: readonly string[],
    exceptId: string | null,
    manager: EntityManager,
  ): Promise<Array<{ term: string; slug: string }>> {
    return manager.query(
      `SELECT DISTINCT ON (q.term) q.term, t.slug
         FROM unnest($1::text[]) AS q(term)
         JOIN topics t ON t.search_terms @> ARRAY[${NORMALISED('q.term')}]
        WHERE t.id IS DISTINCT FROM $2::uuid
        ORDER BY q.term, t.slug`,
      [terms, exceptId],
    );
  }

  /** The topic and its ancestors' ids, from the topic up to its root. */
  async lineage(topicId: string, manager: EntityManager): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `WITH RECURSIVE up(id, parent_id, depth) AS (
         SELECT id, parent_id, 0 FROM topics WHERE id = $1
         UNION ALL
         SELECT t.id, t.parent_id, up.depth + 1 FROM topics t JOIN up ON t.id = up.parent_id WHERE up.depth < 100
       )
       SELECT id FROM up ORDER BY depth`,
      [topicId],
    );
    return rows.map((row) => row.id);
  }

  async insert(topic: Partial<TopicEntity>, manager: EntityManager): Promise<TopicEntity> {
    return this.repo(manager).save(this.repo(manager).create(topic));
  }

  save(topic: TopicEntity, manager: EntityManager): Promise<TopicEntity> {
    return this.repo(manager).save(topic);
  }

  async reparentChildren(fromId: string, intoId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      'UPDATE topics SET parent_id = $2, updated_at = now() WHERE parent_id = $1 AND id <> $2',
      [fromId, intoId],
    );
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.query('DELETE FROM topics WHERE id = $1', [id]);
  }

  /**
   * Active people listing each topic, per kind and over all kinds ('*'), in one query.
   * Deactivated people have left the directory; they are not counted for anyone.
   */
  async peopleCounts(
    topicIds: readonly string[],
  ): Promise<Array<{ topic_id: string; kind: TopicKind | '*'; n: number }>> {
    return this.dataSource.query(
      `SELECT ut.topic_id, COALESCE(ut.kind, '*') AS kind, count(DISTINCT ut.user_id)::int AS n
         FROM user_topics ut JOIN users u ON u.id = ut.user_id AND u.status = 'active'
        WHERE ut.topic_id = ANY($1::uuid[])
        GROUP BY GROUPING SETS ((ut.topic_id, ut.kind), (ut.topic_id))`,
      [topicIds],
    );
  }
}
