import type { Role } from '@monitor/domain';
import type { EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';

/** The session module owns user_session. */

export interface LiveSessionRow {
  id: string;
  public_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  client_address: string | null;
  user_agent: string | null;
}

export interface TouchedSessionRow {
  id: string;
  user_id: string;
  role: Role;
  municipality_code: string | null;
}

export async function insertSession(
  db: EntityManager,
  session: { id: string; userId: string; maxHours: number; clientAddress: string; userAgent: string },
): Promise<void> {
  await db.query(
    `INSERT INTO user_session (id, user_id, expires_at, client_address, user_agent)
     VALUES ($1, $2, now() + make_interval(hours => $3), $4, $5)`,
    [session.id, session.userId, session.maxHours, session.clientAddress, session.userAgent],
  );
}

/**
 * Touches a live session and answers its user's role and municipality. Runs on every signed-in
 * request, so it reads app_user (user module) and municipality (municipality module) in the same
 * statement (docs/architecture.md, "Cross-module reads").
 */
export async function touchLiveSession(db: EntityManager, id: string, idleMinutes: number): Promise<TouchedSessionRow | null> {
  const rows = await rowsOf<TouchedSessionRow>(
    db,
    `UPDATE user_session s SET last_seen_at = now()
       FROM app_user u LEFT JOIN municipality m ON m.id = u.municipality_id
      WHERE s.id = $1 AND u.id = s.user_id AND u.active
        AND s.revoked_at IS NULL AND s.expires_at > now()
        AND s.last_seen_at > now() - make_interval(mins => $2)
      RETURNING s.id, s.user_id, u.role, m.code AS municipality_code`,
    [id, idleMinutes],
  );
  return rows[0] ?? null;
}

export async function revokeSession(db: EntityManager, id: string): Promise<void> {
  await db.query('UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
}

/** Revokes every live session of a user except one; the number revoked. */
export async function revokeSessionsOf(db: EntityManager, userId: string, exceptSessionId: string | null): Promise<number> {
  const rows = await rowsOf(
    db,
    `UPDATE user_session SET revoked_at = now()
      WHERE user_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR id <> $2) RETURNING id`,
    [userId, exceptSessionId],
  );
  return rows.length;
}

export function liveSessionsOf(db: EntityManager, userId: string, idleMinutes: number): Promise<LiveSessionRow[]> {
  return db.query<LiveSessionRow[]>(
    `SELECT id, public_id, created_at, last_seen_at, expires_at, client_address, user_agent FROM user_session
      WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
        AND last_seen_at > now() - make_interval(mins => $2)
      ORDER BY last_seen_at DESC`,
    [userId, idleMinutes],
  );
}

/** Revokes a session of this user by its public id; false when it is not theirs (or already revoked). */
export async function revokeOwnSession(db: EntityManager, userId: string, publicId: string): Promise<boolean> {
  const rows = await rowsOf(
    db,
    `UPDATE user_session SET revoked_at = now() WHERE public_id::text = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`,
    [publicId, userId],
  );
  return rows.length > 0;
}

/** Revokes every live session of these users. */
export async function revokeSessionsOfUsers(db: EntityManager, userIds: string[]): Promise<void> {
  await db.query('UPDATE user_session SET revoked_at = now() WHERE user_id = ANY($1) AND revoked_at IS NULL', [userIds]);
}
