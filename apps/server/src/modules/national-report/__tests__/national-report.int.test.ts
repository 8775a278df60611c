import { gridOf, INDICATORS_2026, QUESTIONNAIRE_2026 } from '@monitor/domain';
import { createUser } from '../../../../test/factories';
import { withServedApp } from '../../../../test/http';
import { DRENTHE, GRONINGEN_SIX, NATIONAL_REPORTS_2023, submitGenerated } from '../../../../test/publication';
import { useGraphQLDatabase } from '../../../../test/reference-csv';
import { insertOpenedUnlessExists } from '../../questionnaire/questionnaire.repository';

/** Two municipalities of Flevoland: fewer than the minimum group size, so never published on their own. */
const FLEVOLAND_TWO = ['GM0034', 'GM0050'];
const KEY = INDICATORS_2026[0].key;

const env = useGraphQLDatabase();

const REPORT = `query($year: Int!) { nationalReport(year: $year) {
  year previousYear title isDemo minimumGroupSize pdfUrl practiceNote
  practiceExamples { id title indicatorKey }
  chapters { key title paragraphs tables { key title unit columns chartColumn note rows { key label cells { value reason } } } } } }`;

interface Cell {
  value: number | null;
  reason: string | null;
}
interface Table {
  key: string;
  columns: string[];
  note: string | null;
  rows: { key: string; label: string; cells: Cell[] }[];
}
interface Report {
  year: number;
  previousYear: number | null;
  chapters: { key: string; paragraphs: string[]; tables: Table[] }[];
  practiceExamples: { id: number; title: string; indicatorKey: string }[];
  practiceNote: string;
}

async function report(year: number, as?: Parameters<typeof env.gql.execute>[2]): Promise<Report> {
  const { data, errors } = await env.gql.execute(REPORT, { year }, as);
  expect(errors).toBeUndefined();
  return data!.nationalReport as Report;
}

const table = (r: Report, key: string) => r.chapters.flatMap((c) => c.tables).find((t) => t.key === key)!;
const row = (t: Table, key: string) => t.rows.find((x) => x.key === key)!;

/** Submitted responses of a year counted straight from the database (not through the benchmark). */
async function submittedCount(year: number, codes?: string[]): Promise<number> {
  const [{ count }] = await env.db.dataSource.query(
    `SELECT count(*)::int AS count FROM response r JOIN questionnaire q ON q.id = r.questionnaire_id JOIN municipality m ON m.id = r.municipality_id
     WHERE q.year = $1 AND r.status = 'SUBMITTED' AND ($2::text[] IS NULL OR m.code = ANY($2))`,
    [year, codes ?? null],
  );
  return count;
}

/**
 * The distribution of an indicator over the submitted responses, by nearest rank (percentile_disc)
 * and the benchmark grid; quartiles are published from 10 municipalities, deciles from 20.
 */
async function distributionFromDatabase(year: number, key: string): Promise<(number | null)[]> {
  const [row] = await env.db.dataSource.query(
    `SELECT percentile_disc(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9]) WITHIN GROUP (ORDER BY iv.value) AS quantiles, count(*)::int AS n
     FROM indicator_value iv JOIN response r ON r.id = iv.response_id JOIN questionnaire q ON q.id = r.questionnaire_id
     WHERE q.year = $1 AND r.status = 'SUBMITTED' AND iv.indicator_key = $2 AND iv.value IS NOT NULL`,
    [year, key],
  );
  const grid = gridOf(`indicator:${key}`);
  const [p10, q1, median, q3, p90] = (row.quantiles as number[]).map((v) => Number((Math.round(Number(v) / grid) * grid).toFixed(6)));
  const n = row.n as number;
  return [n >= 20 ? p10 : null, n >= 10 ? q1 : null, median, n >= 10 ? q3 : null, n >= 20 ? p90 : null, n];
}

beforeAll(async () => {
  await insertOpenedUnlessExists(
    env.db.dataSource.manager,
    { ...QUESTIONNAIRE_2026, year: 2025, title: 'Vragenlijst 2025 (test)' },
    INDICATORS_2026,
    true,
  );
  await submitGenerated(env, 2025, DRENTHE);
  await submitGenerated(env, 2026, [...DRENTHE, ...GRONINGEN_SIX, ...FLEVOLAND_TWO]);
});

describe('the yearly national report', () => {
  it('lists the opened questionnaire years, newest first', async () => {
    const { data } = await env.gql.execute('{ nationalReportYears { year isDemo } }');
    expect(data!.nationalReportYears).toEqual([
      { year: 2026, isDemo: false },
      { year: 2025, isDemo: true },
    ]);
  });

  it('counts participation as the database does, nationally and for a released province, for both years', async () => {
    const r = await report(2026);
    expect(r.previousYear).toBe(2025);
    const national = table(r, 'participation-national');
    expect(national.columns).toEqual(['2025', '2026']);
    expect(row(national, 'NL01').cells.map((c) => c.value)).toEqual([await submittedCount(2025), await submittedCount(2026)]);
    expect(row(national, 'NL01').cells.map((c) => c.value)).toEqual([12, 20]);
    const drenthe = row(table(r, 'participation-provinces'), 'PV22');
    expect(drenthe.label).toBe('Drenthe');
    expect(drenthe.cells[1]).toEqual({ value: await submittedCount(2026, DRENTHE), reason: null });
    expect(r.chapters.find((c) => c.key === 'participation')!.paragraphs[0]).toBe(
      'In 2026 vulden 20 gemeenten de vragenlijst in en dienden die in. In 2025 waren dat er 12.',
    );
  });

  it('suppresses a small group: two municipalities of Flevoland give no count, only the reason', async () => {
    const r = await report(2026);
    const flevoland = row(table(r, 'participation-provinces'), 'PV24');
    expect(flevoland.cells[1].value).toBeNull();
    expect(flevoland.cells[1].reason).toMatch(/^Niet vrijgegeven: te weinig gemeenten/);
    // and no province without submissions gets a number either
    expect(row(table(r, 'participation-provinces'), 'PV26').cells[1].value).toBeNull();
    // the provinces' released counts never add up to more than the national count
    const released = table(r, 'participation-provinces').rows.reduce((sum, x) => sum + (x.cells[1].value ?? 0), 0);
    expect(released).toBeLessThanOrEqual(20);
  });

  it('shows the distribution of an indicator exactly as recomputed from the stored indicator values', async () => {
    const r = await report(2026);
    const distribution = table(r, 'indicator-distribution');
    expect(distribution.columns).toEqual(['10e percentiel', 'Eerste kwartiel', 'Mediaan', 'Derde kwartiel', '90e percentiel', 'Aantal gemeenten']);
    const expected = await distributionFromDatabase(2026, KEY);
    expect(expected[5]).toBeGreaterThanOrEqual(5);
    expect(row(distribution, KEY).cells.map((c) => c.value)).toEqual(expected);
    // a withheld quantile carries the reason instead of a value
    expect(
      row(distribution, KEY)
        .cells.filter((c) => c.value === null)
        .every((c) => /^Niet vrijgegeven/.test(c.reason ?? '')),
    ).toBe(true);
    // and the trend puts the same median next to the 2025 median
    const trend = row(table(r, 'indicator-trend'), KEY);
    expect(trend.cells[1].value).toBe((await distributionFromDatabase(2026, KEY))[2]);
  });

  it('reports the national Veilig Thuis figures as published and the estimate model’s national range', async () => {
    const r = await report(2026);
    const vt = table(r, 'vt-national');
    const meldingen = row(vt, 'ontvangen_meldingen');
    expect(vt.columns.at(-1)).toMatch(/^\d{4}$/);
    // the shipped CBS extracts end in 2023 (later periods are half years): the report takes the latest full year
    expect(vt.columns).toEqual(['2022', '2023']);
    expect(meldingen.cells[1]).toEqual({ value: NATIONAL_REPORTS_2023, reason: null });
    // published counts are multiples of 5 (CBS rounding, kept by the monitor)
    for (const x of [...vt.rows, ...table(r, 'vt-regions').rows]) for (const c of x.cells) if (c.value !== null) expect(c.value % 5).toBe(0);
    const model = (await env.gql.execute('{ estimateModel { nationalLow nationalHigh } }')).data!.estimateModel;
    const estimate = table(r, 'estimate-national');
    expect([row(estimate, 'low').cells[0].value, row(estimate, 'high').cells[0].value]).toEqual([model.nationalLow, model.nationalHigh]);
  });

  it('keeps practice examples for participants: anonymous visitors get only the note', async () => {
    const anonymous = await report(2026);
    expect(anonymous.practiceExamples).toEqual([]);
    expect(anonymous.practiceNote).toMatch(/alleen zichtbaar voor deelnemers/);
    const [{ id: of2026Id }] = await env.db.dataSource.query(
      `INSERT INTO practice_example (municipality_code, indicator_key, theme, title, measure, body_markdown, author_name, published_at)
       VALUES ('GM0106', $1, 'Test', 'Voorbeeld uit 2026', 'Een maatregel', 'Tekst.', 'Test', '2026-03-01T12:00:00Z'),
              ('GM0106', $1, 'Test', 'Voorbeeld uit 2025', 'Een maatregel', 'Tekst.', 'Test', '2025-03-01T12:00:00Z') RETURNING id`,
      [KEY],
    );
    const viewer = await createUser(env.db.dataSource, 'MUNICIPAL_VIEWER', 'GM0106');
    const signedIn = await report(2026, { as: viewer.caller });
    expect(signedIn.practiceNote).toMatch(/in 2026 publiceerden/);
    const all = (await env.gql.execute('{ practiceExamples(first: 100) { id publishedAt hidden } }', undefined, { as: viewer.caller })).data!
      .practiceExamples as { id: number; publishedAt: string; hidden: boolean }[];
    const of2026 = all.filter((e) => !e.hidden && new Date(e.publishedAt).getUTCFullYear() === 2026).map((e) => e.id);
    expect(signedIn.practiceExamples.map((e) => e.id)).toEqual(of2026.slice(0, 20));
    expect(signedIn.practiceExamples).toContainEqual({ id: of2026Id, title: 'Voorbeeld uit 2026', indicatorKey: KEY });
    expect(signedIn.practiceExamples.map((e) => e.title)).not.toContain('Voorbeeld uit 2025');
  });

  it('has no report for a year without an opened questionnaire', async () => {
    const { data, errors } = await env.gql.execute(REPORT, { year: 2019 });
    expect(errors).toBeUndefined();
    expect(data!.nationalReport).toBeNull();
  });
});

describe('over HTTP', () => {
  it('answers the whole report query within the query cost limit (the web page asks for every field)', async () => {
    await withServedApp(env.db.dataSource, {}, async (app) => {
      const answer = (await (await app.post({ query: REPORT, variables: { year: 2026 } })).json()) as { data?: unknown; errors?: unknown[] };
      expect(answer.errors).toBeUndefined();
      expect((answer.data as { nationalReport: Report }).nationalReport.chapters).toHaveLength(4);
    });
  });
});

describe('GET /pdf/jaarrapport/<year>.pdf', () => {
  it('refuses a malformed year naming the field, says NOT_FOUND for a year without report, and PDF_UNAVAILABLE without Chromium', async () => {
    await withServedApp(env.db.dataSource, { chromiumPath: '/bestaat/niet/chromium' }, async (app) => {
      const bad = await fetch(`${app.url}/pdf/jaarrapport/twintig.pdf`);
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT', field: 'year' } });
      expect((await (await fetch(`${app.url}/pdf/jaarrapport/2019.pdf`)).json()) as object).toMatchObject({ error: { code: 'NOT_FOUND' } });
      expect((await fetch(`${app.url}/pdf/jaarrapport/2019.pdf`)).status).toBe(404);
      const unavailable = await fetch(`${app.url}/pdf/jaarrapport/2026.pdf`);
      expect(unavailable.status).toBe(503);
      const body = (await unavailable.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('PDF_UNAVAILABLE');
      expect(body.error.message).toContain('MONITOR_CHROMIUM_PATH');
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|SELECT/);
    });
  });
});
