import { createHash } from 'node:crypto';
import express from 'express';
import { RateLimiter, bearerTokenKey, rateLimitMiddleware } from '../rate-limit';
import { listen, type Running } from './helpers';

describe('RateLimiter', () => {
  it('allows exactly `limit` hits per window and refuses the next', () => {
    let now = 1_000_000;
    const limiter = new RateLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    expect([limiter.hit('a'), limiter.hit('a'), limiter.hit('a')].every((r) => r.allowed)).toBe(true);
    now += 20_000;
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 40 });
    now += 39_500;
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('starts a fresh window once the old one has passed', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000, now: () => now });
    expect(limiter.hit('a').allowed).toBe(true);
    now = 999;
    expect(limiter.hit('a').allowed).toBe(false);
    now = 1_000;
    expect(limiter.hit('a')).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it('counts each key on its own', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 1_000, now: () => 0 });
    expect(limiter.hit('a').allowed).toBe(true);
    expect(limiter.hit('b').allowed).toBe(true);
    expect(limiter.hit('a').allowed).toBe(false);
  });

  it('forgets keys whose window has passed', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 5, windowMs: 1_000, now: () => now });
    for (let i = 0; i < 100; i++) limiter.hit(`client-${i}`);
    expect(limiter.size).toBe(100);
    now = 500;
    limiter.hit('late');
    expect(limiter.size).toBe(101);
    now = 1_000;
    limiter.hit('later');
    // the 100 early windows are gone; "late" (started at 500) is still running
    expect(limiter.size).toBe(2);
  });

  it('keeps at most maxKeys keys, dropping the oldest window', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000, now: () => now, maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) {
      limiter.hit(key);
      now += 1;
    }
    expect(limiter.size).toBe(3);
    expect(limiter.hit('d').allowed).toBe(false);
    expect(limiter.hit('a').allowed).toBe(true);
  });
});

describe('bearerTokenKey', () => {
  it('is the sha256 of the bearer token, never the token', () => {
    const key = bearerTokenKey('Bearer mk_secret.token');
    expect(key).toBe(createHash('sha256').update('mk_secret.token').digest('hex'));
    expect(key).not.toContain('secret');
    expect(bearerTokenKey('bearer   mk_secret.token ')).toBe(key);
  });

  it('is undefined without a bearer token', () => {
    expect(bearerTokenKey(undefined)).toBeUndefined();
    expect(bearerTokenKey('Basic dXNlcjpwYXNz')).toBeUndefined();
    expect(bearerTokenKey('Bearer')).toBeUndefined();
  });
});

describe('rateLimitMiddleware', () => {
  let now = 5_000_000;
  let running: Running;
  beforeAll(async () => {
    const app = express();
    app.use(
      rateLimitMiddleware({
        perClient: 3,
        perToken: 4,
        clientAddress: (req) => String(req.headers['x-test-client']),
        now: () => now,
      }),
    );
    app.post('/graphql', (_req, res) => {
      res.json({ data: { ok: true } });
    });
    running = await listen(app);
  });
  afterAll(() => running.close());

  const post = (client: string, token?: string) =>
    fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'x-test-client': client, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });

  it('lets a client make exactly perClient requests a minute, then answers 429 with Retry-After', async () => {
    for (let i = 0; i < 3; i++) expect((await post('10.0.0.1')).status).toBe(200);
    now += 15_000;
    const refused = await post('10.0.0.1');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('45');
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await refused.json()).toEqual({
      errors: [
        {
          message: 'Te veel verzoeken: het maximum is 3 per minuut per clientadres. Probeer het over 45 seconden opnieuw.',
          extensions: { code: 'RATE_LIMITED', limit: 'requestsPerMinutePerClient', max: 3 },
        },
      ],
    });
    expect((await post('10.0.0.2')).status).toBe(200);
    now += 45_000;
    expect((await post('10.0.0.1')).status).toBe(200);
  });

  it('limits a bearer token across client addresses', async () => {
    for (let i = 0; i < 4; i++) expect((await post(`10.1.0.${i}`, 'token-a')).status).toBe(200);
    const refused = await post('10.1.0.9', 'token-a');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({
      errors: [
        {
          message: expect.stringContaining('het maximum is 4 per minuut per toegangstoken'),
          extensions: { code: 'RATE_LIMITED', limit: 'requestsPerMinutePerToken', max: 4 },
        },
      ],
    });
    expect((await post('10.1.0.9', 'token-b')).status).toBe(200);
  });
});
