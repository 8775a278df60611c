// Generated hostile input: malformed GraphQL operations and malformed CBS files. Each must be
// refused without a server error (no 5xx, no INTERNAL_SERVER_ERROR) and without changing a row.
import { gzipSync } from 'node:zlib';
import { leakOf, parse, postOnNewConnection, serverErrorOf } from './client.mjs';

/** Deterministic pseudo-random numbers (mulberry32), so a failing case can be reproduced. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    bytes: (n) => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256))),
  };
}

const json = (value) => JSON.stringify(value);
const op = (query, variables, extra = {}) => json({ query, variables, ...extra });
const nest = (open, close, depth, inner) => `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
// JSON text may carry escapes that no valid UTF-8 string has: a lone surrogate, a NUL
const LONE_HIGH = '\\ud800';
const LONE_LOW = '\\udfff';
const NUL = '\\u0000';
const withEscape = (template, escape) => template.replace('@@', escape);

/** Families of malformed GraphQL requests; each returns { body: string|Buffer, contentType? }. */
function graphqlFamilies(r) {
  const code = () => r.pick(['GM0363', 'GM0344', 'GM0014', 'PV27', 'VR13']);
  const str = (n) => Array.from({ length: n }, () => String.fromCharCode(32 + r.int(95))).join('');
  return {
    garbage: () =>
      r.pick([
        () => ({ body: r.bytes(1 + r.int(2000)) }),
        () => ({ body: str(1 + r.int(500)) }),
        () => ({
          body: json(
            r.pick([null, 42, 'query', [], [null], true, { query: 42 }, { query: null }, { query: ['{ me { email } }'] }, { query: { a: 1 } }]),
          ),
        }),
        () => ({ body: op(str(1 + r.int(300))) }),
        () => ({ body: op(`{ ${'{'.repeat(r.int(20))}municipality(code: "${code()}" ${'}'.repeat(r.int(20))}`) }),
        () => ({ body: `{"query": "{ me { email } }"${str(r.int(5))}` }),
        () => ({
          body: op('{ me { email } }'),
          contentType: r.pick(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/graphql']),
        }),
      ])(),
    deepNesting: () =>
      r.pick([
        () => ({ body: op(`{ ${nest('municipality(code: "GM0363") { province { municipalities { ', '} } } ', 2 + r.int(8), 'code')} }`) }),
        () => ({ body: op(`{ ${nest('a { ', '} ', 50 + r.int(500), 'b')} }`) }),
        () => ({
          body: op(`query { municipalities(first: 500) { edges { node { regions { municipalities { regions { municipalities { code } } } } } } } }`),
        }),
        () => ({ body: op(`{ me { ...A } } fragment A on User { ...B } fragment B on User { ...A }`) }),
        () => ({
          body: op(`query($v: [String!]!) { statistics(measure: "x", regionCodes: $v) { value } }`, {
            v: JSON.parse(nest('[', ']', 100 + r.int(2000), '"GM0363"')),
          }),
        }),
        () => ({ body: op(`{ statistics(measure: "x", regionCodes: ${nest('[', ']', 100 + r.int(1000), '"GM0363"')}) { value } }`) }),
        () => ({ body: json({ query: '{ me { email } }', variables: JSON.parse(nest('{"a":', '}', 100 + r.int(3000), '1')) }) }),
        () => ({ body: op(`{ ${Array.from({ length: 200 + r.int(2000) }, (_, i) => `a${i}: municipality(code: "GM0363") { name }`).join(' ')} }`) }),
      ])(),
    hugeStrings: () =>
      r.pick([
        () => ({ body: op(`{ municipality(code: "${'G'.repeat(100_000 + r.int(900_000))}") { name } }`) }),
        () => ({ body: op('query($c: String!) { municipality(code: $c) { name } }', { c: 'x'.repeat(100_000 + r.int(2_000_000)) }) }),
        () => ({
          body: op('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email } }', {
            e: `${'a'.repeat(50_000 + r.int(500_000))}@x.nl`,
            p: 'p'.repeat(100_000),
          }),
        }),
        () => ({ body: op(`{ ${'m'.repeat(10_000 + r.int(100_000))} }`) }),
        () => ({ body: op('mutation($e: String!) { requestPasswordReset(email: $e) }', { e: `${'b'.repeat(100_000)}@example.nl` }) }),
        () => ({ body: op('query($s: String) { users(search: $s) { email } }', { s: 'z'.repeat(200_000) }) }),
        () => ({ body: op(`{ districts(municipalityCode: "${'9'.repeat(1_000_000)}") { code } }`) }),
      ])(),
    wrongTypes: () =>
      r.pick([
        () => ({ body: op(`{ municipality(code: ${r.pick(['123', 'true', 'null', '[1]', '{a: 1}', '1.5', 'GM0363'])}) { name } }`) }),
        () => ({
          body: op(
            `{ benchmarks(year: ${r.pick(['"2026"', '99999999999999999999', '-1e400', '2026.5', 'null', 'true'])}, group: { type: ALL }) { median } }`,
          ),
        }),
        () => ({ body: op(`{ benchmarks(year: 2026, group: { type: ${r.pick(['"ALL"', 'NOPE', '1', 'null', '{}'])} }) { median } }`) }),
        () => ({
          body: op('query($y: Int!) { questionnaire(year: $y) { year } }', {
            y: r.pick(['2026', 2026.5, 1e20, -1e20, true, [2026], { y: 1 }, null]),
          }),
        }),
        () => ({ body: op('{ municipalities(first: -1) { totalCount } }') }),
        () => ({ body: op(`{ municipalities(first: ${r.pick(['1e9', '99999999999', '"10"', '2147483648'])}) { totalCount } }`) }),
        () => ({ body: op(`{ estimate(municipalityCode: "${code()}", year: ${r.pick(['99999', '-5', '0', '"x"'])}) { low } }`) }),
        () => ({
          body: op('mutation($i: SaveAnswersInput!) { saveAnswers(input: $i) { status } }', {
            i: { municipalityCode: 'GM0363', year: '2026', answers: 'veel' },
          }),
        }),
        () => ({ body: op('{ auditEvents(first: 99999999) { totalCount } }') }),
      ])(),
    invalidText: () =>
      r.pick([
        () => ({
          body: Buffer.concat([
            Buffer.from('{"query":"{ municipality(code: \\"GM'),
            Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x82]),
            Buffer.from('\\") { name } }"}'),
          ]),
        }),
        () => ({ body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0xff]), Buffer.from(op('{ me { email } }'))]) }),
        () => ({ body: Buffer.from(op('{ me { email } }'), 'utf16le') }),
        () => ({
          body: withEscape(
            '{"query":"query($c: String!) { municipality(code: $c) { name } }","variables":{"c":"GM@@0363"}}',
            r.pick([NUL, LONE_HIGH, LONE_LOW]),
          ),
        }),
        () => ({
          body: withEscape(
            '{"query":"mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email } }","variables":{"e":"a@@b@example.nl","p":"x"}}',
            r.pick([NUL, LONE_HIGH, LONE_LOW]),
          ),
        }),
        () => ({
          body: withEscape(
            '{"query":"mutation($e: String!) { requestPasswordReset(email: $e) }","variables":{"e":"x@@@example.nl"}}',
            r.pick([NUL, LONE_HIGH, LONE_LOW]),
          ),
        }),
        () => ({ body: withEscape('{"query":"{ municipality(code: \\"GM@@0363\\") { name } }"}', r.pick([NUL, LONE_HIGH, LONE_LOW])) }),
        () => ({
          body: withEscape('{"query":"query($s: String) { users(search: $s) { email } }","variables":{"s":"a@@"}}', r.pick([NUL, LONE_HIGH])),
          asAdmin: true,
        }),
        () => ({
          body: withEscape(
            '{"query":"mutation($i: SaveAnswersInput!) { saveAnswers(input: $i) { status } }","variables":{"i":{"municipalityCode":"GM0363","year":2026,"answers":[{"questionKey":"stoppen.toelichting","value":"tekst @@ hier","expectedVersion":0}]}}}',
            r.pick([NUL, LONE_HIGH, LONE_LOW]),
          ),
          asAdmin: true,
        }),
        () => ({
          body: withEscape(
            '{"query":"mutation($i: SaveAnswersInput!) { saveAnswers(input: $i) { status } }","variables":{"i":{"municipalityCode":"GM0363","year":2026,"answers":[{"questionKey":"stoppen@@","value":"x","expectedVersion":0}]}}}',
            r.pick([NUL, LONE_HIGH]),
          ),
          asAdmin: true,
        }),
        () => ({
          body: withEscape(
            '{"query":"mutation($i: CreateBenchmarkGroupInput!) { createBenchmarkGroup(input: $i) { key } }","variables":{"i":{"name":"groep@@","municipalityCodes":["GM0363","GM0344","GM0014","GM0034","GM0037"]}}}',
            r.pick([NUL, LONE_HIGH, LONE_LOW]),
          ),
          asAdmin: true,
        }),
        () => ({
          body: withEscape(
            '{"query":"mutation($n: String!) { createApiToken(input: { name: $n, scopes: [PUBLIC_READ], expiresInDays: 7 }) { secret } }","variables":{"n":"token@@"}}',
            r.pick([NUL, LONE_HIGH, LONE_LOW]),
          ),
          asAdmin: true,
        }),
        () => ({ body: withEscape('{"query":"{ me { email } }","operationName":"x@@"}', r.pick([NUL, LONE_HIGH])) }),
      ])(),
    unknownFields: () =>
      r.pick([
        () => ({
          body: op(
            `{ ${r.pick(['nope', 'password', 'users { passwordHash }', '__schema { nope }', 'municipality(code: "GM0363") { nope }', 'me { passwordHash }'])} }`,
          ),
        }),
        () => ({ body: op(`{ municipality(code: "GM0363", ${r.pick(['nope: 1', 'code: "GM0344"', 'year: 2026, year: 2025'])}) { name } }`) }),
        () => ({ body: op('subscription { __typename }') }),
        () => ({
          body: op(`${r.pick(['mutation', 'query', 'subscription'])} { ${r.pick(['login', 'saveAnswers', 'deleteEverything', 'municipalities'])} }`),
        }),
        () => ({ body: op('query A { me { email } } query B { me { role } }') }),
        () => ({ body: op('query A { me { email } }', undefined, { operationName: r.pick(['B', '', 42, null, ['A']]) }) }),
        () => ({ body: op('{ me @nope { email } }') }),
        () => ({ body: op('{ me { email } } fragment F on Nope { x }') }),
        () => ({ body: op('query($x: Nope) { me { email } }', { x: 1 }) }),
        () => ({ body: op(`mutation { ${r.pick(['createUser', 'dropTable', 'saveAnswers(input: {})', 'login'])} { id } }`), asAdmin: true }),
      ])(),
    badVariables: () =>
      r.pick([
        () => ({
          body: json({ query: 'query($c: String!) { municipality(code: $c) { name } }', variables: r.pick(['GM0363', ['GM0363'], 42, true]) }),
        }),
        () => ({
          body: op('query($c: String!) { municipality(code: $c) { name } }', r.pick([{}, { c: null }, { d: 'GM0363' }, { c: { c: 'GM0363' } }])),
        }),
        () => ({
          body: op('query($g: BenchmarkGroupInput!) { benchmarks(year: 2026, group: $g) { median } }', {
            g: r.pick([{ type: 'NOPE' }, { kind: 'ALL' }, { type: 'ALL', extra: 1 }, 'ALL', [{ type: 'ALL' }]]),
          }),
        }),
        () => ({
          body: op('mutation($i: SaveAnswersInput!) { saveAnswers(input: $i) { status } }', {
            i: r.pick([
              {},
              { municipalityCode: 'GM0363' },
              { municipalityCode: 'GM0363', year: 2026, answers: [{ questionKey: 'stoppen.toelichting' }] },
              { municipalityCode: 'GM0363', year: 2026, answers: [{ questionKey: 'stoppen.toelichting', value: 'x', expectedVersion: -1 }] },
              { municipalityCode: 'GM0363', year: 2026, answers: [] },
              { municipalityCode: "GM0363'; DROP TABLE answer; --", year: 2026, answers: [{ questionKey: 'x', value: 1, expectedVersion: 0 }] },
            ]),
          }),
          asAdmin: true,
        }),
        () => ({
          body: op('mutation($i: SaveAnswersInput!) { saveAnswers(input: $i) { status } }', {
            i: {
              municipalityCode: 'GM0363',
              year: 2026,
              answers: [
                {
                  questionKey: r.pick(['stoppen.toelichting', 'preventie.voorlichting_school.aantal_scholen', 'nope']),
                  value: r.pick([{ a: 1 }, [1, 2], 1e308, -1, 'x'.repeat(5000), true, JSON.parse(nest('[', ']', 200, '1'))]),
                  expectedVersion: 0,
                },
              ],
            },
          }),
          asAdmin: true,
        }),
        () => ({ body: json([op('{ me { email } }'), 42, null]) }),
        () => ({ body: json(Array.from({ length: 6 + r.int(200) }, () => ({ query: '{ me { email } }' }))) }),
        () => ({ body: json([]) }),
        () => ({ body: json(Array.from({ length: 2 + r.int(3) }, () => ({ query: `{ ${'{'.repeat(r.int(3))} me` }))) }),
        () => ({
          body: op('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { email } }', {
            e: r.pick([null, 1, [], {}]),
            p: r.pick([null, 1]),
          }),
        }),
        () => ({
          body: op('mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }', {
            t: r.pick(['', 'x', '../../etc/passwd']),
            p: r.pick(['', 'kort']),
          }),
        }),
        () => ({ body: op('mutation($y: Int!) { openQuestionnaire(year: $y) { year } }', { y: r.pick([2026, 1999, 99999]) }), asAdmin: true }),
      ])(),
  };
}

/** `count` malformed GraphQL requests, spread evenly over the families. */
export function malformedOperations(count, seed = 12_006) {
  const r = random(seed);
  const families = graphqlFamilies(r);
  const names = Object.keys(families);
  return Array.from({ length: count }, (_, i) => {
    const family = names[i % names.length];
    const request = families[family]();
    return { family, asAdmin: request.asAdmin ?? r.next() < 0.5, ...request };
  });
}

const CBS_HEADER = '"Kenmerken adviezen/meldingen";"Regio\'s";"Perioden";"Gestarte adviezen (aantal)";"Ontvangen meldingen (aantal)"';
const CBS_ROW = '"Totaal";"Ede";"1e halfjaar 2025*";"     345";"     295"';

/** Families of malformed CBS files; each returns { bytes, table?, name }. */
function cbsFamilies(r) {
  const csv = (rows) => `\ufeff${[CBS_HEADER, ...rows].join('\r\n')}\r\n`;
  const valid = csv([CBS_ROW, '"Totaal";"Nederland";"1e halfjaar 2025*";"   84935";"   66270"']);
  return {
    truncated: () => {
      const text = Buffer.from(valid);
      const cut = CBS_HEADER.length + 8 + r.int(CBS_ROW.length - 12);
      return { bytes: text.subarray(0, cut), table: '84849NED' };
    },
    wrongHeader: () => ({
      bytes: Buffer.from(
        r.pick([
          csv([CBS_ROW]).replace('Perioden', 'Tijdvak'),
          csv([CBS_ROW]).replace(/;/g, ','),
          `"a";"b"\r\n"1";"2"\r\n`,
          `${CBS_ROW}\r\n${CBS_ROW}\r\n`,
          csv([CBS_ROW]).replace('"Ontvangen meldingen (aantal)"', ''),
          csv(['"Totaal";"Ede"']),
          csv([`${CBS_ROW};"extra"`]),
        ]),
      ),
      table: r.pick(['84849NED', '84849NED', '00000XXX', '../../etc', undefined]),
    }),
    badValues: () => ({
      bytes: Buffer.from(
        csv([
          r.pick([
            '"Totaal";"Ede";"1e halfjaar 2025*";"     abc";"     295"',
            '"Totaal";"Atlantis";"1e halfjaar 2025*";"     1";"     2"',
            '"Totaal";"Ede";"2099*";"     1";"     2"',
            '"Totaal";"Ede";"1e halfjaar 2025*";"-5";"1e309"',
            '"Totaal";"Ede";"1e halfjaar 2025*";"99999999999999999999999";"1"',
            '"=HYPERLINK(""http://x"")";"Ede";"1e halfjaar 2025*";"1";"2"',
            '"Totaal";"Ede\u0000";"1e halfjaar 2025*";"1";"2"',
            '"Totaal";"Ede";"1e halfjaar 2025*";"1";"2',
          ]),
        ]),
      ),
      table: '84849NED',
    }),
    wrongEncoding: () =>
      r.pick([
        () => ({ bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(valid.slice(1), 'utf16le')]), table: '84849NED' }),
        () => ({
          bytes: Buffer.from(csv(['"Totaal";"Súdwest-Fryslân";"1e halfjaar 2025*";"1";"2"', '"Totaal";"Atlantis";"x";"1";"2"']), 'latin1'),
          table: '84849NED',
        }),
        () => ({
          bytes: Buffer.concat([
            Buffer.from(csv([]).slice(0, 40)),
            Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xed, 0xa0, 0x80]),
            Buffer.from(`\r\n${CBS_ROW}\r\n`),
          ]),
          table: '84849NED',
        }),
        () => ({ bytes: Buffer.from(valid, 'utf16le'), table: '84849NED' }),
      ])(),
    binary: () =>
      r.pick([
        () => ({ bytes: r.bytes(1 + r.int(100_000)), table: r.pick(['84849NED', undefined]) }),
        () => ({ bytes: gzipSync(Buffer.from(valid)), table: '84849NED' }),
        () => ({ bytes: Buffer.concat([Buffer.from('PK\u0003\u0004'), r.bytes(2000)]), name: 'bestand.xlsx' }),
        () => ({ bytes: Buffer.alloc(0), table: '84849NED' }),
        () => ({ bytes: Buffer.alloc(10_000 + r.int(100_000)), table: '84849NED' }),
      ])(),
    brokenJson: () => ({
      bytes: Buffer.from(
        r.pick([
          '{"TableInfos":',
          '{"value":[{"ID":1}]}',
          nest('{"a":', '}', 100 + r.int(5000), '1'),
          nest('[', ']', 100 + r.int(5000), ''),
          '{"TableInfos":{"value":[{"Identifier":"84849NED"}]},"DataProperties":{"value":"x"},"TypedDataSet":{"value":[{"RegioS":null}]}}',
          '{"TableInfos":{"value":[{"Identifier":"84849NED"}]},"TypedDataSet":{"value":[{"ID":0,"RegioS":"GM0228","Perioden":"2023JJ00","GestarteAdviezen_1":"x"}]}}',
          JSON.stringify({ __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } }),
          'null',
          '"84849NED"',
        ]),
      ),
      name: 'bundel.json',
    }),
  };
}

export function malformedCbsFiles(count, seed = 84_849) {
  const r = random(seed);
  const families = cbsFamilies(r);
  const names = Object.keys(families);
  return Array.from({ length: count }, (_, i) => {
    const family = names[i % names.length];
    return { family, name: 'upload.csv', ...families[family]() };
  });
}

/** Sends the requests; a few at a time so that the machine stays usable. */
export async function sendAll(items, send, concurrency = 4) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await send(items[i]);
      }
    }),
  );
  return results;
}

export async function sendGraphql(url, adminCookie, request) {
  const headers = { 'content-type': request.contentType ?? 'application/json', ...(request.asAdmin ? { cookie: adminCookie } : {}) };
  const result = await postOnNewConnection(url, '/graphql', request.body, headers);
  return classify(request, result, true);
}

export async function sendCbs(url, adminCookie, file) {
  const query = new URLSearchParams({ name: file.name });
  if (file.table) query.set('table', file.table);
  const headers = { cookie: adminCookie, 'x-monitor-import': '1', 'content-type': 'application/octet-stream' };
  const result = await postOnNewConnection(url, `/import/cbs?${query}`, file.bytes, headers);
  const lines = result.text.trim().split('\n').map(parse);
  const imported = lines.at(-1)?.report?.ok === true;
  return {
    ...classify(file, result, false),
    imported,
    sample: imported ? `${file.table ?? ''} ${file.bytes.toString('utf8').slice(0, 400)}` : result.text.slice(-200),
  };
}

function classify(request, result, expectJson) {
  const accepted =
    expectJson &&
    result.status === 200 &&
    (() => {
      const body = parse(result.text);
      const answers = Array.isArray(body) ? body : [body];
      return answers.length > 0 && answers.every((a) => a && a.data && !a.errors);
    })();
  const serverError = serverErrorOf(result, { expectJson });
  return {
    family: request.family,
    status: result.status,
    serverError,
    leak: leakOf(result),
    accepted,
    sample: result.text.slice(0, 200),
    input: serverError ? describeInput(request) : undefined,
  };
}

/** A short, printable excerpt of what was sent, to reproduce a failure. */
function describeInput(request) {
  const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.from(request.body ?? request.bytes ?? '');
  const text = JSON.stringify(bytes.subarray(0, 240).toString('latin1')).slice(1, -1);
  const meta = [
    request.contentType && `content-type ${request.contentType}`,
    request.table && `table ${request.table}`,
    request.name && `name ${request.name}`,
    `${bytes.length} bytes`,
  ];
  return `${meta.filter(Boolean).join(', ')}: ${text}`;
}

export function tally(results) {
  const byFamily = {};
  for (const r of results) {
    const f = (byFamily[r.family] ??= { sent: 0, serverErrors: 0, leaks: 0, accepted: 0, statuses: {} });
    f.sent++;
    if (r.serverError) f.serverErrors++;
    if (r.leak) f.leaks++;
    if (r.accepted || r.imported) f.accepted++;
    f.statuses[r.status] = (f.statuses[r.status] ?? 0) + 1;
  }
  return {
    sent: results.length,
    serverErrors: results.filter((r) => r.serverError).length,
    leaks: results.filter((r) => r.leak).length,
    accepted: results.filter((r) => r.accepted || r.imported).length,
    byFamily,
    serverErrorSamples: results
      .filter((r) => r.serverError)
      .slice(0, 15)
      .map((r) => ({ family: r.family, problem: r.serverError, sample: r.sample, input: r.input })),
    leakSamples: results
      .filter((r) => r.leak)
      .slice(0, 10)
      .map((r) => ({ family: r.family, leak: r.leak })),
    acceptedSamples: results
      .filter((r) => r.accepted || r.imported)
      .slice(0, 10)
      .map((r) => ({ family: r.family, sample: r.sample })),
  };
}
