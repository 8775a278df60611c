import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../app';
import { loadConfig, type Config } from '../../config/env';
import { buildAppSchema } from '../../schema';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser, TEST_PASSWORD, type TestUser } from '../../../test/factories';

const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-web-'));
fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Monitor</title>');
fs.writeFileSync(path.join(webDist, 'playground.html'), '<!doctype html><title>Playground</title>');

let db: TestDatabase;
const servers: (() => Promise<void>)[] = [];

async function serve(overrides: Partial<Config> = {}) {
  const base = loadConfig({});
  const config: Config = {
    ...base,
    webDistDir: webDist,
    production: true,
    demo: false,
    ...overrides,
    limits: { ...base.limits, ...overrides.limits },
  };
  const server = http.createServer();
  const { app, apollo } = await createApp({ config, dataSource: db.dataSource, schema: await buildAppSchema(), httpServer: server });
  server.on('request', app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(() => apollo.stop());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { url, post };
}

let app: Awaited<ReturnType<typeof serve>>;
let analyst: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await serve();
  analyst = await createUser(db.dataSource, 'ANALYST');
  viewer = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
});
afterAll(async () => {
  for (const stop of servers) await stop();
  await db.drop();
  fs.rmSync(webDist, { recursive: true, force: true });
});

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email } }';

async function loginCookie(target: Awaited<ReturnType<typeof serve>>, user: TestUser, headers: Record<string, string> = {}) {
  const response = await target.post({ query: LOGIN, variables: { e: user.email, p: TEST_PASSWORD } }, headers);
  const setCookie = response.headers.get('set-cookie') ?? '';
  return { response, setCookie, cookie: setCookie.split(';')[0] };
}

describe('session cookie', () => {
  it('is httpOnly and SameSite=Lax, not Secure on localhost, and identifies the user', async () => {
    const { setCookie, cookie } = await loginCookie(app, analyst);
    expect(setCookie).toMatch(/^monitor_session=[\w-]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const me = await (await app.post({ query: '{ me { email role } }' }, { cookie })).json();
    expect(me.data.me).toEqual({ email: analyst.email, role: 'ANALYST' });
  });

  it('is Secure for any other host', async () => {
    // fetch does not let a caller choose the Host header; a raw request does
    const body = JSON.stringify({ query: LOGIN, variables: { e: analyst.email, p: TEST_PASSWORD } });
    const setCookie = await new Promise<string>((resolve, reject) => {
      const request = http.request(
        `${app.url}/graphql`,
        { method: 'POST', headers: { host: 'monitor.nji.nl', 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (response) => {
          response.resume();
          resolve(String(response.headers['set-cookie'] ?? ''));
        },
      );
      request.on('error', reject);
      request.end(body);
    });
    expect(setCookie).toMatch(/monitor_session=/);
    expect(setCookie).toMatch(/Secure/i);
  });

  it('is cleared when it no longer belongs to a live session', async () => {
    const response = await app.post({ query: '{ me { email } }' }, { cookie: 'monitor_session=verzonnen' });
    expect((await response.json()).data.me).toBeNull();
    expect(response.headers.get('set-cookie')).toMatch(/monitor_session=;/);
  });
});

describe('API tokens over HTTP', () => {
  it('authenticate with Authorization: Bearer and act as their owner within their scopes', async () => {
    const { cookie } = await loginCookie(app, viewer);
    const created = await (
      await app.post(
        { query: 'mutation { createApiToken(input: { name: "http", scopes: [PUBLIC_READ], expiresInDays: 7 }) { secret } }' },
        { cookie },
      )
    ).json();
    const bearer = { authorization: `Bearer ${created.data.createApiToken.secret}` };
    const me = await (await app.post({ query: '{ me { email } municipality(code: "GM0363") { name } }' }, bearer)).json();
    expect(me.data).toEqual({ me: { email: viewer.email }, municipality: { name: 'Amsterdam' } });
    const denied = await (await app.post({ query: '{ apiTokens { id } }' }, bearer)).json();
    expect(denied.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  it('answer 401 for an unknown token', async () => {
    const response = await app.post({ query: '{ me { email } }' }, { authorization: 'Bearer mon_verzonnen' });
    expect(response.status).toBe(401);
    expect((await response.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('playground and introspection', () => {
  const INTROSPECT = { query: '{ __schema { queryType { name } } }' };

  it('are only for NJi analysts and administrators', async () => {
    const anonymous = await fetch(`${app.url}/playground`, { redirect: 'manual' });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/inloggen?terug=%2Fplayground');
    expect((await (await app.post(INTROSPECT)).json()).errors[0].extensions.code).toBe('INTROSPECTION_DISABLED');

    const viewerCookie = (await loginCookie(app, viewer)).cookie;
    expect((await fetch(`${app.url}/playground`, { redirect: 'manual', headers: { cookie: viewerCookie } })).status).toBe(303);
    expect((await (await app.post(INTROSPECT, { cookie: viewerCookie })).json()).errors[0].extensions.code).toBe('INTROSPECTION_DISABLED');

    const analystCookie = (await loginCookie(app, analyst)).cookie;
    expect((await fetch(`${app.url}/playground`, { headers: { cookie: analystCookie } })).status).toBe(200);
    expect((await (await app.post(INTROSPECT, { cookie: analystCookie })).json()).data.__schema.queryType.name).toBe('Query');
  });

  it('are open to everyone in demo mode', async () => {
    const demo = await serve({ demo: true });
    expect((await fetch(`${demo.url}/playground`)).status).toBe(200);
    expect((await (await demo.post(INTROSPECT)).json()).data.__schema.queryType.name).toBe('Query');
  });
});

describe('limits', () => {
  it('rejects each excess with a stable code that names the limit', async () => {
    const tight = await serve({
      limits: {
        ...loadConfig({}).limits,
        maxDepth: 4,
        maxComplexity: 200,
        maxAliases: 2,
        maxBatch: 2,
        requestsPerMinutePerClient: 1000,
        requestsPerMinutePerToken: 1000,
      },
    });
    const codeOf = async (response: Response) => (await response.json()).errors?.[0]?.extensions;

    expect(
      await codeOf(await tight.post({ query: '{ region(code: "PV27") { municipalities { regions { municipalities { code } } } } }' })),
    ).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      max: 4,
    });
    expect(await codeOf(await tight.post({ query: '{ a: regions { code } b: regions { code } c: regions { code } }' }))).toMatchObject({
      code: 'TOO_MANY_ALIASES',
      max: 2,
    });
    expect(await codeOf(await tight.post({ query: '{ municipalities(first: 500) { edges { node { code name } } } }' }))).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      max: 200,
    });
    const batch = await fetch(`${tight.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(batch.status).toBe(400);
    expect(await codeOf(batch)).toMatchObject({ code: 'BATCH_LIMIT_EXCEEDED', max: 2 });
    const twoOk = await fetch(`${tight.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ regions(type: PROVINCE) { code } }' }, { query: '{ me { id } }' }]),
    });
    expect(twoOk.status).toBe(200);
    expect(await twoOk.json()).toHaveLength(2);
    const large = await tight.post({ query: `{ me { id } } # ${'x'.repeat(120_000)}` });
    expect(large.status).toBe(413);
    expect(await codeOf(large)).toMatchObject({ code: 'REQUEST_TOO_LARGE' });
  });

  it('limits the request rate per client, counted in the database for every server on it', async () => {
    // the counts are shared by every server on this database: the earlier tests' requests count too
    await db.dataSource.query('DELETE FROM rate_limit_counter');
    const slow = await serve({ limits: { ...loadConfig({}).limits, requestsPerMinutePerClient: 3 } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await slow.post({ query: '{ me { id } }' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await slow.post({ query: '{ me { id } }' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await refused.json()).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'requestsPerMinutePerClient', max: 3 });
    const secondServer = await serve({ limits: { ...loadConfig({}).limits, requestsPerMinutePerClient: 3 } });
    expect((await secondServer.post({ query: '{ me { id } }' })).status).toBe(429);
  });
});
