import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { DataSource, QueryRunner } from 'typeorm';

/** COPY's text format: `\N` is NULL; backslash, tab, newline and carriage return are escaped. */
export function copyValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

export function copyLine(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(copyValue).join('\t')}\n`;
}

/**
 * The bulk generator's connection: one transaction (all of it or nothing), rows streamed in with COPY,
 * never ORM saves. Statement and idle timeouts are lifted for it: copying a million rows takes longer
 * than any request may.
 */
export class BulkRepository {
  private constructor(
    private readonly runner: QueryRunner,
    private readonly client: PoolClient,
  ) {}

  static async open(dataSource: DataSource): Promise<BulkRepository> {
    const runner = dataSource.createQueryRunner();
    const client = (await runner.connect()) as PoolClient;
    await runner.startTransaction();
    await runner.query('SET LOCAL statement_timeout = 0');
    await runner.query('SET LOCAL idle_in_transaction_session_timeout = 0');
    // A crash loses the whole transaction anyway: no need to wait for the WAL at commit.
    await runner.query('SET LOCAL synchronous_commit = off');
    return new BulkRepository(runner, client);
  }

  async peopleCount(): Promise<number> {
    const rows: Array<{ n: number }> = await this.runner.query('SELECT count(*)::int AS n FROM users');
    return rows[0]!.n;
  }

  async topics(): Promise<Array<{ id: string; slug: string; rootSlug: string }>> {
    const rows: Array<{ id: string; slug: string; root_slug: string }> = await this.runner.query(
      `WITH RECURSIVE branch AS (
         SELECT id, slug AS root_slug FROM topics WHERE parent_id IS NULL
         UNION ALL
         SELECT t.id, b.root_slug FROM topics t JOIN branch b ON t.parent_id = b.id
       )
       SELECT t.id, t.slug, b.root_slug FROM topics t JOIN branch b ON b.id = t.id ORDER BY t.slug`,
    );
    return rows.map((row) => ({ id: row.id, slug: row.slug, rootSlug: row.root_slug }));
  }

  /** Streams the lines (see `copyLine`) into the table; resolves with the number of rows. */
  async copy(table: string, columns: readonly string[], lines: Iterable<string>): Promise<number> {
    let rows = 0;
    // Lines are sent in chunks of about 256 KB: one write per line would spend the time in the stream.
    function* chunks(): Generator<string> {
      let chunk = '';
      for (const line of lines) {
        chunk += line;
        rows++;
        if (chunk.length >= 262_144) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    }
    const sink = this.client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    await pipeline(Readable.from(chunks()), sink);
    return rows;
  }

  async commit(): Promise<void> {
    try {
      await this.runner.commitTransaction();
    } finally {
      await this.runner.release();
    }
  }

  async rollback(): Promise<void> {
    try {
      if (this.runner.isTransactionActive) await this.runner.rollbackTransaction();
    } finally {
      await this.runner.release();
    }
  }

  /** After the commit: the visibility map (index-only scans) and statistics the planner needs. */
  static async vacuumAnalyze(dataSource: DataSource, tables: readonly string[]): Promise<void> {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query('SET statement_timeout = 0');
      await runner.query(`VACUUM (ANALYZE) ${tables.join(', ')}`);
      await runner.query('RESET statement_timeout');
    } finally {
      await runner.release();
    }
  }
}
