import { LruByteCache } from '../lru-byte-cache';
import { PublicOperations } from '../public-operation';

describe('LruByteCache', () => {
  it('forgets the least recently used answers once the byte budget is spent', () => {
    const cache = new LruByteCache(400, 60_000); // each entry below is (1 + 49) × 2 = 100 bytes
    for (const key of ['a', 'b', 'c', 'd']) cache.set(key, key.repeat(49));
    expect(cache.get('a')).toBe('a'.repeat(49)); // a is now the most recently used
    cache.set('e', 'e'.repeat(49));
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd', 'e'].map((k) => cache.get(k) !== undefined)).toEqual([true, true, true, true]);
    expect(cache.totalBytes).toBe(400);
  });

  it('never keeps an answer larger than a quarter of the budget, and counts replacements once', () => {
    const cache = new LruByteCache(400, 60_000);
    cache.set('big', 'x'.repeat(60));
    expect(cache.get('big')).toBeUndefined();
    cache.set('k', 'first');
    cache.set('k', 'second');
    expect(cache.get('k')).toBe('second');
    expect(cache.totalBytes).toBe((1 + 6) * 2);
  });

  it('drops answers older than the time to live', () => {
    let now = 0;
    const cache = new LruByteCache(1000, 60_000, () => now);
    cache.set('k', 'v');
    now = 59_999;
    expect(cache.get('k')).toBe('v');
    now = 60_000;
    expect(cache.get('k')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.totalBytes).toBe(0);
  });
});

describe('PublicOperations', () => {
  const operations = new PublicOperations((field) => ['municipalities', 'municipality'].includes(field));

  it.each([
    ['{ municipalities(first: 5) { edges { node { code } } } }', undefined, true],
    ['query Map { __typename municipality(code: "GM0363") { name } }', 'Map', true],
    ['query A { municipality(code: "GM0363") { name } } query B { demoAccounts { email } }', 'A', true],
    ['query A { municipality(code: "GM0363") { name } } query B { demoAccounts { email } }', 'B', false],
    ['query A { municipality(code: "GM0363") { name } } query B { demoAccounts { email } }', undefined, false],
    ['{ municipality(code: "GM0363") { name } demoAccounts { email } }', undefined, false],
    ['{ demoAccounts { email } }', undefined, false],
    ['mutation { logout }', undefined, false],
    ['{ ...Root } fragment Root on Query { municipalities { totalCount } }', undefined, false],
    ['query($x: Boolean!) { municipality(code: "GM0363") @include(if: $x) { name } }', undefined, false],
    ['{ municipality(', undefined, false],
  ])('%s (%s) → %s', (query, operationName, expected) => {
    expect(operations.isPublic(query, operationName)).toBe(expected);
  });
});
