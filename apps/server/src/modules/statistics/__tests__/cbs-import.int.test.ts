import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';
import { serveApp, signIn, type ServedApp } from '../../../../test/http';

/** CBS "CSV met statistische symbolen": BOM, ";" and quotes, padded numbers, CRLF. Real 84849NED figures. */
const csv = (rows: string[]) => new TextEncoder().encode(`\ufeff${rows.join('\r\n')}\r\n`);
const HEADER = '"Kenmerken adviezen/meldingen";"Regio\'s";"Perioden";"Gestarte adviezen (aantal)";"Ontvangen meldingen (aantal)"';
const GOOD = [
  HEADER,
  '"Totaal";"Nederland";"1e halfjaar 2025*";"   84935";"   66270"',
  '"Totaal";"Ede";"1e halfjaar 2025*";"     345";"     295"',
  '"Totaal";"Assen";"2023*";"     525";"     270"',
  '"Geestelijke gezondheidszorg: totaal";"Assen";"2023*";"      15";"       ."',
];

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let app: ServedApp;
let url: string;
let admin: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  gql = await createTestGraphQL(db.dataSource);
  app = await serveApp(db.dataSource);
  url = app.url;
  admin = await createUser(db.dataSource, 'ADMIN');
  analyst = await createUser(db.dataSource, 'ANALYST');
});
afterAll(async () => {
  await app.stop();
  await gql.stop();
  await db.drop();
});

const importFile = (bytes: Uint8Array, tableId: string | undefined = '84849NED', fileName = 'test.csv') =>
  gql.services.cbsImport.importFromCommandLine({ bytes, fileName, tableId });
const snapshot = async () =>
  (
    await db.dataSource.query(`SELECT (SELECT count(*) FROM statistic_value)::int AS v, (SELECT count(*) FROM statistic_source)::int AS s,
    (SELECT coalesce(sum(value), 0) FROM statistic_value)::float8 AS total`)
  )[0];

describe('CBS import', () => {
  it('imports a StatLine CSV, keeping "." as a status and the provisional mark', async () => {
    const report = await importFile(csv(GOOD));
    expect(report).toMatchObject({ ok: true, tableId: '84849NED', format: 'csv', observations: 8, problems: [] });
    // the same real figures are already in the shipped extracts: nothing new, nothing different
    expect(report).toMatchObject({ inserted: 0, updated: 0, unchanged: 8 });
    const ede = await gql.execute(
      '{ statistics(measure: "ontvangen_meldingen", regionCodes: ["GM0228"], periods: ["2025-H1"]) { value status provisional source { format } } }',
    );
    expect(ede.data!.statistics).toEqual([{ value: 295, status: 'PUBLISHED', provisional: true, source: { format: 'csv' } }]);
    const [stored] = await db.dataSource.query(
      `SELECT value, cbs_status FROM statistic_value WHERE region_code = 'GM0106' AND period = '2023' AND measure = 'ontvangen_meldingen' AND category = 'Geestelijke gezondheidszorg: totaal'`,
    );
    expect(stored).toEqual({ value: null, cbs_status: 'SECRET' });
  });

  it('leaves the same state when the same file is imported again', async () => {
    const before = await snapshot();
    const again = await importFile(csv(GOOD));
    expect(again).toMatchObject({ ok: true, alreadyImported: true, inserted: 0, updated: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['an empty file', new Uint8Array(), /leeg/],
    ['a wrong header', csv(['"Regio\'s";"Perioden";"Aantal misdrijven (aantal)"', '"Nederland";"2023*";"     100"']), /Kenmerken|kolom/i],
    ['an unknown region', csv([HEADER, '"Totaal";"Atlantis";"2023*";"      10";"      10"']), /Atlantis/],
    ['an unknown period', csv([HEADER, '"Totaal";"Assen";"3e kwartaal 2023";"      10";"      10"']), /3e kwartaal 2023/],
    ['a non-numeric value', csv([HEADER, '"Totaal";"Assen";"2023*";"     52a";"     270"']), /52a/],
    ['duplicate rows', csv([HEADER, GOOD[3], GOOD[3]]), /dubbel|twee keer|meer dan eens/i],
    ['a truncated file', new TextEncoder().encode(`\ufeff${HEADER}\r\n"Totaal";"Assen";"2023*";"     5`), /afgesloten|onvolledig|afgebroken|velden/i],
    [
      'a wrong encoding',
      new Uint8Array([
        ...Buffer.from(`${HEADER}\r\n"Totaal";"Frysl`, 'latin1'),
        0xe2,
        ...Buffer.from(`n (PV)";"2023*";"     10";"     10"\r\n`, 'latin1'),
      ]),
      /UTF-8/,
    ],
  ])('reports %s precisely and changes nothing', async (_name, bytes, reason) => {
    const before = await snapshot();
    const report = await importFile(bytes);
    expect(report.ok).toBe(false);
    expect(report.problems.length).toBeGreaterThan(0);
    expect(report.problems.map((p) => p.reason).join(' | ')).toMatch(reason);
    for (const problem of report.problems) expect(typeof problem.line).toBe('number');
    expect(await snapshot()).toEqual(before);
  });

  it('names the line and column of a bad cell', async () => {
    const report = await importFile(csv([HEADER, GOOD[1], '"Totaal";"Assen";"2023*";"     abc";"     270"']));
    expect(report.problems).toEqual([expect.objectContaining({ line: 3, column: 'Gestarte adviezen (aantal)' })]);
  });

  it('imports an OData TypedDataSet bundle with its dimension tables', async () => {
    const bundle = {
      tableId: '85361NED',
      DataProperties: {
        value: [
          { ID: 0, Position: 0, ParentID: null, Type: 'GeoDimension', Key: 'RegioS', Title: "Regio's" },
          { ID: 1, Position: 1, ParentID: null, Type: 'TimeDimension', Key: 'Perioden', Title: 'Perioden' },
          { ID: 2, Position: 2, ParentID: null, Type: 'TopicGroup', Key: '', Title: 'Ontvangen meldingen' },
          { ID: 3, Position: 3, ParentID: 2, Type: 'Topic', Key: 'OntvangenMeldingenTotaal_1', Title: 'Ontvangen meldingen, totaal', Unit: 'aantal' },
        ],
      },
      RegioS: {
        value: [
          { Key: 'NL01  ', Title: 'Nederland' },
          { Key: 'GM1680', Title: 'Aa en Hunze' },
        ],
      },
      Perioden: { value: [{ Key: '2023JJ00', Title: '2023', Status: 'Voorlopig' }] },
      TypedDataSet: {
        value: [
          { ID: 0, RegioS: 'NL01  ', Perioden: '2023JJ00', OntvangenMeldingenTotaal_1: 127340 },
          { ID: 1, RegioS: 'GM1680', Perioden: '2023JJ00', OntvangenMeldingenTotaal_1: null },
        ],
      },
    };
    const report = await gql.services.cbsImport.importFromCommandLine({
      bytes: new TextEncoder().encode(JSON.stringify(bundle)),
      fileName: '85361NED.json',
    });
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ ok: true, tableId: '85361NED', format: 'odata', observations: 2 });
  });
});

describe('upload endpoint', () => {
  const cookieOf = (user: TestUser) => signIn(app, user);
  const upload = (headers: Record<string, string>, body: Uint8Array = csv(GOOD)) =>
    fetch(`${url}/import/cbs?table=84849NED&name=upload.csv`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', ...headers },
      body: Buffer.from(body),
    });

  it('streams progress and the report to an administrator', async () => {
    const cookie = await cookieOf(admin);
    const response = await upload(
      { cookie, 'x-monitor-import': '1' },
      csv([HEADER, '"Totaal";"Leeuwarden";"1e halfjaar 2025*";"     430";"     380"']),
    );
    expect(response.status).toBe(200);
    const lines = (await response.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.some((l) => l.progress?.phase === 'importeren')).toBe(true);
    expect(lines.at(-1).report).toMatchObject({ ok: true, observations: 2 });
    const [audit] = await db.dataSource.query("SELECT actor_label FROM audit_event WHERE type = 'IMPORT' ORDER BY id DESC LIMIT 1");
    expect(audit.actor_label).toContain(admin.email);
  });

  it('is for administrators only, and needs the anti-CSRF header', async () => {
    expect((await upload({ 'x-monitor-import': '1' })).status).toBe(401);
    expect((await upload({ cookie: await cookieOf(analyst), 'x-monitor-import': '1' })).status).toBe(403);
    expect((await upload({ cookie: await cookieOf(admin) })).status).toBe(400);
  });
});
