import { readReferenceCsv as readCsv, useGraphQLDatabase } from '../../../../test/reference-csv';
import { loadStatisticExtracts } from '../statistics-extract.loader';

const extracts = readCsv('cbs_veilig_thuis_extracts.csv');
const kerncijfers = readCsv('gemeenten_kerncijfers_2023_2024.csv');

const env = useGraphQLDatabase();

const STATISTICS = `query($measure: String!, $regions: [String!]!, $periods: [String!], $category: String) {
  statistics(measure: $measure, regionCodes: $regions, periods: $periods, category: $category) {
    regionCode regionName regionLevel period periodLabel provisional value status per1000 per1000Status population populationYear
    source { tableId title url format }
  } }`;
const run = (variables: Record<string, unknown>) => env.gql.execute(STATISTICS, variables);

describe('Veilig Thuis figures', () => {
  it('serves the real published figures with status, provisional mark and source', async () => {
    const { data, errors } = await run({ measure: 'ontvangen_meldingen', regions: ['NL01', 'GM0106'], periods: ['2023'] });
    expect(errors).toBeUndefined();
    expect(data!.statistics).toEqual([
      expect.objectContaining({
        regionCode: 'NL01',
        regionName: 'Nederland',
        regionLevel: 'NATION',
        period: '2023',
        provisional: true,
        value: 127340,
        status: 'PUBLISHED',
      }),
      expect.objectContaining({ regionCode: 'GM0106', regionName: 'Assen', regionLevel: 'MUNICIPALITY', value: 270, status: 'PUBLISHED' }),
    ]);
    expect(data!.statistics[0].source).toMatchObject({ tableId: '84849NED', format: 'extract', url: expect.stringContaining('cbs.nl') });
  });

  it('computes rates per 1,000 inhabitants from the published count and the population of that year', async () => {
    const { data } = await run({ measure: 'ontvangen_meldingen', regions: ['GM0106', 'NL01'], periods: ['2023'] });
    const assen = kerncijfers.find((k) => k.gm_code === 'GM0106')!;
    const nation = kerncijfers.reduce((sum, k) => sum + Number(k.inwoners_2023), 0);
    expect(data!.statistics[0]).toMatchObject({
      population: Number(assen.inwoners_2023),
      populationYear: 2023,
      per1000: Math.round((270 / Number(assen.inwoners_2023)) * 10000) / 10,
    });
    expect(data!.statistics[1]).toMatchObject({ population: nation, per1000: Math.round((127340 / nation) * 10000) / 10 });
  });

  it('shows a CBS "." as unknown, without a number', async () => {
    const { data } = await run({
      measure: 'ontvangen_meldingen',
      regions: ['GM0106'],
      periods: ['2023'],
      category: 'Geestelijke gezondheidszorg: totaal',
    });
    expect(data!.statistics).toEqual([expect.objectContaining({ value: null, status: 'UNKNOWN', per1000: null, per1000Status: 'UNKNOWN' })]);
  });

  it('suppresses a published part that would reveal a hidden one by differencing', async () => {
    // Aa en Hunze 2023*: total 30 = 15 + 10 + "."; published as is, the "." would be 30 − 15 − 10 = 5
    const measures = [
      'vervolgmelding_totaal',
      'vervolgmelding_tijdens_veiligheidsbeoordeling',
      'vervolgmelding_na_veiligheidsbeoordeling',
      'vervolgmelding_tijdens_monitoring',
    ];
    const cells = [];
    for (const measure of measures) cells.push((await run({ measure, regions: ['GM1680'], periods: ['2023'] })).data!.statistics[0]);
    expect(cells.map((c) => c.status)).toEqual(['PUBLISHED', 'PUBLISHED', 'SUPPRESSED', 'UNKNOWN']);
    const published = cells.filter((c) => c.status === 'PUBLISHED');
    expect(published[0].value - published[1].value).toBeGreaterThanOrEqual(10);
  });

  it('publishes half-years with their label and provisional mark', async () => {
    const { data } = await run({ measure: 'gestarte_adviezen', regions: ['NL01'], periods: ['2025-H1'] });
    expect(data!.statistics[0]).toMatchObject({ period: '2025-H1', periodLabel: '1e halfjaar 2025', provisional: true, value: 84935 });
  });

  it('says plainly when there are no figures', async () => {
    const { data } = await run({ measure: 'ontvangen_meldingen', regions: ['GM0014'], periods: ['2023'] });
    expect(data!.statistics).toEqual([]);
  });

  it('refuses unknown measures, region codes and periods, naming the argument', async () => {
    expect((await run({ measure: 'moorden', regions: ['NL01'] })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'measure' });
    expect((await run({ measure: 'ontvangen_meldingen', regions: ['XX99'] })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'regionCodes',
    });
    expect((await run({ measure: 'ontvangen_meldingen', regions: ['NL01'], periods: ['2023Q1'] })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'periods',
    });
  });

  it('lists the measures with the periods that have figures', async () => {
    const { data } = await env.gql.execute('{ statisticMeasures { key label unit periods count } }');
    const meldingen = data!.statisticMeasures.find((m: { key: string }) => m.key === 'ontvangen_meldingen');
    expect(meldingen).toMatchObject({ unit: 'aantal', periods: expect.arrayContaining(['2020', '2023', '2025-H1']) });
    expect(meldingen.count).toBe(extracts.filter((r) => r.measure === 'ontvangen_meldingen' && r.region_code !== '').length);
  });

  it('loads the extracts idempotently and skips the region without a current code', async () => {
    const before = await env.db.dataSource.query('SELECT count(*)::int AS n FROM statistic_value');
    expect(await loadStatisticExtracts(env.db.dataSource)).toMatchObject({ changed: false });
    expect(await env.db.dataSource.query('SELECT count(*)::int AS n FROM statistic_value')).toEqual(before);
    expect(before[0].n).toBe(extracts.filter((r) => r.region_code !== '').length);
  });
});

describe('estimate and districts', () => {
  it('estimates a range for a municipality with its inputs and model (issue 15: a risk model replaces the national-rate fallback)', async () => {
    const { data, errors } = await env.gql.execute(
      '{ estimate(municipalityCode: "GM0363", year: 2026) { areaCode dataYear children low high status method fallbackReason formula relativeRisk inputs { name year source } } }',
    );
    expect(errors).toBeUndefined();
    const e = data!.estimate;
    expect(e).toMatchObject({ areaCode: 'GM0363', dataYear: 2023, status: 'PUBLISHED', method: 'RISK_MODEL', fallbackReason: null });
    // children is itself rounded to tens, and the range is the national rate times the model's relative risk
    expect(Math.abs(e.low - e.children * 0.026 * e.relativeRisk)).toBeLessThanOrEqual(10 + e.children * 0.026 * 0.005);
    expect(e.high).toBeGreaterThan(e.low);
    expect(e.inputs.map((i: { name: string }) => i.name)).toEqual(expect.arrayContaining(['Kinderen van 0–17 jaar', 'Landelijk tarief']));
    expect((await env.gql.execute('{ estimate(municipalityCode: "GM9999") { low } }')).data!.estimate).toBeNull();
  });

  it('adds up to the national range over all municipalities', async () => {
    const all = await env.gql.services.estimates.municipalities();
    const children = [...all.values()].reduce((s, a) => s + a.estimate.children, 0);
    expect([...all.values()].reduce((s, a) => s + a.estimate.low, 0)).toBeCloseTo(children * 0.026, 3);
    expect([...all.values()].reduce((s, a) => s + a.estimate.high, 0)).toBeCloseTo(children * 0.037, 3);
    expect(all.size).toBe(342);
  });

  it('lists districts with boundaries and figures under the district rules', async () => {
    const { data, errors } = await env.gql.execute(
      '{ districts(municipalityCode: "GM0344") { code name population populationStatus children estimate { low high status } boundary } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.districts).toHaveLength(10);
    for (const d of data!.districts) {
      expect(d.code).toMatch(/^WK0344/);
      if (d.populationStatus === 'PUBLISHED') expect(d.population % 10).toBe(0);
      expect(d.boundary.type).toBe('Polygon');
    }
    const total = data!.districts.reduce((s: number, d: { children: number }) => s + (d.children ?? 0), 0);
    const municipal = (await env.gql.execute('{ estimate(municipalityCode: "GM0344") { children } }')).data!.estimate.children;
    // district inhabitants are of 2024, the municipal age shares of 2023
    expect(Math.abs(total - municipal) / municipal).toBeLessThan(0.05);
    expect((await env.gql.execute('{ districts(municipalityCode: "GM0014") { code } }')).data!.districts).toEqual([]);
  });
});
