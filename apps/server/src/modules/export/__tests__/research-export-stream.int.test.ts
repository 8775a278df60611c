import { Readable, Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parquetReadObjects } from 'hyparquet';
import { PSEUDONYM_PATTERN, type ResearchFormat } from '@monitor/domain';
import { loadConfig, type Config } from '../../../config/env';
import { createContext, createServices } from '../../../context';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, type TestUser } from '../../../../test/factories';
import { serveApp, signIn, type ServedApp } from '../../../../test/http';
import type { ResearchRow } from '../research-export.rows';
import { writeResearchExport } from '../research-export.writers';

/*
 * SYNTHETIC DATA: 40 municipalities each "submit" 400 generated answers (keys synthetisch.v001 …,
 * value = the number), marked as demo. They exist only to make an export large; they are not real.
 */
const MUNICIPALITIES = 40;
const ANSWERS_EACH = 400;
const SYNTHETIC_ROWS = MUNICIPALITIES * ANSWERS_EACH;
const BATCH_ROWS = 1000;
const researchExport: Config['researchExport'] = { maxRows: 500_000, batchRows: BATCH_ROWS };

let db: TestDatabase;
let app: ServedApp;
let analyst: TestUser;
let cookie: string;
let project: string;

async function generateSyntheticAnswers(from: number, to: number): Promise<void> {
  await db.dataSource.query(
    `INSERT INTO answer (response_id, question_key, value, version)
     SELECT r.id, 'synthetisch.v' || lpad(n::text, 5, '0'), to_jsonb(n), 1
       FROM response r JOIN questionnaire q ON q.id = r.questionnaire_id AND q.year = 2026, generate_series($1::int, $2::int) n`,
    [from, to],
  );
}

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const response = await app.post({ query, variables }, { cookie });
  return (await response.json()) as { data?: Record<string, any>; errors?: { extensions: { code: string } }[] };
}

function download(format: ResearchFormat, init: RequestInit = {}): Promise<Response> {
  return fetch(`${app.url}/export/onderzoek/${project}.${format}?jaar=2026&gegevens=ANSWERS`, { ...init, headers: { cookie } });
}

type Row = Record<string, unknown>;

async function rowsOf(format: ResearchFormat, response: Response): Promise<Row[]> {
  if (format === 'parquet') return (await parquetReadObjects({ file: await response.arrayBuffer() })) as Row[];
  const workbook = new ExcelJS.Workbook();
  const sheet =
    format === 'csv'
      ? await workbook.csv.read(Readable.from([await response.text()]))
      : (await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer)).getWorksheet('Gegevens')!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Row[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push(Object.fromEntries(header.map((h, i) => [h, (row.values as unknown[])[i + 1] ?? null])));
  });
  return rows;
}

/** The outcome the server records after the last byte (or the cancellation); polled, as it follows the response. */
async function finishedEvents(): Promise<Record<string, unknown>[]> {
  const rows = await db.dataSource.query<{ details: Record<string, unknown> }[]>(
    `SELECT details FROM audit_event WHERE subject_id = $1 AND details->>'action' = 'research-export-finished' ORDER BY id`,
    [project],
  );
  return rows.map((r) => r.details);
}

async function waitForFinishedEvents(count: number): Promise<Record<string, unknown>[]> {
  for (;;) {
    const events = await finishedEvents();
    if (events.length >= count) return events;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  app = await serveApp(db.dataSource, { researchExport });
  analyst = await createUser(db.dataSource, 'ANALYST');
  await db.dataSource.query(
    `INSERT INTO response (questionnaire_id, municipality_id, status, submitted_at, is_demo)
     SELECT (SELECT id FROM questionnaire WHERE year = 2026), id, 'SUBMITTED', now(), true
       FROM (SELECT id FROM municipality WHERE valid_to IS NULL ORDER BY code LIMIT $1) picked`,
    [MUNICIPALITIES],
  );
  await generateSyntheticAnswers(1, ANSWERS_EACH);
  cookie = await signIn(app, analyst);
  const created = await gql('mutation { createExportProject(input: { name: "Grote export", purpose: "Synthetische test" }) { id } }');
  project = created.data!.createExportProject.id as string;
});
afterAll(async () => {
  await app.stop();
  await db.drop();
});

describe('a large research export', () => {
  it('announces its row count in the preview before anything is downloaded', async () => {
    const preview = await gql(
      `query($p: ID!) { researchExportPreview(projectId: $p, year: 2026, datasets: [ANSWERS]) { totalRows maxRows tooLarge } }`,
      { p: project },
    );
    expect(preview.data!.researchExportPreview).toEqual({ totalRows: SYNTHETIC_ROWS, maxRows: 500_000, tooLarge: false });
  });

  it('is read from PostgreSQL in batches of the configured size, each only when the writer asks for it', async () => {
    const config = { ...loadConfig({}), demo: false, researchExport };
    const services = createServices(db.dataSource, config);
    const request = {
      caller: analyst.caller,
      sessionId: null,
      clientAddress: '192.0.2.1',
      userAgent: 'jest',
      cookies: { setSession: () => {}, clearSession: () => {} },
    };
    const stream = await services.researchExports.open(
      createContext(db.dataSource, services, request, false),
      {
        projectId: project,
        year: 2026,
        datasets: ['ANSWERS'],
      },
      'csv',
    );
    expect(stream.totalRows).toBe(SYNTHETIC_ROWS);

    // the writer gets the batches one by one; record what the source had read when each batch arrived
    const readWhenHandedOut: number[] = [];
    const batchSizes: number[] = [];
    const bytesBeforeBatch: number[] = [];
    let bytes = 0;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done();
      },
    });
    async function* observed(): AsyncGenerator<readonly ResearchRow[]> {
      for await (const batch of stream.batches) {
        batchSizes.push(batch.length);
        readWhenHandedOut.push(stream.progress.rowsRead);
        bytesBeforeBatch.push(bytes);
        yield batch;
      }
    }
    await writeResearchExport('csv', { batches: observed(), notes: stream.notes }, sink, new AbortController().signal);

    expect(batchSizes.reduce((a, b) => a + b, 0)).toBe(SYNTHETIC_ROWS);
    expect(Math.max(...batchSizes)).toBeLessThanOrEqual(BATCH_ROWS);
    expect(batchSizes.length).toBeGreaterThanOrEqual(SYNTHETIC_ROWS / BATCH_ROWS);
    // never read ahead: when a batch reaches the writer, the source has read exactly the rows handed out so far
    let handedOut = 0;
    readWhenHandedOut.forEach((read, i) => {
      handedOut += batchSizes[i];
      expect(read).toBe(handedOut);
    });
    // each batch was written to the output before the next one was read
    for (let i = 1; i < bytesBeforeBatch.length; i++) expect(bytesBeforeBatch[i]).toBeGreaterThan(bytesBeforeBatch[i - 1]);
  });

  it.each(['csv', 'xlsx', 'parquet'] as const)('streams as %s with every row, each municipality under its pseudonym', async (format) => {
    const response = await download(format);
    expect(response.status).toBe(200);
    expect(Number(response.headers.get('x-export-rows'))).toBe(SYNTHETIC_ROWS);
    const rows = await rowsOf(format, response);
    expect(rows).toHaveLength(SYNTHETIC_ROWS);
    expect(rows.every((r) => PSEUDONYM_PATTERN.test(String(r.gemeente)))).toBe(true);
    expect(new Set(rows.map((r) => r.gemeente)).size).toBe(MUNICIPALITIES);
    expect(new Set(rows.map((r) => `${String(r.gemeente)}|${String(r.kenmerk)}`)).size).toBe(SYNTHETIC_ROWS);
  });

  it('records every completed download with its outcome and rows', async () => {
    const events = await waitForFinishedEvents(3);
    expect(events.map((e) => e.format)).toEqual(['csv', 'xlsx', 'parquet']);
    for (const event of events) expect(event).toMatchObject({ outcome: 'COMPLETED', rows: SYNTHETIC_ROWS, rowsRead: SYNTHETIC_ROWS, namedRows: 0 });
  });

  it('records a download that the client cancels as ABORTED, with the rows read until then', async () => {
    // more synthetic answers, so that the file (about 20 MB) cannot fit in the connection's buffers
    await generateSyntheticAnswers(ANSWERS_EACH + 1, 6000);
    const total = MUNICIPALITIES * 6000;
    const cancel = new AbortController();
    const response = await download('csv', { signal: cancel.signal });
    expect(Number(response.headers.get('x-export-rows'))).toBe(total);
    const first = await response.body!.getReader().read();
    expect(first.value!.length).toBeGreaterThan(0);
    cancel.abort();
    const [, , , aborted] = await waitForFinishedEvents(4);
    expect(aborted).toMatchObject({ outcome: 'ABORTED', format: 'csv', rows: total });
    expect(aborted.rowsRead).toBeLessThan(total);
  });

  it('refuses an export above the configured maximum with EXPORT_TOO_LARGE, before anything is recorded', async () => {
    const small = await serveApp(db.dataSource, { researchExport: { maxRows: 100, batchRows: BATCH_ROWS } });
    try {
      const response = await fetch(`${small.url}/export/onderzoek/${project}.csv?jaar=2026&gegevens=ANSWERS`, { headers: { cookie } });
      expect(response.status).toBe(413);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('EXPORT_TOO_LARGE');
      expect(body.error.message).toMatch(/grens is 100\b/);
      const preview = (await (
        await small.post(
          {
            query: `query($p: ID!) { researchExportPreview(projectId: $p, year: 2026, datasets: [ANSWERS]) { tooLarge maxRows } }`,
            variables: { p: project },
          },
          { cookie },
        )
      ).json()) as { data: { researchExportPreview: { tooLarge: boolean; maxRows: number } } };
      expect(preview.data.researchExportPreview).toEqual({ tooLarge: true, maxRows: 100 });
    } finally {
      await small.stop();
    }
    const [count] = await db.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM audit_event WHERE subject_id = $1 AND details->>'action' = 'research-export'`,
      [project],
    );
    // the four downloads and the export opened directly through the service above, not the refused one
    expect(count.n).toBe(5);
  });
});
