import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * State that several server processes must share: request counters per client and per token
 * (fixed windows), next to the login throttle that already lives here. And at most one live
 * password-reset link per user, enforced by the database.
 */
export class SharedLimitsAndRecovery1767520000000 implements MigrationInterface {
  name = 'SharedLimitsAndRecovery1767520000000';

  async up(q: QueryRunner): Promise<void> {
    // UNLOGGED: counters of a minute or an hour need no crash safety, and every request writes here.
    await q.query(`CREATE UNLOGGED TABLE rate_limit_counter (
      key text PRIMARY KEY,
      window_start timestamptz NOT NULL,
      window_ms integer NOT NULL CHECK (window_ms > 0),
      hits integer NOT NULL CHECK (hits > 0)
    )`);
    await q.query(`CREATE INDEX rate_limit_counter_window ON rate_limit_counter (window_start)`);

    // Older live links lose to the newest one, as a new request now voids the others.
    await q.query(`DELETE FROM password_reset p
      WHERE p.used_at IS NULL AND EXISTS (
        SELECT 1 FROM password_reset q WHERE q.user_id = p.user_id AND q.used_at IS NULL
           AND (q.created_at, q.token_hash) > (p.created_at, p.token_hash))`);
    await q.query(`CREATE UNIQUE INDEX password_reset_one_live_link ON password_reset (user_id) WHERE used_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX password_reset_one_live_link');
    await q.query('DROP TABLE rate_limit_counter');
  }
}
