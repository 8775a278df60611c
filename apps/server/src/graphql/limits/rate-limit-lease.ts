import type { RateLimitResult, RateLimitStore } from './rate-limit';

/** What a shared counter answered to a reservation of `count` hits in a key's current window. */
export interface Reservation {
  /** The key's hits in the window after adding `count` (including other processes' hits and leases). */
  hits: number;
  /** Milliseconds until the window ends, measured when the reservation was counted. */
  msLeft: number;
}

/** Adds `count` hits to a key's fixed window in a counter shared by every process (PostgresRateLimitStore.reserve). */
export interface RateLimitReserver {
  reserve(key: string, count: number, windowMs: number): Promise<Reservation>;
}

/** Most hits one reservation takes; with it a busy client costs one statement per this many requests. */
export const MAX_LEASE = 1000;
/** A lease is at most this share of the limit, so that another process is never refused more than that while this one holds a lease. */
const LEASE_SHARE_OF_LIMIT = 20;
/** A lease is at most this share of what was left at the last reservation: leases shrink to 1 near the limit. */
const LEASE_SHARE_OF_HEADROOM = 4;

interface Lease {
  /** Hits of the lease not yet spent by this process. */
  left: number;
  /** Local time the window ends (never later than it ends in the shared counter). */
  endsAt: number;
  /** The window's hits in the shared counter at the last reservation. */
  knownHits: number;
  /** Size of the last reservation: the next one may be twice as big (a client that keeps sending earns larger leases). */
  lastSize: number;
  /** The shared counter had reached the limit: everything is refused until the window ends. */
  exhausted: boolean;
}

/**
 * The pure bookkeeping of leased rate limiting, per key: a process reserves a lease of hits in the
 * shared counter (one statement) and spends it locally. Every reserved hit counts in the shared
 * window whether it is spent or not, and a lease never outlives its window, so across all processes
 * no more than `limit` hits are allowed per window: the limit stays exact or stricter, never looser.
 * Leases grow from 1 by doubling while a key keeps sending, are capped by a share of the limit, and
 * shrink to 1 near the limit, so unspent leases rarely make another process refuse early.
 */
export class RateLimitLeases {
  private readonly leases = new Map<string, Lease>();

  constructor(private readonly maxKeys = 100_000) {}

  /** Spends one hit of a live lease; undefined when the shared counter must be asked (reserve, then settle). */
  spend(key: string, now: number): RateLimitResult | undefined {
    const lease = this.leases.get(key);
    if (lease === undefined || now >= lease.endsAt) return undefined;
    if (lease.exhausted) return refusal(lease.endsAt - now);
    if (lease.left === 0) return undefined;
    lease.left -= 1;
    return ALLOWED;
  }

  /** How many hits the next reservation for `key` takes. */
  sizeOfNext(key: string, limit: number, now: number): number {
    const lease = this.leases.get(key);
    const cap = Math.max(1, Math.min(MAX_LEASE, Math.floor(limit / LEASE_SHARE_OF_LIMIT)));
    if (lease === undefined) return 1;
    // a new window: what others have counted in it is unknown until the reservation answers
    const headroom = now >= lease.endsAt ? limit : limit - lease.knownHits;
    return Math.max(1, Math.min(cap, lease.lastSize * 2, Math.floor(headroom / LEASE_SHARE_OF_HEADROOM)));
  }

  /**
   * Takes the answer to a reservation of `size` hits, asked at local time `askedAt` (so that the
   * lease ends no later than the shared window), and spends one hit of it for the request that asked.
   */
  settle(key: string, limit: number, size: number, reservation: Reservation, askedAt: number): RateLimitResult {
    // the hits of this reservation that fit under the limit; the rest count but are never spent
    const granted = Math.max(0, Math.min(size, limit - (reservation.hits - size)));
    const lease: Lease = {
      left: Math.max(0, granted - 1),
      endsAt: askedAt + reservation.msLeft,
      knownHits: reservation.hits,
      lastSize: size,
      exhausted: granted === 0,
    };
    this.leases.delete(key);
    this.leases.set(key, lease);
    if (this.leases.size > this.maxKeys) this.leases.delete(this.leases.keys().next().value!);
    return granted === 0 ? refusal(reservation.msLeft) : ALLOWED;
  }

  /** Number of keys with a lease (spent, live or ended). */
  get size(): number {
    return this.leases.size;
  }
}

const ALLOWED: RateLimitResult = Object.freeze({ allowed: true, retryAfterSeconds: 0 });

function refusal(msLeft: number): RateLimitResult {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)) };
}

/**
 * Request limits counted across every server process without a statement per request: hits are
 * spent from leases (RateLimitLeases) reserved in the shared counter. Requests of one key that
 * arrive while its reservation is under way wait for it instead of sending their own.
 */
export class LeasedRateLimitStore implements RateLimitStore {
  private readonly books = new Map<string, RateLimitLeases>();
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(
    private readonly counter: RateLimitReserver,
    private readonly now: () => number = Date.now,
  ) {}

  async hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const leases = this.leasesFor(limit, windowMs);
    for (;;) {
      const spent = leases.spend(key, this.now());
      if (spent !== undefined) return spent;
      const underWay = this.pending.get(`${limit}/${windowMs}/${key}`);
      if (underWay === undefined) return this.reserve(leases, key, limit, windowMs);
      await underWay.catch(() => undefined);
    }
  }

  private async reserve(leases: RateLimitLeases, key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    const askedAt = this.now();
    const size = leases.sizeOfNext(key, limit, askedAt);
    const id = `${limit}/${windowMs}/${key}`;
    const reservation = this.counter.reserve(key, size, windowMs);
    this.pending.set(id, reservation);
    try {
      return leases.settle(key, limit, size, await reservation, askedAt);
    } finally {
      this.pending.delete(id);
    }
  }

  private leasesFor(limit: number, windowMs: number): RateLimitLeases {
    const id = `${limit}/${windowMs}`;
    let leases = this.books.get(id);
    if (leases === undefined) this.books.set(id, (leases = new RateLimitLeases()));
    return leases;
  }
}
