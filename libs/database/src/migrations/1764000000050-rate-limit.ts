import { MigrationInterface, QueryRunner } from 'typeorm';

export class RateLimit1764000000050 implements MigrationInterface {
  name = 'RateLimit1764000000050';

  async up(q: QueryRunner): Promise<void> {
    // UNLOGGED: counters are worth nothing after a crash, and skipping the WAL keeps the hot path cheap.
    await q.query(`
      CREATE UNLOGGED TABLE rate_limit_window (
        key text PRIMARY KEY,
        window_ends_at timestamptz NOT NULL,
        hits integer NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE rate_limit_window');
  }
}
