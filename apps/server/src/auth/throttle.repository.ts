import type { ThrottleState } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';

interface ThrottleRow {
  key: string;
  failures: number;
  last_failure_at: Date;
  locked_until: Date | null;
}

/** The login_throttle table: one row per account address or client address. */
export class ThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Locks the keys' rows (creating empty ones) until the transaction ends, in key order so that
   * two requests never wait on each other crosswise.
   */
  async lock(manager: EntityManager, keys: string[]): Promise<Map<string, ThrottleState>> {
    const sorted = [...new Set(keys)].sort();
    await manager.query(
      `INSERT INTO login_throttle (key, failures, last_failure_at) SELECT k, 0, now() FROM unnest($1::text[]) AS k ORDER BY k
       ON CONFLICT (key) DO NOTHING`,
      [sorted],
    );
    const rows: ThrottleRow[] = await manager.query(
      'SELECT key, failures, last_failure_at, locked_until FROM login_throttle WHERE key = ANY($1) ORDER BY key FOR UPDATE',
      [sorted],
    );
    return new Map(rows.map((r) => [r.key, { failures: r.failures, lastFailureAt: r.last_failure_at, lockedUntil: r.locked_until }]));
  }

  async save(manager: EntityManager, key: string, state: ThrottleState): Promise<void> {
    await manager.query('UPDATE login_throttle SET failures = $2, last_failure_at = $3, locked_until = $4 WHERE key = $1', [
      key,
      state.failures,
      state.lastFailureAt,
      state.lockedUntil,
    ]);
  }

  async remove(keys: string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query('DELETE FROM login_throttle WHERE key = ANY($1)', [keys]);
  }

  /** Takes back one counted attempt, and the lock it set if no later attempt replaced it. */
  async refund(key: string, lockItSet: Date | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE login_throttle SET failures = greatest(failures - 1, 0),
              locked_until = CASE WHEN locked_until IS NOT DISTINCT FROM $2::timestamptz THEN NULL ELSE locked_until END
        WHERE key = $1`,
      [key, lockItSet],
    );
  }
}
