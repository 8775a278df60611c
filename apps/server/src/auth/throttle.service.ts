import { registerFailure, secondsLocked, type ThrottleState } from '@monitor/domain';
import type { DataSource } from 'typeorm';

/** Failed logins per account address and per client address, kept in PostgreSQL. */
export class ThrottleService {
  constructor(private readonly dataSource: DataSource) {}

  static keys(email: string, clientAddress: string): string[] {
    return [`account:${email.toLowerCase()}`, `client:${clientAddress}`];
  }

  /** Seconds before these keys may try again (the longest lock). */
  async lockedFor(keys: string[], now = new Date()): Promise<number> {
    const states = await this.load(keys);
    return Math.max(0, ...[...states.values()].map((state) => secondsLocked(state, now)));
  }

  async fail(keys: string[], now = new Date()): Promise<void> {
    const states = await this.load(keys);
    for (const key of keys) {
      const next = registerFailure(states.get(key), now);
      await this.dataSource.query(
        `INSERT INTO login_throttle (key, failures, last_failure_at, locked_until) VALUES ($1, $2, $3, $4)
         ON CONFLICT (key) DO UPDATE SET failures = $2, last_failure_at = $3, locked_until = $4`,
        [key, next.failures, next.lastFailureAt, next.lockedUntil],
      );
    }
  }

  /** A successful login clears the account's record; the client address keeps its count, so one
   *  valid account cannot be used to keep guessing others from the same address. */
  async succeed(keys: string[]): Promise<void> {
    await this.dataSource.query('DELETE FROM login_throttle WHERE key = ANY($1)', [keys.slice(0, 1)]);
  }

  private async load(keys: string[]): Promise<Map<string, ThrottleState>> {
    const rows = await this.dataSource.query('SELECT * FROM login_throttle WHERE key = ANY($1)', [keys]);
    return new Map(
      rows.map((r: Record<string, any>) => [r.key, { failures: r.failures, lastFailureAt: r.last_failure_at, lockedUntil: r.locked_until }]),
    );
  }
}
