import { hashSecret } from '../../auth/secrets';
import type { ActiveSession } from '../../modules/session/session.service';

export interface LiveSessionsOptions {
  /** The database lookup (touching last_seen_at when due): the session and how long it stays live at most. */
  lookup: (token: string) => Promise<{ session: ActiveSession; liveForMs: number } | null>;
  /** Whether the change listener is up: without it nothing is trusted, every request looks its session up. */
  listening: () => boolean;
  /**
   * Goes up whenever a session may have ended or its user's role or municipality changed: the
   * sessions channel, both data channels (app_user, municipality) and this process's own writes.
   */
  generation: () => number;
  /** How long a looked-up session is trusted at most (so last_seen_at is still touched regularly). */
  maxAgeMs: number;
  maxEntries?: number;
  now?: () => number;
}

interface Trusted {
  session: ActiveSession;
  until: number;
}

/**
 * Recently looked-up sessions for the per-viewer cache's hits, so a hit needs no database round
 * trip. Fails closed: an entry is used only while the listener is up and nothing that could end a
 * session or change its user has happened since the lookup started (any such change drops every
 * entry), and never past the session's expiry or idle limit as the database computed them. A
 * lookup that raced a change is not kept. Everything else goes to the database as before.
 */
export class LiveSessions {
  private readonly trusted = new Map<string, Trusted>();
  private seen = Number.NaN;
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor(private readonly options: LiveSessionsOptions) {
    this.now = options.now ?? Date.now;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  async resolve(token: string): Promise<ActiveSession | null> {
    const listening = this.options.listening();
    const generation = this.current();
    // keyed by the cookie's hash (the session id), so no secret is kept
    const id = hashSecret(token);
    if (listening) {
      const known = this.trusted.get(id);
      if (known !== undefined && known.until > this.now()) return known.session;
    }
    const startedAt = this.now();
    const found = await this.options.lookup(token);
    this.trusted.delete(id);
    if (found === null) return null;
    if (listening && this.options.listening() && this.current() === generation) {
      if (this.trusted.size >= this.maxEntries) this.trusted.delete(this.trusted.keys().next().value!);
      this.trusted.set(id, { session: found.session, until: startedAt + Math.min(this.options.maxAgeMs, found.liveForMs) });
    }
    return found.session;
  }

  private current(): number {
    const generation = this.options.generation();
    if (generation !== this.seen) {
      this.trusted.clear();
      this.seen = generation;
    }
    return generation;
  }
}
