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
  /** Milliseconds until the session expires or goes idle, from the last-seen time as read (before this touch). */
  live_for_ms: number;
}

let endedHere = 0;
/** Goes up after every statement of this process that may end sessions (the notification follows at commit). */
export const sessionsEndedHere = (): number => endedHere;

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

/** How stale last_seen_at may get before a request writes it again (and so how much the idle limit may overrun). */
export const TOUCH_EVERY_SECONDS = 60;

/**
 * Finds a live session and answers its user's role and municipality; it writes last_seen_at only
 * when that is older than TOUCH_EVERY_SECONDS. Runs on every signed-in request: reading alone takes
 * no row lock and no commit flush, so one user's parallel requests no longer queue on the session
 * row. Revocation, expiry and a deactivated user still count at once: they are read every time.
 * Reads app_user (user module) and municipality (municipality module) in the same statement
 * (docs/architecture.md, "Cross-module reads").
 */
export async function touchLiveSession(db: EntityManager, id: string, idleMinutes: number): Promise<TouchedSessionRow | null> {
  const rows = await rowsOf<TouchedSessionRow>(
    db,
    `WITH live AS (
       SELECT s.id, s.user_id, u.role, m.code AS municipality_code, s.last_seen_at,
              floor(1000 * extract(epoch FROM LEAST(s.expires_at, s.last_seen_at + make_interval(mins => $2)) - now()))::float8 AS live_for_ms
         FROM user_session s JOIN app_user u ON u.id = s.user_id LEFT JOIN municipality m ON m.id = u.municipality_id
        WHERE s.id = $1 AND u.active AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
     ), touched AS (
       UPDATE user_session s SET last_seen_at = now() FROM live
        WHERE s.id = live.id AND live.last_seen_at <= now() - make_interval(secs => $3) AND s.revoked_at IS NULL
     )
     SELECT id, user_id, role, municipality_code, live_for_ms FROM live`,
    [id, idleMinutes, TOUCH_EVERY_SECONDS],
  );
  return rows[0] ?? null;
}

export async function revokeSession(db: EntityManager, id: string): Promise<void> {
  await db.query('UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
  endedHere++;
}

/** Revokes every live session of a user except one; the number revoked. */
export async function revokeSessionsOf(db: EntityManager, userId: string, exceptSessionId: string | null): Promise<number> {
  const rows = await rowsOf(
    db,
    `UPDATE user_session SET revoked_at = now()
      WHERE user_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR id <> $2) RETURNING id`,
    [userId, exceptSessionId],
  );
  endedHere++;
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
  endedHere++;
  return rows.length > 0;
}

/** Revokes every live session of these users. */
export async function revokeSessionsOfUsers(db: EntityManager, userIds: string[]): Promise<void> {
  await db.query('UPDATE user_session SET revoked_at = now() WHERE user_id = ANY($1) AND revoked_at IS NULL', [userIds]);
  endedHere++;
}
