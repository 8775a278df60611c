import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../app';
import { loadConfig } from '../config/env';
import { buildAppSchema } from '../schema';
import { createEmptyDatabase, createTestDatabase, type TestDatabase } from '../../test/database';

/** The real Express app over HTTP on an ephemeral port. */
async function serve(db: TestDatabase, webDistDir: string) {
  const server = http.createServer();
  const config = { ...loadConfig({}), webDistDir, production: true };
  const { app, apollo } = await createApp({ config, dataSource: db.dataSource, schema: await buildAppSchema(), httpServer: server });
  server.on('request', app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, stop: () => apollo.stop() };
}

const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-web-'));
fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Monitor</title>');
fs.writeFileSync(path.join(webDist, 'playground.html'), '<!doctype html><title>Playground</title>');

let db: TestDatabase;
let app: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  db = await createTestDatabase();
  app = await serve(db, webDist);
});
afterAll(async () => {
  await app.stop();
  await db.drop();
  fs.rmSync(webDist, { recursive: true, force: true });
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP', () => {
  it('reports healthy when the database answers and is migrated', async () => {
    const response = await fetch(`${app.base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports unhealthy while migrations are pending', async () => {
    const empty = await createEmptyDatabase();
    const other = await serve(empty, webDist);
    try {
      expect((await fetch(`${other.base}/healthz`)).status).toBe(503);
    } finally {
      await other.stop();
      await empty.drop();
    }
  });

  it('answers GraphQL for third-party tools', async () => {
    const response = await post({ query: '{ municipality(code: "GM0014") { name } }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { municipality: { name: 'Groningen' } } });
  });

  it('refuses simple cross-site requests (CSRF prevention)', async () => {
    const response = await fetch(`${app.base}/graphql?query=${encodeURIComponent('{ regions { code } }')}`);
    expect(response.status).toBe(400);
  });

  it('limits the size of a request body', async () => {
    const response = await post({ query: `{ regions { code } } # ${'x'.repeat(200_000)}` });
    expect(response.status).toBe(413);
  });

  it('never shows internals for a malformed query', async () => {
    const response = await post({ query: '{ municipality(code: ' });
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|node_modules/);
  });

  it('serves the municipality boundaries as TopoJSON with an ETag', async () => {
    const response = await fetch(`${app.base}/geo/municipalities.topojson`);
    expect(response.status).toBe(200);
    const topology = await response.json();
    expect(topology.type).toBe('Topology');
    expect(topology.objects.gemeente_2026.geometries).toHaveLength(342);
    const again = await fetch(`${app.base}/geo/municipalities.topojson`, {
      headers: { 'if-none-match': response.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    expect((await fetch(`${app.base}/geo/counties.topojson`)).status).toBe(404);
  });

  it('serves the SPA for client routes and the playground page', async () => {
    const page = await fetch(`${app.base}/gemeente/GM0363`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Monitor</title>');
    expect(await (await fetch(`${app.base}/playground`)).text()).toContain('<title>Playground</title>');
  });
});
