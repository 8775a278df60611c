import { demoAnswers, INDICATORS_2026, QUESTIONNAIRE_2026 } from '@monitor/domain';
import { countingLogger } from '../../../../test/counting-logger';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';
import { storeIndicators } from '../../response/response.service';

const DRENTHE = ['GM0106', 'GM0109', 'GM0114', 'GM0118', 'GM0119', 'GM1680', 'GM1681', 'GM1690', 'GM1699', 'GM1701', 'GM1730', 'GM1731'];
const GRONINGEN_SIX = ['GM0014', 'GM0037', 'GM0047', 'GM0765', 'GM1952', 'GM1966'];
const KEY = INDICATORS_2026[0].key;

const sql = countingLogger();

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let analyst: TestUser;
let admin: TestUser;
let editorAssen: TestUser;
let editorEmmen: TestUser;

/** Submitted responses with generated (test) answers and their stored indicators. */
async function submitGenerated(codes: string[], year = 2026): Promise<void> {
  const questionnaire = (await gql.services.questionnaires.byYear(year))!;
  await db.dataSource.transaction(async (manager) => {
    for (const code of codes) {
      const answers = demoAnswers(QUESTIONNAIRE_2026, code, year);
      const [response] = await manager.query(
        `INSERT INTO response (questionnaire_id, municipality_id, status, submitted_at)
         SELECT $1, id, 'SUBMITTED', now() FROM municipality WHERE code = $2 AND valid_to IS NULL RETURNING id`,
        [questionnaire.id, code],
      );
      await storeIndicators(manager, response.id, questionnaire, answers);
    }
  });
}

/** Nearest rank (the value at rank ⌈p·n⌉) rounded to the grid of 5, written independently of the implementation under test. */
function reference(values: number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  return Math.round(x[Math.max(1, Math.ceil(x.length * p - 1e-9)) - 1] / 5) * 5;
}

const PUBLISH = 'mutation($key: String!) { publishBenchmarkGroup(key: $key) { key published } }';
const DISCLOSURE =
  '{ benchmarkDisclosure(year: 2026) { minimumGroupSize rows { measure group { key } status reason contributors shownN releaseCount } } }';

const BENCHMARK = `query($key: String!, $group: BenchmarkGroupInput!, $code: String) {
  benchmark(indicatorKey: $key, year: 2026, group: $group, municipalityCode: $code) {
    measure group { key name type } published internal withheldReason n min p10 q1 median q3 p90 max grid computedAt ownValue ownQuartile previousOwnValue ownChange } }`;

beforeAll(async () => {
  db = await createTestDatabase({ logger: sql });
  gql = await createTestGraphQL(db.dataSource);
  analyst = await createUser(db.dataSource, 'ANALYST');
  admin = await createUser(db.dataSource, 'ADMIN');
  editorAssen = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0106');
  editorEmmen = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0114');
  await submitGenerated([...DRENTHE, ...GRONINGEN_SIX]);
  await gql.services.benchmarks.recompute();
});
afterAll(async () => {
  await gql.stop();
  await db.drop();
});

describe('benchmarks', () => {
  it('equal an independent computation over the municipal values: nearest rank, rounded to 5, no extremes', async () => {
    const values: number[] = (
      await db.dataSource.query(`SELECT iv.value FROM indicator_value iv WHERE iv.indicator_key = $1 AND iv.value IS NOT NULL`, [KEY])
    ).map((r: { value: number }) => r.value);
    expect(values.length).toBeGreaterThanOrEqual(10);
    expect(values.length).toBeLessThan(20);
    const { data, errors } = await gql.execute(BENCHMARK, { key: KEY, group: { type: 'ALL' } });
    expect(errors).toBeUndefined();
    expect(data!.benchmark).toMatchObject({
      published: true,
      internal: false,
      n: values.length,
      min: null,
      p10: null,
      q1: reference(values, 0.25),
      median: reference(values, 0.5),
      q3: reference(values, 0.75),
      p90: null,
      max: null,
      grid: 5,
    });
    expect(data!.benchmark.computedAt).toBeTruthy();
  });

  it('places the own municipality in its quartile, for those who may see it', async () => {
    const { data } = await gql.execute(BENCHMARK, { key: KEY, group: { type: 'PROVINCE' }, code: 'GM0106' }, { as: editorAssen.caller });
    const b = data!.benchmark;
    expect(b.group).toEqual({ key: 'PV:PV22', name: 'provincie Drenthe', type: 'PROVINCE' });
    // municipalities without enough known answers have no value and do not count
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM indicator_value iv JOIN response r ON r.id = iv.response_id JOIN municipality m ON m.id = r.municipality_id
        WHERE m.code = ANY($1) AND iv.indicator_key = $2 AND iv.value IS NOT NULL`,
      [DRENTHE, KEY],
    );
    expect(b.n).toBe(n);
    const [own] = await db.dataSource.query(
      `SELECT iv.value FROM indicator_value iv JOIN response r ON r.id = iv.response_id JOIN municipality m ON m.id = r.municipality_id WHERE m.code = 'GM0106' AND iv.indicator_key = $1`,
      [KEY],
    );
    expect(b.ownValue).toBe(own.value);
    const expectedQuartile = own.value < b.q1 ? 1 : own.value < b.median ? 2 : own.value < b.q3 ? 3 : 4;
    expect(b.ownQuartile).toBe(expectedQuartile);
    const other = await gql.execute(BENCHMARK, { key: KEY, group: { type: 'PROVINCE' }, code: 'GM0106' }, { as: editorEmmen.caller });
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
    const anonymous = await gql.execute(BENCHMARK, { key: KEY, group: { type: 'PROVINCE', code: 'PV22' } });
    expect(anonymous.data!.benchmark).toMatchObject({ published: true, n: b.n, ownValue: null });
  });

  it('publishes identical groups (Drenthe as province, VT region and safety region) alike', async () => {
    const of = async (type: string) =>
      (await gql.execute(BENCHMARK, { key: KEY, group: { type }, code: 'GM0106' }, { as: editorAssen.caller })).data!.benchmark;
    const [pv, vt, vr] = [await of('PROVINCE'), await of('VEILIG_THUIS_REGION'), await of('SAFETY_REGION')];
    expect([pv.published, vt.published, vr.published]).toEqual([true, true, true]);
    expect(vt.median).toBe(pv.median);
  });

  it('withholds a group with fewer than 5 contributors without revealing how many contribute', async () => {
    // 5 members, of which only 4 submitted
    const group = await gql.execute(
      'mutation($m: [String!]!) { createBenchmarkGroup(input: { name: "Vier met cijfers", members: $m }) { key size published } }',
      { m: [...GRONINGEN_SIX.slice(0, 4), 'GM0363'] },
      { as: analyst.caller },
    );
    expect(group.errors).toBeUndefined();
    expect(group.data!.createBenchmarkGroup.published).toBe(false);
    const key = group.data!.createBenchmarkGroup.key;
    await gql.execute(PUBLISH, { key }, { as: admin.caller });
    const b = (await gql.execute(BENCHMARK, { key: KEY, group: { type: 'CUSTOM', code: key } })).data!.benchmark;
    expect(b).toMatchObject({ published: false, withheldReason: 'PROTECTED', n: null, median: null, min: null, max: null });
    const rows = (await gql.execute(DISCLOSURE, {}, { as: admin.caller })).data!.benchmarkDisclosure.rows;
    expect(rows.find((r: { measure: string; group: { key: string } }) => r.measure === KEY && r.group.key === key)).toMatchObject({
      status: 'WITHHELD',
      reason: 'TOO_FEW',
      contributors: 4,
    });
  });

  it('withholds a published group that differs from a released one by a single member (differencing)', async () => {
    const group = await gql.execute(
      'mutation($m: [String!]!) { createBenchmarkGroup(input: { name: "Drenthe zonder Assen", members: $m }) { key } }',
      { m: DRENTHE.filter((c) => c !== 'GM0106') },
      { as: analyst.caller },
    );
    const key = group.data!.createBenchmarkGroup.key;
    // private to NJi staff until published: analysts see internal figures, others nothing
    const internal = (await gql.execute(BENCHMARK, { key: KEY, group: { type: 'CUSTOM', code: key } }, { as: analyst.caller })).data!.benchmark;
    expect(internal).toMatchObject({ published: true, internal: true });
    const hidden = await gql.execute(BENCHMARK, { key: KEY, group: { type: 'CUSTOM', code: key } });
    expect(hidden.errors![0].extensions!.code).toBe('NOT_FOUND');
    await gql.execute(PUBLISH, { key }, { as: admin.caller });
    const b = (await gql.execute(BENCHMARK, { key: KEY, group: { type: 'CUSTOM', code: key } })).data!.benchmark;
    expect(b).toMatchObject({ published: false, withheldReason: 'PROTECTED', median: null, n: null });
    const rows = (await gql.execute(DISCLOSURE, {}, { as: admin.caller })).data!.benchmarkDisclosure.rows;
    expect(rows.find((r: { measure: string; group: { key: string } }) => r.measure === KEY && r.group.key === key)).toMatchObject({
      status: 'WITHHELD',
      reason: 'DIFFERENCING',
    });
    // the published province stays as it was
    const pv = (await gql.execute(BENCHMARK, { key: KEY, group: { type: 'PROVINCE', code: 'PV22' } })).data!.benchmark;
    expect(pv.published).toBe(true);
  });

  it('lets only analysts define groups, with known codes and enough members', async () => {
    const notAdmin = await gql.execute(PUBLISH, { key: 'CUSTOM:1' }, { as: analyst.caller });
    expect(notAdmin.errors![0].extensions!.code).toBe('FORBIDDEN');
    const denied = await gql.execute(
      'mutation { createBenchmarkGroup(input: { name: "x y z", members: ["GM0106", "GM0114", "GM0118", "GM1680", "GM1681"] }) { key } }',
      {},
      { as: editorAssen.caller },
    );
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const unknown = await gql.execute(
      'mutation { createBenchmarkGroup(input: { name: "Onbekend", members: ["GM9990", "GM0114", "GM0118", "GM1680", "GM1681"] }) { key } }',
      {},
      { as: analyst.caller },
    );
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'members' });
  });

  it('is recomputed when a response is submitted, but keeps showing its last release until five new contributors have come', async () => {
    const before = (await gql.execute(BENCHMARK, { key: KEY, group: { type: 'ALL' } })).data!.benchmark;
    await submitGenerated(['GM0363']);
    // what the submit mutation does after its transaction
    await gql.services.benchmarks.recompute(2026);
    const after = (await gql.execute(BENCHMARK, { key: KEY, group: { type: 'ALL' } })).data!.benchmark;
    // before and after one submission would give that municipality's value: the earlier release stays
    expect(after).toEqual(before);
    const rows = (await gql.execute(DISCLOSURE, {}, { as: admin.caller })).data!.benchmarkDisclosure.rows;
    expect(rows.find((r: { measure: string; group: { key: string } }) => r.measure === KEY && r.group.key === 'ALL')).toMatchObject({
      status: 'EARLIER_RELEASE',
      reason: 'OVER_TIME',
      contributors: before.n + 1,
      shownN: before.n,
      releaseCount: 1,
    });
    await submitGenerated(['GM0518', 'GM0599', 'GM0344', 'GM0855']);
    await gql.services.benchmarks.recompute(2026);
    const later = (await gql.execute(BENCHMARK, { key: KEY, group: { type: 'ALL' } })).data!.benchmark;
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM indicator_value WHERE indicator_key = $1 AND value IS NOT NULL`, [KEY]);
    if (n - before.n >= 5) {
      expect(later.n).toBe(n);
      expect(new Date(later.computedAt).getTime()).toBeGreaterThan(new Date(before.computedAt).getTime());
    } else expect(later).toEqual(before);
  });

  it('recomputing only around a submitted municipality gives exactly what a full recompute gives', async () => {
    const snapshot = async () =>
      db.dataSource.query<Record<string, unknown>[]>(
        `SELECT year, measure, group_key, status, reason, contributors, release_id, n, p10, q1, median, q3, p90
           FROM benchmark_aggregate ORDER BY year, measure, group_key`,
      );
    const releases = async () => (await db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM benchmark_release'))[0].n;
    const fresh = await db.dataSource.query<{ code: string }[]>(
      `SELECT code FROM municipality m WHERE valid_to IS NULL AND NOT EXISTS (SELECT 1 FROM response r WHERE r.municipality_id = m.id)
        ORDER BY code LIMIT 7`,
    );
    expect(fresh).toHaveLength(7);
    const releasedBefore = await releases();
    for (const { code } of fresh) {
      await submitGenerated([code]);
      await gql.services.benchmarks.recomputeAround(2026, code);
    }
    const around = await snapshot();
    const releasedAround = await releases();
    // five or more newcomers in the national group: the partial recompute did release something
    expect(releasedAround).toBeGreaterThan(releasedBefore);
    await gql.services.benchmarks.recompute();
    expect(await snapshot()).toEqual(around);
    expect(await releases()).toBe(releasedAround);
  });

  it('survives recomputes at the same time (two imports or submissions at once), ending with one set of aggregates', async () => {
    const count = async () => (await db.dataSource.query('SELECT count(*)::int AS n FROM benchmark_aggregate'))[0].n as number;
    await gql.services.benchmarks.recompute();
    const single = await count();
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map(() => gql.services.benchmarks.recompute()));
    expect(outcomes.filter((o) => o.status === 'rejected')).toEqual([]);
    expect(await count()).toBe(single);
  });

  it('gives an overview of all indicators for a group', async () => {
    const { data } = await gql.execute('{ benchmarks(year: 2026, group: { type: ALL }) { measure published } }');
    expect(data!.benchmarks).toHaveLength(INDICATORS_2026.length);
  });

  it("benchmarks Veilig Thuis rates only with the population of the figures' own year", async () => {
    // the real 84849NED extracts hold municipal figures for the first half of 2025, a year without
    // population figures in the reference data: no rate, so no benchmark (never another year's population)
    const { data, errors } = await gql.execute(
      '{ benchmarks(year: 2025, group: { type: ALL }, scope: VEILIG_THUIS) { measure published n median } }',
    );
    expect(errors).toBeUndefined();
    expect(data!.benchmarks).toEqual([]);
  });

  it('benchmarks Veilig Thuis rates per 1,000 from the published counts when figures of a year with population exist', async () => {
    // figures made up for this test (not real), imported through the normal path for six municipalities
    const raw: Record<string, [string, number]> = {
      GM0228: ['Ede', 347],
      GM0106: ['Assen', 268],
      GM0193: ['Zwolle', 512],
      GM0307: ['Amersfoort', 611],
      GM0200: ['Apeldoorn', 433],
      GM0202: ['Arnhem', 702],
    };
    const header = '"Kenmerken adviezen/meldingen";"Regio\'s";"Perioden";"Gestarte adviezen (aantal)";"Ontvangen meldingen (aantal)"';
    const rows = Object.values(raw).map(([name, value]) => `"Totaal";"${name}";"2024*";"${value + 40}";"${value}"`);
    const bytes = new TextEncoder().encode(`\ufeff${[header, ...rows].join('\r\n')}\r\n`);
    const report = await gql.services.cbsImport.importFromCommandLine({ bytes, fileName: 'test-2024.csv', tableId: '84849NED' });
    expect(report.problems).toEqual([]);
    await gql.services.benchmarks.recompute(2024);

    const population: { code: string; value: number }[] = await db.dataSource.query(
      `SELECT m.code, s.value FROM municipality_statistic s JOIN municipality m ON m.id = s.municipality_id
        WHERE s.variable = 'inwoners' AND s.year = 2024 AND m.code = ANY($1)`,
      [Object.keys(raw)],
    );
    expect(population).toHaveLength(6);
    // independently: round the count to 5, divide by the 2024 population, one decimal; nearest-rank median on a 0.5 grid
    const rates = population.map((p) => Math.round(((Math.round(raw[p.code][1] / 5) * 5) / p.value) * 1000 * 10) / 10).sort((a, b) => a - b);
    const median = Math.round(rates[Math.ceil(rates.length / 2) - 1] / 0.5) * 0.5;

    const { data, errors } = await gql.execute(
      '{ benchmarks(year: 2024, group: { type: ALL }, scope: VEILIG_THUIS) { measure published n median q1 } }',
    );
    expect(errors).toBeUndefined();
    const received = data!.benchmarks.find((b: { measure: string }) => b.measure === 'vt:ontvangen_meldingen:2024');
    expect(received).toMatchObject({ published: true, n: 6, median, q1: null });
  });

  it('reads the overview with a fixed number of queries, not one per indicator', async () => {
    sql.reset();
    const { data } = await gql.execute(
      '{ benchmarks(year: 2026, group: { type: PROVINCE }, municipalityCode: "GM0106") { measure ownValue ownQuartile median } }',
      {},
      { as: editorAssen.caller },
    );
    expect(data!.benchmarks).toHaveLength(INDICATORS_2026.length);
    expect(sql.statements).toBeLessThanOrEqual(8);
  });

  it('reads the detail page (one indicator against five groups) without repeating the shared reads per group', async () => {
    const detail = (types: string[]) =>
      `{ ${types.map((t) => `${t.toLowerCase()}: benchmark(indicatorKey: "${KEY}", year: 2026, group: { type: ${t} }, municipalityCode: "GM0106") { n median ownValue }`).join(' ')} }`;
    sql.reset();
    const one = await gql.execute(detail(['ALL']), {}, { as: editorAssen.caller });
    const single = sql.statements;
    sql.reset();
    const five = await gql.execute(detail(['ALL', 'PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION', 'SIZE_CLASS']), {}, { as: editorAssen.caller });
    expect(one.errors).toBeUndefined();
    expect(five.errors).toBeUndefined();
    expect(five.data!.all).toEqual(one.data!.all);
    // each further group adds its own aggregate read (and the access check), not the groups and own values again
    expect(sql.statements).toBeLessThanOrEqual(single + 4 * 2);
  });
});
