import { createHash } from 'node:crypto';
import { UNTRACKED_TABLES } from '../../../db/data-changes';
import { createUser } from '../../../../test/factories';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { eventually } from '../../../../test/eventually';
import { serveApp, signIn, type ServedApp } from '../../../../test/http';

const MAP = 'query Map { municipalities(first: 500) { totalCount edges { node { code name } } } }';
const NAME = 'query Name($code: String!) { municipality(code: $code) { code name } }';

let db: TestDatabase;
let app: ServedApp;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await serveApp(db.dataSource);
});
afterAll(async () => {
  await app.stop();
  await db.drop();
});

async function ask(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) {
  const response = await app.post({ query, variables }, headers);
  const text = await response.text();
  return {
    status: response.status,
    cache: response.headers.get('x-monitor-cache'),
    etag: response.headers.get('etag'),
    cacheControl: response.headers.get('cache-control'),
    encoding: response.headers.get('content-encoding'),
    text,
    json: (text === '' ? {} : JSON.parse(text)) as { data?: any; errors?: unknown[] },
  };
}

const nameOf = (code: string) => ask(NAME, { code }).then((r) => ({ ...r, name: r.json.data?.municipality?.name as string | undefined }));

describe('public-answer cache', () => {
  it('answers a repeated anonymous query over public data from the cache, byte for byte', async () => {
    const first = await ask(MAP);
    expect(first.json.data.municipalities.totalCount).toBe(342);
    const second = await ask(MAP, undefined, { 'accept-encoding': 'gzip' });
    expect(second.cache).toBe('hit');
    expect(second.encoding).toBe('gzip'); // compressed when stored; fetch decompresses it
    expect(createHash('sha256').update(second.text).digest('hex')).toBe(createHash('sha256').update(first.text).digest('hex'));
    const plain = await ask(MAP, undefined, { 'accept-encoding': 'identity' });
    expect(plain.cache).toBe('hit');
    expect(plain.encoding).toBeNull();
    expect(plain.text).toBe(first.text);
    const other = await ask(NAME, { code: 'GM0014' });
    expect(other.cache).toBe('miss');
    expect(other.json.data.municipality.code).toBe('GM0014');
  });

  it('answers a document sent by its persisted-query hash alone from the cache entry of the same document', async () => {
    const document = 'query MapByHash { municipalities(first: 500) { totalCount } }';
    const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
    const byHash = async (hash: string, query?: string) => {
      const response = await app.post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, { 'accept-encoding': 'identity' });
      const text = await response.text();
      return { cache: response.headers.get('x-monitor-cache'), text, json: JSON.parse(text) as { data?: any; errors?: any[] } };
    };
    const unknown = await byHash(sha256(document));
    expect(unknown.cache).toBeNull();
    expect(unknown.json.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const full = await byHash(sha256(document), document);
    expect(full.json.data.municipalities.totalCount).toBe(342);
    const hashOnly = await byHash(sha256(document));
    expect(hashOnly.cache).toBe('hit');
    expect(hashOnly.text).toBe(full.text);
    expect((await ask(document)).cache).toBe('hit'); // one entry for both ways of asking

    // a document sent with another document's hash teaches the cache nothing
    const other = 'query OtherByHash { municipalities(first: 500) { totalCount } }';
    await byHash(sha256(other), document);
    const notLearnt = await byHash(sha256(other));
    expect(notLearnt.cache).toBeNull();
    expect(notLearnt.json.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('never caches for signed-in callers or tokens, nor answers with errors', async () => {
    await ask(MAP);
    const stale = await ask(MAP, undefined, { cookie: 'monitor_session=not-a-session' });
    expect(stale.cache).toBeNull();
    const token = await ask(MAP, undefined, { authorization: 'Bearer nonsense' });
    expect(token.cache).toBeNull();
    expect(token.status).toBe(401);
    const mixed = '{ municipalities(first: 1) { totalCount } demoAccounts { email } }';
    expect((await ask(mixed)).cache).toBeNull();
    const invalid = '{ municipality(code: "GM0363") { noSuchField } }';
    await ask(invalid);
    const again = await ask(invalid);
    expect(again.cache).toBe('miss');
    expect(again.json.errors).toBeDefined();
  });

  it('serves the new data once a change is committed by any connection (a notification from PostgreSQL)', async () => {
    const before = await nameOf('GM0014');
    expect((await nameOf('GM0014')).cache).toBe('hit');
    await db.dataSource.query(`UPDATE municipality SET name = name || ' (gewijzigd)' WHERE code = 'GM0014'`);
    try {
      const after = await eventually(
        () => nameOf('GM0014'),
        (r) => r.name !== before.name,
      );
      expect(after.name).toBe(`${before.name} (gewijzigd)`);
    } finally {
      await db.dataSource.query(`UPDATE municipality SET name = $1 WHERE code = 'GM0014'`, [before.name]);
    }
    const restored = await eventually(
      () => nameOf('GM0014'),
      (r) => r.name === before.name,
    );
    expect(restored.name).toBe(before.name);
  });

  it('bypasses the cache while it cannot hear changes, and forgets everything once it listens again', async () => {
    const before = await nameOf('GM0034');
    expect((await nameOf('GM0034')).cache).toBe('hit');
    await db.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'monitor-data-changes' AND datname = current_database()`,
    );
    // while the listener is gone a change cannot be heard; it must still be seen
    await db.dataSource.query(`UPDATE municipality SET name = name || ' (tijdelijk)' WHERE code = 'GM0034'`);
    try {
      const during = await eventually(
        () => nameOf('GM0034'),
        (r) => r.name !== before.name,
      );
      expect(during.name).toBe(`${before.name} (tijdelijk)`);
      const listening = await eventually(
        () => nameOf('GM0034'),
        (r) => r.cache === 'hit',
      );
      expect(listening.name).toBe(`${before.name} (tijdelijk)`);
    } finally {
      await db.dataSource.query(`UPDATE municipality SET name = $1 WHERE code = 'GM0034'`, [before.name]);
    }
  });

  it('lets HTTP caches revalidate a public answer: 304 while the data is the same, a new ETag once it changed', async () => {
    const first = await nameOf('GM0050');
    expect(first.etag).toMatch(/^"[\w-]+"$/);
    expect(first.cacheControl).toBe('public, no-cache');
    const same = await ask(NAME, { code: 'GM0050' }, { 'if-none-match': first.etag! });
    expect(same.status).toBe(304);
    expect(same.text).toBe('');
    expect(same.etag).toBe(first.etag);
    await db.dataSource.query(`UPDATE municipality SET name = name || ' (nieuw)' WHERE code = 'GM0050'`);
    try {
      const changed = await eventually(
        () => ask(NAME, { code: 'GM0050' }, { 'if-none-match': first.etag! }),
        (r) => r.status !== 304,
      );
      expect(changed.status).toBe(200);
      expect(changed.json.data.municipality.name).toBe(`${first.name} (nieuw)`);
      expect(changed.etag).not.toBe(first.etag);
      expect((await ask(NAME, { code: 'GM0050' }, { 'if-none-match': changed.etag! })).status).toBe(304);
    } finally {
      await db.dataSource.query(`UPDATE municipality SET name = $1 WHERE code = 'GM0050'`, [first.name]);
    }
  });

  it('gives a signed-in answer no shared-cache headers, and never a 304 from the public cache', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const cookie = await signIn(app, user);
    const publicAnswer = await nameOf('GM0014');
    const signedIn = await ask(NAME, { code: 'GM0014' }, { cookie, 'if-none-match': publicAnswer.etag! });
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.data.municipality.code).toBe('GM0014');
    expect(signedIn.cache).toBeNull();
    expect(signedIn.cacheControl).toBe('private, no-store');
    expect(signedIn.cacheControl).not.toMatch(/public|s-maxage/);
  });

  it('tracks every table public answers can be built from; the untracked ones are listed with a reason', async () => {
    const rows = await db.dataSource.query<{ tablename: string; tracked: boolean }[]>(
      `SELECT t.tablename, EXISTS (SELECT 1 FROM information_schema.triggers g
         WHERE g.event_object_table = t.tablename AND g.trigger_name = 'monitor_data_changed') AS tracked
       FROM pg_tables t WHERE t.schemaname = current_schema() ORDER BY 1`,
    );
    const untracked = rows.filter((r) => !r.tracked).map((r) => r.tablename);
    expect(untracked.sort()).toEqual(Object.keys(UNTRACKED_TABLES).sort());
    expect(rows.filter((r) => r.tracked).map((r) => r.tablename)).toEqual(
      expect.arrayContaining(['municipality', 'statistic_protected', 'benchmark_aggregate']),
    );
  });
});
