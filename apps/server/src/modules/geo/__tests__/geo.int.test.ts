import http from 'node:http';
import { ErrorCode } from '@monitor/domain';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../../app';
import { loadConfig } from '../../../config/env';
import { buildAppSchema } from '../../../schema';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';

const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-geo-web-'));
fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Monitor</title>');

let db: TestDatabase;
let base: string;
let stop: () => Promise<void>;
beforeAll(async () => {
  db = await createTestDatabase();
  const server = http.createServer();
  const config = { ...loadConfig({}), webDistDir: webDist, production: true };
  const { app, apollo } = await createApp({ config, dataSource: db.dataSource, schema: await buildAppSchema(), httpServer: server });
  server.on('request', app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  stop = async () => {
    await apollo.stop();
    server.close();
  };
});
afterAll(async () => {
  await stop();
  await db.drop();
  fs.rmSync(webDist, { recursive: true, force: true });
});

interface ProjectedBoundaries {
  viewBox: string;
  areas: { code: string; name: string; d: string }[];
}

describe('projected boundaries (/geo/<layer>.paths.json)', () => {
  it('serves every municipality of the stored boundaries as an SVG path, revalidated by ETag', async () => {
    const response = await fetch(`${base}/geo/municipalities.paths.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600, must-revalidate');
    const body = (await response.json()) as ProjectedBoundaries;
    expect(body.areas).toHaveLength(342);
    expect(new Set(body.areas.map((a) => a.code)).size).toBe(342);
    expect(body.areas.find((a) => a.code === 'GM0363')?.name).toBe('Amsterdam');
    for (const area of body.areas) expect(area.d).toMatch(/^M[\d.]+,[\d.]+(?:[LM][\d.]+,[\d.]+|Z)+Z$/);
    // fitted to the 600 px wide frame: the view box spans it with a 2 px margin
    const [x, , width, height] = body.viewBox.split(' ').map(Number);
    expect([x, width]).toEqual([-2, 604]);
    expect(height).toBeGreaterThan(600);
    expect(height).toBeLessThanOrEqual(724);

    const again = await fetch(`${base}/geo/municipalities.paths.json`, { headers: { 'if-none-match': response.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('is smaller than the TopoJSON it is projected from, so the landing page downloads less', async () => {
    const paths = await fetch(`${base}/geo/municipalities.paths.json`);
    const topology = await fetch(`${base}/geo/municipalities.topojson`);
    expect((await paths.text()).length).toBeLessThan((await topology.text()).length);
  });

  it('places Groningen north-east of Maastricht (north up, east right)', async () => {
    const { areas } = (await (await fetch(`${base}/geo/municipalities.paths.json`)).json()) as ProjectedBoundaries;
    const firstPoint = (code: string) =>
      /^M([\d.]+),([\d.]+)/
        .exec(areas.find((a) => a.code === code)!.d)!
        .slice(1)
        .map(Number);
    const [groningenX, groningenY] = firstPoint('GM0014');
    const [maastrichtX, maastrichtY] = firstPoint('GM0935');
    expect(groningenY).toBeLessThan(maastrichtY);
    expect(groningenX).toBeGreaterThan(maastrichtX);
  });

  it('answers 404 with a stable code for an unknown layer', async () => {
    const response = await fetch(`${base}/geo/counties.paths.json`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(ErrorCode.NOT_FOUND);
  });
});
