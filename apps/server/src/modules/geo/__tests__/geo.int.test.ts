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

interface DistrictCollection {
  type: string;
  municipalityCode: string;
  year: number | null;
  features: { type: string; properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown[] } }[];
}

describe('district boundaries (/geo/districts/<code>.geojson)', () => {
  it('serves a municipality’s districts as GeoJSON, revalidated by ETag', async () => {
    const response = await fetch(`${base}/geo/districts/GM0363.geojson`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=3600, must-revalidate');
    const body = (await response.json()) as DistrictCollection;
    const [{ count }] = await db.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM district d JOIN municipality m ON m.id = d.municipality_id
        WHERE m.code = 'GM0363' AND d.boundary IS NOT NULL AND d.year = 2024`,
    );
    expect(count).toBeGreaterThan(50);
    expect(body).toMatchObject({ type: 'FeatureCollection', municipalityCode: 'GM0363', year: 2024 });
    expect(body.features).toHaveLength(count);
    for (const f of body.features) {
      expect(f.type).toBe('Feature');
      expect(f.properties.statcode).toMatch(/^WK0363[0-9A-Z]{2}$/);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
    const etag = response.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await fetch(`${base}/geo/districts/GM0363.geojson`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('holds only the public boundary layer: code, name and shape, no figures', async () => {
    const body = (await (await fetch(`${base}/geo/districts/GM0344.geojson`)).json()) as DistrictCollection;
    expect(Object.keys(body).sort()).toEqual(['features', 'municipalityCode', 'type', 'year']);
    expect(body.features).toHaveLength(10);
    for (const f of body.features) {
      expect(Object.keys(f).sort()).toEqual(['geometry', 'properties', 'type']);
      expect(Object.keys(f.properties).sort()).toEqual(['statcode', 'statnaam']);
    }
    expect(body.features.map((f) => f.properties.statcode)).toEqual([...body.features.map((f) => f.properties.statcode)].sort());
  });

  it('is compressed for a client that accepts gzip', async () => {
    const response = await fetch(`${base}/geo/districts/GM0363.geojson`, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(((await response.json()) as DistrictCollection).municipalityCode).toBe('GM0363');
  });

  it('gives the districts of the newest division year only', async () => {
    await db.dataSource.query(
      `INSERT INTO district (code, name, municipality_id, year, boundary)
       SELECT 'WK0599ZZ', 'Nieuwe wijk', m.id, 2025, '{"type":"Polygon","coordinates":[[[4.4,51.9],[4.5,51.9],[4.5,52.0],[4.4,51.9]]]}'::jsonb
         FROM municipality m WHERE m.code = 'GM0599' AND m.valid_to IS NULL`,
    );
    const body = (await (await fetch(`${base}/geo/districts/GM0599.geojson`)).json()) as DistrictCollection;
    expect(body.year).toBe(2025);
    expect(body.features.map((f) => f.properties)).toEqual([{ statcode: 'WK0599ZZ', statnaam: 'Nieuwe wijk' }]);
  });

  it('gives an empty collection for a municipality without districts', async () => {
    const response = await fetch(`${base}/geo/districts/GM0014.geojson`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ type: 'FeatureCollection', municipalityCode: 'GM0014', year: null, features: [] });
  });

  it.each(['GM9999', 'gm0363', 'XX0363', 'GM03630'])('answers 404 with a stable code and a plain message for %s', async (code) => {
    const response = await fetch(`${base}/geo/districts/${code}.geojson`);
    expect(response.status).toBe(404);
    const text = await response.text();
    const body = JSON.parse(text) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(ErrorCode.NOT_FOUND);
    expect(body.error.message).toBe('Onbekende gemeente; gebruik een CBS-gemeentecode, zoals GM0363');
    expect(text).not.toMatch(/\/work|\/tmp|node_modules|\bat \w|SELECT|district/);
  });
});
