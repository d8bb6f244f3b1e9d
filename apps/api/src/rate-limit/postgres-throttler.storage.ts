import { Injectable } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

interface HitRow {
  hits: number;
  expires_in_ms: number;
}

/**
 * Rate-limit counters in PostgreSQL (an UNLOGGED table: losing them in a crash is harmless), so every api
 * process behind a load balancer counts against the same limit. One upsert per request.
 */
@Injectable()
export class PostgresThrottlerStorage implements ThrottlerStorage {
  private lastSweep = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string) {
    const rows: HitRow[] = await this.dataSource.query(
      `INSERT INTO rate_limit_window AS w (key, window_ends_at, hits)
            VALUES ($1, now() + make_interval(secs => $2::double precision / 1000), 1)
       ON CONFLICT (key) DO UPDATE
             SET hits = CASE WHEN w.window_ends_at <= now() THEN 1 ELSE w.hits + 1 END,
                 window_ends_at = CASE WHEN w.window_ends_at <= now() THEN EXCLUDED.window_ends_at
                                       ELSE w.window_ends_at END
       RETURNING hits, (EXTRACT(EPOCH FROM (window_ends_at - now())) * 1000)::int AS expires_in_ms`,
      [`${throttlerName}:${key}`, Math.max(ttl, blockDuration)],
    );
    this.sweepOccasionally();
    const { hits, expires_in_ms } = rows[0]!;
    const blocked = hits > limit;
    const seconds = Math.max(1, Math.ceil(expires_in_ms / 1000));
    return {
      totalHits: hits,
      timeToExpire: seconds,
      isBlocked: blocked,
      timeToBlockExpire: blocked ? seconds : 0,
    };
  }

  private sweepOccasionally(): void {
    const now = Date.now();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    void this.dataSource
      .query('DELETE FROM rate_limit_window WHERE window_ends_at < now()')
      .catch(() => undefined);
  }
}
