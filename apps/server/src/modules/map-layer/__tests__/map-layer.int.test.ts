import { readReferenceCsv, useGraphQLDatabase } from '../../../../test/reference-csv';

const extracts = readReferenceCsv('cbs_veilig_thuis_extracts.csv');
const kerncijfers = readReferenceCsv('gemeenten_kerncijfers_2023_2024.csv');

const env = useGraphQLDatabase();

interface Layer {
  key: string;
  group: string;
  period: string | null;
  available: boolean;
  unavailableReason: string | null;
}

const LAYERS = '{ mapLayers { key group label unit period decimals available unavailableReason source } }';
const LAYER = 'query($key: String!) { mapLayer(key: $key) { layer { key period } values { municipalityCode value reason } } }';

async function layer(key: string) {
  const { data, errors } = await env.gql.execute(LAYER, { key });
  expect(errors).toBeUndefined();
  return data!.mapLayer as {
    layer: { key: string; period: string | null };
    values: { municipalityCode: string; value: number | null; reason: string | null }[];
  };
}

describe('landing map layers', () => {
  it('offers the estimate first, the risk factors, the Veilig Thuis rates and says why indicator medians are missing', async () => {
    const { data, errors } = await env.gql.execute(LAYERS);
    expect(errors).toBeUndefined();
    const layers = data!.mapLayers as Layer[];
    expect(layers[0]).toMatchObject({ key: 'schatting', group: 'ESTIMATE', available: true });
    expect(layers.filter((l) => l.group === 'RISK_FACTOR').length).toBeGreaterThan(5);
    expect(layers.find((l) => l.key === 'veilig-thuis:ontvangen_meldingen')).toMatchObject({ available: true, period: '2023' });
    const medians = layers.filter((l) => l.group === 'INDICATOR_MEDIAN');
    expect(medians.length).toBeGreaterThan(0);
    for (const m of medians) if (!m.available) expect(m.unavailableReason).toMatch(/vrijgegeven/);
  });

  it('gives Veilig Thuis rates only for municipalities with a published count, from the population of the same year', async () => {
    const result = await layer('veilig-thuis:ontvangen_meldingen');
    const shown = result.values.filter((v) => v.value !== null);
    const expected = extracts.filter(
      (r) => r.region_code.startsWith('GM') && r.measure === 'ontvangen_meldingen' && r.period === '2023' && r.kenmerk === 'Totaal' && r.value !== '',
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(expected.length);
    for (const v of shown) {
      const raw = expected.find((r) => r.region_code === v.municipalityCode)!;
      const population = Number(kerncijfers.find((k) => k.gm_code === v.municipalityCode)!.inwoners_2023);
      // The published count is the raw count rounded to 5: the rate lies within that rounding.
      expect(Math.abs((v.value! * population) / 1000 - Number(raw.value))).toBeLessThanOrEqual(5 + population / 10000);
    }
    expect(result.values.filter((v) => v.value === null).every((v) => v.reason !== null)).toBe(true);
  });

  it('gives the estimate per 1,000 children for every municipality, withheld ones with the reason', async () => {
    const result = await layer('schatting');
    expect(result.values.length).toBe(342);
    for (const v of result.values) {
      if (v.value === null) expect(v.reason).toMatch(/niet gepubliceerd/);
      // Within the national NPM-2017 range stretched by the risk model: a rate, not a count.
      else expect(v.value).toBeGreaterThan(5);
    }
  });

  it('answers null for an unknown layer and names the field of a malformed key', async () => {
    expect((await env.gql.execute(LAYER, { key: 'risico:bestaat_niet' })).data!.mapLayer).toBeNull();
    const { errors } = await env.gql.execute(LAYER, { key: 'DROP TABLE' });
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'key' });
  });
});
