import { httpStatusOf } from '@monitor/domain';
import { createHash } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { LimitErrorCode, errorBody } from './limits.errors';

export interface RateLimiterOptions {
  /** Allowed hits per key per window. */
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Most keys kept; beyond it the oldest window is forgotten (bounds memory under address spraying). */
  maxKeys?: number;
}

export interface RateLimitResult {
  allowed: boolean;
  /** Seconds until the key's window ends; 0 when allowed. */
  retryAfterSeconds: number;
}

/** Counts hits per key in fixed windows. The server uses PostgresRateLimitStore (shared by every process). */
export interface RateLimitStore {
  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult>;
}

interface Window {
  start: number;
  count: number;
}

/**
 * Fixed-window counter per key, in memory (one server process). No timers: expired windows are
 * pruned on each hit, cheaply, because the map is kept in order of window start.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private readonly maxKeys: number;

  constructor({ limit, windowMs, now = Date.now, maxKeys = 100_000 }: RateLimiterOptions) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.now = now;
    this.maxKeys = maxKeys;
  }

  hit(key: string): RateLimitResult {
    const now = this.now();
    this.prune(now);
    let window = this.windows.get(key);
    if (window === undefined || now - window.start >= this.windowMs) {
      // Delete and re-insert, so that insertion order stays the order of window start.
      this.windows.delete(key);
      window = { start: now, count: 0 };
      this.windows.set(key, window);
      if (this.windows.size > this.maxKeys) this.windows.delete(this.windows.keys().next().value!);
    }
    if (window.count >= this.limit) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)) };
    }
    window.count += 1;
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** Number of keys currently tracked. */
  get size(): number {
    return this.windows.size;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start < this.windowMs) break;
      this.windows.delete(key);
    }
  }
}

/** In this process only: for tests and single-process tools, never for the server (see PostgresRateLimitStore). */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly limiters = new Map<string, RateLimiter>();

  constructor(private readonly now: () => number = Date.now) {}

  hit(key: string, limit: number, windowMs: number): Promise<RateLimitResult> {
    return new Promise((resolve) => {
      const id = `${limit}/${windowMs}`;
      let limiter = this.limiters.get(id);
      if (!limiter) this.limiters.set(id, (limiter = new RateLimiter({ limit, windowMs, now: this.now })));
      resolve(limiter.hit(key));
    });
  }
}

export interface RateLimitMiddlewareOptions {
  /** Requests per minute per client address (Config['limits'].requestsPerMinutePerClient). */
  perClient: number;
  /** Requests per minute per bearer token (Config['limits'].requestsPerMinutePerToken). */
  perToken: number;
  /** The client's address, e.g. req.ip with Express "trust proxy" set to match the deployment. */
  clientAddress: (req: Request) => string;
  /** Where the counts live; defaults to this process's memory (with `now` as its clock). */
  store?: RateLimitStore;
  now?: () => number;
}

const MINUTE_MS = 60_000;
const BEARER = /^Bearer\s+(\S+)\s*$/i;

/** sha256 of the bearer token, so the limiter never holds a usable token; undefined without one. */
export function bearerTokenKey(authorization: string | undefined): string | undefined {
  const token = authorization?.match(BEARER)?.[1];
  return token === undefined ? undefined : createHash('sha256').update(token).digest('hex');
}

/** 429 with Retry-After when a client address, or a bearer token, exceeds its requests per minute. */
export function rateLimitMiddleware({ perClient, perToken, clientAddress, store, now }: RateLimitMiddlewareOptions): RequestHandler {
  const counts = store ?? new MemoryRateLimitStore(now);
  return async (req, res, next) => {
    const checks = [{ key: `client:${clientAddress(req) || 'unknown'}`, limit: 'requestsPerMinutePerClient', max: perClient, per: 'clientadres' }];
    const tokenKey = bearerTokenKey(req.headers.authorization);
    if (tokenKey !== undefined) {
      checks.push({ key: `token:${tokenKey}`, limit: 'requestsPerMinutePerToken', max: perToken, per: 'toegangstoken' });
    }
    try {
      for (const check of checks) {
        const { allowed, retryAfterSeconds } = await counts.hit(check.key, check.max, MINUTE_MS);
        if (allowed) continue;
        res
          .status(httpStatusOf(LimitErrorCode.RATE_LIMITED))
          .set('Retry-After', String(retryAfterSeconds))
          .json(
            errorBody(
              LimitErrorCode.RATE_LIMITED,
              `Te veel verzoeken: het maximum is ${check.max} per minuut per ${check.per}. Probeer het over ${retryAfterSeconds} seconden opnieuw.`,
              { limit: check.limit, max: check.max },
            ),
          );
        return;
      }
    } catch (error) {
      next(error);
      return;
    }
    next();
  };
}
