import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { FREE_FAILURES } from '@monitor/domain';
import { createEmptyDatabase, type TestDatabase } from '../../test/database';
import { createUser, TEST_PASSWORD, type TestUser } from '../../test/factories';

/** The built entry point, as `pnpm start` runs it (pnpm test builds before running jest). */
const MAIN = path.resolve(__dirname, '..', '..', 'dist', 'main.js');
const PER_TOKEN = 10;

interface Instance {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** `node dist/main.js` in a process group of its own (as under setsid), on the given database. */
async function startInstance(databaseUrl: string): Promise<Instance> {
  if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} ontbreekt: draai "pnpm build" eerst`);
  const child = spawn(process.execPath, [MAIN], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      MONITOR_DEMO: 'false',
      MONITOR_RATE_LIMIT_PER_TOKEN: String(PER_TOKEN),
      MONITOR_RATE_LIMIT_PER_CLIENT: '100000',
    },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /Monitor:\s+(http:\/\/\S+)/.exec(output);
      if (match) {
        clearInterval(timer);
        resolve(match[1].replace('localhost', '127.0.0.1').replace(/\/$/, ''));
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`de server stopte bij het starten:\n${output}`));
      }
    }, 100);
  });
  return { child, url, output: () => output };
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null) return;
  const exited = new Promise((resolve) => instance.child.once('exit', resolve));
  process.kill(-instance.child.pid!, 'SIGTERM');
  await exited;
}

let db: TestDatabase;
let instances: Instance[] = [];
let user: TestUser;

beforeAll(async () => {
  // an empty database and both at once: one migrates and loads the reference data, the other waits
  db = await createEmptyDatabase();
  const started = await Promise.allSettled([startInstance(db.url), startInstance(db.url)]);
  instances = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  for (const s of started) if (s.status === 'rejected') throw s.reason;
  user = await createUser(db.dataSource, 'ANALYST');
}, 300_000);
afterAll(async () => {
  for (const instance of instances) await stopInstance(instance);
  instances = [];
  await db.drop();
});

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email } }';

async function post(instance: Instance, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function login(instance: Instance, password: string): Promise<string | null> {
  const response = await post(instance, { query: LOGIN, variables: { e: user.email, p: password } });
  const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
  return body.errors ? body.errors[0].extensions.code : null;
}

describe('two server processes on one database', () => {
  it('share the login throttle: parallel guesses at both are counted together', async () => {
    const [a, b] = instances;
    const codes = await Promise.all(Array.from({ length: 60 }, (_, i) => login(i % 2 === 0 ? a : b, `geraden wachtwoord ${i}`)));
    expect(codes.filter((c) => c === 'INVALID_CREDENTIALS')).toHaveLength(FREE_FAILURES);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(60 - FREE_FAILURES);
    const [{ n }] = await db.dataSource.query("SELECT count(*)::int AS n FROM audit_event WHERE type = 'LOGIN_FAILED' AND actor_label = $1", [
      user.email,
    ]);
    expect(n).toBe(FREE_FAILURES);
    expect(await login(a, TEST_PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
    expect(await login(b, TEST_PASSWORD)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('share the request limit per API token', async () => {
    const [a, b] = instances;
    const secret = `mon_${randomBytes(24).toString('base64url')}`;
    await db.dataSource.query(
      `INSERT INTO api_token (user_id, name, token_hash, prefix, scopes, expires_at) VALUES ($1, 'gedeeld', $2, $3, '{PUBLIC_READ}', now() + interval '1 day')`,
      [user.id, createHash('sha256').update(secret).digest('hex'), secret.slice(0, 10)],
    );
    const statuses: { instance: string; status: number }[] = [];
    for (let i = 0; i < PER_TOKEN + 2; i++) {
      const [name, instance] = i % 2 === 0 ? ['a', a] : ['b', b];
      const response = await post(instance, { query: '{ __typename }' }, { authorization: `Bearer ${secret}` });
      statuses.push({ instance: name, status: response.status });
    }
    // each process served only half of the limit, yet both refuse: they count together
    expect(statuses.slice(0, PER_TOKEN).every((s) => s.status === 200)).toBe(true);
    expect(statuses.slice(PER_TOKEN)).toEqual([
      { instance: 'a', status: 429 },
      { instance: 'b', status: 429 },
    ]);
  });
});
