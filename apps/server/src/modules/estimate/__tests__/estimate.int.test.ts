import { readReferenceCsv as readCsv, useGraphQLDatabase } from '../../../../test/reference-csv';

/**
 * Recomputes the estimates independently from the copied data files: the tests' own CSV reader, own
 * arithmetic, nothing from @monitor/domain.
 */
const municipalRows = readCsv('risk-factors/gemeenten_risicofactoren.csv');
const byCode = new Map(municipalRows.map((r) => [r.gm_code, r]));
const children = (row: Record<string, string>) => Number(row.kinderen_0_14) + Math.round(Number(row.kinderen_0_14) / 5);
const adults = (row: Record<string, string>) => Number(row.inwoners) - Math.round((Number(row.kinderen_0_14) * 16) / 15);

const env = useGraphQLDatabase();

describe('children aged 0-17', () => {
  it('are the CBS count of 0-14 plus 3/15 of it, no longer overstating student towns', async () => {
    const oldApproximation = new Map(
      readCsv('gemeenten_kerncijfers_2023_2024.csv').map((r) => [
        r.gm_code,
        (Number(r.inwoners_2023) * (Number(r.pct_0_15_2023) + 0.3 * Number(r.pct_15_25_2023))) / 100,
      ]),
    );
    for (const code of ['GM0935', 'GM0289', 'GM0014']) {
      const { data, errors } = await env.gql.execute(
        `{ municipality(code: "${code}") { youthPopulation { year aged0To14 aged0To17 } } estimate(municipalityCode: "${code}") { children } }`,
      );
      expect(errors).toBeUndefined();
      const expected = children(byCode.get(code)!);
      expect(data!.municipality.youthPopulation).toEqual({ year: 2023, aged0To14: Number(byCode.get(code)!.kinderen_0_14), aged0To17: expected });
      expect(data!.estimate.children).toBe(Math.round(expected / 10) * 10);
      // the 15-24 band with its students made these three 27-33 % higher
      expect(oldApproximation.get(code)! / expected).toBeGreaterThan(1.2);
    }
  });
});

describe('weighted estimate of abused children', () => {
  it('adds up over all municipalities to exactly the national range of the independently counted children', async () => {
    const all = await env.gql.services.estimates.municipalities();
    const total = municipalRows.reduce((s, r) => s + children(r), 0);
    expect(all.size).toBe(342);
    expect([...all.values()].reduce((s, m) => s + m.estimate.low, 0)).toBeCloseTo(total * 0.026, 6);
    expect([...all.values()].reduce((s, m) => s + m.estimate.high, 0)).toBeCloseTo(total * 0.037, 6);
    const { data } = await env.gql.execute(
      '{ estimateModel { nationalChildren nationalLow nationalHigh fittedOn validation { folds municipalities devianceExplained singleFactorDevianceExplained rankCorrelation } } }',
    );
    expect(data!.estimateModel).toMatchObject({
      nationalChildren: total,
      nationalLow: Math.round(total * 0.026),
      nationalHigh: Math.round(total * 0.037),
    });
    // fitted on the municipalities with the outcome and all five factors
    const complete = municipalRows.filter((r) =>
      [
        'pct_jeugdbescherming',
        'pct_hh_onder_rond_sociaal_minimum',
        'pct_laag_opgeleid_15_75',
        'pct_herkomst_buiten_europa',
        'eenouderhuishoudens',
        'bijstand_per_1000_inwoners',
      ].every((c) => r[c] !== ''),
    );
    expect(data!.estimateModel.fittedOn).toBe(complete.length);
    const v = data!.estimateModel.validation;
    expect(v).toMatchObject({ folds: 10, municipalities: complete.length });
    // out of sample the model beats the national rate and the single-factor check
    expect(v.devianceExplained).toBeGreaterThan(0);
    expect(v.devianceExplained).toBeGreaterThan(v.singleFactorDevianceExplained);
    expect(v.rankCorrelation).toBeGreaterThan(0.3);
  });

  it('is reproduced from the published coefficients and the factor values in the files', async () => {
    const { data } = await env.gql.execute('{ estimateModel { coefficients { factor nationalMean standardDeviation coefficient } } }');
    const coefficients: { factor: string; nationalMean: number; standardDeviation: number; coefficient: number }[] = data!.estimateModel.coefficients;
    const value = (row: Record<string, string>, factor: string): number | null => {
      const column = {
        LOW_INCOME: 'pct_hh_onder_rond_sociaal_minimum',
        LOW_EDUCATION: 'pct_laag_opgeleid_15_75',
        MIGRATION_OUTSIDE_EUROPE: 'pct_herkomst_buiten_europa',
        SOCIAL_ASSISTANCE: 'bijstand_per_1000_inwoners',
      }[factor];
      if (column) return row[column] === '' ? null : Number(row[column]);
      return row.eenouderhuishoudens === '' ? null : (100 * Number(row.eenouderhuishoudens)) / Number(row.huishoudens);
    };
    const risk = (row: Record<string, string>) =>
      Math.exp(
        coefficients.reduce((s, c) => {
          const x = value(row, c.factor);
          return s + (x === null ? 0 : (c.coefficient * (x - c.nationalMean)) / c.standardDeviation);
        }, 0),
      );
    const normaliser = municipalRows.reduce((s, r) => s + children(r), 0) / municipalRows.reduce((s, r) => s + children(r) * risk(r), 0);
    for (const code of ['GM0363', 'GM0599', 'GM0014', 'GM1680', 'GM0935']) {
      const row = byCode.get(code)!;
      const expectedLow = 0.026 * children(row) * risk(row) * normaliser;
      const { data: e } = await env.gql.execute(`{ estimate(municipalityCode: "${code}") { low high effects { factor value } } }`);
      // published coefficients, means and deviations are rounded: allow 2 % plus the rounding to tens
      expect(Math.abs(e!.estimate.low - expectedLow)).toBeLessThanOrEqual(5 + 0.02 * expectedLow);
      expect(Math.abs(e!.estimate.high - (expectedLow * 37) / 26)).toBeLessThanOrEqual(5 + 0.02 * expectedLow * 1.5);
      const income = e!.estimate.effects.find((f: { factor: string }) => f.factor === 'LOW_INCOME');
      expect(income.value).toBeCloseTo(Number(row.pct_hh_onder_rond_sociaal_minimum), 5);
    }
  });

  it('shows the single-factor standardisation (low education, RR 4.95) next to it as an independent check', async () => {
    const share = (r: Record<string, string>) => Number(r.pct_laag_opgeleid_15_75) / 100;
    const all = municipalRows.reduce((s, r) => s + children(r), 0);
    const s = municipalRows.reduce((sum, r) => sum + children(r) * share(r), 0) / all;
    for (const code of ['GM0363', 'GM0014']) {
      const row = byCode.get(code)!;
      const weight = (1 - share(row) + share(row) * 4.95) / (1 - s + s * 4.95);
      const { data } = await env.gql.execute(`{ estimate(municipalityCode: "${code}") { check { low high relativeRisk } } }`);
      expect(data!.estimate.check).toEqual({
        low: Math.round((children(row) * 0.026 * weight) / 10) * 10,
        high: Math.round((children(row) * 0.037 * weight) / 10) * 10,
        relativeRisk: 4.95,
      });
    }
  });
});

describe('districts', () => {
  it('add up to their municipality exactly in children and in range (same year, same method)', async () => {
    for (const code of ['GM0344', 'GM0599', 'GM0518', 'GM0363']) {
      const { data, errors } = await env.gql.execute(
        `{ districts(municipalityCode: "${code}") { code children estimate { low high status } } estimate(municipalityCode: "${code}") { children low high } }`,
      );
      expect(errors).toBeUndefined();
      const districts: { children: number | null; estimate: { low: number | null; high: number | null; status: string } }[] = data!.districts;
      const shown = districts.filter((d) => d.estimate.status === 'PUBLISHED');
      const sum = (pick: (d: (typeof districts)[number]) => number | null) => shown.reduce((s, d) => s + (pick(d) ?? 0), 0);
      if (shown.length === districts.length) {
        expect(sum((d) => d.children)).toBe(data!.estimate.children);
        expect(sum((d) => d.estimate.low)).toBe(data!.estimate.low);
        expect(sum((d) => d.estimate.high)).toBe(data!.estimate.high);
      } else {
        // withheld districts: at least two, together at least the district threshold, so no difference gives one back
        const hidden = districts.length - shown.length;
        expect(hidden).toBeGreaterThanOrEqual(2);
        expect(data!.estimate.high - sum((d) => d.estimate.high)).toBeGreaterThanOrEqual(20);
      }
    }
    // Utrecht used to give 76,710 district children against the city's 75,430
    const utrecht = await env.gql.execute('{ districts(municipalityCode: "GM0344") { children } estimate(municipalityCode: "GM0344") { children } }');
    expect(utrecht.data!.districts.reduce((s: number, d: { children: number }) => s + d.children, 0)).toBe(utrecht.data!.estimate.children);
    expect(utrecht.data!.estimate.children).toBe(Math.round(children(byCode.get('GM0344')!) / 10) * 10);
  });
});

describe('withheld estimates', () => {
  it('publish nothing from which they could be recomputed (Schiermonnikoog, Vlieland)', async () => {
    for (const code of ['GM0088', 'GM0096']) {
      const { data, errors } = await env.gql.execute(`{
        estimate(municipalityCode: "${code}") { status low high children relativeRisk ratePerThousandLow ratePerThousandHigh effects { factor } check { low } inputs { name value } }
        municipality(code: "${code}") { youthPopulation { aged0To17 } }
        riskProfile(municipalityCode: "${code}") { values { key value status inModel } }
      }`);
      expect(errors).toBeUndefined();
      // withheld because the (unrounded) upper end is below the threshold of 10
      expect((await env.gql.services.estimates.municipalities()).get(code)!.estimate.high).toBeLessThan(10);
      expect(data!.estimate).toMatchObject({
        status: 'SUPPRESSED',
        low: null,
        high: null,
        children: null,
        relativeRisk: null,
        ratePerThousandLow: null,
        ratePerThousandHigh: null,
        effects: [],
        check: null,
      });
      expect(data!.estimate.inputs.find((i: { name: string }) => i.name === 'Kinderen van 0–17 jaar').value).toBe('niet getoond');
      expect(data!.municipality.youthPopulation).toBeNull();
      for (const v of data!.riskProfile.values.filter((x: { inModel: boolean }) => x.inModel))
        expect(v).toMatchObject({ value: null, status: 'SUPPRESSED' });
    }
  });
});

describe('domestic-violence estimate', () => {
  it('uses the police reports of the municipality, else of its Veilig Thuis region, as published by CBS', async () => {
    const extracts = readCsv('cbs_veilig_thuis_extracts.csv').filter(
      (r) =>
        r.table_id === '84849NED' && r.kenmerk === 'Justitie en veiligheid: totaal' && r.period === '2023' && r.measure === 'ontvangen_meldingen',
    );
    const national = Number(extracts.find((r) => r.region_code === 'NL01')!.value);
    const assen = Number(extracts.find((r) => r.region_code === 'GM0106')!.value);
    const allAdults = municipalRows.reduce((s, r) => s + adults(r), 0);
    const expected = adults(byCode.get('GM0106')!) * (national / allAdults);
    const { data, errors } = await env.gql.execute(
      '{ a: domesticViolenceEstimate(municipalityCode: "GM0106") { isEstimate low high police { level areaCode reports factor } } b: domesticViolenceEstimate(municipalityCode: "GM1680") { police { level areaCode reports } } c: domesticViolenceEstimate(municipalityCode: "GM0363") { police { level } percentLow percentHigh nationalPrevalence } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.a.isEstimate).toBe(true);
    expect(data!.a.police).toEqual({
      level: 'MUNICIPALITY',
      areaCode: 'GM0106',
      reports: assen,
      factor: Math.round(((assen + 50) / (expected + 50)) * 100) / 100,
    });
    expect(data!.b.police).toEqual({
      level: 'VEILIG_THUIS_REGION',
      areaCode: 'VT02',
      reports: Number(extracts.find((r) => r.region_code === 'VT02')!.value),
    });
    expect(data!.c.police).toBeNull();
    expect(data!.c.nationalPrevalence).toBe(9);
    expect(data!.c.percentLow).toBeLessThan(data!.c.percentHigh);
  });

  it('brackets the national prevalence: the lows add up to at most 8.5 % and the highs to at least 9.5 % of people 16+', async () => {
    const all = [...(await env.gql.services.estimates.municipalities()).values()];
    const allAdults = municipalRows.reduce((s, r) => s + adults(r), 0);
    expect(all.reduce((s, m) => s + m.domesticViolence!.low, 0)).toBeLessThanOrEqual(0.085 * allAdults + 1e-6);
    expect(all.reduce((s, m) => s + m.domesticViolence!.high, 0)).toBeGreaterThanOrEqual(0.095 * allAdults - 1e-6);
  });
});
