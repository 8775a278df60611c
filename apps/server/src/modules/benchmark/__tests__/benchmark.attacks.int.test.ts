import { demoAnswers, INDICATORS_2026, QUESTIONNAIRE_2026 } from '@monitor/domain';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';
import { storeIndicators } from '../../response/response.service';

/**
 * The repository's attack suite for benchmarks, over GraphQL against the real database: the three
 * attacks of issue 11 (intersection of three groups around a target, a group read before and after
 * one municipality submits, the count of a withheld group) must all fail, and what is published must
 * still equal an independent recomputation from the submitted responses.
 */
const DRENTHE = ['GM0106', 'GM0109', 'GM0114', 'GM0118', 'GM0119', 'GM1680', 'GM1681', 'GM1690', 'GM1699', 'GM1701', 'GM1730', 'GM1731'];
const GRONINGEN_SIX = ['GM0014', 'GM0037', 'GM0047', 'GM0765', 'GM1952', 'GM1966'];
const TARGET = 'GM0106';
const AMSTERDAM = 'GM0363';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let analyst: TestUser;
let admin: TestUser;
let utrechtFive: string[];

async function submit(codes: string[]): Promise<void> {
  const questionnaire = (await gql.services.questionnaires.byYear(2026))!;
  await db.dataSource.transaction(async (manager) => {
    for (const code of codes) {
      const [response] = await manager.query(
        `INSERT INTO response (questionnaire_id, municipality_id, status, submitted_at)
         SELECT $1, id, 'SUBMITTED', now() FROM municipality WHERE code = $2 AND valid_to IS NULL RETURNING id`,
        [questionnaire.id, code],
      );
      await storeIndicators(manager, response.id, questionnaire, demoAnswers(QUESTIONNAIRE_2026, code, 2026));
    }
  });
  await gql.services.benchmarks.recompute(2026);
}

const FIGURES = 'measure published withheldReason n min p10 q1 median q3 p90 max grid computedAt';
const ALL_OF_GROUP = `query($code: String) { benchmarks(year: 2026, group: { type: CUSTOM, code: $code }) { ${FIGURES} } }`;

async function customGroup(name: string, members: string[], publish = true): Promise<string> {
  const created = await gql.execute(
    'mutation($n: String!, $m: [String!]!) { createBenchmarkGroup(input: { name: $n, members: $m }) { key } }',
    { n: name, m: members },
    { as: analyst.caller },
  );
  expect(created.errors).toBeUndefined();
  const key = created.data!.createBenchmarkGroup.key;
  if (publish)
    expect(
      (await gql.execute('mutation($k: String!) { publishBenchmarkGroup(key: $k) { published } }', { k: key }, { as: admin.caller })).errors,
    ).toBeUndefined();
  return key;
}

type Figures = {
  measure: string;
  published: boolean;
  n: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
};
const anonymously = async (key: string): Promise<Figures[]> => (await gql.execute(ALL_OF_GROUP, { code: key })).data!.benchmarks;

beforeAll(async () => {
  db = await createTestDatabase();
  gql = await createTestGraphQL(db.dataSource);
  analyst = await createUser(db.dataSource, 'ANALYST');
  admin = await createUser(db.dataSource, 'ADMIN');
  utrechtFive = (
    await db.dataSource.query(
      `SELECT m.code FROM municipality m JOIN region_membership rm ON rm.municipality_id = m.id AND rm.valid_to IS NULL
         JOIN region r ON r.id = rm.region_id WHERE r.code = 'PV26' AND m.valid_to IS NULL ORDER BY m.code LIMIT 5`,
    )
  ).map((r: { code: string }) => r.code);
  await submit([...DRENTHE, ...GRONINGEN_SIX, ...utrechtFive]);
});
afterAll(async () => {
  await gql.stop();
  await db.drop();
});

describe('benchmark attacks', () => {
  it('intersection: three groups of five around a target, pairwise six or more apart, never all publish', async () => {
    const others = DRENTHE.filter((c) => c !== TARGET);
    const keys = [
      await customGroup('Rond Assen 1', [TARGET, ...others.slice(0, 4)]),
      await customGroup('Rond Assen 2', [TARGET, ...GRONINGEN_SIX.slice(0, 4)]),
      await customGroup('Rond Assen 3', [TARGET, ...utrechtFive.slice(0, 4)]),
    ];
    const read = await Promise.all(keys.map(anonymously));
    for (const indicator of INDICATORS_2026) {
      const figures = read.map((list) => list.find((f) => f.measure === indicator.key)!);
      // the attacker needs all three; and no group of five publishes anything but its (rounded) median
      expect(figures.filter((f) => f.published).length).toBeLessThanOrEqual(1);
      for (const f of figures) expect([f.min, f.max, f.q1, f.q3]).toEqual([null, null, null, null]);
    }
    expect(read[0].some((f) => f.published)).toBe(true);
    const rows = (await gql.execute('{ benchmarkDisclosure(year: 2026) { rows { group { key } status reason } } }', {}, { as: admin.caller })).data!
      .benchmarkDisclosure.rows;
    const reasons = rows
      .filter((r: { group: { key: string } }) => keys.slice(1).includes(r.group.key))
      .map((r: { reason: string | null }) => r.reason);
    expect(reasons).toContain('DIFFERENCING');
  });

  it('over time: a group of {Amsterdam + 5} read before and after Amsterdam submits shows the same figures', async () => {
    const key = await customGroup('Amsterdam en vijf', [AMSTERDAM, ...utrechtFive]);
    const all = async () => (await gql.execute(`{ benchmarks(year: 2026, group: { type: ALL }) { ${FIGURES} } }`)).data!.benchmarks;
    const [before, allBefore] = [await anonymously(key), await all()];
    expect(before.some((f) => f.published)).toBe(true);
    await submit([AMSTERDAM]);
    // nor does another group that gained Amsterdam give it away
    expect(await anonymously(key)).toEqual(before);
    expect(await all()).toEqual(allBefore);
    const rows = (
      await gql.execute('{ benchmarkDisclosure(year: 2026) { rows { group { key } status reason contributors shownN } } }', {}, { as: admin.caller })
    ).data!.benchmarkDisclosure.rows;
    for (const row of rows.filter((r: { group: { key: string }; status: string }) => r.group.key === key && r.status !== 'WITHHELD')) {
      expect(row).toMatchObject({ status: 'EARLIER_RELEASE', reason: 'OVER_TIME' });
      expect(row.contributors).toBe(row.shownN + 1);
    }
  });

  it('withheld groups do not reveal how many contribute: 1-4 contributors look like a ledger refusal', async () => {
    const few = await customGroup('Drie met cijfers', ['GM0014', 'GM0037', 'GM0047', 'GM0518', 'GM0599']);
    const list = await anonymously(few);
    for (const f of list) expect(f).toMatchObject({ published: false, withheldReason: 'PROTECTED', n: null, median: null });
    const blocked = (
      await anonymously(
        (await gql.execute('{ benchmarkGroups { key name } }', {}, { as: analyst.caller })).data!.benchmarkGroups.find(
          (g: { name: string }) => g.name === 'Rond Assen 2',
        ).key,
      )
    ).find((f) => !f.published)!;
    const { measure: _m, ...blockedShape } = blocked;
    const { measure: _n, ...fewShape } = list[0];
    expect(fewShape).toEqual(blockedShape);
  });

  it('analysts\u2019 groups are private until an administrator publishes them', async () => {
    const key = await customGroup('Nog niet openbaar', DRENTHE.slice(0, 6), false);
    const anonymous = await gql.execute(ALL_OF_GROUP, { code: key });
    expect(anonymous.errors![0].extensions!.code).toBe('NOT_FOUND');
    // the same answer as for a group that does not exist
    const missing = await gql.execute(ALL_OF_GROUP, { code: 'CUSTOM:999999' });
    expect(missing.errors![0].extensions).toEqual(anonymous.errors![0].extensions);
    const listed = (await gql.execute('{ benchmarkGroups { key published } }')).data!.benchmarkGroups;
    expect(listed.map((g: { key: string }) => g.key)).not.toContain(key);
    expect(listed.every((g: { published: boolean }) => g.published)).toBe(true);
    const forAnalyst = (await gql.execute('{ benchmarkGroups { key published } }', {}, { as: analyst.caller })).data!.benchmarkGroups;
    expect(forAnalyst).toContainEqual({ key, published: false });
    const denied = await gql.execute('mutation($k: String!) { publishBenchmarkGroup(key: $k) { key } }', { k: key }, { as: analyst.caller });
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('published figures equal an independent recomputation from the submitted responses (PostgreSQL percentile_disc)', async () => {
    const published = (await gql.execute(`{ benchmarks(year: 2026, group: { type: PROVINCE, code: "PV22" }) { ${FIGURES} } }`)).data!.benchmarks;
    const expected: { indicator_key: string; n: number; q1: number; median: number; q3: number }[] = await db.dataSource.query(
      `SELECT iv.indicator_key, count(*)::int AS n,
              round(percentile_disc(0.25) WITHIN GROUP (ORDER BY iv.value) / 5) * 5 AS q1,
              round(percentile_disc(0.5) WITHIN GROUP (ORDER BY iv.value) / 5) * 5 AS median,
              round(percentile_disc(0.75) WITHIN GROUP (ORDER BY iv.value) / 5) * 5 AS q3
         FROM indicator_value iv JOIN response r ON r.id = iv.response_id AND r.status = 'SUBMITTED' JOIN municipality m ON m.id = r.municipality_id
        WHERE m.code = ANY($1) AND iv.value IS NOT NULL GROUP BY iv.indicator_key`,
      [DRENTHE],
    );
    let compared = 0;
    for (const e of expected) {
      const f = published.find((p: Figures) => p.measure === e.indicator_key)!;
      // withheld when too few, or when ALL minus Drenthe leaves fewer than 5 (ledger)
      if (!f.published) continue;
      expect(f).toMatchObject({ n: e.n, median: Number(e.median) });
      if (e.n >= 10) expect([f.q1, f.q3]).toEqual([Number(e.q1), Number(e.q3)]);
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('keeps the ledger append-only', async () => {
    await expect(db.dataSource.query('UPDATE benchmark_release SET median = 0')).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query('DELETE FROM benchmark_release')).rejects.toThrow(/append-only/);
  });
});
