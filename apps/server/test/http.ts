import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { loadConfig, type Config } from '../src/config/env';
import { buildAppSchema } from '../src/schema';
import { TEST_PASSWORD } from './factories';

/** A stand-in for the built web app (index.html and playground.html) in a temporary folder. */
export function fakeWebDist(): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-web-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Monitor</title>');
  fs.writeFileSync(path.join(dir, 'playground.html'), '<!doctype html><title>Playground</title>');
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface ServedApp {
  url: string;
  post: (body: unknown, headers?: Record<string, string>) => Promise<Response>;
  stop: () => Promise<void>;
}

/** The real Express app over HTTP on an ephemeral loopback port, with config overrides. */
export async function serveApp(dataSource: DataSource, overrides: Partial<Config> = {}): Promise<ServedApp> {
  const base = loadConfig({});
  const config: Config = { ...base, demo: false, ...overrides, limits: { ...base.limits, ...overrides.limits } };
  const server = http.createServer();
  const { app, apollo } = await createApp({ config, dataSource, schema: await buildAppSchema(), httpServer: server });
  server.on('request', app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    post: (body, headers = {}) =>
      fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
    stop: () => apollo.stop(),
  };
}

const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }';

/** Signs `user` in with the login mutation of the served app; returns its session cookie ("monitor_session=…"). */
export async function signIn(app: ServedApp, user: { email: string }, password = TEST_PASSWORD): Promise<string> {
  const response = await app.post({ query: LOGIN, variables: { email: user.email, password } });
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  if (!cookie.startsWith('monitor_session=')) throw new Error(`signIn: no session cookie for ${user.email} (HTTP ${response.status})`);
  return cookie;
}

/**
 * Runs `use` against the real app over HTTP with a stand-in web build (see fakeWebDist), then stops
 * the app and removes the folder, also when `use` fails.
 */
export async function withServedApp<T>(dataSource: DataSource, overrides: Partial<Config>, use: (app: ServedApp) => Promise<T>): Promise<T> {
  const web = fakeWebDist();
  const app = await serveApp(dataSource, { webDistDir: web.dir, ...overrides });
  try {
    return await use(app);
  } finally {
    await app.stop();
    web.remove();
  }
}

/** What no response may contain unless MONITOR_DEBUG_ERRORS is on: stack frames, file paths, SQL. */
export const INTERNALS = [
  /stacktrace/i,
  /\bat [\w.<>]+ \(/,
  /\/(work|home|root|tmp|usr)\//,
  /node_modules/,
  /\bSELECT\b.*\bFROM\b/i,
  /\.ts:\d+/,
  /\.js:\d+/,
];

export function internalsIn(body: string): string[] {
  return INTERNALS.filter((pattern) => pattern.test(body)).map(String);
}
