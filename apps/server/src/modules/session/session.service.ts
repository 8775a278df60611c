import type { Role } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config/env';
import { hashSecret, newSecret } from '../../auth/secrets';
import { insertSession, liveSessionsOf, revokeOwnSession, revokeSession, revokeSessionsOf, touchLiveSession } from './session.repository';
import { deviceLabel } from './session.device';
import type { Session } from './session.types';

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
    await insertSession(manager, {
      id: sessionId,
      userId,
      maxHours: this.config.maxHours,
      clientAddress: client.clientAddress,
      userAgent: client.userAgent.slice(0, 300),
    });
    return { token, sessionId };
  }

  /** The live session for a cookie value, touching it; null when unknown, revoked, idle too long or expired. */
  async resolve(token: string): Promise<ActiveSession | null> {
    const row = await touchLiveSession(this.dataSource.manager, hashSecret(token), this.config.idleMinutes);
    return row ? { id: row.id, userId: row.user_id, role: row.role, municipalityCode: row.municipality_code } : null;
  }

  /** As `resolve`, with how long the session stays live at most without another request (expiry or idle limit). */
  async resolveLive(token: string): Promise<{ session: ActiveSession; liveForMs: number } | null> {
    const row = await touchLiveSession(this.dataSource.manager, hashSecret(token), this.config.idleMinutes);
    return row
      ? { session: { id: row.id, userId: row.user_id, role: row.role, municipalityCode: row.municipality_code }, liveForMs: row.live_for_ms }
      : null;
  }

  async revoke(sessionId: string): Promise<void> {
    await revokeSession(this.dataSource.manager, sessionId);
  }

  /** Ends every session of the user (except one, e.g. the one changing the password). */
  async revokeAll(userId: string, exceptSessionId: string | null = null, manager: EntityManager = this.dataSource.manager): Promise<number> {
    return revokeSessionsOf(manager, userId, exceptSessionId);
  }

  async listLive(userId: string, currentSessionId: string | null): Promise<Session[]> {
    const rows = await liveSessionsOf(this.dataSource.manager, userId, this.config.idleMinutes);
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
    return revokeOwnSession(this.dataSource.manager, userId, publicId);
  }
}
