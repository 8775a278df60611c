import fs from 'node:fs';
import path from 'node:path';
import { ANONYMOUS, LANDSDELEN, MEASURES, NATION_CODE, parseCsvObjects } from '@monitor/domain';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';
import { REFERENCE_DATA_DIR } from '../../reference-data/reference-data.files';
import { attack, attackerCellKey, type SeenCell } from './attacker';

/**
 * The repository's own attack suite for the Veilig Thuis figures: everything is read through the
 * public API, as anyone could, and attacked with an integer program the test builds itself.
 */
const extracts = parseCsvObjects(fs.readFileSync(path.join(REFERENCE_DATA_DIR, 'cbs_veilig_thuis_extracts.csv'), 'utf8')).map((r) => r.values);
const kerncijfers = parseCsvObjects(fs.readFileSync(path.join(REFERENCE_DATA_DIR, 'gemeenten_kerncijfers_2023_2024.csv'), 'utf8')).map(
  (r) => r.values,
);
const LEVEL = 5;

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let admin: TestUser;
beforeAll(async () => {
  db = await createTestDatabase();
  gql = await createTestGraphQL(db.dataSource);
  admin = await createUser(db.dataSource, 'ADMIN');
});
afterAll(async () => {
  await gql.stop();
  await db.drop();
});

interface ApiValue extends SeenCell {
  per1000: number | null;
  per1000Status: string;
  population: number | null;
  populationYear: number | null;
  source: { tableId: string };
}

/** The regional hierarchy as the public API tells it (plus the four landsdelen, public CBS knowledge). */
async function publicRegionParts(): Promise<{ parts: Map<string, string[]>; codes: string[] }> {
  const query = (type: string) => gql.execute(`{ regions(type: ${type}) { code municipalities { code } } }`);
  const provinces = (await query('PROVINCE')).data!.regions as { code: string; municipalities: { code: string }[] }[];
  const vt = (await query('VEILIG_THUIS_REGION')).data!.regions as { code: string; municipalities: { code: string }[] }[];
  const parts = new Map<string, string[]>();
  for (const r of [...provinces, ...vt])
    parts.set(
      r.code,
      r.municipalities.map((m) => m.code),
    );
  for (const [code, { provinces: pvs }] of Object.entries(LANDSDELEN)) parts.set(code, [...pvs]);
  parts.set(NATION_CODE, Object.keys(LANDSDELEN));
  parts.set(
    `${NATION_CODE}#VT`,
    vt.map((r) => r.code),
  );
  const municipalities = [...new Set([...parts.values()].flat().filter((c) => c.startsWith('GM')))];
  return { parts, codes: [NATION_CODE, ...Object.keys(LANDSDELEN), ...provinces.map((p) => p.code), ...vt.map((r) => r.code), ...municipalities] };
}

/** Everything the public API publishes: every measure, every category, every region. */
async function harvest(codes: string[]): Promise<ApiValue[]> {
  const measures = (await gql.execute('{ statisticMeasures { key categories } }')).data!.statisticMeasures as { key: string; categories: string[] }[];
  const seen: ApiValue[] = [];
  for (const { key, categories } of measures) {
    for (const category of [null, ...categories.filter((c) => c !== '' && c !== 'Totaal')]) {
      for (let i = 0; i < codes.length; i += 400) {
        const { data, errors } = await gql.execute(
          `query($m: String!, $r: [String!]!, $c: String) { statistics(measure: $m, regionCodes: $r, category: $c) {
             measure category regionCode period status value per1000 per1000Status population populationYear source { tableId } } }`,
          { m: key, r: codes.slice(i, i + 400), c: category },
        );
        expect(errors).toBeUndefined();
        seen.push(...(data!.statistics as ApiValue[]));
      }
    }
  }
  return seen;
}

const isCount = (c: SeenCell) => MEASURES[c.measure].unit === 'aantal';

async function expectNoHiddenCountNarrowerThanLevel(seen: ApiValue[], parts: Map<string, string[]>) {
  const counts = seen.filter(isCount);
  const results = await attack(counts, parts);
  expect(results.length).toBe(new Set(counts.filter((c) => c.status === 'SUPPRESSED' || c.status === 'UNKNOWN').map(attackerCellKey)).size);
  const narrow = results.filter((r) => r.upper - r.lower < LEVEL);
  expect(narrow).toEqual([]);
  return results;
}

describe('the attacker against the real CBS extracts', () => {
  let seen: ApiValue[];
  let parts: Map<string, string[]>;
  beforeAll(async () => {
    const regions = await publicRegionParts();
    parts = regions.parts;
    seen = await harvest(regions.codes);
  });

  it('cannot narrow any hidden count below the protection level with every relation and rounding interval', async () => {
    expect(seen.filter(isCount).filter((c) => c.status === 'PUBLISHED').length).toBeGreaterThan(300);
    await expectNoHiddenCountNarrowerThanLevel(seen, parts);
  });

  it('no longer solves the Aa en Hunze 2023 follow-up reports', async () => {
    const gm1680 = seen.filter((c) => c.regionCode === 'GM1680' && c.period === '2023');
    // its percentages (31.6, 15.8, 10.5 at CBS) gave the hidden counts away; without a published denominator none is published
    const percentages = gm1680.filter((c) => c.measure.startsWith('pct_'));
    expect(percentages).toHaveLength(4);
    for (const pct of percentages) expect(pct).toMatchObject({ status: expect.not.stringMatching(/^PUBLISHED$/), value: null });
    const results = await attack(seen.filter(isCount), parts);
    const hidden = gm1680.filter((c) => isCount(c) && c.status !== 'PUBLISHED');
    expect(hidden.map((c) => c.measure)).toEqual(expect.arrayContaining(['vervolgmelding_tijdens_monitoring']));
    for (const cell of hidden) {
      const interval = results.find((r) => r.key === attackerCellKey(cell))!;
      expect(interval.upper - interval.lower).toBeGreaterThanOrEqual(LEVEL);
    }
  });

  it('publishes a percentage only with its count and the total published, computed from those published counts', () => {
    const published = (measure: string, c: SeenCell) =>
      seen.find((s) => s.measure === measure && s.regionCode === c.regionCode && s.period === c.period && s.status === 'PUBLISHED');
    for (const pct of seen.filter((c) => c.measure.startsWith('pct_') && c.status === 'PUBLISHED')) {
      const part = published(pct.measure.replace(/^pct_/, ''), pct);
      const total = published('ontvangen_meldingen', pct);
      expect(part && total).toBeTruthy();
      expect(pct.value).toBe(Math.round((part!.value! / total!.value!) * 1000) / 10);
    }
  });

  it('publishes a rate only with its count, from the published count and the population of its own year', () => {
    const rates = seen.filter((c) => c.per1000Status === 'PUBLISHED');
    expect(rates.length).toBeGreaterThan(10);
    for (const c of rates) {
      expect(c.status).toBe('PUBLISHED');
      expect(c.populationYear).toBe(Number(c.period.slice(0, 4)));
      expect(c.per1000).toBe(Math.round((c.value! / c.population!) * 10000) / 10);
    }
    // 2025 has no population figures yet: no rate rather than one with another year's population
    expect(
      seen.filter((c) => c.period.startsWith('2025') && c.status === 'PUBLISHED').every((c) => c.per1000 === null && c.populationYear === null),
    ).toBe(true);
  });

  it('still equals an independent recomputation: published counts are the rounded raw counts, rates use the kerncijfers', () => {
    // one figure in several tables is one cell: its number comes from the most specific table that has one
    const rank = ['84849NED', '84851NED', '85361NED', '84848NED', '84852NED', ''];
    for (const c of seen.filter((s) => isCount(s) && s.status === 'PUBLISHED')) {
      const raw = extracts
        .filter((r) => r.measure === c.measure && r.region_code === c.regionCode && r.period === c.period && r.value !== '')
        .filter(
          (r) =>
            attackerCellKey({ ...c, category: r.kenmerk }) === attackerCellKey(c) ||
            (r.table_id === '85361NED' && attackerCellKey(c) === attackerCellKey({ ...c, category: '' })),
        )
        .sort((a, b) => rank.indexOf(a.table_id) - rank.indexOf(b.table_id))[0];
      expect(raw).toBeDefined();
      expect(c.value).toBe(Math.round(Number(raw.value) / 5) * 5);
    }
    const assen = seen.find(
      (c) => c.regionCode === 'GM0106' && c.measure === 'ontvangen_meldingen' && c.period === '2023' && c.category === 'Totaal',
    )!;
    const inhabitants = Number(kerncijfers.find((k) => k.gm_code === 'GM0106')!.inwoners_2023);
    expect(assen).toMatchObject({ value: 270, population: inhabitants, per1000: Math.round((270 / inhabitants) * 10000) / 10 });
  });

  it('shows administrators per table what is hidden and why, with the smallest audit width', async () => {
    const { data, errors } = await gql.execute(
      '{ statisticsDisclosure { protectionLevel roundingBase unprotected relations tables { tableId cells published hiddenPrimary hiddenSecondary hiddenSource hiddenDerived smallestAuditWidth hiddenCells { measure regionCode period reason auditWidth } } } }',
      {},
      { as: admin.caller },
    );
    expect(errors).toBeUndefined();
    const report = data!.statisticsDisclosure;
    expect(report).toMatchObject({ protectionLevel: LEVEL, roundingBase: 5, unprotected: 0 });
    expect(report.relations).toBeGreaterThan(100);
    const t85361 = report.tables.find((t: { tableId: string }) => t.tableId === '85361NED');
    expect(t85361.hiddenSecondary + t85361.hiddenSource).toBeGreaterThan(0);
    for (const table of report.tables) {
      if (table.smallestAuditWidth !== null) expect(table.smallestAuditWidth).toBeGreaterThanOrEqual(LEVEL);
      expect(table.published + table.hiddenPrimary + table.hiddenSecondary + table.hiddenSource + table.hiddenDerived).toBeLessThanOrEqual(
        table.cells,
      );
    }
    expect((await gql.execute('{ statisticsDisclosure { protectionLevel } }', {}, { as: ANONYMOUS })).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});

describe('the attacker against a crafted worst-case import', () => {
  const header = '"Kenmerken adviezen/meldingen";"Regio\'s";"Perioden";"Gestarte adviezen (aantal)";"Ontvangen meldingen (aantal)"';
  const pad = (n: number) => `"${String(n).padStart(8)}"`;
  /** Unrounded counts with small cells everywhere: a small category, a small half-year, a small municipality. */
  function craftedRows(): string[] {
    const rows = [header];
    const municipalities: [string, number][] = [
      ['Aa en Hunze', 3],
      ['Assen', 41],
      ['Borger-Odoorn', 17],
      ['Coevorden', 8],
    ];
    const add = (category: string, region: string, period: string, advies: number, melding: number) =>
      rows.push(`"${category}";"${region}";"${period}";${pad(advies)};${pad(melding)}`);
    for (const [name, small] of municipalities) {
      for (const [period, share] of [
        ['1e halfjaar 2024*', 0.4],
        ['2e halfjaar 2024*', 0.6],
      ] as const) {
        const niet = Math.round(small * share);
        const beroeps = Math.round(small * 3 * share) + 7;
        const onbekend = Math.round(share * 4);
        add('Totaal', name, period, niet + beroeps + onbekend, niet + beroeps + onbekend + 1);
        add('Niet beroepsmatig totaal', name, period, niet, niet);
        add('Beroepsmatig totaal', name, period, beroeps, beroeps + 1);
        add('Rol/functie onbekend', name, period, onbekend, onbekend);
      }
    }
    return rows;
  }

  it('imports through the existing import path and leaves no hidden count narrower than the level', async () => {
    const bytes = new TextEncoder().encode(`\ufeff${craftedRows().join('\r\n')}\r\n`);
    const report = await gql.services.cbsImport.importFromCommandLine({ bytes, fileName: 'worst-case.csv', tableId: '84849NED' });
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);

    const regions = await publicRegionParts();
    const seen = await harvest(regions.codes);
    const crafted = seen.filter((c) => c.period.startsWith('2024'));
    expect(crafted.length).toBe(4 * 2 * 4 * 2);
    for (const c of crafted) if (c.status === 'PUBLISHED') expect(c.value! % 5).toBe(0);
    expect(crafted.filter((c) => c.status === 'SUPPRESSED').length).toBeGreaterThan(8);
    const results = await expectNoHiddenCountNarrowerThanLevel(seen, regions.parts);
    expect(results.filter((r) => r.key.includes('|2024-')).length).toBe(crafted.filter((c) => c.status !== 'PUBLISHED').length);

    const [stored] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM statistic_protected WHERE period LIKE '2024%' AND reason = 'SECONDARY'`,
    );
    expect(stored.n).toBeGreaterThan(0);
  });
});
