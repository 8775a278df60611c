import type { Role } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config/env';
import { hashSecret, newSecret } from '../../auth/secrets';
import { rowsOf } from '../../db/sql';
import { deviceLabel } from './session.device';
import type { Session } from './session.types';

interface LiveSessionRow {
  id: string;
  public_id: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  client_address: string | null;
  user_agent: string | null;
}

export interface ActiveSession {
  id: string;
  userId: string;
  role: Role;
  municipalityCode: string | null;
}

/** Server-side sessions: the cookie holds a random secret, the database only its hash. */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config['session'],
  ) {}

  get maxAgeSeconds(): number {
    return this.config.maxHours * 3600;
  }

  async create(
    userId: string,
    client: { clientAddress: string; userAgent: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ token: string; sessionId: string }> {
    const token = newSecret();
    const sessionId = hashSecret(token);
    await manager.query(
      `INSERT INTO user_session (id, user_id, expires_at, client_address, user_agent)
       VALUES ($1, $2, now() + make_interval(hours => $3), $4, $5)`,
      [sessionId, userId, this.config.maxHours, client.clientAddress, client.userAgent.slice(0, 300)],
    );
    return { token, sessionId };
  }

  /** The live session for a cookie value, touching it; null when unknown, revoked, idle too long or expired. */
  async resolve(token: string): Promise<ActiveSession | null> {
    const rows = await rowsOf<{ id: string; user_id: string; role: Role; municipality_code: string | null }>(
      this.dataSource,
      `UPDATE user_session s SET last_seen_at = now()
         FROM app_user u LEFT JOIN municipality m ON m.id = u.municipality_id
        WHERE s.id = $1 AND u.id = s.user_id AND u.active
          AND s.revoked_at IS NULL AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)
        RETURNING s.id, s.user_id, u.role, m.code AS municipality_code`,
      [hashSecret(token), this.config.idleMinutes],
    );
    const row = rows[0];
    return row ? { id: row.id, userId: row.user_id, role: row.role, municipalityCode: row.municipality_code } : null;
  }

  async revoke(sessionId: string): Promise<void> {
    await this.dataSource.query('UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [sessionId]);
  }

  /** Ends every session of the user (except one, e.g. the one changing the password). */
  async revokeAll(userId: string, exceptSessionId: string | null = null, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const rows = await rowsOf(
      manager,
      `UPDATE user_session SET revoked_at = now()
        WHERE user_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR id <> $2) RETURNING id`,
      [userId, exceptSessionId],
    );
    return rows.length;
  }

  async listLive(userId: string, currentSessionId: string | null): Promise<Session[]> {
    const rows = await this.dataSource.query<LiveSessionRow[]>(
      `SELECT id, public_id, created_at, last_seen_at, expires_at, client_address, user_agent FROM user_session
        WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
          AND last_seen_at > now() - make_interval(mins => $2)
        ORDER BY last_seen_at DESC`,
      [userId, this.config.idleMinutes],
    );
    return rows.map((r) => ({
      id: r.public_id,
      createdAt: r.created_at,
      lastSeenAt: r.last_seen_at,
      expiresAt: r.expires_at,
      clientAddress: r.client_address,
      userAgent: r.user_agent,
      deviceLabel: deviceLabel(r.user_agent),
      current: r.id === currentSessionId,
      ownerUserId: userId,
    }));
  }

  /** Revokes one of the user's own sessions by its public id; false when it is not theirs. */
  async revokeOwn(userId: string, publicId: string): Promise<boolean> {
    const rows = await rowsOf(
      this.dataSource,
      `UPDATE user_session SET revoked_at = now() WHERE public_id::text = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id`,
      [publicId, userId],
    );
    return rows.length > 0;
  }
}
