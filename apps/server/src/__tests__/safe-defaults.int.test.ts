import { ArgumentValidationError } from 'type-graphql';
import { GraphQLError } from 'graphql';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, syncDemoAccounts } from '../modules/demo/demo-accounts';
import { isLoopbackAddress } from '../modules/demo/demo.service';
import { createDataSource } from '../db/data-source';
import { formatError } from '../graphql/errors';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { createUser } from '../../test/factories';
import { fakeWebDist, internalsIn, serveApp, type ServedApp } from '../../test/http';

const web = fakeWebDist();
const served: ServedApp[] = [];
const dbs: TestDatabase[] = [];

async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase();
  dbs.push(db);
  return db;
}

async function serve(db: TestDatabase, overrides: Parameters<typeof serveApp>[1] = {}): Promise<ServedApp> {
  const app = await serveApp(db.dataSource, { webDistDir: web.dir, production: false, ...overrides });
  served.push(app);
  return app;
}

afterAll(async () => {
  for (const app of served) await app.stop();
  for (const db of dbs) await db.drop();
  web.remove();
});

describe('security headers (helmet)', () => {
  it('are sent with the web app, the API and the data routes', async () => {
    const app = await serve(await database());
    for (const [url, init] of [
      ['/', { headers: { accept: 'text/html' } }],
      ['/healthz', {}],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) }],
    ] as const) {
      const response = await fetch(`${app.url}${url}`, init);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect([url, csp]).toEqual([url, expect.stringContaining("default-src 'self'")]);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("worker-src 'self' blob:");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('same-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('error internals', () => {
  it('are never in a response without MONITOR_DEBUG_ERRORS, also without NODE_ENV=production', async () => {
    const db = await database();
    const app = await serve(db, { production: false, debugErrors: false });
    // break the database under the running app, so that a query fails inside PostgreSQL
    await db.dataSource.query('ALTER TABLE region_membership RENAME TO region_membership_broken');
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await app.post({ query: '{ municipality(code: "GM0363") { regions { code } } }' });
      const text = await response.text();
      expect(JSON.parse(text).errors[0]).toEqual({
        message: 'Er ging iets mis op de server. Probeer het later opnieuw.',
        locations: [{ line: 1, column: 34 }],
        path: ['municipality', 'regions'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(internalsIn(text)).toEqual([]);

      const debugging = await serve(db, { debugErrors: true });
      const debugText = await (await debugging.post({ query: '{ municipality(code: "GM0363") { regions { code } } }' })).text();
      expect(debugText).toContain('region_membership');
      expect(JSON.parse(debugText).errors[0].extensions.stacktrace).toEqual(expect.any(Array));
    } finally {
      error.mockRestore();
      await db.dataSource.query('ALTER TABLE region_membership_broken RENAME TO region_membership');
    }
  });

  it('stay out of plain HTTP routes too: an unexpected failure is a JSON 500 without details', async () => {
    const db = await database();
    const app = await serve(db);
    await db.dataSource.query('ALTER TABLE boundary_layer RENAME TO boundary_layer_broken');
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await fetch(`${app.url}/geo/provinces.topojson`);
      const text = await response.text();
      expect(response.status).toBe(500);
      expect(JSON.parse(text)).toEqual({
        error: { code: 'INTERNAL_SERVER_ERROR', message: 'Er ging iets mis op de server. Probeer het later opnieuw.' },
      });
      expect(internalsIn(text)).toEqual([]);
    } finally {
      error.mockRestore();
      await db.dataSource.query('ALTER TABLE boundary_layer_broken RENAME TO boundary_layer');
    }
  });

  it('the formatter survives validation errors of any shape and maps a statement timeout to REQUEST_TIMEOUT', () => {
    const format = formatError({ debug: false });
    const odd = new ArgumentValidationError([]);
    (odd.extensions as Record<string, unknown>).validationErrors = 'not a list';
    expect(format({ message: 'x' }, new GraphQLError('x', { originalError: odd })).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const timeout = Object.assign(new Error('canceling statement due to statement timeout'), { driverError: { code: '57014' } });
    expect(format({ message: 'x' }, new GraphQLError('x', { originalError: timeout }))).toEqual({
      message: 'De aanvraag duurde te lang en is afgebroken.',
      extensions: { code: 'REQUEST_TIMEOUT', limit: 'requestTimeoutMs' },
    });
  });
});

describe('the PostgreSQL statement_timeout', () => {
  it('cancels a statement that runs past the request budget', async () => {
    const db = await database();
    const limited = createDataSource({ url: db.url, statementTimeoutMs: 200 });
    await limited.initialize();
    try {
      await expect(limited.query('SELECT pg_sleep(30)')).rejects.toMatchObject({ driverError: expect.objectContaining({ code: '57014' }) });
      expect(await limited.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await limited.destroy();
    }
  });
});

describe('demoAccounts', () => {
  const LIST = '{ demoAccounts { email password role } }';
  const roles = async (app: ServedApp, headers: Record<string, string> = {}) =>
    ((await (await app.post({ query: LIST }, headers)).json()).data.demoAccounts as { role: string }[]).map((a) => a.role);

  it('include the demo administrator only for a local client while no real administrator exists', async () => {
    const db = await database();
    await syncDemoAccounts(db.dataSource, true);
    const app = await serve(db, { demo: true, trustProxy: true });
    expect(await roles(app)).toContain('ADMIN');
    // a client elsewhere (behind the proxy) gets the other demo accounts, never the administrator
    const remote = await roles(app, { 'x-forwarded-for': '203.0.113.9' });
    expect(remote).not.toContain('ADMIN');
    expect(new Set(remote)).toEqual(new Set(['ANALYST', 'KNOWLEDGE_EDITOR', 'MUNICIPAL_EDITOR', 'MUNICIPAL_VIEWER']));

    await createUser(db.dataSource, 'ADMIN');
    expect(await roles(app)).not.toContain('ADMIN');
    expect((await roles(app)).length).toBe(DEMO_ACCOUNTS.length - 1);
  });

  it('stop working for the demo administrator once a real administrator exists', async () => {
    const db = await database();
    await syncDemoAccounts(db.dataSource, true);
    await createUser(db.dataSource, 'ADMIN');
    await syncDemoAccounts(db.dataSource, true);
    const app = await serve(db, { demo: true });
    const admin = DEMO_ACCOUNTS.find((a) => a.role === 'ADMIN')!;
    const login = async (email: string, client: string) =>
      await (
        await app.post(
          { query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { role } }', variables: { e: email, p: DEMO_PASSWORD } },
          { 'x-forwarded-for': client },
        )
      ).json();
    expect((await login(admin.email, '198.51.100.1')).errors[0].extensions.code).toBe('INVALID_CREDENTIALS');
    const analyst = DEMO_ACCOUNTS.find((a) => a.role === 'ANALYST')!;
    expect((await login(analyst.email, '198.51.100.2')).data.login.role).toBe('ANALYST');
  });

  it('are empty outside demo mode', async () => {
    const app = await serve(await database(), { demo: false });
    expect(await roles(app)).toEqual([]);
  });

  it('treat only loopback addresses as local', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ['10.0.0.1', '192.168.1.1', '::ffff:10.0.0.1', '203.0.113.9', '', '1270.0.0.1'])
      expect(isLoopbackAddress(address)).toBe(false);
  });
});
