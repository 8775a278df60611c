import { createHmac } from 'node:crypto';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parquetReadObjects } from 'hyparquet';
import { demoAnswers, PSEUDONYM_PATTERN, QUESTIONNAIRE_2026 } from '@monitor/domain';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, type TestUser } from '../../../../test/factories';
import { serveApp, internalsIn, signIn, type ServedApp } from '../../../../test/http';
import { AuditService } from '../../audit/audit.service';
import { QuestionnaireService } from '../../questionnaire/questionnaire.service';
import { storeIndicators } from '../../response/response.service';

/** Amsterdam, Utrecht and Groningen submitted; Amsterdam's free text names itself. */
const SUBMITTED = { GM0363: 'Amsterdam', GM0344: 'Utrecht', GM0014: 'Groningen' } as const;
const FREE_TEXT = 'In Amsterdam werken wij met het Amsterdamse meldpunt';
const ALL = 'INDICATORS,ANSWERS,VEILIG_THUIS,ESTIMATES,RISK_PROFILES';

let db: TestDatabase;
let app: ServedApp;
let analyst: TestUser;
let viewerAmsterdam: TestUser;
let knowledgeEditor: TestUser;
const cookies = new Map<string, string>();

async function submitWithAnswers(code: string): Promise<void> {
  const questionnaire = (await new QuestionnaireService(db.dataSource, new AuditService(db.dataSource)).byYear(2026))!;
  const answers = { ...demoAnswers(QUESTIONNAIRE_2026, code, 2026), ...(code === 'GM0363' ? { 'stoppen.toelichting': FREE_TEXT } : {}) };
  await db.dataSource.transaction(async (manager) => {
    const [response] = await manager.query(
      `INSERT INTO response (questionnaire_id, municipality_id, status, submitted_at)
       SELECT $1, id, 'SUBMITTED', now() FROM municipality WHERE code = $2 AND valid_to IS NULL RETURNING id`,
      [questionnaire.id, code],
    );
    for (const [key, value] of Object.entries(answers))
      await manager.query('INSERT INTO answer (response_id, question_key, value, version) VALUES ($1, $2, $3::jsonb, 1)', [
        response.id,
        key,
        JSON.stringify(value),
      ]);
    await storeIndicators(manager, response.id, questionnaire, answers);
  });
}

async function cookieOf(user: TestUser): Promise<string> {
  if (!cookies.has(user.id)) {
    cookies.set(user.id, await signIn(app, user));
  }
  return cookies.get(user.id)!;
}

async function gql(user: TestUser | null, query: string, variables: Record<string, unknown> = {}) {
  const response = await app.post({ query, variables }, user ? { cookie: await cookieOf(user) } : {});
  return (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions: { code: string; field?: string } }[] };
}

async function createProject(user: TestUser, named = false): Promise<string> {
  const result = await gql(user, 'mutation($input: CreateExportProjectInput!) { createExportProject(input: $input) { id named } }', {
    input: { name: `Project ${Math.random()}`, purpose: 'Samenhang tussen aanpak en meldingen', named },
  });
  expect(result.errors).toBeUndefined();
  return result.data!.createExportProject.id as string;
}

function download(user: TestUser | null, project: string, format: string, datasets = ALL): Promise<Response> {
  return fetch(`${app.url}/export/onderzoek/${project}.${format}?jaar=2026&gegevens=${datasets}`, {
    headers: user ? { cookie: cookiesOrEmpty(user) } : {},
  });
}
const cookiesOrEmpty = (user: TestUser) => cookies.get(user.id) ?? '';

type Row = Record<string, string | number | boolean | null>;

async function readCsv(body: string): Promise<Row[]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([body]));
  return sheetRows(sheet);
}

function sheetRows(sheet: ExcelJS.Worksheet): Row[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Row[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = row.values as unknown[];
    rows.push(Object.fromEntries(header.map((h, i) => [h, (values[i + 1] ?? null) as Row[string]])));
  });
  return rows;
}

async function secretOf(project: string): Promise<Buffer> {
  return (await db.dataSource.query('SELECT secret FROM export_project WHERE id = $1', [project]))[0].secret as Buffer;
}

/** The pseudonym recomputed independently: HMAC-SHA256 of the code with the project's key, "P" + 12 hex. */
const pseudonymOf = (secret: Buffer, code: string) => `P${createHmac('sha256', secret).update(code).digest('hex').slice(0, 12)}`;

beforeAll(async () => {
  db = await createTestDatabase();
  app = await serveApp(db.dataSource);
  analyst = await createUser(db.dataSource, 'ANALYST');
  viewerAmsterdam = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
  knowledgeEditor = await createUser(db.dataSource, 'KNOWLEDGE_EDITOR');
  for (const code of Object.keys(SUBMITTED)) await submitWithAnswers(code);
  for (const user of [analyst, viewerAmsterdam, knowledgeEditor]) await cookieOf(user);
});
afterAll(async () => {
  await app.stop();
  await db.drop();
});

describe('a pseudonymised research export as CSV', () => {
  let project: string;
  let rows: Row[];
  let body: string;
  let total: number;

  beforeAll(async () => {
    project = await createProject(analyst);
    const response = await download(analyst, project, 'csv');
    expect(response.status).toBe(200);
    total = Number(response.headers.get('x-export-rows'));
    body = await response.text();
    rows = await readCsv(body);
  });

  it('has every row announced in X-Export-Rows and in the preview, for every chosen dataset', async () => {
    expect(rows).toHaveLength(total);
    const preview = await gql(
      analyst,
      'query($p: ID!) { researchExportPreview(projectId: $p, year: 2026, datasets: [INDICATORS, ANSWERS, VEILIG_THUIS, ESTIMATES, RISK_PROFILES], format: parquet) { totalRows downloadPath datasets { dataset rows } } }',
      { p: project },
    );
    expect(preview.errors).toBeUndefined();
    expect(preview.data!.researchExportPreview.totalRows).toBe(total);
    expect(preview.data!.researchExportPreview.downloadPath).toBe(`/export/onderzoek/${project}.parquet?jaar=2026&gegevens=${ALL}`);
    for (const { dataset, rows: count } of preview.data!.researchExportPreview.datasets as { dataset: string; rows: number }[]) {
      expect(rows.filter((r) => r.gegevens === dataset)).toHaveLength(count);
      expect(count).toBeGreaterThan(0);
    }
  });

  it('names no municipality by code or name anywhere in the file', () => {
    expect(body).not.toMatch(/GM\d{4}/);
    for (const name of Object.values(SUBMITTED)) expect(body).not.toContain(name);
    expect(rows.every((r) => PSEUDONYM_PATTERN.test(String(r.gemeente)) && r.gemeentenaam === null)).toBe(true);
    expect(body).not.toContain(FREE_TEXT);
  });

  it('gives each municipality the HMAC pseudonym of its code, with its own stored indicator values', async () => {
    const secret = await secretOf(project);
    const stored = await db.dataSource.query<{ code: string; indicator_key: string; value: number | null }[]>(
      `SELECT m.code, iv.indicator_key, iv.value FROM indicator_value iv JOIN response r ON r.id = iv.response_id JOIN municipality m ON m.id = r.municipality_id`,
    );
    expect(stored.length).toBeGreaterThan(0);
    const exported = rows.filter((r) => r.gegevens === 'INDICATORS');
    expect(exported).toHaveLength(stored.length);
    for (const value of stored) {
      const row = exported.find((r) => r.gemeente === pseudonymOf(secret, value.code) && r.kenmerk === value.indicator_key);
      expect(row).toBeDefined();
      expect(row!.waarde === null || row!.waarde === '' ? null : Number(row!.waarde)).toBe(value.value === null ? null : Number(value.value));
    }
    expect(new Set(rows.filter((r) => r.gegevens === 'ANSWERS').map((r) => r.gemeente))).toEqual(
      new Set(Object.keys(SUBMITTED).map((code) => pseudonymOf(secret, code))),
    );
  });

  it('leaves free text out and never gives a number for a withheld figure', () => {
    const text = rows.find((r) => r.gegevens === 'ANSWERS' && r.kenmerk === 'stoppen.toelichting' && r.status === 'VRIJE_TEKST_WEGGELATEN');
    expect(text).toBeDefined();
    expect(text!.tekst).toBeNull();
    const hidden = rows.filter((r) => ['VEILIG_THUIS', 'ESTIMATES', 'RISK_PROFILES'].includes(String(r.gegevens)) && r.status !== 'PUBLISHED');
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((r) => r.waarde === null)).toBe(true);
  });

  it('is recorded in the audit log with who, project, selection, format and row count', async () => {
    const [event] = await db.dataSource.query<{ actor_user_id: string; subject_id: string; details: Record<string, unknown> }[]>(
      `SELECT actor_user_id, subject_id, details FROM audit_event WHERE type = 'EXPORT' AND subject_type = 'ExportProject' AND details->>'action' = 'research-export' AND subject_id = $1`,
      [project],
    );
    expect(event.actor_user_id).toBe(analyst.id);
    expect(event.details).toMatchObject({ format: 'csv', year: 2026, rows: total, datasets: ALL.split(',') });
    // the outcome follows once the last byte is sent, with the rows read and how many name a municipality
    let finished: { details: Record<string, unknown> }[] = [];
    while (finished.length === 0) {
      finished = await db.dataSource.query(
        `SELECT details FROM audit_event WHERE subject_id = $1 AND details->>'action' = 'research-export-finished'`,
        [project],
      );
      if (finished.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(finished[0].details).toMatchObject({ outcome: 'COMPLETED', format: 'csv', rows: total, rowsRead: total, namedRows: 0 });
  });
});

describe('pseudonyms across exports and projects', () => {
  it('are stable within a project (XLSX and Parquet read back) and different in another project', async () => {
    const project = await createProject(analyst);
    const xlsx = new ExcelJS.Workbook();
    await xlsx.xlsx.load(Buffer.from(await (await download(analyst, project, 'xlsx', 'INDICATORS')).arrayBuffer()) as unknown as ArrayBuffer);
    expect(xlsx.worksheets.map((s) => s.name)).toEqual(['Gegevens', 'Toelichting']);
    const fromXlsx = sheetRows(xlsx.getWorksheet('Gegevens')!);
    const parquetResponse = await download(analyst, project, 'parquet', 'INDICATORS');
    expect(parquetResponse.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    const fromParquet = (await parquetReadObjects({ file: await parquetResponse.arrayBuffer() })) as Row[];
    expect(fromParquet).toHaveLength(fromXlsx.length);
    const key = (r: Row) => `${r.gemeente}|${r.kenmerk}|${r.waarde ?? ''}`;
    expect(new Set(fromParquet.map(key))).toEqual(new Set(fromXlsx.map(key)));
    expect(typeof fromParquet.find((r) => r.waarde !== null)!.waarde).toBe('number');

    const other = await createProject(analyst);
    const fromOther = await readCsv(await (await download(analyst, other, 'csv', 'INDICATORS')).text());
    const mine = new Set(fromXlsx.map((r) => r.gemeente));
    expect(mine.size).toBe(Object.keys(SUBMITTED).length);
    expect(fromOther.some((r) => mine.has(r.gemeente))).toBe(false);
  });
});

describe('who may export what, and names', () => {
  it('gives municipal staff only the answers of their own municipality (and partners), by name in a named project', async () => {
    const project = await createProject(viewerAmsterdam, true);
    const rows = await readCsv(await (await download(viewerAmsterdam, project, 'csv', 'ANSWERS,ESTIMATES')).text());
    const answers = rows.filter((r) => r.gegevens === 'ANSWERS');
    expect(new Set(answers.map((r) => r.gemeente))).toEqual(new Set(['GM0363']));
    expect(answers.find((r) => r.kenmerk === 'stoppen.toelichting')!.tekst).toBe(FREE_TEXT);
    expect(rows.find((r) => r.gegevens === 'ESTIMATES' && r.gemeente === 'GM0344')!.gemeentenaam).toBe('Utrecht');
  });

  it('names published figures in an NJi named project, but never other municipalities\u2019 answers', async () => {
    const project = await createProject(analyst, true);
    const rows = await readCsv(await (await download(analyst, project, 'csv', 'ANSWERS,RISK_PROFILES')).text());
    expect(rows.filter((r) => r.gegevens === 'ANSWERS').every((r) => PSEUDONYM_PATTERN.test(String(r.gemeente)))).toBe(true);
    expect(rows.find((r) => r.gegevens === 'RISK_PROFILES' && r.gemeente === 'GM0014')!.gemeentenaam).toBe('Groningen');
  });

  it('refuses other roles, anonymous callers, someone else\u2019s project and bad parameters', async () => {
    const denied = await gql(knowledgeEditor, 'mutation { createExportProject(input: { name: "x", purpose: "y" }) { id } }');
    expect(denied.errors![0].extensions.code).toBe('FORBIDDEN');
    const project = await createProject(analyst);
    expect((await download(null, project, 'csv')).status).toBe(401);
    const foreign = await download(viewerAmsterdam, project, 'csv');
    expect(foreign.status).toBe(404);
    expect(internalsIn(await foreign.text())).toEqual([]);
    const badFormat = await download(analyst, project, 'pdf');
    expect(badFormat.status).toBe(400);
    expect(((await badFormat.json()) as { error: { field: string } }).error.field).toBe('format');
    expect((await download(analyst, project, 'csv', 'ANSWERS,NAMES')).status).toBe(400);
    expect((await download(analyst, 'not-a-uuid', 'csv')).status).toBe(404);
    const [count] = await db.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND details->>'action' = 'research-export'`,
      [project],
    );
    expect(count.n).toBe(0);
  });

  it('never returns the project key', async () => {
    const result = await gql(analyst, '{ exportProjects(first: 100) { id name purpose named exportCount lastExportAt } }');
    expect(result.data!.exportProjects.length).toBeGreaterThan(0);
    const secret = (await secretOf(result.data!.exportProjects[0].id)).toString('hex');
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});
