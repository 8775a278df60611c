import { readReferenceCsv, useGraphQLDatabase } from '../../../../test/reference-csv';

/** The shipped CBS extracts and the municipality → Veilig Thuis region list, read independently of the server. */
const extracts = readReferenceCsv('cbs_veilig_thuis_extracts.csv');
const municipalities = readReferenceCsv('gemeenten_2026.csv');

const env = useGraphQLDatabase();

interface Figure {
  measure: string;
  measureLabel: string;
  unit: string;
  category: string;
  categoryLabel: string;
  isTotal: boolean;
  regionCode: string;
  period: string;
  value: number | null;
  status: string;
  withheldReason: string | null;
}

const FIGURES = `query($code: String!) { veiligThuisFigures(municipalityCode: $code) {
  municipalityCode municipalityName areaCode areaName areaLevel fallback note regionCode regionName truncated
  figures { measure measureLabel unit category categoryLabel isTotal regionCode period value status withheldReason }
} }`;

async function figuresOf(code: string) {
  const { data, errors } = await env.gql.execute(FIGURES, { code });
  expect(errors).toBeUndefined();
  return data!.veiligThuisFigures as null | {
    areaCode: string;
    areaLevel: string;
    fallback: boolean;
    note: string | null;
    regionCode: string | null;
    regionName: string | null;
    truncated: boolean;
    figures: Figure[];
  };
}

/** The distinct (measure, category, period) cells of a region in the CSV (several tables may repeat one). */
function csvCells(regionCode: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const row of extracts.filter((r) => r.region_code === regionCode)) {
    const category = row.table_id === '85361NED' ? 'Totaal' : row.kenmerk;
    cells.set(`${row.measure}|${category}|${row.period}`, row.value);
  }
  return cells;
}

const key = (f: Figure) => `${f.measure}|${f.category === '' ? 'Totaal' : f.category}|${f.period}`;

/** A published count is the raw count rounded to a multiple of 5; a withheld one has no value. */
function expectProtectedForm(figures: readonly Figure[], raw: ReadonlyMap<string, string>) {
  for (const f of figures) {
    const source = raw.get(key(f));
    if (f.status !== 'PUBLISHED') {
      expect(f.value).toBeNull();
      expect(f.withheldReason).not.toBeNull();
      continue;
    }
    expect(f.withheldReason).toBeNull();
    if (f.unit === 'aantal') {
      expect(f.value! % 5).toBe(0);
      expect(Math.abs(f.value! - Number(source))).toBeLessThan(5);
    }
  }
}

describe('Veilig Thuis figures of a municipality', () => {
  it('gives Amsterdam its own 2023 follow-up figures (85361NED), every cell of the CSV, in Dutch', async () => {
    const result = (await figuresOf('GM0363'))!;
    const raw = csvCells('GM0363');
    expect(raw.size).toBeGreaterThan(0);
    expect(result).toMatchObject({
      areaCode: 'GM0363',
      areaLevel: 'MUNICIPALITY',
      fallback: false,
      note: null,
      regionCode: 'VT01',
      truncated: false,
    });
    expect(new Set(result.figures.map(key))).toEqual(new Set(raw.keys()));
    expect(result.figures.every((f) => f.regionCode === 'GM0363' && f.period === '2023')).toBe(true);
    const tijdens = result.figures.find((f) => f.measure === 'vervolgmelding_tijdens_veiligheidsbeoordeling')!;
    expect(tijdens).toMatchObject({
      measureLabel: 'Vervolgmelding tijdens veiligheidsbeoordeling',
      categoryLabel: 'Totaal',
      isTotal: true,
      status: 'PUBLISHED',
    });
    expectProtectedForm(result.figures, raw);
  });

  it('falls back to the Veilig Thuis region when CBS publishes nothing for the municipality, and says so', async () => {
    const own = extracts.filter((r) => r.region_code === 'GM0088');
    expect(own).toEqual([]);
    const region = municipalities.find((m) => m.gm_code === 'GM0088')!;
    const result = (await figuresOf('GM0088'))!;
    expect(result).toMatchObject({
      areaCode: region.veiligthuisregio_code,
      areaLevel: 'VEILIG_THUIS_REGION',
      fallback: true,
      regionName: region.veiligthuisregio_name,
    });
    expect(result.note).toBe(
      `Voor deze gemeente zijn geen eigen cijfers gepubliceerd; hieronder de cijfers van Veilig Thuis-regio ${region.veiligthuisregio_name}.`,
    );
    const raw = csvCells(region.veiligthuisregio_code);
    expect(new Set(result.figures.map(key))).toEqual(new Set(raw.keys()));
    expectProtectedForm(result.figures, raw);
  });

  it('gives each series every period the CSV has for it, newest first, and no raw CBS labels', async () => {
    // Amsterdam-Amstelland's municipalities without own figures use VT01, which has 2023 and 2023-H1 figures.
    const fallbackOfVt01 = municipalities.find((m) => m.veiligthuisregio_code === 'VT01' && !extracts.some((r) => r.region_code === m.gm_code))!;
    const result = (await figuresOf(fallbackOfVt01.gm_code))!;
    expect(result.areaCode).toBe('VT01');
    const rank = (period: string) => Number(period.slice(0, 4)) * 10 + (period.endsWith('-H1') ? 3 : period.endsWith('-H2') ? 6 : 7);
    for (const measure of ['ontvangen_meldingen', 'gestarte_adviezen']) {
      for (const category of ['Beroep: kinderopvang: totaal', 'Beroep: medisch: verpleegkundige']) {
        const expected = [
          ...new Set(extracts.filter((r) => r.region_code === 'VT01' && r.measure === measure && r.kenmerk === category).map((r) => r.period)),
        ].sort((a, b) => rank(b) - rank(a));
        expect(expected.length).toBeGreaterThan(0);
        const periods = result.figures.filter((f) => f.measure === measure && f.category === category).map((f) => f.period);
        expect(periods).toEqual(expected);
      }
    }
    const ranks = result.figures.map((f) => rank(f.period));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(result.figures.find((f) => f.category === 'Beroep: kinderopvang: totaal')!.categoryLabel).toBe('Beroep in de kinderopvang');
    expect(result.figures.some((f) => /^T\d{6}$|J en V|: totaal$/.test(f.categoryLabel))).toBe(false);
  });

  it('answers null for an unknown municipality and names the field of an invalid code', async () => {
    expect(await figuresOf('GM9999')).toBeNull();
    const { errors } = await env.gql.execute(FIGURES, { code: 'Amsterdam' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityCode' });
  });
});
