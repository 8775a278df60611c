import { readReferenceCsv as readCsv, useGraphQLDatabase } from '../../../../test/reference-csv';

const regionRows = readCsv('regios_2025.csv');

const env = useGraphQLDatabase();

describe('regions', () => {
  it('lists the regions of all five divisions side by side', async () => {
    const { data, errors } = await env.gql.execute('{ regions { code type municipalityCount } }');
    expect(errors).toBeUndefined();
    expect(data!.regions).toHaveLength(regionRows.length);
    const counts = Object.fromEntries(regionRows.map((r) => [r.region_code, Number(r.n_gemeenten)]));
    for (const region of data!.regions) expect(region.municipalityCount).toBe(counts[region.code]);
  });

  it.each([
    ['PROVINCE', 12],
    ['VEILIG_THUIS_REGION', 25],
    ['SAFETY_REGION', 25],
    ['GGD_REGION', 25],
    ['YOUTH_CARE_REGION', 42],
  ])('lists the %s regions', async (type, count) => {
    const { data } = await env.gql.execute('query($type: RegionType) { regions(type: $type) { type } }', { type });
    expect(data!.regions).toHaveLength(count);
    expect(new Set(data!.regions.map((r: { type: string }) => r.type))).toEqual(new Set([type]));
  });

  it('returns one region with its member municipalities in every division', async () => {
    const { data } = await env.gql.execute('{ region(code: "VT27") { code name type municipalities { code } } }');
    expect(data!.region).toMatchObject({ code: 'VT27', name: 'Oost-Brabant', type: 'VEILIG_THUIS_REGION' });
    expect(data!.region.municipalities).toHaveLength(31);
  });

  it('returns null for an unknown region and BAD_USER_INPUT for a malformed code', async () => {
    expect((await env.gql.execute('{ region(code: "VT16") { code } }')).data!.region).toBeNull();
    const { errors } = await env.gql.execute('{ region(code: "Oost-Brabant") { code } }');
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
  });

  it('rejects an unknown division', async () => {
    const { errors } = await env.gql.execute('{ regions(type: COUNTY) { code } }');
    expect(errors![0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
