import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { LeasedRateLimitStore } from '../rate-limit-lease';
import { PostgresRateLimitStore } from '../rate-limit.repository';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

describe('PostgresRateLimitStore', () => {
  it('allows exactly `limit` hits per window, says how long to wait, and starts afresh after the window', async () => {
    let now = Date.parse('2026-06-01T10:00:00Z');
    const store = new PostgresRateLimitStore(db.dataSource, () => now);
    for (let i = 0; i < 3; i++) expect(await store.hit('client:a', 3, 60_000)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    now += 20_000;
    expect(await store.hit('client:a', 3, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(await store.hit('client:b', 3, 60_000)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    now += 40_000;
    expect(await store.hit('client:a', 3, 60_000)).toEqual({ allowed: true, retryAfterSeconds: 0 });
  });

  it('loses no hit under concurrency, also between two stores (two processes) on one database', async () => {
    const first = new PostgresRateLimitStore(db.dataSource);
    const second = new PostgresRateLimitStore(db.dataSource);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? first : second).hit('token:shared', 20, 60_000)));
    expect(results.filter((r) => r.allowed)).toHaveLength(20);
    const [row] = await db.dataSource.query("SELECT hits FROM rate_limit_counter WHERE key = 'token:shared'");
    expect(row.hits).toBe(50);
  });

  it('removes ended windows', async () => {
    let now = Date.parse('2026-07-01T10:00:00Z');
    const store = new PostgresRateLimitStore(db.dataSource, () => now);
    await store.hit('client:old', 5, 1_000);
    now += 120_000;
    await store.hit('client:new', 5, 1_000);
    const keys = (await db.dataSource.query("SELECT key FROM rate_limit_counter WHERE key LIKE 'client:%' ORDER BY key")).map(
      (r: { key: string }) => r.key,
    );
    expect(keys).not.toContain('client:old');
    expect(keys).toContain('client:new');
  });

  it('reserves several hits at once and says how many the window holds then', async () => {
    const now = Date.parse('2026-08-01T10:00:00Z');
    const store = new PostgresRateLimitStore(db.dataSource, () => now);
    expect(await store.reserve('client:lease', 5, 60_000)).toEqual({ hits: 5, msLeft: 60_000 });
    expect(await store.reserve('client:lease', 8, 60_000)).toEqual({ hits: 13, msLeft: 60_000 });
    expect(await store.hit('client:lease', 13, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });
});

describe('LeasedRateLimitStore on PostgreSQL', () => {
  it('holds the limit across two processes on one database, with far fewer statements than requests', async () => {
    const counters = [new PostgresRateLimitStore(db.dataSource), new PostgresRateLimitStore(db.dataSource)];
    const reservations: number[] = [];
    const processes = counters.map(
      (counter) =>
        new LeasedRateLimitStore({
          reserve: (key, count, windowMs) => {
            reservations.push(count);
            return counter.reserve(key, count, windowMs);
          },
        }),
    );
    // 32 concurrent clients of one token, spread over both processes, 10 requests each
    const client = async (i: number) => {
      const results = [];
      for (let n = 0; n < 10; n++) results.push(await processes[(i + n) % 2].hit('token:leased', 200, 60_000));
      return results;
    };
    const results = (await Promise.all(Array.from({ length: 32 }, (_, i) => client(i)))).flat();
    const allowed = results.filter((r) => r.allowed).length;
    expect(allowed).toBeLessThanOrEqual(200);
    // unspent leases refuse early by at most a twentieth of the limit per process
    expect(allowed).toBeGreaterThanOrEqual(200 - 2 * 10);
    expect(results.filter((r) => !r.allowed).every((r) => r.retryAfterSeconds >= 1 && r.retryAfterSeconds <= 60)).toBe(true);
    const [row] = await db.dataSource.query<{ hits: number }[]>("SELECT hits FROM rate_limit_counter WHERE key = 'token:leased'");
    // every reserved hit is in the shared counter, spent or not
    expect(row.hits).toBe(reservations.reduce((sum, count) => sum + count, 0));
    expect(reservations.length).toBeLessThan(results.length / 4);
  });
});
