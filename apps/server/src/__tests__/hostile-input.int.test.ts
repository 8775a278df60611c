import type { GraphQLSchema } from 'graphql';
import { loadConfig } from '../config/env';
import { buildAppSchema } from '../schema';
import { createTestDatabase, type TestDatabase } from '../../test/database';
import { fakeWebDist, internalsIn, serveApp, type ServedApp } from '../../test/http';
import { minimalSelection, operations, placeholder, textInputPaths, valueWithTextAt } from '../../test/schema-walk';

/**
 * The one input boundary, tried as an attacker would over HTTP: every place where any query or
 * mutation takes text gets a NUL byte and a lone surrogate; every answer is BAD_USER_INPUT naming
 * that place, and no body shows internals.
 */
const web = fakeWebDist();
let db: TestDatabase;
let app: ServedApp;
let schema: GraphQLSchema;

beforeAll(async () => {
  db = await createTestDatabase();
  schema = await buildAppSchema();
  // no debug setting and no NODE_ENV=production: internals must stay hidden all the same
  app = await serveApp(db.dataSource, {
    webDistDir: web.dir,
    production: false,
    limits: { ...loadConfig({}).limits, requestsPerMinutePerClient: 100_000 },
  });
});
afterAll(async () => {
  await app.stop();
  await db.drop();
  web.remove();
});

const HOSTILE = { NUL: 'GM\u00000363', 'lone surrogate': 'a\uD800b@example.org' };

interface Case {
  name: string;
  query: string;
  variables: Record<string, unknown>;
  field: string;
}

function hostileCases(): Case[] {
  return operations(schema).flatMap(({ root, field }) =>
    field.args.flatMap((target) =>
      textInputPaths(target).flatMap(({ path }) =>
        Object.entries(HOSTILE).map(([kind, text]) => {
          const args = field.args.filter((a) => a === target || String(a.type).endsWith('!'));
          const variables = Object.fromEntries(args.map((a) => [a.name, a === target ? valueWithTextAt(a, path, text) : placeholder(a.type)]));
          const keyword = root === schema.getQueryType() ? 'query' : 'mutation';
          const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
          const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
          return {
            name: `${root.name}.${field.name} ${path.join('.')} (${kind})`,
            query: `${keyword}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${minimalSelection(field)} }`,
            variables,
            field: path.join('.'),
          };
        }),
      ),
    ),
  );
}

describe('the input boundary over HTTP', () => {
  it('answers invalid text in every string argument and input field of every operation with BAD_USER_INPUT naming it', async () => {
    const cases = hostileCases();
    // every operation with text input is covered: queries and mutations, arguments and input objects
    expect(cases.length).toBeGreaterThan(100);
    const failures: string[] = [];
    for (const c of cases) {
      const response = await app.post({ query: c.query, variables: c.variables });
      const text = await response.text();
      const body = JSON.parse(text) as { errors?: { extensions?: { code?: string; field?: string } }[] };
      const error = body.errors?.[0];
      if (error?.extensions?.code !== 'BAD_USER_INPUT' || error.extensions.field !== c.field) failures.push(`${c.name}: ${text.slice(0, 300)}`);
      if (internalsIn(text).length > 0) failures.push(`${c.name} shows internals: ${internalsIn(text).join(', ')}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses invalid text inside an answer value', async () => {
    const response = await app.post({
      query: 'mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { __typename } }',
      variables: { input: { municipalityCode: 'GM0363', year: 2026, answers: [{ questionKey: 'k', expectedVersion: 0, value: ['ok', 'x\u0000'] }] } },
    });
    const body = await response.json();
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.answers.0.value.1' });
  });

  it('gives subscriptions their own code, not an internal error', async () => {
    const response = await app.post({ query: 'subscription { __typename }' });
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('OPERATION_NOT_SUPPORTED');
    expect(body.data).toBeUndefined();
  });

  it('answers an out-of-range year in an export URL with 400 naming it', async () => {
    for (const year of ['99999999999999999999', '-1', '1e3', '2026.5']) {
      const response = await fetch(`${app.url}/export/GM0014/${year}/antwoorden.csv`);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: { code: 'BAD_USER_INPUT', field: 'year', message: 'year: moet een geheel getal van 1800 tot en met 2100 zijn' },
      });
    }
  });

  it('refuses invalid text in the URLs of /export, /geo and /import', async () => {
    const urls = [
      '/export/GM%000014/2026/antwoorden.csv',
      '/geo/municipalities%00.topojson',
      '/import/cbs?name=a%00b',
      '/import/cbs?table=84849NED%1B',
    ];
    for (const url of urls) {
      const response = await fetch(`${app.url}${url}`, { method: url.startsWith('/import') ? 'POST' : 'GET', headers: { 'x-monitor-import': '1' } });
      const text = await response.text();
      expect([url, response.status]).toEqual([url, 400]);
      expect(JSON.parse(text).error.code).toBe('BAD_USER_INPUT');
      expect(internalsIn(text)).toEqual([]);
    }
  });

  it('refuses an upload with a NUL byte before looking at the caller or the database', async () => {
    const response = await fetch(`${app.url}/import/cbs?table=84849NED&name=a.csv`, {
      method: 'POST',
      headers: { 'x-monitor-import': '1', 'content-type': 'text/csv' },
      body: Buffer.from('"Perioden";"Regio"\n"2023\u0000";"NL01"\n'),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', field: 'file', message: 'file: bevat een ongeldig stuurteken (byte 0x00) op regel 2' },
    });
  });
});
