import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { FREE_FAILURES } from '@monitor/domain';
import { createApp } from '../../app';
import { loadConfig, type Config } from '../../config/env';
import { buildAppSchema } from '../../schema';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser, TEST_PASSWORD } from '../../../test/factories';

// Every password check of the server goes through verifyPassword: count the real calls.
const passwordChecks = { count: 0 };
jest.mock('../password-hasher', () => {
  const actual = jest.requireActual('../password-hasher');
  return {
    ...actual,
    verifyPassword: (...args: Parameters<typeof actual.verifyPassword>) => {
      passwordChecks.count++;
      return actual.verifyPassword(...args);
    },
  };
});

const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-web-'));
fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Monitor</title>');

let db: TestDatabase;
let url: string;
let stop: () => Promise<void>;

// The clock stands still: a burst of 300 logins may take longer than the first 30 s lock on a busy
// machine, and these tests are about counting under concurrency, not about locks expiring (that is
// the domain's throttle rule, unit-tested there). Only Date is faked; timers run as usual.
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;

beforeAll(async () => {
  db = await createTestDatabase();
  const base = loadConfig({});
  // behind a proxy: the client address comes from X-Forwarded-For, so a test can be many clients
  const config: Config = {
    ...base,
    webDistDir: webDist,
    production: true,
    demo: false,
    trustProxy: true,
    limits: { ...base.limits, requestsPerMinutePerClient: 10_000 },
  };
  const server = http.createServer();
  const { app, apollo } = await createApp({ config, dataSource: db.dataSource, schema: await buildAppSchema(), httpServer: server });
  server.on('request', app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stop = () => apollo.stop();
});
afterAll(async () => {
  await stop();
  await db.drop();
  fs.rmSync(webDist, { recursive: true, force: true });
});

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email } }';

interface Guess {
  email: string;
  password: string;
}

/** One HTTP request carrying a batch of login operations; the codes of the answers (null = logged in). */
async function batch(guesses: Guess[], client: string): Promise<(string | null)[]> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify(guesses.map((g) => ({ query: LOGIN, variables: { e: g.email, p: g.password } }))),
  });
  expect(response.status).toBe(200);
  const results = (await response.json()) as { data?: { login: unknown } | null; errors?: { extensions: { code: string } }[] }[];
  return results.map((r) => (r.errors ? r.errors[0].extensions.code : null));
}

/** 60 parallel requests, each a batch of five logins. */
async function parallelBatches(guess: (request: number, index: number) => Guess, client: (request: number) => string) {
  const answers = await Promise.all(
    Array.from({ length: 60 }, (_, request) =>
      batch(
        Array.from({ length: 5 }, (_, index) => guess(request, index)),
        client(request),
      ),
    ),
  );
  return answers.flat();
}

const tally = (codes: (string | null)[]) =>
  codes.reduce<Record<string, number>>((acc, code) => ({ ...acc, [code ?? 'OK']: (acc[code ?? 'OK'] ?? 0) + 1 }), {});

describe('login throttling under concurrency', () => {
  beforeEach(() => {
    passwordChecks.count = 0;
    jest.useFakeTimers({ now: Date.now(), doNotFake: [...REAL_TIMERS] });
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('checks exactly the allowed number of passwords for one account from one client, then refuses the right one unchecked', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const codes = await parallelBatches(
      (request, index) => ({ email: user.email, password: `geraden wachtwoord ${request}.${index}` }),
      () => '198.51.100.10',
    );
    expect(passwordChecks.count).toBe(FREE_FAILURES);
    expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: FREE_FAILURES, TOO_MANY_ATTEMPTS: 300 - FREE_FAILURES });
    const stored = await db.dataSource.query("SELECT count(*)::int AS n FROM audit_event WHERE type = 'LOGIN_FAILED' AND actor_label = $1", [
      user.email,
    ]);
    expect(stored[0].n).toBe(FREE_FAILURES);

    passwordChecks.count = 0;
    const late = await Promise.all(
      Array.from({ length: 30 }, (_, i) => batch([{ email: user.email, password: i === 29 ? TEST_PASSWORD : `nog een gok ${i}` }], '198.51.100.10')),
    );
    expect(late.flat()).toEqual(Array(30).fill('TOO_MANY_ATTEMPTS'));
    expect(passwordChecks.count).toBe(0);
  });

  it('counts one account across many client addresses', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const codes = await parallelBatches(
      (request, index) => ({ email: user.email, password: `gok ${request}-${index} wachtwoord` }),
      (request) => `203.0.113.${request}`,
    );
    expect(passwordChecks.count).toBe(FREE_FAILURES);
    expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: FREE_FAILURES, TOO_MANY_ATTEMPTS: 300 - FREE_FAILURES });

    passwordChecks.count = 0;
    expect(await batch([{ email: user.email, password: TEST_PASSWORD }], '192.0.2.200')).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(passwordChecks.count).toBe(0);
  });

  it('counts one client address across many accounts', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    const codes = await parallelBatches(
      (request, index) => ({ email: `raad${request}.${index}@nji.nl`, password: 'ergens een wachtwoord' }),
      () => '198.51.100.20',
    );
    expect(passwordChecks.count).toBe(FREE_FAILURES);
    expect(tally(codes)).toEqual({ INVALID_CREDENTIALS: FREE_FAILURES, TOO_MANY_ATTEMPTS: 300 - FREE_FAILURES });

    // a real account with its right password from that client: refused without a check
    passwordChecks.count = 0;
    expect(await batch([{ email: user.email, password: TEST_PASSWORD }], '198.51.100.20')).toEqual(['TOO_MANY_ATTEMPTS']);
    expect(passwordChecks.count).toBe(0);
    // from another client the account works
    expect(await batch([{ email: user.email, password: TEST_PASSWORD }], '198.51.100.21')).toEqual([null]);
  });

  it('loses no count: the failures recorded equal the password checks', async () => {
    const user = await createUser(db.dataSource, 'ANALYST');
    await Promise.all(Array.from({ length: 4 }, (_, i) => batch([{ email: user.email, password: `fout nummer ${i} hier` }], `192.0.2.${50 + i}`)));
    const [row] = await db.dataSource.query('SELECT failures FROM login_throttle WHERE key = $1', [`account:${user.email}`]);
    expect(row.failures).toBe(4);
    expect(passwordChecks.count).toBe(4);
  });
});
