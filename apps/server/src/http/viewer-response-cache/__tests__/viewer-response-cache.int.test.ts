import { createHash } from 'node:crypto';
import { QUESTIONNAIRE_2026 } from '@monitor/domain';
import { UNTRACKED_TABLES, VIEWER_CACHE_UNTRACKED_TABLES } from '../../../db/data-changes';
import { revokeSessionsOf } from '../../../modules/session/session.repository';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { eventually } from '../../../../test/eventually';
import { createUser, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';
import { serveApp, signIn, type ServedApp } from '../../../../test/http';

const YEAR = 2026;
const RESPONSE = `query Response($code: String!, $year: Int!) {
  response(municipalityCode: $code, year: $year) { status answers { questionKey value version } } }`;
const AGREEMENTS = 'query Agreements { sharingAgreements { id status } }';
const question = QUESTIONNAIRE_2026.sections.flatMap((s) => s.questions).find((q) => q.type === 'YES_PARTLY_NO' && !q.showIf)!;

let db: TestDatabase;
let app: ServedApp;
let other: Awaited<ReturnType<typeof createTestGraphQL>>;
let editor: TestUser;
let colleague: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.dataSource.query('UPDATE questionnaire SET opens_on = current_date - 10, closes_on = current_date + 30 WHERE year = $1', [YEAR]);
  app = await serveApp(db.dataSource);
  // another server process on the same database: its own services, its own connections
  other = await createTestGraphQL(db.dataSource);
  editor = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
  colleague = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
});
afterAll(async () => {
  await other.stop();
  await app.stop();
  await db.drop();
});

async function ask(cookie: string | null, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await app.post({ query, variables }, { ...(cookie ? { cookie } : {}), 'accept-encoding': 'identity', ...headers });
  const text = await response.text();
  return {
    status: response.status,
    cache: response.headers.get('x-monitor-viewer-cache'),
    cacheControl: response.headers.get('cache-control'),
    encoding: response.headers.get('content-encoding'),
    text,
    json: JSON.parse(text) as { data?: any; errors?: { extensions?: { code?: string } }[] },
  };
}

const readResponse = (cookie: string, code = 'GM0363') => ask(cookie, RESPONSE, { code, year: YEAR });
const answerOf = (r: Awaited<ReturnType<typeof ask>>) =>
  (r.json.data?.response?.answers as { questionKey: string; value: unknown }[] | undefined)?.find((a) => a.questionKey === question.key)?.value;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('per-viewer answer cache', () => {
  it('answers a repeated signed-in read from the cache, byte for byte, gzipped or not, never to shared caches', async () => {
    const cookie = await signIn(app, editor);
    const first = await readResponse(cookie);
    expect(first.json.errors).toBeUndefined();
    expect(first.cache).toBe('miss');
    const plain = await readResponse(cookie);
    expect(plain.cache).toBe('hit');
    expect(plain.encoding).toBeNull();
    expect(plain.text).toBe(first.text);
    expect(plain.cacheControl).toBe('private, no-store');
    const gzipped = await ask(cookie, RESPONSE, { code: 'GM0363', year: YEAR }, { 'accept-encoding': 'gzip' });
    expect(gzipped.cache).toBe('hit');
    expect(gzipped.encoding).toBe('gzip'); // fetch decompresses it
    expect(sha256(gzipped.text)).toBe(sha256(first.text));
    // other variables are another answer
    expect((await ask(cookie, RESPONSE, { code: 'GM0363', year: 2025 })).cache).toBe('miss');
  });

  it('never shares an entry between two users, nor between two sessions of one user', async () => {
    // every sign-in is a mutation, which empties the cache: sign in first, then read
    const outsider = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0344');
    const mine = await signIn(app, editor);
    const colleagues = await signIn(app, colleague);
    const secondSession = await signIn(app, editor);
    const outsiders = await signIn(app, outsider);
    const first = await readResponse(mine);
    expect((await readResponse(mine)).cache).toBe('hit');
    // another municipality's editor asks the same: no access, whatever is cached
    const denied = await readResponse(outsiders);
    expect(denied.cache).toBe('miss');
    expect(denied.json.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(denied.text).not.toContain('"status"');
    const theirs = await readResponse(colleagues);
    expect(theirs.cache).toBe('miss');
    expect(theirs.text).toBe(first.text);
    expect((await readResponse(secondSession)).cache).toBe('miss');
    expect((await readResponse(secondSession)).cache).toBe('hit');
    expect((await readResponse(mine)).cache).toBe('hit');
  });

  it('serves nothing after sign-out or a revocation elsewhere: the answer is the signed-out one, as before', async () => {
    const cookie = await signIn(app, editor);
    await readResponse(cookie);
    expect((await readResponse(cookie)).cache).toBe('hit');
    const logout = await ask(cookie, 'mutation { logout }');
    expect(logout.json.data?.logout).toBe(true);
    expect(logout.cache).toBeNull();
    const after = await readResponse(cookie);
    expect(after.cache).toBeNull();
    expect(after.json.data?.response ?? null).toBeNull();
    expect(after.json.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // revoked by this process outside a mutation: the very next request, no notification needed
    const second = await signIn(app, editor);
    await readResponse(second);
    expect((await readResponse(second)).cache).toBe('hit');
    await revokeSessionsOf(db.dataSource.manager, editor.id, null);
    const revoked = await readResponse(second);
    expect(revoked.cache).toBeNull();
    expect(revoked.json.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // revoked by another connection (as another server process would): once the notification is in
    const third = await signIn(app, editor);
    await readResponse(third);
    expect((await readResponse(third)).cache).toBe('hit');
    await db.dataSource.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1', [editor.id]);
    const elsewhere = await eventually(
      () => readResponse(third),
      (r) => r.cache !== 'hit',
    );
    expect(elsewhere.cache).toBeNull();
    expect(elsewhere.json.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await readResponse(third)).cache).toBeNull();
  });

  it('serves nothing to a user deactivated by another connection', async () => {
    const leaving = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
    const cookie = await signIn(app, leaving);
    await readResponse(cookie);
    expect((await readResponse(cookie)).cache).toBe('hit');
    await db.dataSource.query('UPDATE app_user SET active = false WHERE id = $1', [leaving.id]);
    const after = await eventually(
      () => readResponse(cookie),
      (r) => r.cache !== 'hit',
    );
    expect(after.cache).toBeNull();
    expect(after.json.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await readResponse(cookie)).json.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('trusts no session it looked up before the listener went down: a revocation whose notification was lost still counts', async () => {
    const cookie = await signIn(app, colleague);
    await readResponse(cookie);
    expect((await readResponse(cookie)).cache).toBe('hit');
    // the listener is gone before the revocation commits, so its notification never arrives
    await db.dataSource.transaction(async (manager) => {
      await manager.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'monitor-data-changes' AND datname = current_database()`,
      );
      await manager.query('UPDATE user_session SET revoked_at = now() WHERE user_id = $1', [colleague.id]);
    });
    const revoked = await eventually(
      () => readResponse(cookie),
      (r) => r.cache !== 'hit',
    );
    expect(revoked.json.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // listening again (or not yet): still signed out
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const later = await readResponse(cookie);
    expect(later.cache).not.toBe('hit');
    expect(later.json.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows a draft answer saved by another process in the next answers', async () => {
    const cookie = await signIn(app, colleague);
    const before = await readResponse(cookie);
    expect((await readResponse(cookie)).cache).toBe('hit');
    const saved = await other.execute(
      'mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { status } }',
      { input: { municipalityCode: 'GM0363', year: YEAR, answers: [{ questionKey: question.key, value: 'PARTLY', expectedVersion: 0 }] } },
      { as: editor.caller },
    );
    expect(saved.errors).toBeUndefined();
    expect(answerOf(before)).toBeUndefined();
    const after = await eventually(
      () => readResponse(cookie),
      (r) => answerOf(r) !== undefined,
    );
    expect(answerOf(after)).toBe('PARTLY');
    expect((await readResponse(cookie)).cache).toBe('hit');
  });

  it('drops the answer once a membership is revoked by another connection', async () => {
    const leaver = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
    const cookie = await signIn(app, leaver);
    expect((await readResponse(cookie)).json.errors).toBeUndefined();
    expect((await readResponse(cookie)).cache).toBe('hit');
    await db.dataSource.query(
      `UPDATE app_user SET municipality_id = (SELECT id FROM municipality WHERE code = 'GM0344' AND valid_to IS NULL) WHERE id = $1`,
      [leaver.id],
    );
    const after = await eventually(
      () => readResponse(cookie),
      (r) => r.json.errors !== undefined,
    );
    expect(after.json.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('shows an agreement ended by another connection', async () => {
    const viewer = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
    const [{ id }] = await db.dataSource.query<{ id: number }[]>(
      `INSERT INTO sharing_agreement (scope, region_code, title, status, activated_at) VALUES ('SAFETY_REGION', 'VR13', 'Test', 'ACTIVE', now()) RETURNING id`,
    );
    await db.dataSource.query(
      `INSERT INTO sharing_agreement_member (agreement_id, municipality_id, state)
       SELECT $1, id, 'ACCEPTED' FROM municipality WHERE code IN ('GM0363', 'GM0362') AND valid_to IS NULL`,
      [id],
    );
    const cookie = await signIn(app, viewer);
    const statusOf = (r: Awaited<ReturnType<typeof ask>>) =>
      (r.json.data?.sharingAgreements as { id: string; status: string }[] | undefined)?.find((a) => a.id === String(id))?.status;
    expect(statusOf(await ask(cookie, AGREEMENTS))).toBe('ACTIVE');
    expect((await ask(cookie, AGREEMENTS)).cache).toBe('hit');
    await db.dataSource.query(`UPDATE sharing_agreement SET status = 'ENDED', ended_at = now() WHERE id = $1`, [id]);
    const after = await eventually(
      () => ask(cookie, AGREEMENTS),
      (r) => statusOf(r) !== 'ACTIVE',
    );
    expect(statusOf(after)).toBe('ENDED');
  });

  it('never caches mutations, reads off the allow-list, answers with errors or API-token requests', async () => {
    const cookie = await signIn(app, editor);
    const twice = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
      await ask(cookie, query, variables, headers);
      return ask(cookie, query, variables, headers);
    };
    // a mutation, even one that changes nothing visible
    expect((await twice('mutation { markForumNotificationsRead(ids: []) }')).cache).toBeNull();
    const again = await signIn(app, editor);
    // sessions and the caller's own account are not on the allow-list (built from user_session)
    expect((await ask(again, '{ sessions { id } }')).cache).toBeNull();
    expect((await ask(again, '{ sessions { id } }')).cache).toBeNull();
    // a query mixing an allowed and a not-allowed root field
    expect((await ask(again, '{ municipality(code: "GM0363") { code } me { id } }')).cache).toBeNull();
    // an answer with errors (no access to another municipality's answers) is computed every time
    const denied = await ask(again, RESPONSE, { code: 'GM0344', year: YEAR });
    expect(denied.json.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const deniedAgain = await ask(again, RESPONSE, { code: 'GM0344', year: YEAR });
    expect(deniedAgain.cache).toBe('miss');
    expect(deniedAgain.json.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // an Authorization header decides who asks: never from the cache, even with a valid cookie
    expect((await ask(again, RESPONSE, { code: 'GM0363', year: YEAR }, { authorization: 'Bearer nonsense' })).cache).toBeNull();
  });

  it('bypasses the cache while it cannot hear changes', async () => {
    const cookie = await signIn(app, colleague);
    await readResponse(cookie);
    expect((await readResponse(cookie)).cache).toBe('hit');
    await db.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'monitor-data-changes' AND datname = current_database()`,
    );
    await db.dataSource.query(`UPDATE answer SET value = '"NO"' WHERE question_key = $1`, [question.key]);
    const during = await eventually(
      () => readResponse(cookie),
      (r) => answerOf(r) === 'NO',
    );
    expect(answerOf(during)).toBe('NO');
    const listening = await eventually(
      () => readResponse(cookie),
      (r) => r.cache === 'hit',
    );
    expect(answerOf(listening)).toBe('NO');
  });

  it('hears every table signed-in answers may be built from: each notifies one channel or is listed with a reason', async () => {
    const rows = await db.dataSource.query<{ tablename: string; public: boolean; private: boolean }[]>(
      `SELECT t.tablename,
              EXISTS (SELECT 1 FROM information_schema.triggers g WHERE g.event_object_table = t.tablename AND g.trigger_name = 'monitor_data_changed') AS public,
              EXISTS (SELECT 1 FROM information_schema.triggers g WHERE g.event_object_table = t.tablename AND g.trigger_name = 'monitor_private_data_changed') AS private
         FROM pg_tables t WHERE t.schemaname = current_schema() ORDER BY 1`,
    );
    expect(
      rows
        .filter((r) => !r.public && !r.private)
        .map((r) => r.tablename)
        .sort(),
    ).toEqual(Object.keys(VIEWER_CACHE_UNTRACKED_TABLES).sort());
    // exactly the tables public answers are not built from notify the private channel: autosaves leave the public cache alone
    const privateOnly = Object.keys(UNTRACKED_TABLES).filter((t) => !(t in VIEWER_CACHE_UNTRACKED_TABLES));
    expect(
      rows
        .filter((r) => r.private)
        .map((r) => r.tablename)
        .sort(),
    ).toEqual(privateOnly.sort());
    expect(privateOnly).toEqual(expect.arrayContaining(['answer', 'forum_post', 'practice_example']));
  });
});
