import type { EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';

/** The auth module owns password_reset (the login throttle is in auth/throttle.repository.ts). */

export async function deleteOpenResetLinks(db: EntityManager, userId: string): Promise<void> {
  await db.query('DELETE FROM password_reset WHERE user_id = $1 AND used_at IS NULL', [userId]);
}

export async function insertResetLink(db: EntityManager, tokenHash: string, userId: string, validHours: number): Promise<void> {
  await db.query(`INSERT INTO password_reset (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`, [
    tokenHash,
    userId,
    validHours,
  ]);
}

/**
 * The live reset link of an active account, with the account's address. Reads app_user (user
 * module) in the same statement (docs/architecture.md, "Cross-module reads").
 */
export async function liveResetLink(db: EntityManager, tokenHash: string): Promise<{ user_id: string; email: string } | null> {
  const [link] = await rowsOf<{ user_id: string; email: string }>(
    db,
    `SELECT r.user_id, u.email FROM password_reset r JOIN app_user u ON u.id = r.user_id
      WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND u.active`,
    [tokenHash],
  );
  return link ?? null;
}

/** Marks a live link used; false when it was used or expired meanwhile. */
export async function useResetLink(db: EntityManager, tokenHash: string): Promise<boolean> {
  const used = await rowsOf(
    db,
    `UPDATE password_reset SET used_at = now() WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING user_id`,
    [tokenHash],
  );
  return used.length > 0;
}
