import { createHash } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, TEST_PASSWORD, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';
import { syncDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo/demo-accounts';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let admin: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  gql = await createTestGraphQL(db.dataSource);
  admin = await createUser(db.dataSource, 'ADMIN');
});
afterAll(async () => {
  await gql.stop();
  await db.drop();
});

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { message } }`;
const LOGIN = `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { id email role municipality { code } } }`;
const application = (email: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    name: 'Fatima de Vries',
    email,
    municipalityCode: 'GM0599',
    jobTitle: 'Beleidsmedewerker jeugd',
    requestedRole: 'MUNICIPAL_EDITOR',
    motivation: 'Ik vul de jaarlijkse vragenlijst in voor Rotterdam.',
    password: 'zomer in de haven 2026',
    ...overrides,
  },
});
const codeOf = (result: { errors?: { extensions?: Record<string, any> }[] }) => result.errors?.[0]?.extensions?.code;

describe('registration', () => {
  it('goes from pending to approved, after which the applicant can log in', async () => {
    const email = 'f.devries@rotterdam.nl';
    const receipt = await gql.execute(REGISTER, application(email));
    expect(receipt.errors).toBeUndefined();
    expect(receipt.data!.register.message).toMatch(/beoordeelt/);

    const pending = await gql.execute(LOGIN, { email, password: 'zomer in de haven 2026' });
    expect(codeOf(pending)).toBe('REGISTRATION_PENDING');

    const queue = await gql.execute('{ registrations(status: PENDING) { id email requestedRole municipality { code } } }', {}, { as: admin.caller });
    const mine = queue.data!.registrations.find((r: { email: string }) => r.email === email);
    expect(mine).toMatchObject({ requestedRole: 'MUNICIPAL_EDITOR', municipality: { code: 'GM0599' } });

    const approved = await gql.execute(
      'mutation($id: ID!) { approveRegistration(id: $id, role: MUNICIPAL_VIEWER) { status grantedRole } }',
      { id: mine.id },
      { as: admin.caller },
    );
    expect(approved.data!.approveRegistration).toEqual({ status: 'APPROVED', grantedRole: 'MUNICIPAL_VIEWER' });

    gql.cookies.set.length = 0;
    const login = await gql.execute(LOGIN, { email, password: 'zomer in de haven 2026' });
    expect(login.errors).toBeUndefined();
    expect(login.data!.login).toMatchObject({ email, role: 'MUNICIPAL_VIEWER', municipality: { code: 'GM0599' } });
    expect(gql.cookies.set).toHaveLength(1);

    const again = await gql.execute(
      'mutation($id: ID!) { approveRegistration(id: $id, role: MUNICIPAL_VIEWER) { id } }',
      { id: mine.id },
      { as: admin.caller },
    );
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('can be rejected with a reason that the applicant sees', async () => {
    const email = 'k.bakker@rotterdam.nl';
    await gql.execute(REGISTER, application(email));
    const queue = await gql.execute('{ registrations(status: PENDING) { id email } }', {}, { as: admin.caller });
    const { id } = queue.data!.registrations.find((r: { email: string }) => r.email === email);
    const tooShort = await gql.execute('mutation($id: ID!) { rejectRegistration(id: $id, reason: "nee") { id } }', { id }, { as: admin.caller });
    expect(tooShort.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await gql.execute(
      'mutation($id: ID!, $r: String!) { rejectRegistration(id: $id, reason: $r) { status } }',
      { id, r: 'Geen medewerker van deze gemeente.' },
      { as: admin.caller },
    );
    const login = await gql.execute(LOGIN, { email, password: 'zomer in de haven 2026' });
    expect(codeOf(login)).toBe('REGISTRATION_REJECTED');
    expect(login.errors![0].message).toContain('Geen medewerker van deze gemeente.');
  });

  it('answers an existing address exactly like a new one, without a second application', async () => {
    const existing = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
    const fresh = await gql.execute(REGISTER, application('nieuw.adres@rotterdam.nl'));
    const known = await gql.execute(REGISTER, application(existing.email));
    expect(known).toEqual(fresh);
    const [{ count }] = await db.dataSource.query('SELECT count(*)::int AS count FROM registration WHERE email = $1', [existing.email]);
    expect(count).toBe(0);
    const [mail] = await db.dataSource.query('SELECT subject, body FROM mail_outbox WHERE to_address = $1', [existing.email]);
    expect(mail.body).toMatch(/al een account/);
  });

  it('names every invalid field and stores nothing', async () => {
    const before = await db.dataSource.query('SELECT count(*)::int AS n FROM registration');
    const bad = await gql.execute(REGISTER, application('geen-adres', { password: 'kort', motivation: 'x', municipalityCode: 'Rotterdam' }));
    const fields = bad.errors![0].extensions!.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'password', 'motivation', 'municipalityCode']));
    const weak = await gql.execute(REGISTER, application('zwak@rotterdam.nl', { password: 'aaaaaaaaaaaaaaaa' }));
    expect(weak.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const unknown = await gql.execute(REGISTER, application('onbekend@gemeente.nl', { municipalityCode: 'GM9999' }));
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityCode' });
    expect(await db.dataSource.query('SELECT count(*)::int AS n FROM registration')).toEqual(before);
  });
});

describe('login', () => {
  it('gives the same answer for an unknown address and a wrong password', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const unknown = await gql.execute(LOGIN, { email: 'niet.bekend@nji.nl', password: 'wat dan ook hier' }, { clientAddress: '198.51.100.1' });
    const wrong = await gql.execute(LOGIN, { email: user.email, password: 'verkeerd wachtwoord' }, { clientAddress: '198.51.100.2' });
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    expect(codeOf(unknown)).toBe('INVALID_CREDENTIALS');
    expect(codeOf(wrong)).toBe('INVALID_CREDENTIALS');
  });

  it('locks an account after five failures, even for the right password, and says for how long', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    let beforeFifth = 0;
    for (let i = 0; i < 5; i++) {
      beforeFifth = Date.now();
      expect(codeOf(await gql.execute(LOGIN, { email: user.email, password: `fout ${i} wachtwoord` }, { clientAddress: `203.0.113.${i}` }))).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const locked = await gql.execute(LOGIN, { email: user.email, password: TEST_PASSWORD }, { clientAddress: '203.0.113.99' });
    expect(codeOf(locked)).toBe('TOO_MANY_ATTEMPTS');
    // a lock of 30 s from the fifth failure; on a busy machine some of it has passed by the next attempt
    const elapsed = Math.ceil((Date.now() - beforeFifth) / 1000);
    const retryAfter = locked.errors![0].extensions!.retryAfterSeconds as number;
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(retryAfter).toBeGreaterThanOrEqual(30 - elapsed);
  });

  it('locks a client address that tries many accounts', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    for (let i = 0; i < 5; i++)
      await gql.execute(LOGIN, { email: `raden${i}@nji.nl`, password: 'gokje gokje gokje' }, { clientAddress: '192.0.2.77' });
    expect(codeOf(await gql.execute(LOGIN, { email: user.email, password: TEST_PASSWORD }, { clientAddress: '192.0.2.77' }))).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    expect(codeOf(await gql.execute(LOGIN, { email: user.email, password: TEST_PASSWORD }, { clientAddress: '192.0.2.78' }))).toBeUndefined();
  });

  it('refuses deactivated accounts like unknown ones', async () => {
    const user = await createUser(db.dataSource, 'ANALYST', null, { active: false });
    expect(codeOf(await gql.execute(LOGIN, { email: user.email, password: TEST_PASSWORD }, { clientAddress: '192.0.2.90' }))).toBe(
      'INVALID_CREDENTIALS',
    );
  });
});

describe('sessions', () => {
  async function login(user: TestUser): Promise<string> {
    gql.cookies.set.length = 0;
    const result = await gql.execute(
      LOGIN,
      { email: user.email, password: TEST_PASSWORD },
      { clientAddress: `10.0.${Math.floor(Math.random() * 250)}.1` },
    );
    expect(result.errors).toBeUndefined();
    return gql.cookies.set[0].token;
  }

  it('stores only a hash of the cookie and gives a new one at every login', async () => {
    const user = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
    const first = await login(user);
    const second = await login(user);
    expect(first).not.toBe(second);
    const ids = (await db.dataSource.query('SELECT id FROM user_session WHERE user_id = $1', [user.id])).map((r: { id: string }) => r.id);
    expect(ids).toContain(createHash('sha256').update(first).digest('hex'));
    expect(ids).not.toContain(first);
    expect(await gql.services.sessions.resolve(second)).toMatchObject({ userId: user.id, role: 'MUNICIPAL_VIEWER', municipalityCode: 'GM0363' });
  });

  it('names each session by browser and system, keeping the raw user agent', async () => {
    const user = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
    const firefox = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0';
    gql.cookies.set.length = 0;
    expect((await gql.execute(LOGIN, { email: user.email, password: TEST_PASSWORD }, { userAgent: firefox })).errors).toBeUndefined();
    await login(user); // user agent "jest": not a browser
    const listed = await gql.execute('{ sessions { userAgent deviceLabel } }', {}, { as: user.caller });
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.sessions).toEqual(
      expect.arrayContaining([
        { userAgent: firefox, deviceLabel: 'Firefox op Windows' },
        { userAgent: 'jest', deviceLabel: null },
      ]),
    );
  });

  it('ends after the idle timeout and after the absolute timeout', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const idle = await login(user);
    const absolute = await login(user);
    const hash = (t: string) => createHash('sha256').update(t).digest('hex');
    await db.dataSource.query("UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE id = $1", [hash(idle)]);
    await db.dataSource.query("UPDATE user_session SET expires_at = now() - interval '1 second' WHERE id = $1", [hash(absolute)]);
    expect(await gql.services.sessions.resolve(idle)).toBeNull();
    expect(await gql.services.sessions.resolve(absolute)).toBeNull();
  });

  it('writes last seen at most once a minute, while revocation still ends the session at its next request', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const token = await login(user);
    const id = createHash('sha256').update(token).digest('hex');
    const lastSeen = async () =>
      (await db.dataSource.query<{ last_seen_at: Date }[]>('SELECT last_seen_at FROM user_session WHERE id = $1', [id]))[0].last_seen_at.getTime();
    await db.dataSource.query("UPDATE user_session SET last_seen_at = now() - interval '5 minutes' WHERE id = $1", [id]);
    const stale = await lastSeen();
    expect(await gql.services.sessions.resolve(token)).not.toBeNull();
    const touched = await lastSeen();
    expect(touched).toBeGreaterThan(stale + 4 * 60_000);
    // within the minute: answered from the same row, not written again
    expect(await gql.services.sessions.resolve(token)).not.toBeNull();
    expect(await lastSeen()).toBe(touched);
    // a session idle for almost the limit is still live, and is touched
    await db.dataSource.query("UPDATE user_session SET last_seen_at = now() - interval '29 minutes' WHERE id = $1", [id]);
    expect(await gql.services.sessions.resolve(token)).not.toBeNull();
    expect(await lastSeen()).toBeGreaterThanOrEqual(touched);
    await gql.services.sessions.revoke(id);
    expect(await gql.services.sessions.resolve(token)).toBeNull();
    const [row] = await db.dataSource.query<{ revoked_at: Date | null }[]>('SELECT revoked_at FROM user_session WHERE id = $1', [id]);
    expect(row.revoked_at).not.toBeNull();
  });

  it('logs out one session, or all of them everywhere', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const a = await login(user);
    const b = await login(user);
    const c = await login(user);
    const sessionA = await gql.services.sessions.resolve(a);
    await gql.execute('mutation { logout }', {}, { as: user.caller, sessionId: sessionA!.id });
    expect(await gql.services.sessions.resolve(a)).toBeNull();
    expect(await gql.services.sessions.resolve(b)).not.toBeNull();
    const listed = await gql.execute('{ sessions { id current } }', {}, { as: user.caller });
    expect(listed.data!.sessions.length).toBeGreaterThanOrEqual(2);
    const everywhere = await gql.execute('mutation { logoutEverywhere }', {}, { as: user.caller });
    expect(everywhere.data!.logoutEverywhere).toBeGreaterThanOrEqual(2);
    expect(await gql.services.sessions.resolve(b)).toBeNull();
    expect(await gql.services.sessions.resolve(c)).toBeNull();
  });

  it('ends sessions and API tokens at once when a user is deactivated', async () => {
    const user = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
    const cookie = await login(user);
    const created = await gql.execute(
      'mutation { createApiToken(input: { name: "tool", scopes: [MUNICIPALITY_READ], expiresInDays: 30 }) { secret } }',
      {},
      { as: user.caller },
    );
    const secret = created.data!.createApiToken.secret;
    expect(await gql.services.apiTokens.resolve(secret, '127.0.0.1')).not.toBeNull();
    await gql.execute('mutation($id: ID!) { deactivateUser(userId: $id) { active } }', { id: user.id }, { as: admin.caller });
    expect(await gql.services.sessions.resolve(cookie)).toBeNull();
    expect(await gql.services.apiTokens.resolve(secret, '127.0.0.1')).toBeNull();
    await gql.execute('mutation($id: ID!) { reactivateUser(userId: $id) { active } }', { id: user.id }, { as: admin.caller });
    expect(await gql.services.sessions.resolve(cookie)).toBeNull();
    expect(await gql.services.apiTokens.resolve(secret, '127.0.0.1')).toBeNull();
  });
});

describe('API tokens', () => {
  it('shows the secret once, stores its hash, records first use once, and can be revoked', async () => {
    const user = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
    const created = await gql.execute(
      'mutation { createApiToken(input: { name: "Dashboard gemeente", scopes: [PUBLIC_READ, MUNICIPALITY_READ], expiresInDays: 90 }) { secret token { id prefix scopes active lastUsedAt } } }',
      {},
      { as: user.caller },
    );
    const { secret, token } = created.data!.createApiToken;
    expect(secret).toMatch(/^mon_/);
    expect(secret.startsWith(token.prefix)).toBe(true);
    expect(token).toMatchObject({ scopes: ['PUBLIC_READ', 'MUNICIPALITY_READ'], active: true, lastUsedAt: null });
    const [stored] = await db.dataSource.query('SELECT token_hash FROM api_token WHERE id = $1', [token.id]);
    expect(stored.token_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    const listed = await gql.execute('{ apiTokens { id } }', {}, { as: user.caller });
    expect(JSON.stringify(listed)).not.toContain(secret);

    const owner = await gql.services.apiTokens.resolve(secret, '127.0.0.1');
    expect(owner).toMatchObject({ userId: user.id, role: 'MUNICIPAL_EDITOR', municipalityCode: 'GM0363' });
    await gql.services.apiTokens.resolve(secret, '127.0.0.1');
    const uses = await db.dataSource.query("SELECT count(*)::int AS n FROM audit_event WHERE type = 'TOKEN_FIRST_USED' AND subject_id = $1", [
      token.id,
    ]);
    expect(uses[0].n).toBe(1);

    await gql.execute('mutation($id: ID!) { revokeApiToken(id: $id) { active } }', { id: token.id }, { as: user.caller });
    expect(await gql.services.apiTokens.resolve(secret, '127.0.0.1')).toBeNull();
  });

  it('never grants more than the owner has', async () => {
    const viewer = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
    const result = await gql.execute(
      'mutation { createApiToken(input: { name: "x", scopes: [MUNICIPALITY_WRITE], expiresInDays: 1 }) { secret } }',
      {},
      { as: viewer.caller },
    );
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
  });

  it('does not work after it expires, and cannot be revoked by someone else', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const other = await createUser(db.dataSource, 'ANALYST');
    const created = await gql.execute(
      'mutation { createApiToken(input: { name: "kort", scopes: [PUBLIC_READ], expiresInDays: 1 }) { secret token { id } } }',
      {},
      { as: user.caller },
    );
    const { secret, token } = created.data!.createApiToken;
    const stolen = await gql.execute('mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id: token.id }, { as: other.caller });
    expect(codeOf(stolen)).toBe('NOT_FOUND');
    await db.dataSource.query("UPDATE api_token SET expires_at = now() - interval '1 minute' WHERE id = $1", [token.id]);
    expect(await gql.services.apiTokens.resolve(secret, '127.0.0.1')).toBeNull();
  });
});

describe('passwords', () => {
  it('changes only with the current password, and ends the other sessions', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const wrong = await gql.execute(
      'mutation { changePassword(currentPassword: "niet goed", newPassword: "een heel nieuw wachtwoord") }',
      {},
      { as: user.caller },
    );
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    const short = await gql.execute(
      'mutation($p: String!) { changePassword(currentPassword: $p, newPassword: "kort") }',
      { p: TEST_PASSWORD },
      { as: user.caller },
    );
    expect(short.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const ok = await gql.execute(
      'mutation($p: String!) { changePassword(currentPassword: $p, newPassword: "een heel nieuw wachtwoord") }',
      { p: TEST_PASSWORD },
      { as: user.caller },
    );
    expect(ok.data!.changePassword).toBe(true);
    expect(
      codeOf(await gql.execute(LOGIN, { email: user.email, password: 'een heel nieuw wachtwoord' }, { clientAddress: '10.9.9.9' })),
    ).toBeUndefined();
  });

  it('resets through a single-use link from the outbox; unknown addresses get the same answer and no mail', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const known = await gql.execute('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: user.email });
    const unknown = await gql.execute('mutation { requestPasswordReset(email: "bestaat.niet@nji.nl") }');
    expect(known).toEqual(unknown);
    expect(await db.dataSource.query("SELECT 1 FROM mail_outbox WHERE to_address = 'bestaat.niet@nji.nl'")).toEqual([]);

    const outbox = await gql.execute('{ mailOutbox(first: 20) { to body } }', {}, { as: admin.caller });
    const mail = outbox.data!.mailOutbox.find((m: { to: string }) => m.to === user.email);
    const token = /token=([\w-]+)/.exec(mail.body)![1];
    const reset = `mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;
    expect((await gql.execute(reset, { t: token, p: 'kort' })).errors![0].extensions!.field).toBe('newPassword');
    expect((await gql.execute(reset, { t: token, p: 'herfstbladeren vallen zacht' })).data!.resetPassword).toBe(true);
    expect(codeOf(await gql.execute(reset, { t: token, p: 'nog een ander wachtwoord' }))).toBe('INVALID_TOKEN');
    expect(
      codeOf(await gql.execute(LOGIN, { email: user.email, password: 'herfstbladeren vallen zacht' }, { clientAddress: '10.8.8.8' })),
    ).toBeUndefined();
  });
});

describe('account recovery', () => {
  const REQUEST = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
  const RESET = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }';

  async function resetLinks(email: string): Promise<string[]> {
    const rows = await db.dataSource.query(
      "SELECT body FROM mail_outbox WHERE to_address = $1 AND subject = 'Nieuw wachtwoord instellen' ORDER BY id",
      [email],
    );
    return rows.map((r: { body: string }) => /token=([\w-]+)/.exec(r.body)![1]);
  }

  async function tokenOf(user: TestUser): Promise<string> {
    const created = await gql.execute(
      'mutation { createApiToken(input: { name: "script", scopes: [PUBLIC_READ], expiresInDays: 30 }) { secret } }',
      {},
      { as: user.caller },
    );
    return created.data!.createApiToken.secret;
  }

  async function sessionOf(user: TestUser): Promise<string> {
    gql.cookies.set.length = 0;
    expect((await gql.execute(LOGIN, { email: user.email, password: TEST_PASSWORD }, { clientAddress: '10.20.30.40' })).errors).toBeUndefined();
    return gql.cookies.set[0].token;
  }

  it('voids an earlier link when a new one is sent, and every other link once a reset is done', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    await gql.execute(REQUEST, { e: user.email });
    await gql.execute(REQUEST, { e: user.email });
    const [first, second] = await resetLinks(user.email);
    expect(codeOf(await gql.execute(RESET, { t: first, p: 'het eerste nieuwe wachtwoord' }))).toBe('INVALID_TOKEN');
    expect((await gql.execute(RESET, { t: second, p: 'het tweede nieuwe wachtwoord' })).data!.resetPassword).toBe(true);
    expect(codeOf(await gql.execute(RESET, { t: second, p: 'nog een nieuw wachtwoord' }))).toBe('INVALID_TOKEN');
    const live = await db.dataSource.query('SELECT count(*)::int AS n FROM password_reset WHERE user_id = $1 AND used_at IS NULL', [user.id]);
    expect(live[0].n).toBe(0);
  });

  it('keeps at most one live link per account, even for requests at the same moment', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    await Promise.all([1, 2, 3].map(() => gql.execute(REQUEST, { e: user.email })));
    const live = await db.dataSource.query('SELECT count(*)::int AS n FROM password_reset WHERE user_id = $1 AND used_at IS NULL', [user.id]);
    expect(live[0].n).toBe(1);
    const links = await resetLinks(user.email);
    const outcomes = await Promise.all(links.map((t) => gql.execute(RESET, { t, p: 'gelijktijdig nieuw wachtwoord' })));
    expect(outcomes.filter((o) => o.data?.resetPassword === true)).toHaveLength(1);
  });

  it('ends all sessions and revokes all API tokens at a reset', async () => {
    const user = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
    const cookie = await sessionOf(user);
    const secret = await tokenOf(user);
    await gql.execute(REQUEST, { e: user.email });
    const [link] = await resetLinks(user.email);
    expect((await gql.execute(RESET, { t: link, p: 'een wachtwoord na herstel' })).data!.resetPassword).toBe(true);
    expect(await gql.services.sessions.resolve(cookie)).toBeNull();
    expect(await gql.services.apiTokens.resolve(secret, '127.0.0.1')).toBeNull();
    const [audit] = await db.dataSource.query("SELECT details FROM audit_event WHERE type = 'PASSWORD_RESET' AND subject_id = $1", [user.id]);
    expect(audit.details).toEqual({ sessions: 1, tokens: 1 });
    const notice = await db.dataSource.query("SELECT 1 FROM mail_outbox WHERE to_address = $1 AND subject = 'Uw wachtwoord is gewijzigd'", [
      user.email,
    ]);
    expect(notice).toHaveLength(1);
  });

  it('revokes all API tokens at a password change, and ends every session but the current one', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const current = await sessionOf(user);
    const other = await sessionOf(user);
    const secret = await tokenOf(user);
    const currentId = (await gql.services.sessions.resolve(current))!.id;
    const changed = await gql.execute(
      'mutation($p: String!) { changePassword(currentPassword: $p, newPassword: "wachtwoord na wijziging") }',
      { p: TEST_PASSWORD },
      { as: user.caller, sessionId: currentId },
    );
    expect(changed.data!.changePassword).toBe(true);
    expect(await gql.services.apiTokens.resolve(secret, '127.0.0.1')).toBeNull();
    expect(await gql.services.sessions.resolve(other)).toBeNull();
    expect(await gql.services.sessions.resolve(current)).not.toBeNull();
    const tokens = await gql.execute('{ apiTokens { active revokedAt } }', {}, { as: user.caller });
    expect(tokens.data!.apiTokens).toEqual([{ active: false, revokedAt: expect.any(String) }]);
  });

  it('throttles guesses of the current password like logins', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const change = (p: string) =>
      gql.execute(
        'mutation($p: String!) { changePassword(currentPassword: $p, newPassword: "een heel ander wachtwoord") }',
        { p },
        { as: user.caller, clientAddress: '10.77.0.1' },
      );
    for (let i = 0; i < 5; i++) expect((await change(`gok ${i} van de aanvaller`)).errors![0].extensions!.field).toBe('currentPassword');
    expect(codeOf(await change(TEST_PASSWORD))).toBe('TOO_MANY_ATTEMPTS');
  });

  it('sends at most three reset mails per address per hour, answering every request the same', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await gql.execute(REQUEST, { e: user.email }));
    const unknown = await gql.execute(REQUEST, { e: 'niemand.bekend@nji.nl' });
    for (const answer of answers) expect(answer).toEqual(unknown);
    expect(await resetLinks(user.email)).toHaveLength(3);
    const outcomes = await db.dataSource.query(
      "SELECT details->>'outcome' AS outcome, count(*)::int AS n FROM audit_event WHERE type = 'PASSWORD_RESET_REQUESTED' AND actor_label = $1 GROUP BY 1 ORDER BY 1",
      [user.email],
    );
    expect(outcomes).toEqual([
      { outcome: 'LIMIT_REACHED', n: 17 },
      { outcome: 'LINK_SENT', n: 3 },
    ]);
    // the counter of another address is its own
    const other = await createUser(db.dataSource, 'ANALYST');
    await gql.execute(REQUEST, { e: other.email });
    expect(await resetLinks(other.email)).toHaveLength(1);
  });
});

describe('audit log', () => {
  it('records security events with actor, subject and client address, filterable and paged', async () => {
    const page = await gql.execute(
      '{ auditEvents(first: 2, filter: { type: "REGISTRATION_APPROVED" }) { totalCount edges { node { type actorLabel subjectType subjectLabel clientAddress occurredAt } } pageInfo { hasNextPage endCursor } } }',
      {},
      { as: admin.caller },
    );
    expect(page.errors).toBeUndefined();
    const events = page.data!.auditEvents;
    expect(events.totalCount).toBeGreaterThanOrEqual(1);
    expect(events.edges[0].node).toMatchObject({
      type: 'REGISTRATION_APPROVED',
      subjectType: 'Registration',
      subjectLabel: 'f.devries@rotterdam.nl',
      clientAddress: '192.0.2.1',
    });
    expect(events.edges[0].node.actorLabel).toContain(admin.email);
    const all = await gql.execute('{ auditEvents(first: 3) { edges { node { id } } pageInfo { endCursor hasNextPage } } }', {}, { as: admin.caller });
    const next = await gql.execute(
      'query($a: String) { auditEvents(first: 3, after: $a) { edges { node { id } } } }',
      { a: all.data!.auditEvents.pageInfo.endCursor },
      { as: admin.caller },
    );
    const firstIds = all.data!.auditEvents.edges.map((e: { node: { id: string } }) => Number(e.node.id));
    const nextIds = next.data!.auditEvents.edges.map((e: { node: { id: string } }) => Number(e.node.id));
    expect(Math.max(...nextIds)).toBeLessThan(Math.min(...firstIds));
  });

  it('lists newest first by time, then by number, also past id 9 and across pages', async () => {
    // events whose order by time differs from their order by id, and ids on both sides of a power of ten
    await db.dataSource.query(
      `INSERT INTO audit_event (occurred_at, type, actor_label) SELECT now() + make_interval(days => 1000 + (g % 7)), 'EXPORT', 'volgorde-test ' || g FROM generate_series(1, 25) g`,
    );
    const page = (after: string | null) =>
      gql.execute(
        'query($a: String) { auditEvents(first: 10, after: $a, filter: { actor: "volgorde-test" }) { edges { node { id occurredAt } } pageInfo { endCursor hasNextPage } } }',
        { a: after },
        { as: admin.caller },
      );
    const seen: { id: string; occurredAt: string }[] = [];
    let after: string | null = null;
    do {
      const result: any = await page(after);
      seen.push(...result.data!.auditEvents.edges.map((e: { node: { id: string; occurredAt: string } }) => e.node));
      after = result.data!.auditEvents.pageInfo.hasNextPage ? result.data!.auditEvents.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(25);
    const expected = [...seen].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || Number(b.id) - Number(a.id));
    expect(seen.map((e) => e.id)).toEqual(expected.map((e) => e.id));
    expect(new Set(seen.map((e) => e.id)).size).toBe(25);
  });

  it('cannot be changed or deleted, not even with SQL', async () => {
    await expect(db.dataSource.query("UPDATE audit_event SET type = 'X'")).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query('DELETE FROM audit_event')).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
  });
});

describe('first administrator and demo accounts', () => {
  it('creates the first administrator only when there is none', async () => {
    const fresh = await createTestDatabase();
    try {
      const g = await createTestGraphQL(fresh.dataSource);
      expect(await g.services.users.ensureAdmin('beheer@nji.nl', 'een sterk beheerwachtwoord')).toBe('created');
      expect(await g.services.users.ensureAdmin('tweede@nji.nl', 'een sterk beheerwachtwoord')).toBe('exists');
      const login = await g.execute(LOGIN, { email: 'beheer@nji.nl', password: 'een sterk beheerwachtwoord' });
      expect(login.data!.login.role).toBe('ADMIN');
      await g.stop();
    } finally {
      await fresh.drop();
    }
  });

  it('has one working account per role in demo mode and none outside it', async () => {
    const demoDb = await createTestDatabase();
    try {
      const g = await createTestGraphQL(demoDb.dataSource, { demo: true });
      await syncDemoAccounts(demoDb.dataSource, true);
      const listed = await g.execute('{ demoAccounts { email password role } }', {}, { clientAddress: '127.0.0.1' });
      expect(new Set(listed.data!.demoAccounts.map((a: { role: string }) => a.role))).toEqual(
        new Set(['ADMIN', 'ANALYST', 'KNOWLEDGE_EDITOR', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER']),
      );
      for (const [i, account] of DEMO_ACCOUNTS.entries()) {
        const login = await g.execute(LOGIN, { email: account.email, password: DEMO_PASSWORD }, { clientAddress: `10.1.1.${i}` });
        expect(login.data!.login.role).toBe(account.role);
      }
      await syncDemoAccounts(demoDb.dataSource, false);
      const off = await createTestGraphQL(demoDb.dataSource, { demo: false });
      expect((await off.execute('{ demoAccounts { email } }')).data!.demoAccounts).toEqual([]);
      const refused = await off.execute(LOGIN, { email: DEMO_ACCOUNTS[0].email, password: DEMO_PASSWORD }, { clientAddress: '10.1.2.1' });
      expect(codeOf(refused)).toBe('INVALID_CREDENTIALS');
      await g.stop();
      await off.stop();
    } finally {
      await demoDb.drop();
    }
  });
});
