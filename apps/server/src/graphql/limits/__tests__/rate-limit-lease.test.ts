import { LeasedRateLimitStore, MAX_LEASE, RateLimitLeases, type RateLimitReserver, type Reservation } from '../rate-limit-lease';

const WINDOW = 60_000;

/** A shared fixed-window counter in memory, as PostgresRateLimitStore.reserve counts, with a log of reservations. */
class SharedCounter implements RateLimitReserver {
  readonly reservations: { key: string; count: number }[] = [];
  private readonly windows = new Map<string, { start: number; hits: number }>();

  constructor(private readonly now: () => number) {}

  reserve(key: string, count: number, windowMs: number): Promise<Reservation> {
    const now = this.now();
    this.reservations.push({ key, count });
    let window = this.windows.get(key);
    if (window === undefined || now >= window.start + windowMs) this.windows.set(key, (window = { start: now, hits: 0 }));
    window.hits += count;
    return Promise.resolve({ hits: window.hits, msLeft: window.start + windowMs - now });
  }
}

describe('RateLimitLeases', () => {
  it('asks the shared counter for a key it holds no lease for', () => {
    const leases = new RateLimitLeases();
    expect(leases.spend('client:a', 0)).toBeUndefined();
    expect(leases.sizeOfNext('client:a', 300, 0)).toBe(1);
  });

  it('spends a granted lease locally, one hit of it going to the request that reserved it', () => {
    const leases = new RateLimitLeases();
    expect(leases.settle('client:a', 300, 4, { hits: 4, msLeft: WINDOW }, 0)).toEqual({ allowed: true, retryAfterSeconds: 0 });
    expect([1, 2, 3].map(() => leases.spend('client:a', 10))).toEqual([
      { allowed: true, retryAfterSeconds: 0 },
      { allowed: true, retryAfterSeconds: 0 },
      { allowed: true, retryAfterSeconds: 0 },
    ]);
    expect(leases.spend('client:a', 10)).toBeUndefined();
  });

  it('grants only the part of a reservation that fits under the limit', () => {
    const leases = new RateLimitLeases();
    // 8 reserved, the window now holds 10 of a limit of 5: 3 of the 8 fit
    expect(leases.settle('client:a', 5, 8, { hits: 10, msLeft: WINDOW }, 0).allowed).toBe(true);
    expect(leases.spend('client:a', 1)?.allowed).toBe(true);
    expect(leases.spend('client:a', 1)?.allowed).toBe(true);
    expect(leases.spend('client:a', 1)).toBeUndefined();
  });

  it('refuses locally until the window ends once the shared counter has reached the limit', () => {
    const leases = new RateLimitLeases();
    expect(leases.settle('client:a', 5, 1, { hits: 6, msLeft: 40_000 }, 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect(leases.spend('client:a', 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(leases.spend('client:a', 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(leases.spend('client:a', 60_000)).toBeUndefined();
  });

  it('lets a lease end with its window, counted from when it was asked for', () => {
    const leases = new RateLimitLeases();
    leases.settle('client:a', 300, 10, { hits: 10, msLeft: 1_000 }, 500);
    expect(leases.spend('client:a', 1_499)?.allowed).toBe(true);
    // 8 hits are left in the lease, but its window has ended: they are gone
    expect(leases.spend('client:a', 1_500)).toBeUndefined();
  });

  it('doubles the lease while a key keeps sending, up to a twentieth of the limit and MAX_LEASE', () => {
    const leases = new RateLimitLeases();
    let size = 1;
    const sizes = [];
    for (let i = 0, hits = 0; i < 12; i++) {
      hits += size;
      leases.settle('client:a', 1_000_000, size, { hits, msLeft: WINDOW }, 0);
      size = leases.sizeOfNext('client:a', 1_000_000, 0);
      sizes.push(size);
    }
    expect(sizes).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512, MAX_LEASE, MAX_LEASE, MAX_LEASE]);
    leases.settle('client:b', 300, 1, { hits: 1, msLeft: WINDOW }, 0);
    leases.settle('client:b', 300, 2, { hits: 3, msLeft: WINDOW }, 0);
    leases.settle('client:b', 300, 4, { hits: 7, msLeft: WINDOW }, 0);
    leases.settle('client:b', 300, 8, { hits: 15, msLeft: WINDOW }, 0);
    expect(leases.sizeOfNext('client:b', 300, 0)).toBe(15);
  });

  it('shrinks the lease to 1 near the limit', () => {
    const leases = new RateLimitLeases();
    leases.settle('client:a', 300, 16, { hits: 240, msLeft: WINDOW }, 0);
    expect(leases.sizeOfNext('client:a', 300, 0)).toBe(15);
    leases.settle('client:a', 300, 15, { hits: 290, msLeft: WINDOW }, 0);
    expect(leases.sizeOfNext('client:a', 300, 0)).toBe(2);
    leases.settle('client:a', 300, 2, { hits: 297, msLeft: WINDOW }, 0);
    expect(leases.sizeOfNext('client:a', 300, 0)).toBe(1);
  });

  it('keeps at most maxKeys keys, forgetting the oldest lease (which only makes the limit stricter)', () => {
    const leases = new RateLimitLeases(2);
    for (const key of ['a', 'b', 'c']) leases.settle(key, 300, 4, { hits: 4, msLeft: WINDOW }, 0);
    expect(leases.size).toBe(2);
    expect(leases.spend('a', 1)).toBeUndefined();
    expect(leases.spend('c', 1)?.allowed).toBe(true);
  });
});

describe('LeasedRateLimitStore', () => {
  it('never allows more than the limit across processes sharing one counter, whatever the order', async () => {
    let now = 0;
    const counter = new SharedCounter(() => now);
    const processes = [new LeasedRateLimitStore(counter, () => now), new LeasedRateLimitStore(counter, () => now)];
    let allowed = 0;
    for (let i = 0; i < 1_000; i++) {
      // an irregular order: sometimes one process serves several requests in a row
      const process = processes[(i * 7) % 3 === 0 ? 0 : 1];
      if ((await process.hit('token:t', 200, WINDOW)).allowed) allowed++;
    }
    expect(allowed).toBeLessThanOrEqual(200);
    // unspent leases may refuse a little early, by at most a twentieth of the limit per process
    expect(allowed).toBeGreaterThanOrEqual(200 - 2 * (200 / 20));
    now += WINDOW;
    expect((await processes[0].hit('token:t', 200, WINDOW)).allowed).toBe(true);
  });

  it('sends far fewer reservations than requests for a busy client', async () => {
    const counter = new SharedCounter(() => 0);
    const store = new LeasedRateLimitStore(counter, () => 0);
    for (let i = 0; i < 10_000; i++) expect((await store.hit('client:busy', 1_000_000, WINDOW)).allowed).toBe(true);
    expect(counter.reservations.length).toBeLessThan(30);
  });

  it('lets concurrent requests of one key wait for the reservation under way instead of sending their own', async () => {
    const counter = new SharedCounter(() => 0);
    const store = new LeasedRateLimitStore(counter, () => 0);
    const results = await Promise.all(Array.from({ length: 32 }, () => store.hit('client:a', 300, WINDOW)));
    expect(results.every((r) => r.allowed)).toBe(true);
    // one reservation at a time, each twice as big: 1 + 2 + 4 + 8 + 15 (a twentieth of 300) + 2 more
    expect(counter.reservations.map((r) => r.count)).toEqual([1, 2, 4, 8, 15, 15]);
  });

  it('counts an exact limit one hit at a time when the limit is small', async () => {
    const counter = new SharedCounter(() => 0);
    const [a, b] = [new LeasedRateLimitStore(counter, () => 0), new LeasedRateLimitStore(counter, () => 0)];
    const results = [];
    for (let i = 0; i < 8; i++) results.push((await (i % 2 === 0 ? a : b).hit('token:t', 6, WINDOW)).allowed);
    expect(results).toEqual([true, true, true, true, true, true, false, false]);
    expect(counter.reservations.every((r) => r.count === 1)).toBe(true);
  });
});
