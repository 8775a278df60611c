import { createHash } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { serveApp, type ServedApp } from '../../../test/http';

let db: TestDatabase;
let app: ServedApp;
let shallow: ServedApp;

const QUERY = '{ municipality(code: "GM0363") { code name } }';
const DEEP = '{ municipality(code: "GM0363") { regions { municipalities { regions { code } } } } }';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

interface Answer {
  data?: Record<string, unknown> | null;
  errors?: { extensions?: { code?: string } }[];
}
const answer = async (server: ServedApp, body: unknown) => (await (await server.post(body)).json()) as Answer;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await serveApp(db.dataSource);
  shallow = await serveApp(db.dataSource, { limits: { maxDepth: 3 } as never });
});
afterAll(async () => {
  await app.stop();
  await shallow.stop();
  await db.drop();
});

describe('automatic persisted queries', () => {
  it('asks for the document once, then answers by its sha256 alone', async () => {
    const hash = sha256(QUERY);
    expect((await answer(app, { extensions: persisted(hash) })).errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const full = await answer(app, { query: QUERY, extensions: persisted(hash) });
    expect(full.data).toEqual({ municipality: { code: 'GM0363', name: 'Amsterdam' } });
    expect(await answer(app, { extensions: persisted(hash) })).toEqual(full);
  });

  it('never stores a document under a hash that is not its own', async () => {
    const wrong = sha256('iets anders');
    await answer(app, { query: QUERY, extensions: persisted(wrong) });
    const byWrongHash = await answer(app, { extensions: persisted(wrong) });
    expect(byWrongHash.data ?? null).toBeNull();
    expect(byWrongHash.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('keeps the cost limits: a too deep document is refused in full and never answered by hash', async () => {
    const hash = sha256(DEEP);
    const full = await answer(shallow, { query: DEEP, extensions: persisted(hash) });
    expect(full.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    const byHash = await answer(shallow, { extensions: persisted(hash) });
    expect(byHash.data ?? null).toBeNull();
    expect(['PERSISTED_QUERY_NOT_FOUND', 'QUERY_TOO_DEEP']).toContain(byHash.errors?.[0].extensions?.code);
  });
});
