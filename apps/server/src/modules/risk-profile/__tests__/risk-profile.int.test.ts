import { readReferenceCsv as readCsv, useGraphQLDatabase } from '../../../../test/reference-csv';
import { loadRiskFactors } from '../risk-profile.loader';

const municipal = readCsv('risk-factors/gemeenten_risicofactoren.csv');
const memberships = new Map(readCsv('gemeenten_2026.csv').map((r) => [r.gm_code, r]));
const weighted = (rows: Record<string, string>[], column: string, weight: string) => {
  const usable = rows.filter((r) => r[column] !== '' && r[weight] !== '');
  const total = usable.reduce((s, r) => s + Number(r[weight]), 0);
  return Math.round((usable.reduce((s, r) => s + Number(r[column]) * Number(r[weight]), 0) / total) * 10) / 10;
};

const env = useGraphQLDatabase();

describe('loadRiskFactors', () => {
  it('is loaded once (checksum) with empty cells as missing values, never zero', async () => {
    expect(await loadRiskFactors(env.db.dataSource)).toMatchObject({ changed: false, municipalities: 342, districts: 10475 });
    const [areas] = await env.db.dataSource.query(`SELECT count(*)::int AS n FROM risk_factor_area WHERE level = 'MUNICIPALITY'`);
    expect(areas.n).toBe(342);
    const [withValue] = await env.db.dataSource.query(`SELECT count(*)::int AS n FROM risk_factor_value WHERE variable = 'pct_jeugdbescherming'`);
    expect(withValue.n).toBe(municipal.filter((r) => r.pct_jeugdbescherming !== '').length);
    const [crosswalk] = await env.db.dataSource.query('SELECT count(*)::int AS n FROM municipality_crosswalk');
    expect(crosswalk.n).toBe(readCsv('risk-factors/gemeenten_crosswalk.csv').length);
  });
});

describe('riskProfile', () => {
  it('shows each value with its year against the Veilig Thuis region, province, size class and the Netherlands', async () => {
    const { data, errors } = await env.gql.execute(
      '{ riskProfile(municipalityCode: "GM0363") { areaName sizeClass attribution values { key value status year reason comparisons { kind code value areas } } } }',
    );
    expect(errors).toBeUndefined();
    const profile = data!.riskProfile;
    expect(profile).toMatchObject({ areaName: 'Amsterdam', sizeClass: '250.000 inwoners of meer' });
    expect(profile.attribution).toMatch(/Bron: CBS/);
    const value = (key: string) => profile.values.find((v: { key: string }) => v.key === key);
    expect(value('pct_herkomst_buiten_europa')).toMatchObject({ value: 43, year: 2024, status: 'PUBLISHED' });
    // published separately for Amsterdam and Weesp in 2022: missing, not zero
    expect(value('pct_jeugdhulp')).toMatchObject({ value: null, status: 'UNKNOWN', year: null });
    const education = value('pct_laag_opgeleid_15_75');
    const nl = education.comparisons.find((c: { kind: string }) => c.kind === 'NETHERLANDS');
    expect(nl).toMatchObject({ code: 'NL01', areas: 342, value: weighted(municipal, 'pct_laag_opgeleid_15_75', 'inwoners') });
    const region = memberships.get('GM0363')!.veiligthuisregio_code;
    const members = municipal.filter((r) => memberships.get(r.gm_code)!.veiligthuisregio_code === region);
    expect(education.comparisons.find((c: { kind: string }) => c.kind === 'VEILIG_THUIS_REGION')).toMatchObject({
      code: region,
      areas: members.length,
      value: weighted(members, 'pct_laag_opgeleid_15_75', 'inwoners'),
    });
    const province = memberships.get('GM0363')!.provincie_code;
    expect(education.comparisons.find((c: { kind: string }) => c.kind === 'PROVINCE')).toMatchObject({ code: province });
    const big = municipal.filter((r) => Number(r.inwoners) >= 250000);
    expect(education.comparisons.find((c: { kind: string }) => c.kind === 'SIZE_CLASS')).toMatchObject({
      areas: big.length,
      value: weighted(big, 'pct_laag_opgeleid_15_75', 'inwoners'),
    });
    expect((await env.gql.execute('{ riskProfile(municipalityCode: "GM9999") { areaCode } }')).data!.riskProfile).toBeNull();
  });
});

describe('districtRiskProfiles', () => {
  it('lists the districts of a year, with small districts withheld under the district rules', async () => {
    const rows = readCsv('risk-factors/wijken_risicofactoren.csv').filter((r) => r.gm_code_2026 === 'GM0363' && r.jaar === '2021');
    const { data, errors } = await env.gql.execute(
      '{ districtRiskProfileYears(municipalityCode: "GM0363") districtRiskProfiles(municipalityCode: "GM0363", year: 2021) { areaCode divisionYear values { key value status year comparisons { kind value } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.districtRiskProfileYears).toEqual([2024, 2022, 2021, 2017]);
    expect(data!.districtRiskProfiles).toHaveLength(rows.length);
    for (const profile of data!.districtRiskProfiles) {
      const row = rows.find((r) => r.wijk_code === profile.areaCode)!;
      const income = profile.values.find((v: { key: string }) => v.key === 'pct_hh_onder_rond_sociaal_minimum');
      if (row.pct_hh_onder_rond_sociaal_minimum === '') {
        expect(income).toBeUndefined();
        continue;
      }
      expect(income.year).toBe(2021);
      if (Number(row.inwoners) < 1000) expect(income).toMatchObject({ value: null, status: 'SUPPRESSED' });
      else expect(income).toMatchObject({ value: Math.round(Number(row.pct_hh_onder_rond_sociaal_minimum) * 10) / 10, status: 'PUBLISHED' });
    }
    expect(data!.districtRiskProfiles.some((p: { values: { status: string }[] }) => p.values.some((v) => v.status === 'SUPPRESSED'))).toBe(true);
  });
});
