import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { serveApp, type ServedApp } from '../../../test/http';
import { LANDING_DATA_ID } from '@monitor/domain';

const MAP = 'query MunicipalityMap { municipalities(first: 500) { totalCount edges { node { code name __typename } } } }';
// signed-in data: an anonymous visitor's answer is an error, so it is never put in the page
const USERS = 'query Users { users { id email } }';
const WAIT_MS = 120_000;

const web = fs.mkdtempSync(path.join(os.tmpdir(), 'monitor-landing-web-'));
fs.writeFileSync(
  path.join(web, 'index.html'),
  '<!doctype html>\n<html lang="nl">\n  <head>\n    <script type="module" src="/assets/index.js"></script>\n  </head>\n  <body>\n    <div id="root"></div>\n  </body>\n</html>\n',
);
fs.writeFileSync(
  path.join(web, 'landing.json'),
  JSON.stringify({
    queries: [
      { operationName: 'MunicipalityMap', variables: {}, query: MAP },
      { operationName: 'Users', variables: {}, query: USERS },
    ],
    preload: ['/assets/HomePage.js', '/assets/MapPage.css'],
  }),
);

// stands in for the web's server-side build (apps/web/dist-ssr/landing-markup.cjs): shows what it was given
const markupFile = path.join(web, 'landing-markup.cjs');
fs.writeFileSync(
  markupFile,
  `exports.landingMapMarkup = (answers, paths) => {
    if (answers.some((a) => a.data.municipalities.edges.some((e) => e.node.name === 'Onleesbaar'))) throw new Error('kapot');
    return '<div data-server-rendered=""><svg id="server-map" data-answers="' + answers.map((a) => a.operationName).join(',') + '" data-areas="' + paths.areas.length + '"></svg></div>';
  };\n`,
);

let db: TestDatabase;
let app: ServedApp;
beforeAll(async () => {
  db = await createTestDatabase();
  // the first server has no markup build (the file is missing): the app draws the map alone
  app = await serveApp(db.dataSource, { webDistDir: web, landingMarkupFile: path.join(web, 'missing.cjs') });
});
afterAll(async () => {
  await app.stop();
  await db.drop();
  fs.rmSync(web, { recursive: true, force: true });
});

interface LandingData {
  answers: { operationName: string; variables: unknown; data: any }[];
  paths: { viewBox: string; areas: { code: string; name: string; d: string }[] } | null;
}

async function open(headers: Record<string, string> = {}) {
  const response = await fetch(`${app.url}/`, { headers: { accept: 'text/html', ...headers } });
  const html = await response.text();
  const block = new RegExp(`<script type="application/json" id="${LANDING_DATA_ID}">([^<]*)</script>`).exec(html);
  return { response, html, data: block ? (JSON.parse(block[1]) as LandingData) : null };
}

const nameIn = (data: LandingData | null, code: string): string | undefined =>
  data?.answers.find((a) => a.operationName === 'MunicipalityMap')?.data.municipalities.edges.find((e: any) => e.node.code === code)?.node.name;

async function eventually<T>(attempt: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const until = Date.now() + WAIT_MS;
  for (;;) {
    const value = await attempt();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('landing page HTML', () => {
  it("carries an anonymous visitor's answers and the projected boundaries, byte for byte what /graphql and /geo give", async () => {
    const { response, html, data } = await open();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(response.headers.get('vary')).toMatch(/Cookie/);
    expect(data).not.toBeNull();

    const graphql = (await (await app.post({ query: MAP, operationName: 'MunicipalityMap' })).json()) as { data: unknown };
    const users = (await (await app.post({ query: USERS, operationName: 'Users' })).json()) as { errors?: { extensions: { code: string } }[] };
    expect(users.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    // the users are for signed-in administrators: the check ran and the answer stayed out
    expect(data!.answers.map((a) => a.operationName)).toEqual(['MunicipalityMap']);
    expect(data!.answers[0]).toEqual({ operationName: 'MunicipalityMap', variables: {}, data: graphql.data });
    expect(data!.answers[0].data.municipalities.totalCount).toBe(342);
    const paths = await (await fetch(`${app.url}/geo/municipalities.paths.json`)).json();
    expect(data!.paths).toEqual(paths);

    // without the markup build the app draws the map: #root stays empty
    expect(html).toContain('<div id="root"></div>');
    // the landing chunks are asked in the head; the only script added is a data block (not executed)
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/HomePage.js">');
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/assets/MapPage.css">');
    expect(html.match(/<script[^>]*>/g)).toEqual([
      '<script type="module" src="/assets/index.js">',
      `<script type="application/json" id="${LANDING_DATA_ID}">`,
    ]);
  });

  it('is validated by its ETag (304) and sent gzipped as stored', async () => {
    const first = await open();
    const etag = first.response.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    expect((await fetch(`${app.url}/`, { headers: { accept: 'text/html', 'if-none-match': etag } })).status).toBe(304);
    const raw = await fetch(`${app.url}/`, { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(raw.headers.get('content-encoding')).toBe('gzip');
  });

  it('gives a visitor with credentials the plain page: the app asks for their own answers', async () => {
    const withCredentials: Record<string, string>[] = [{ cookie: 'monitor_session=some-session' }, { authorization: 'Bearer some-token' }];
    for (const headers of withCredentials) {
      const { response, html, data } = await open(headers);
      expect(response.status).toBe(200);
      expect(data).toBeNull();
      expect(html).not.toContain(LANDING_DATA_ID);
      expect(html).toContain('<div id="root"></div>');
    }
  });

  it('follows a data change, and its data cannot end the script element', async () => {
    const [before] = await db.dataSource.query(`SELECT name FROM municipality WHERE code = 'GM0014'`);
    expect(nameIn((await open()).data, 'GM0014')).toBe(before.name);
    const hostile = `${before.name} </script><script>alert(1)</script>`;
    await db.dataSource.query(`UPDATE municipality SET name = $1 WHERE code = 'GM0014'`, [hostile]);
    try {
      const after = await eventually(open, (page) => nameIn(page.data, 'GM0014') === hostile);
      expect(nameIn(after.data, 'GM0014')).toBe(hostile);
      expect(after.html).not.toContain('<script>alert(1)');
      expect(after.html.match(/<\/script>/g)).toHaveLength(2);
    } finally {
      await db.dataSource.query(`UPDATE municipality SET name = $1 WHERE code = 'GM0014'`, [before.name]);
    }
    const restored = await eventually(open, (page) => nameIn(page.data, 'GM0014') === before.name);
    expect(nameIn(restored.data, 'GM0014')).toBe(before.name);
  });
});

describe('landing page HTML with the map drawn on the server', () => {
  let drawing: ServedApp;
  beforeAll(async () => {
    drawing = await serveApp(db.dataSource, { webDistDir: web, landingMarkupFile: markupFile });
  });
  afterAll(() => drawing.stop());

  const openDrawn = async (headers: Record<string, string> = {}) =>
    (await fetch(`${drawing.url}/`, { headers: { accept: 'text/html', ...headers } })).text();

  it("puts the map's markup in #root, drawn from the same anonymous answers and paths the data block carries", async () => {
    const html = await openDrawn();
    const paths = (await (await fetch(`${drawing.url}/geo/municipalities.paths.json`)).json()) as { areas: unknown[] };
    expect(paths.areas.length).toBeGreaterThan(300);
    expect(html).toContain(
      `<div id="root"><div data-server-rendered=""><svg id="server-map" data-answers="MunicipalityMap" data-areas="${paths.areas.length}"></svg></div></div>`,
    );
    expect(html).toContain(`<script type="application/json" id="${LANDING_DATA_ID}">`);
    // its styles apply at once instead of waiting for the app
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/MapPage.css">');
    expect(html).not.toContain('rel="preload" as="style"');
  });

  it('gives a visitor with credentials the plain page, without the map of anonymous answers', async () => {
    const withCredentials: Record<string, string>[] = [{ cookie: 'monitor_session=some-session' }, { authorization: 'Bearer some-token' }];
    for (const headers of withCredentials) {
      const html = await openDrawn(headers);
      expect(html).toContain('<div id="root"></div>');
      expect(html).not.toContain('server-map');
      expect(html).not.toContain(LANDING_DATA_ID);
    }
  });

  it('still sends the data when drawing fails: the app draws the map', async () => {
    const [before] = await db.dataSource.query(`SELECT name FROM municipality WHERE code = 'GM0014'`);
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    await db.dataSource.query(`UPDATE municipality SET name = 'Onleesbaar' WHERE code = 'GM0014'`);
    try {
      const html = await eventually(openDrawn, (page) => page.includes('Onleesbaar'));
      expect(html).toContain('<div id="root"></div>');
      expect(html).toContain(LANDING_DATA_ID);
      expect(spy).toHaveBeenCalledWith(expect.stringMatching(/landingskaart/), expect.any(Error));
    } finally {
      await db.dataSource.query(`UPDATE municipality SET name = $1 WHERE code = 'GM0014'`, [before.name]);
      spy.mockRestore();
    }
    expect(await eventually(openDrawn, (page) => page.includes('server-map') && !page.includes('Onleesbaar'))).toContain('server-map');
  });
});
