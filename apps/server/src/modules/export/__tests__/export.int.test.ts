import ExcelJS from 'exceljs';
import { QUESTIONNAIRE_2026 } from '@monitor/domain';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, type TestUser } from '../../../../test/factories';
import { serveApp, signIn, type ServedApp } from '../../../../test/http';

let db: TestDatabase;
let app: ServedApp;
let url: string;
let viewerA: TestUser;
let editorB: TestUser;
let editorA: TestUser;

const questionCount = QUESTIONNAIRE_2026.sections.reduce((n, s) => n + s.questions.length, 0);

beforeAll(async () => {
  db = await createTestDatabase();
  app = await serveApp(db.dataSource);
  url = app.url;
  viewerA = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
  editorB = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0344');
  editorA = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
});
afterAll(async () => {
  await app.stop();
  await db.drop();
});

const cookieOf = (user: TestUser): Promise<string> => signIn(app, user);

describe('exports', () => {
  it('gives the own answers as semicolon CSV with a row per question', async () => {
    const response = await fetch(`${url}/export/GM0363/2026/antwoorden.csv`, { headers: { cookie: await cookieOf(viewerA) } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    expect(response.headers.get('content-disposition')).toContain('antwoorden-GM0363-2026.csv');
    const lines = (await response.text())
      .replace(/^\ufeff/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0].split(';').slice(0, 4)).toEqual(['Gemeente', 'Jaar', 'Sectie', 'Vraagsleutel']);
    expect(lines).toHaveLength(questionCount + 1);
  });

  it('gives the indicators as a real XLSX workbook', async () => {
    const response = await fetch(`${url}/export/GM0363/2026/indicatoren.xlsx`, { headers: { cookie: await cookieOf(viewerA) } });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Indicatoren 2026');
    expect(sheet.getRow(1).getCell(4).value).toBe('Indicator');
    expect(sheet.rowCount).toBe(1 + 19);
    expect(sheet.getRow(2).getCell(7).value).toBe('nog niet ingediend');
  });

  it('neutralises a formula in a free-text answer in CSV and XLSX (OWASP CSV injection)', async () => {
    const formula = '=HYPERLINK("https://example.org/x","klik")';
    const save = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: await cookieOf(editorA) },
      body: JSON.stringify({
        query: 'mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { status } }',
        variables: {
          input: { municipalityCode: 'GM0363', year: 2026, answers: [{ questionKey: 'stoppen.toelichting', expectedVersion: 0, value: formula }] },
        },
      }),
    });
    expect((await save.json()).errors).toBeUndefined();
    const cookie = await cookieOf(viewerA);
    const csv = await (await fetch(`${url}/export/GM0363/2026/antwoorden.csv`, { headers: { cookie } })).text();
    const row = csv.split(/\r?\n/).find((line) => line.includes('stoppen.toelichting'))!;
    expect(row).toContain(`'=HYPERLINK`);
    expect(row).not.toMatch(/;"?=HYPERLINK/);
    const xlsx = await fetch(`${url}/export/GM0363/2026/antwoorden.xlsx`, { headers: { cookie } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    workbook.worksheets[0].eachRow((r) => r.getCell(4).value === 'stoppen.toelichting' && cells.push(r.getCell(6).value));
    expect(cells).toEqual([`'${formula}`]);
  });

  it('refuses other municipalities, anonymous callers and bad paths, and audits exports', async () => {
    expect((await fetch(`${url}/export/GM0363/2026/antwoorden.csv`, { headers: { cookie: await cookieOf(editorB) } })).status).toBe(404);
    expect((await fetch(`${url}/export/GM0363/2026/antwoorden.csv`)).status).toBe(401);
    expect((await fetch(`${url}/export/GM0363/2026/alles.pdf`)).status).toBe(400);
    const [{ n }] = await db.dataSource.query("SELECT count(*)::int AS n FROM audit_event WHERE type = 'EXPORT'");
    expect(n).toBe(4);
  });
});
