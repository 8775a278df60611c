import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { precompressedAssets } from '../precompressed-assets';

const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-assets-'));
const script = `export const figures = ${JSON.stringify(Array.from({ length: 500 }, (_, i) => `gemeente ${i}`))};\n`;
fs.mkdirSync(path.join(dist, 'assets'));
fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), script);

let server: http.Server;
let url: string;
beforeAll(async () => {
  const app = express();
  app.use('/assets', precompressedAssets(path.join(dist, 'assets')));
  app.use(express.static(dist, { index: false }));
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dist, { recursive: true, force: true });
});

/** The raw response (node's http, which does not decompress). */
function get(pathname: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${url}${pathname}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('precompressed assets', () => {
  it('sends an asset gzipped, the same bytes every time, as an immutable script', async () => {
    const first = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(first.status).toBe(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers['content-type']).toMatch(/javascript/);
    expect(first.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(gunzipSync(first.body).toString()).toBe(script);
    const second = await get('/assets/index-abc123.js', { 'accept-encoding': 'gzip' });
    expect(second.body.equals(first.body)).toBe(true);
  });

  it('leaves other requests to the static files: no gzip accepted, unknown files', async () => {
    const plain = await get('/assets/index-abc123.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
    expect((await get('/assets/missing-000.js', { 'accept-encoding': 'gzip' })).status).toBe(404);
    expect((await get('/assets/..%2Findex-abc123.js', { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
  });
});
