import { createTestDatabase, type TestDatabase } from '../../../../test/database';
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
});
