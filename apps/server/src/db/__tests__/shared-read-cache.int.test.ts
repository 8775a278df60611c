import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { eventually } from '../../../test/eventually';
import { listenForDataChanges, type DataChanges } from '../data-changes';
import { SharedReadCache } from '../shared-read-cache';

let db: TestDatabase;
let changes: DataChanges;
beforeAll(async () => {
  db = await createTestDatabase();
  changes = await listenForDataChanges(db.dataSource);
});
afterAll(async () => {
  await changes.close();
  await db.drop();
});

/** A read that counts how often it reached the database. */
function countedName(code: string) {
  const read = { count: 0 };
  const compute = async () => {
    read.count++;
    const [row] = await db.dataSource.query<{ name: string }[]>('SELECT name FROM municipality WHERE code = $1 AND valid_to IS NULL', [code]);
    return row.name;
  };
  return { read, compute };
}

describe('shared read cache', () => {
  it('reads once, then shares the result until the data behind it changes in any connection', async () => {
    const cache = new SharedReadCache(changes, 60_000);
    const { read, compute } = countedName('GM0014');
    const before = await cache.get('name', compute);
    expect(await cache.get('name', compute)).toBe(before);
    expect(read.count).toBe(1);

    await db.dataSource.query(`UPDATE municipality SET name = name || ' (gewijzigd)' WHERE code = 'GM0014' AND valid_to IS NULL`);
    const after = await eventually(
      () => cache.get('name', compute),
      (name) => name !== before,
    );
    expect(after).toBe(`${before} (gewijzigd)`);
    await db.dataSource.query(`UPDATE municipality SET name = $1 WHERE code = 'GM0014' AND valid_to IS NULL`, [before]);
    expect(
      await eventually(
        () => cache.get('name', compute),
        (name) => name === before,
      ),
    ).toBe(before);
  });

  it('keeps nothing without a listener, nothing that failed, and nothing longer than its time to live', async () => {
    const { read, compute } = countedName('GM0363');
    const off = SharedReadCache.disabled();
    await off.get('name', compute);
    await off.get('name', compute);
    expect(read.count).toBe(2);

    let clock = 0;
    const cache = new SharedReadCache(changes, 1000, 100, () => clock);
    await expect(cache.get('broken', () => Promise.reject(new Error('kapot')))).rejects.toThrow('kapot');
    expect(await cache.get('broken', () => Promise.resolve('hersteld'))).toBe('hersteld');

    await cache.get('name', compute);
    await cache.get('name', compute);
    expect(read.count).toBe(3);
    clock = 1000;
    await cache.get('name', compute);
    expect(read.count).toBe(4);
  });

  it('bounds the number of entries, forgetting the oldest first', async () => {
    const cache = new SharedReadCache(changes, 60_000, 2);
    const reads: string[] = [];
    const read = (key: string) => cache.get(key, () => Promise.resolve(reads.push(key)));
    await read('a');
    await read('b');
    await read('c');
    await read('a');
    expect(cache.size).toBe(2);
    expect(reads).toEqual(['a', 'b', 'c', 'a']);
  });

  it('reads the database while a mutation of this process runs, so the mutation sees its own writes', async () => {
    const cache = new SharedReadCache(changes, 60_000);
    const { read, compute } = countedName('GM0344');
    await cache.get('name', compute);
    await cache.get('name', compute);
    expect(read.count).toBe(1);

    changes.writeStarted();
    await cache.get('name', compute);
    await cache.get('name', compute);
    expect(read.count).toBe(3);
    changes.writeEnded();

    // what was cached before the mutation is forgotten; then it is shared again
    await cache.get('name', compute);
    await cache.get('name', compute);
    expect(read.count).toBe(4);
  });
});
