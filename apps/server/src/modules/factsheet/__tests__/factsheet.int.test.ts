import { INDICATORS_2026 } from '@monitor/domain';
import { withServedApp } from '../../../../test/http';
import { createUser, type TestUser } from '../../../../test/factories';
import { DRENTHE, GRONINGEN_SIX, NATIONAL_REPORTS_2023, submitGenerated } from '../../../../test/publication';
import { useGraphQLDatabase } from '../../../../test/reference-csv';

const KEY = INDICATORS_2026[0].key;

const env = useGraphQLDatabase();
let analyst: TestUser;
let admin: TestUser;

const FIELDS = `slug status title year introHtml conclusionHtml revision publishedAt version publishedRevision pdfUrl unpublishedAt
  blocks { kind measure period title textMarkdown textHtml unit decimals source note figures { key label value reason } }`;
const SAVE = `mutation($input: SaveFactsheetInput!) { saveFactsheet(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($slug: String!) { publishFactsheet(slug: $slug) { ${FIELDS} } }`;
const PUBLISHED = `query($slug: String!) { factsheet(slug: $slug) { ${FIELDS} } }`;
const LIST = '{ factsheets(first: 10) { slug title revision } }';
const BENCHMARK = `query($key: String!, $group: BenchmarkGroupInput!) { benchmark(indicatorKey: $key, year: 2026, group: $group) {
  published n p10 q1 median q3 p90 } }`;

interface Figure {
  key: string;
  label: string;
  value: number | null;
  reason: string | null;
}
interface Block {
  kind: string;
  figures: Figure[];
  note: string | null;
}

function input(overrides: Record<string, unknown> = {}) {
  return {
    slug: 'stand-2026',
    expectedVersion: 0,
    title: 'Stand van zaken 2026',
    year: 2026,
    introMarkdown: 'Dit is de **inleiding**. <script>alert(1)</script>',
    conclusionMarkdown: 'Tot slot.',
    blocks: [
      { kind: 'BENCHMARK_DISTRIBUTION', measure: KEY },
      { kind: 'PROVINCE_MEDIANS', measure: KEY },
      { kind: 'VEILIG_THUIS', measure: 'ontvangen_meldingen', period: '2023' },
    ],
    ...overrides,
  };
}

const figure = (block: Block, key: string) => block.figures.find((f) => f.key === key)!;

beforeAll(async () => {
  analyst = await createUser(env.db.dataSource, 'ANALYST');
  admin = await createUser(env.db.dataSource, 'ADMIN');
  await submitGenerated(env, 2026, [...DRENTHE, ...GRONINGEN_SIX]);
});

describe('composing and publishing', () => {
  it('an analyst composes a draft whose figures are exactly what an anonymous visitor gets from the benchmark and statistics services', async () => {
    const { data, errors } = await env.gql.execute(SAVE, { input: input() }, { as: analyst.caller });
    expect(errors).toBeUndefined();
    const draft = data!.saveFactsheet;
    expect(draft).toMatchObject({ status: 'DRAFT', version: 1, revision: null, publishedRevision: null, pdfUrl: null });
    // the knowledge base's sanitiser: Markdown rendered, the script tag only as text
    expect(draft.introHtml).toContain('<strong>inleiding</strong>');
    expect(draft.introHtml).not.toContain('<script');

    const [distribution, provinces, veiligThuis] = draft.blocks as Block[];
    const national = (await env.gql.execute(BENCHMARK, { key: KEY, group: { type: 'ALL' } })).data!.benchmark;
    expect(national.published).toBe(true);
    expect(distribution.figures.map((f) => f.value)).toEqual([national.p10, national.q1, national.median, national.q3, national.p90]);
    expect(distribution.note).toBe(`Op basis van ${national.n} gemeenten.`);

    const drenthe = (await env.gql.execute(BENCHMARK, { key: KEY, group: { type: 'PROVINCE', code: 'PV22' } })).data!.benchmark;
    expect(figure(provinces, 'PV22')).toMatchObject({ label: 'Drenthe', value: drenthe.median, reason: null });
    expect(provinces.figures).toHaveLength(12);

    expect(figure(veiligThuis, 'NL01')).toEqual({ key: 'NL01', label: 'Nederland', value: NATIONAL_REPORTS_2023, reason: null });
  });

  it('keeps withheld values withheld: a province without a released median has no value, only the reason', async () => {
    const { data } = await env.gql.execute('query { factsheetDraft(slug: "stand-2026") { blocks { figures { key value reason } } } }', undefined, {
      as: analyst.caller,
    });
    const utrecht = figure(data!.factsheetDraft.blocks[1], 'PV26');
    expect(utrecht.value).toBeNull();
    expect(utrecht.reason).toMatch(/Niet vrijgegeven/);
    const anonymous = (await env.gql.execute(BENCHMARK, { key: KEY, group: { type: 'PROVINCE', code: 'PV26' } })).data!.benchmark;
    expect(anonymous).toMatchObject({ published: false, median: null, n: null });
  });

  it('anonymous visitors see nothing before publication; analysts may not publish; an administrator does', async () => {
    expect((await env.gql.execute(LIST)).data!.factsheets).toEqual([]);
    expect((await env.gql.execute(PUBLISHED, { slug: 'stand-2026' })).data!.factsheet).toBeNull();
    const drafts = await env.gql.execute('{ factsheetDrafts(first: 5) { slug } }');
    expect(drafts.errors![0].extensions!.code).toBe('UNAUTHENTICATED');

    const byAnalyst = await env.gql.execute(PUBLISH, { slug: 'stand-2026' }, { as: analyst.caller });
    expect(byAnalyst.errors![0].extensions!.code).toBe('FORBIDDEN');

    const { data, errors } = await env.gql.execute(PUBLISH, { slug: 'stand-2026' }, { as: admin.caller });
    expect(errors).toBeUndefined();
    expect(data!.publishFactsheet).toMatchObject({ status: 'PUBLISHED', revision: 1, pdfUrl: '/pdf/factsheets/stand-2026.pdf' });

    expect((await env.gql.execute(LIST)).data!.factsheets).toEqual([{ slug: 'stand-2026', title: 'Stand van zaken 2026', revision: 1 }]);
    const published = (await env.gql.execute(PUBLISHED, { slug: 'stand-2026' })).data!.factsheet;
    expect(figure(published.blocks[2], 'NL01').value).toBe(NATIONAL_REPORTS_2023);
    expect(figure(published.blocks[1], 'PV26').value).toBeNull();
  });

  it('a changed draft does not change what is published until it is published again, as a new revision', async () => {
    const changed = await env.gql.execute(
      SAVE,
      { input: input({ expectedVersion: 1, title: 'Stand van zaken 2026 (herzien)' }) },
      { as: analyst.caller },
    );
    expect(changed.errors).toBeUndefined();
    expect((await env.gql.execute(PUBLISHED, { slug: 'stand-2026' })).data!.factsheet.title).toBe('Stand van zaken 2026');

    const stale = await env.gql.execute(SAVE, { input: input({ expectedVersion: 1 }) }, { as: admin.caller });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedVersion' });

    await env.gql.execute(PUBLISH, { slug: 'stand-2026' }, { as: admin.caller });
    const republished = (await env.gql.execute(PUBLISHED, { slug: 'stand-2026' })).data!.factsheet;
    expect(republished).toMatchObject({ title: 'Stand van zaken 2026 (herzien)', revision: 2 });
  });

  it('refuses an unknown measure or period, naming the field', async () => {
    const unknown = await env.gql.execute(
      SAVE,
      { input: input({ slug: 'fout-1', blocks: [{ kind: 'BENCHMARK_DISTRIBUTION', measure: 'bestaat_niet' }] }) },
      { as: analyst.caller },
    );
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.blocks.0.measure' });
    const period = await env.gql.execute(
      SAVE,
      { input: input({ slug: 'fout-2', blocks: [{ kind: 'VEILIG_THUIS', measure: 'ontvangen_meldingen', period: 'vorig jaar' }] }) },
      { as: analyst.caller },
    );
    expect(period.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.blocks.0.period' });
  });

  it('refuses the address beheer, which the editor page /factsheets/beheer uses itself, naming the field', async () => {
    const reserved = await env.gql.execute(SAVE, { input: input({ slug: 'beheer' }) }, { as: analyst.caller });
    expect(reserved.data).toBeNull();
    expect(reserved.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
    expect(reserved.errors![0].message).toContain('beheer');
    const draft = await env.gql.execute('query { factsheetDraft(slug: "beheer") { slug } }', undefined, { as: analyst.caller });
    expect(draft.data!.factsheetDraft).toBeNull();
  });

  it('refuses the address nieuw, whose editor /factsheets/beheer/nieuw is the form for a new factsheet', async () => {
    const reserved = await env.gql.execute(SAVE, { input: input({ slug: 'nieuw' }) }, { as: analyst.caller });
    expect(reserved.data).toBeNull();
    expect(reserved.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
    expect(reserved.errors![0].message).toContain('"nieuw"');
  });
});

describe('estimate and map-layer blocks', () => {
  const blocks = [
    { kind: 'ESTIMATE', measure: 'NL01', textMarkdown: 'Een **schatting**. <img src=x onerror=alert(1)>' },
    { kind: 'MAP_LAYER', measure: 'schatting' },
  ];

  it('shows the national estimate as the estimate module publishes it, rounded to tens', async () => {
    const { data, errors } = await env.gql.execute(SAVE, { input: input({ slug: 'schatting-2026', blocks }) }, { as: analyst.caller });
    expect(errors).toBeUndefined();
    const [estimate] = data!.saveFactsheet.blocks as Block[];
    const model = (await env.gql.execute('{ estimateModel { nationalLow nationalHigh nationalChildren } }')).data!.estimateModel;
    expect(model.nationalLow).toBeGreaterThan(0);
    expect(figure(estimate, 'low').value).toBe(Math.round(model.nationalLow / 10) * 10);
    expect(figure(estimate, 'high').value).toBe(Math.round(model.nationalHigh / 10) * 10);
    expect(estimate.note).toContain(model.nationalChildren.toLocaleString('nl-NL'));
    // a block's own text goes through the same sanitiser as the introduction
    const { textHtml } = data!.saveFactsheet.blocks[0] as { textHtml: string };
    expect(textHtml).toContain('<strong>schatting</strong>');
    expect(textHtml).not.toContain('<img');
    expect((data!.saveFactsheet.blocks[1] as { textHtml: string }).textHtml).toBe('');
  });

  it('shows a map layer with exactly the values (and reasons for withheld ones) the public map gives, named per municipality', async () => {
    const { data } = await env.gql.execute(
      'query { factsheetDraft(slug: "schatting-2026") { blocks { kind unit figures { key label value reason } } } }',
      undefined,
      {
        as: analyst.caller,
      },
    );
    const map = data!.factsheetDraft.blocks[1] as Block & { unit: string };
    const layer = (await env.gql.execute('{ mapLayer(key: "schatting") { layer { unit } values { municipalityCode value reason } } }')).data!
      .mapLayer;
    expect(map.unit).toBe(layer.layer.unit);
    expect(map.figures).toHaveLength(layer.values.length);
    const byCode = new Map(map.figures.map((f) => [f.key, f]));
    for (const value of layer.values as { municipalityCode: string; value: number | null; reason: string | null }[]) {
      expect(byCode.get(value.municipalityCode)).toMatchObject({ value: value.value, reason: value.reason });
    }
    expect(byCode.get('GM0363')!.label).toBe('Amsterdam');
    // withheld estimates stay withheld: a small municipality's value is null with the estimate module's reason
    expect(map.figures.some((f) => f.value === null && f.reason !== null)).toBe(layer.values.some((v: { value: number | null }) => v.value === null));
  });

  it('refuses a map layer the public map does not offer and a regional estimate, naming the field', async () => {
    const layer = await env.gql.execute(
      SAVE,
      { input: input({ slug: 'fout-3', blocks: [{ kind: 'MAP_LAYER', measure: 'bestaat:niet' }] }) },
      { as: analyst.caller },
    );
    expect(layer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.blocks.0.measure' });
    const regional = await env.gql.execute(
      SAVE,
      { input: input({ slug: 'fout-4', blocks: [{ kind: 'ESTIMATE', measure: 'PV22' }] }) },
      { as: analyst.caller },
    );
    expect(regional.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.blocks.0.measure' });
  });
});

describe('taking a factsheet offline', () => {
  const UNPUBLISH = `mutation($slug: String!) { unpublishFactsheet(slug: $slug) { ${FIELDS} } }`;

  it('only an administrator takes it offline; then list, page and PDF no longer show it until it is published again', async () => {
    const byAnalyst = await env.gql.execute(UNPUBLISH, { slug: 'stand-2026' }, { as: analyst.caller });
    expect(byAnalyst.errors![0].extensions!.code).toBe('FORBIDDEN');

    const { data, errors } = await env.gql.execute(UNPUBLISH, { slug: 'stand-2026' }, { as: admin.caller });
    expect(errors).toBeUndefined();
    expect(data!.unpublishFactsheet).toMatchObject({ status: 'DRAFT', publishedRevision: 2 });
    expect(data!.unpublishFactsheet.unpublishedAt).not.toBeNull();
    expect((await env.gql.execute(LIST)).data!.factsheets).toEqual([]);
    expect((await env.gql.execute(PUBLISHED, { slug: 'stand-2026' })).data!.factsheet).toBeNull();

    const again = await env.gql.execute(UNPUBLISH, { slug: 'stand-2026' }, { as: admin.caller });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');

    await env.gql.execute(PUBLISH, { slug: 'stand-2026' }, { as: admin.caller });
    expect((await env.gql.execute(PUBLISHED, { slug: 'stand-2026' })).data!.factsheet).toMatchObject({ revision: 3 });
    const draft = await env.gql.execute('{ factsheetDraft(slug: "stand-2026") { unpublishedAt } }', undefined, { as: admin.caller });
    expect(draft.data!.factsheetDraft.unpublishedAt).toBeNull();
  });

  it('a never published factsheet cannot be taken offline', async () => {
    const result = await env.gql.execute(UNPUBLISH, { slug: 'schatting-2026' }, { as: admin.caller });
    expect(result.errors![0].extensions!.code).toBe('CONFLICT');
  });
});

describe('the PDF route', () => {
  it('answers 404 for a factsheet that was never published and a clear 503 when Chromium is missing', async () => {
    await withServedApp(env.db.dataSource, { chromiumPath: '/nonexistent/chromium' }, async (served) => {
      const missing = await fetch(`${served.url}/pdf/factsheets/bestaat-niet.pdf`);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');

      const noChromium = await fetch(`${served.url}/pdf/factsheets/stand-2026.pdf`);
      expect(noChromium.status).toBe(503);
      const body = (await noChromium.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('PDF_UNAVAILABLE');
      expect(body.error.message).toContain('MONITOR_CHROMIUM_PATH');
    });
  });
});
