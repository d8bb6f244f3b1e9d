import { DataSource, EntityManager } from 'typeorm';
import type { TaxonomyTopicRow } from './demo-plan';

/** A column to insert: its name, its PostgreSQL type and one value per row. */
export type Column = readonly [name: string, type: string, values: readonly unknown[]];

// Any constant works; every process that may seed the same database uses this one.
const SEED_LOCK_KEY = 7_152_940_120;

/**
 * The demo organisation's reads and writes. Rows go in with one multi-row statement per table
 * (`INSERT ... SELECT FROM unnest($1::uuid[], $2::text[], ...)`): a handful of round trips for the whole
 * organisation, whatever its size.
 */
export class DemoOrganisationRepository {
  constructor(private readonly dataSource: DataSource) {}

  async peopleCount(manager?: EntityManager): Promise<number> {
    const rows: Array<{ n: number }> = await (manager ?? this.dataSource).query(
      'SELECT count(*)::int AS n FROM users',
    );
    return rows[0]!.n;
  }

  /** Serialises seeding: of two processes starting on one empty database, one seeds, the other sees people. */
  async lockSeeding(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
  }

  /** The taxonomy the migrations seeded, each topic with the root of its branch. */
  async taxonomy(): Promise<TaxonomyTopicRow[]> {
    const rows: Array<{
      slug: string;
      label_fr: string;
      label_en: string;
      synonyms_fr: string[];
      synonyms_en: string[];
      root_slug: string;
    }> = await this.dataSource.query(
      `WITH RECURSIVE branch AS (
         SELECT id, slug AS root_slug FROM topics WHERE parent_id IS NULL
         UNION ALL
         SELECT t.id, b.root_slug FROM topics t JOIN branch b ON t.parent_id = b.id
       )
       SELECT t.slug, t.label_fr, t.label_en, t.synonyms_fr, t.synonyms_en, b.root_slug
         FROM topics t JOIN branch b ON b.id = t.id
        ORDER BY t.slug`,
    );
    return rows.map((row) => ({
      slug: row.slug,
      labelFr: row.label_fr,
      labelEn: row.label_en,
      synonymsFr: row.synonyms_fr,
      synonymsEn: row.synonyms_en,
      rootSlug: row.root_slug,
    }));
  }

  async topicIdsBySlug(manager: EntityManager): Promise<Map<string, string>> {
    const rows: Array<{ id: string; slug: string }> = await manager.query('SELECT id, slug FROM topics');
    return new Map(rows.map((row) => [row.slug, row.id]));
  }

  /**
   * The topic each hashtag term names: the API's query (libs/people TopicsRepository.resolveTerms), for many
   * posts' terms at once. Each term is resolved on its own, so batching changes nothing to the answer.
   */
  async resolveTopicTerms(terms: readonly string[], manager: EntityManager): Promise<Map<string, string>> {
    if (terms.length === 0) return new Map();
    const normalised = (param: string) => `public.relais_unaccent(lower(btrim(${param})))`;
    const rows: Array<{ term: string; topic_id: string }> = await manager.query(
      `SELECT DISTINCT ON (q.term) q.term, t.id AS topic_id
         FROM unnest($1::text[]) AS q(term)
         JOIN topics t ON t.search_terms @> ARRAY[${normalised('q.term')}]
        ORDER BY q.term,
                 t.slug = lower(btrim(q.term)) DESC,
                 ${normalised('q.term')} IN (${normalised('t.label_fr')}, ${normalised('t.label_en')}) DESC,
                 t.slug`,
      [terms],
    );
    return new Map(rows.map((row) => [row.term, row.topic_id]));
  }

  /**
   * The active person each @handle names (an e-mail's local part, or a whole address): the API's rule
   * (libs/content AuthorsRepository.idsByHandles), for many bodies' handles at once. A handle naming
   * several people names nobody.
   */
  async resolveHandles(handles: readonly string[], manager: EntityManager): Promise<Map<string, string>> {
    if (handles.length === 0) return new Map();
    const rows: Array<{ handle: string; id: string }> = await manager.query(
      `SELECT h.handle, (array_agg(u.id))[1] AS id
         FROM unnest($1::text[]) AS h(handle)
         JOIN users u ON u.status = 'active'
          AND (CASE WHEN position('@' in h.handle) > 0 THEN u.email = h.handle
                    ELSE split_part(u.email, '@', 1) = h.handle END)
        GROUP BY h.handle
       HAVING count(*) = 1`,
      [handles],
    );
    return new Map(rows.map((row) => [row.handle, row.id]));
  }

  /** One statement for all the rows; `select` can wrap the unnested columns (e.g. to build an array). */
  async insert(
    manager: EntityManager,
    table: string,
    columns: readonly Column[],
    select?: (names: string[]) => string,
  ): Promise<number> {
    const count = columns[0]?.[2].length ?? 0;
    if (count === 0) return 0;
    for (const [name, , values] of columns) {
      if (values.length !== count)
        throw new Error(`${table}.${name}: ${values.length} values for ${count} rows`);
    }
    const names = columns.map(([name]) => name);
    const unnest = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ');
    const projection = select ? select(names) : names.join(', ');
    await manager.query(
      `INSERT INTO ${table} (${names.join(', ')})
       SELECT ${projection} FROM unnest(${unnest}) AS row(${names.join(', ')})`,
      columns.map(([, , values]) => values),
    );
    return count;
  }

  /** Questions get their accepted answer once the comments exist (the foreign key points at them). */
  async setAcceptedAnswers(
    manager: EntityManager,
    postIds: readonly string[],
    commentIds: readonly string[],
  ): Promise<void> {
    if (postIds.length === 0) return;
    await manager.query(
      `UPDATE posts p SET accepted_comment_id = a.comment_id
         FROM unnest($1::uuid[], $2::uuid[]) AS a(post_id, comment_id)
        WHERE p.id = a.post_id`,
      [postIds, commentIds],
    );
  }

  /** Fresh statistics, so the first requests get the plans the indexes were made for. */
  async analyze(tables: readonly string[]): Promise<void> {
    await this.dataSource.query(`ANALYZE ${tables.join(', ')}`);
  }

  /** Which of these e-mail addresses belong to active people. */
  async activeEmails(emails: readonly string[]): Promise<Set<string>> {
    const rows: Array<{ email: string }> = await this.dataSource.query(
      "SELECT email FROM users WHERE email = ANY($1::text[]) AND status = 'active'",
      [emails],
    );
    return new Set(rows.map((row) => row.email));
  }
}
