import type { DataSource } from 'typeorm';
import type { RateLimitResult, RateLimitStore } from './rate-limit';
import type { RateLimitReserver, Reservation } from './rate-limit-lease';

interface CounterRow {
  hits: number;
  ms_left: number;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * Fixed-window counters in PostgreSQL, shared by every server process on the database. One
 * statement per hit or per reservation of several hits (INSERT … ON CONFLICT DO UPDATE …
 * RETURNING), so concurrent hits from any process never lose an update. The request limits
 * reserve leases (LeasedRateLimitStore); rarer limits (reset mails, forum posts) count each hit.
 */
export class PostgresRateLimitStore implements RateLimitStore, RateLimitReserver {
  private lastSweep = 0;

  /** `now` is for tests; without it the database clock counts, the same for every process. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly now?: () => number,
  ) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const { hits, msLeft } = await this.reserve(key, 1, windowMs);
    if (hits <= limit) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)) };
  }

  /** Adds `count` hits to the key's window (a new window when the last one has ended). */
  async reserve(key: string, count: number, windowMs: number): Promise<Reservation> {
    const at = this.now ? new Date(this.now()) : null;
    await this.sweep(at);
    const [row] = await this.dataSource.query<CounterRow[]>(
      `WITH moment AS (SELECT coalesce($3::timestamptz, clock_timestamp()) AS at)
       INSERT INTO rate_limit_counter AS c (key, window_start, window_ms, hits)
       SELECT $1, at, $2, $4 FROM moment
       ON CONFLICT (key) DO UPDATE SET
         window_start = CASE WHEN c.window_start + c.window_ms * interval '1 millisecond' <= EXCLUDED.window_start
                             THEN EXCLUDED.window_start ELSE c.window_start END,
         window_ms = CASE WHEN c.window_start + c.window_ms * interval '1 millisecond' <= EXCLUDED.window_start
                          THEN EXCLUDED.window_ms ELSE c.window_ms END,
         hits = CASE WHEN c.window_start + c.window_ms * interval '1 millisecond' <= EXCLUDED.window_start
                     THEN EXCLUDED.hits ELSE least(c.hits::bigint + EXCLUDED.hits, 2147483647)::int END
       RETURNING hits, (extract(epoch FROM c.window_start + c.window_ms * interval '1 millisecond' - (SELECT at FROM moment)) * 1000)::float8 AS ms_left`,
      [key, windowMs, at, count],
    );
    return { hits: row.hits, msLeft: row.ms_left };
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
