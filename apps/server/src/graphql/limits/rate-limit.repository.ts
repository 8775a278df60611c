import type { DataSource } from 'typeorm';
import type { RateLimitResult, RateLimitStore } from './rate-limit';

interface CounterRow {
  hits: number;
  ms_left: number;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * Fixed-window counters in PostgreSQL, shared by every server process on the database. One
 * statement per hit (INSERT … ON CONFLICT DO UPDATE … RETURNING), so concurrent hits from any
 * process never lose an update.
 */
export class PostgresRateLimitStore implements RateLimitStore {
  private lastSweep = 0;

  /** `now` is for tests; without it the database clock counts, the same for every process. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly now?: () => number,
  ) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const at = this.now ? new Date(this.now()) : null;
    await this.sweep(at);
    const [row] = await this.dataSource.query<CounterRow[]>(
      `WITH moment AS (SELECT coalesce($3::timestamptz, clock_timestamp()) AS at)
       INSERT INTO rate_limit_counter AS c (key, window_start, window_ms, hits)
       SELECT $1, at, $2, 1 FROM moment
       ON CONFLICT (key) DO UPDATE SET
         window_start = CASE WHEN c.window_start + c.window_ms * interval '1 millisecond' <= EXCLUDED.window_start
                             THEN EXCLUDED.window_start ELSE c.window_start END,
         window_ms = CASE WHEN c.window_start + c.window_ms * interval '1 millisecond' <= EXCLUDED.window_start
                          THEN EXCLUDED.window_ms ELSE c.window_ms END,
         hits = CASE WHEN c.window_start + c.window_ms * interval '1 millisecond' <= EXCLUDED.window_start
                     THEN 1 ELSE least(c.hits + 1, 2147483647) END
       RETURNING hits, (extract(epoch FROM c.window_start + c.window_ms * interval '1 millisecond' - (SELECT at FROM moment)) * 1000)::float8 AS ms_left`,
      [key, windowMs, at],
    );
    if (row.hits <= limit) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(row.ms_left / 1000)) };
  }

  /** Drops ended windows now and then, so the table holds only live counters. */
  private async sweep(at: Date | null): Promise<void> {
    const now = at?.getTime() ?? Date.now();
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    await this.dataSource.query(
      `DELETE FROM rate_limit_counter WHERE window_start + window_ms * interval '1 millisecond' < coalesce($1::timestamptz, clock_timestamp())`,
      [at],
    );
  }
}
