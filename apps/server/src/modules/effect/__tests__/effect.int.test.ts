import { createHmac } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';
import { LinkEffectInterventions1769600000000 } from '../../../db/migrations/1769600000000-LinkEffectInterventions';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let editor: TestUser;
let otherEditor: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  gql = await createTestGraphQL(db.dataSource);
  editor = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
  otherEditor = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0344');
  analyst = await createUser(db.dataSource, 'ANALYST');
  // scores reference the intervention catalogue (supply module) by code
  await db.dataSource.query(`INSERT INTO intervention (code, name, databank, recognition_level) VALUES
    ('signs-of-safety', 'Signs of Safety', 'MOVISIE', 'WELL_DESCRIBED'), ('nieuw-aanbod', 'Nieuw aanbod', 'NONE', 'NOT_ASSESSED'),
    ('klein-aanbod', 'Klein aanbod', 'NJI', 'WELL_FOUNDED')`);
});
afterAll(async () => {
  await gql.stop();
  await db.drop();
});

const HEADER = 'traject;meetmoment;beoordelaar;score;interventie;wijk';
const UPLOAD =
  'mutation($code: String!, $csv: String!) { uploadEffectScores(municipalityCode: $code, csv: $csv) { scores trajectories newReleases } }';
const PUBLICATIONS = `query($subject: String) { effectPublications(subject: $subject, first: 100) { kind subject measure status synthetic releasedAt
  change { rater n meanFirst meanLast meanChange medianChange improvedShare }
  agreement { n units alpha pairs { first second n meanDifference withinOnePointShare } } } }`;
const SCORES =
  'query($code: String!) { effectScores(municipalityCode: $code, first: 5000) { trajectory moment rater score intervention districtCode synthetic } }';

/** 12 trajectories with three raters at three moments, spread over a few scores; deterministic. */
function cohortCsv(prefix: string, count: number, intervention: string, district: string): string {
  const lines = [HEADER];
  for (let t = 0; t < count; t++) {
    for (let moment = 0; moment < 3; moment++) {
      const helper = Math.min(10, 2 + (t % 4) + moment * (1 + (t % 3)));
      lines.push(`${prefix}-${t + 1};${moment};hulpverlener;${helper};${intervention};${district}`);
      lines.push(`${prefix}-${t + 1};${moment};ouder;${Math.min(10, helper + (t % 2))};${intervention};${district}`);
      if (t % 3 !== 0) lines.push(`${prefix}-${t + 1};${moment};kind;${Math.max(0, helper - 1 + (t % 2))};${intervention};${district}`);
    }
  }
  return lines.join('\n');
}

async function upload(csv: string, as = editor, code = 'GM0363') {
  return gql.execute(UPLOAD, { code, csv }, { as: as.caller });
}

const countScores = async () => (await db.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM effect_score'))[0].n;

interface StoredRow {
  trajectory: string;
  moment: number;
  rater: string;
  score: number;
}

async function storedRows(intervention: string): Promise<StoredRow[]> {
  return db.dataSource.query<StoredRow[]>('SELECT trajectory, moment, rater, score FROM effect_score WHERE intervention = $1', [intervention]);
}

/** Krippendorff's alpha (interval) the textbook way, through the coincidence matrix (not the domain's pairwise formula). */
function alphaByCoincidences(rows: StoredRow[]): number {
  const units = new Map<string, number[]>();
  for (const row of rows) units.set(`${row.trajectory}@${row.moment}`, [...(units.get(`${row.trajectory}@${row.moment}`) ?? []), row.score]);
  const o = new Map<string, number>();
  for (const values of units.values()) {
    if (values.length < 2) continue;
    for (let i = 0; i < values.length; i++)
      for (let j = 0; j < values.length; j++)
        if (i !== j) o.set(`${values[i]},${values[j]}`, (o.get(`${values[i]},${values[j]}`) ?? 0) + 1 / (values.length - 1));
  }
  const marginal = new Map<number, number>();
  for (const [pair, count] of o) marginal.set(Number(pair.split(',')[0]), (marginal.get(Number(pair.split(',')[0])) ?? 0) + count);
  const n = [...marginal.values()].reduce((a, b) => a + b, 0);
  let observed = 0;
  for (const [pair, count] of o) {
    const [c, k] = pair.split(',').map(Number);
    observed += count * (c - k) ** 2;
  }
  let expected = 0;
  for (const [c, nc] of marginal) for (const [k, nk] of marginal) expected += nc * nk * (c - k) ** 2;
  return 1 - (n - 1) * (observed / expected);
}

describe('uploading scores', () => {
  it('stores pseudonyms under the municipality’s key, never the trajectory numbers', async () => {
    const { data, errors } = await upload(cohortCsv('SOS', 12, 'signs-of-safety', 'WK0363MG'));
    expect(errors).toBeUndefined();
    expect(data!.uploadEffectScores).toMatchObject({ trajectories: 12, scores: 12 * 3 * 2 + 8 * 3 });
    const [key] = await db.dataSource.query<{ secret: Buffer }[]>("SELECT secret FROM effect_pseudonym_key WHERE municipality_code = 'GM0363'");
    const expected = createHmac('sha256', key.secret).update('SOS-1').digest('hex');
    const stored = await db.dataSource.query<{ trajectory: string }[]>('SELECT DISTINCT trajectory FROM effect_score');
    expect(stored.map((r) => r.trajectory)).toContain(expected);
    expect(stored.some((r) => r.trajectory.includes('SOS'))).toBe(false);
    const dump = JSON.stringify(await db.dataSource.query('SELECT * FROM effect_score'));
    expect(dump).not.toMatch(/SOS-\d/);
  });

  it.each([
    ['a BSN-like number', 'SOS-1;0;ouder;4;signs-of-safety;\n111222333;0;ouder;4;signs-of-safety;', 3, /burgerservicenummer/],
    [
      'a date of birth',
      'SOS-1;0;ouder;4;signs-of-safety;\nSOS-2;0;ouder;4;signs-of-safety;\nSOS-3;0;ouder;4;signs-of-safety;WK0363MG 12-03-2014',
      4,
      /datum/,
    ],
    ['a name', 'SOS-1;0;ouder;4;Jan de Vries;', 2, /naam/],
  ])('refuses %s with the line number and stores nothing', async (_what, lines, line, message) => {
    const before = await countScores();
    const { data, errors } = await upload(`${HEADER}\n${lines}`);
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv', line });
    expect(errors![0].message).toMatch(new RegExp(`^Regel ${line}, `));
    expect(errors![0].message).toMatch(message);
    expect(await countScores()).toBe(before);
  });

  it('stores nothing when only the last of many lines is wrong', async () => {
    const before = await countScores();
    const valid = cohortCsv('NEW', 5, 'nieuw-aanbod', '');
    const { errors } = await upload(`${valid}\nNEW-9;0;ouder;11;nieuw-aanbod;`);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', line: valid.split('\n').length + 1, field: 'csv' });
    expect(await countScores()).toBe(before);
  });

  it('refuses identifying data in the form, naming the field', async () => {
    const { errors } = await gql.execute(
      `mutation { saveEffectTrajectory(input: { municipalityCode: "GM0363", trajectoryId: "03-11-2015", intervention: "signs-of-safety",
        scores: [{ moment: 0, rater: HELPER, score: 4 }] }) { scores } }`,
      undefined,
      { as: editor.caller },
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.trajectoryId' });
  });
});

describe('published figures', () => {
  it('recompute independently: change per trajectory (last minus first moment) and Krippendorff’s alpha from the stored rows', async () => {
    const { data } = await gql.execute(PUBLICATIONS, { subject: 'signs-of-safety' });
    const byMeasure = Object.fromEntries(data!.effectPublications.map((p: { measure: string }) => [p.measure, p]));
    const [sql] = await db.dataSource.query<{ n: number; mean_change: number; mean_first: number; median: number; improved: number }[]>(
      `WITH ends AS (
         SELECT DISTINCT trajectory,
                first_value(score) OVER w AS first, last_value(score) OVER w AS last
           FROM effect_score WHERE intervention = 'signs-of-safety' AND rater = 'HELPER'
         WINDOW w AS (PARTITION BY trajectory ORDER BY moment ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING))
       SELECT count(*)::int AS n, avg(last - first)::float AS mean_change, avg(first)::float AS mean_first,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY last - first)::float AS median,
              avg(CASE WHEN last - first >= 2 THEN 1 ELSE 0 END)::float AS improved
         FROM ends`,
    );
    expect(byMeasure.CHANGE_HELPER).toMatchObject({ status: 'PUBLISHED', synthetic: false });
    expect(byMeasure.CHANGE_HELPER.change.n).toBe(sql.n);
    expect(byMeasure.CHANGE_HELPER.change.meanChange).toBeCloseTo(sql.mean_change, 1);
    expect(Math.abs(byMeasure.CHANGE_HELPER.change.meanChange - sql.mean_change)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(byMeasure.CHANGE_HELPER.change.meanFirst - sql.mean_first)).toBeLessThanOrEqual(0.05);
    expect(byMeasure.CHANGE_HELPER.change.medianChange).toBe(sql.median);
    expect(Math.abs(byMeasure.CHANGE_HELPER.change.improvedShare - sql.improved)).toBeLessThanOrEqual(0.005);
    const alpha = alphaByCoincidences(await storedRows('signs-of-safety'));
    expect(Math.abs(byMeasure.AGREEMENT.agreement.alpha - alpha)).toBeLessThanOrEqual(0.005);
    expect(byMeasure.AGREEMENT.agreement.n).toBe(12);
  });

  it('recomputes the parent–helper difference and the share within one point from the stored rows', async () => {
    const { data } = await gql.execute(PUBLICATIONS, { subject: 'signs-of-safety' });
    const agreement = data!.effectPublications.find((p: { measure: string }) => p.measure === 'AGREEMENT').agreement;
    const [sql] = await db.dataSource.query<{ n: number; mean: number; within: number }[]>(
      `SELECT count(*)::int AS n, avg(p.score - h.score)::float AS mean, avg(CASE WHEN abs(p.score - h.score) <= 1 THEN 1 ELSE 0 END)::float AS within
         FROM effect_score p JOIN effect_score h ON h.trajectory = p.trajectory AND h.moment = p.moment AND h.rater = 'HELPER'
        WHERE p.rater = 'PARENT' AND p.intervention = 'signs-of-safety'`,
    );
    expect(agreement.pairs[0]).toMatchObject({ first: 'PARENT', second: 'HELPER', n: sql.n });
    expect(Math.abs(agreement.pairs[0].meanDifference - sql.mean)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(agreement.pairs[0].withinOnePointShare - sql.within)).toBeLessThanOrEqual(0.005);
    // children scored in 8 of the 12 trajectories: fewer than 10, so their pairs are not published
    expect(agreement.pairs[1]).toEqual({ first: 'CHILD', second: 'HELPER', n: 0, meanDifference: null, withinOnePointShare: null });
  });

  it('withholds groups below 10 trajectories without any figure or count', async () => {
    await upload(cohortCsv('KLEIN', 4, 'klein-aanbod', ''));
    const { data } = await gql.execute(PUBLICATIONS, { subject: 'klein-aanbod' });
    expect(data!.effectPublications.length).toBeGreaterThan(0);
    for (const publication of data!.effectPublications)
      expect(publication).toMatchObject({ status: 'PROTECTED', change: null, agreement: null, releasedAt: null });
    // the children's change in signs-of-safety has 8 trajectories: protected too
    const sos = await gql.execute(PUBLICATIONS, { subject: 'signs-of-safety' });
    expect(sos.data!.effectPublications.find((p: { measure: string }) => p.measure === 'CHANGE_CHILD')).toMatchObject({
      status: 'PROTECTED',
      change: null,
    });
  });

  it('keeps the earlier release when a few trajectories are added (no before/after differencing)', async () => {
    const before = (await gql.execute(PUBLICATIONS, { subject: 'signs-of-safety' })).data!.effectPublications;
    await upload(cohortCsv('LATER', 2, 'signs-of-safety', 'WK0363MG'));
    const after = (await gql.execute(PUBLICATIONS, { subject: 'signs-of-safety' })).data!.effectPublications;
    const helperBefore = before.find((p: { measure: string }) => p.measure === 'CHANGE_HELPER');
    const helperAfter = after.find((p: { measure: string }) => p.measure === 'CHANGE_HELPER');
    expect(helperAfter.status).toBe('EARLIER_RELEASE');
    expect(helperAfter.change).toEqual(helperBefore.change);
  });

  it('keeps the ledger append-only', async () => {
    await expect(db.dataSource.query('UPDATE effect_release SET statistics = $1', ['{}'])).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query('DELETE FROM effect_release')).rejects.toThrow(/append-only/);
  });
});

describe('who sees the scores', () => {
  it('shows pseudonymised scores to the municipality and NJi, "not found" to another municipality', async () => {
    const own = await gql.execute(SCORES, { code: 'GM0363' }, { as: editor.caller });
    expect(own.data!.effectScores.length).toBe(await countScores());
    expect(own.data!.effectScores[0].trajectory).toMatch(/^[0-9a-f]{16}$/);
    const nji = await gql.execute(SCORES, { code: 'GM0363' }, { as: analyst.caller });
    expect(nji.data!.effectScores.length).toBe(own.data!.effectScores.length);
    const other = await gql.execute(SCORES, { code: 'GM0363' }, { as: otherEditor.caller });
    expect(other.errors![0].extensions?.code).toBe('NOT_FOUND');
    const anonymous = await gql.execute(SCORES, { code: 'GM0363' });
    expect(anonymous.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('does not let another municipality upload for this one', async () => {
    const { errors } = await upload(cohortCsv('X', 1, 'signs-of-safety', ''), otherEditor, 'GM0363');
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain(errors![0].extensions?.code);
  });
});

describe('one intervention catalogue for supply and effects', () => {
  it('refuses a code that is not in the catalogue, naming the line and the field, and stores nothing', async () => {
    const before = await countScores();
    const { errors } = await upload(`${HEADER}\nCAT-1;0;ouder;4;signs-of-safety;\nCAT-2;0;ouder;4;onbekende-aanpak;`);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'csv', line: 3 });
    expect(errors![0].message).toMatch(/^Regel 3, interventie: "onbekende-aanpak" staat niet in de interventiecatalogus/);
    const form = await gql.execute(
      `mutation { saveEffectTrajectory(input: { municipalityCode: "GM0363", trajectoryId: "CAT-3", intervention: "onbekende-aanpak",
        scores: [{ moment: 0, rater: HELPER, score: 4 }] }) { scores } }`,
      undefined,
      { as: editor.caller },
    );
    expect(form.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.intervention' });
    expect(await countScores()).toBe(before);
  });

  it('names the catalogue entry with its recognition level, and tells the catalogue which interventions have figures', async () => {
    const { data } = await gql.execute(`{ effectPublications(kind: INTERVENTION, first: 100) { subject status
      intervention { code name databank recognitionLevel effectResultsPublished } } }`);
    const sos = data!.effectPublications.find((p: { subject: string }) => p.subject === 'signs-of-safety');
    expect(sos.intervention).toEqual({
      code: 'signs-of-safety',
      name: 'Signs of Safety',
      databank: 'MOVISIE',
      recognitionLevel: 'WELL_DESCRIBED',
      effectResultsPublished: true,
    });
    const small = data!.effectPublications.find((p: { subject: string }) => p.subject === 'klein-aanbod');
    expect(small.intervention).toMatchObject({ code: 'klein-aanbod', effectResultsPublished: false });
    const catalogue = await gql.execute('{ interventions { code effectResultsPublished } }');
    const published = await db.dataSource.query<{ subject: string }[]>(
      "SELECT DISTINCT subject FROM effect_publication WHERE group_kind = 'INTERVENTION' AND status IN ('PUBLISHED', 'EARLIER_RELEASE') ORDER BY subject",
    );
    expect(
      catalogue
        .data!.interventions.filter((i: { effectResultsPublished: boolean }) => i.effectResultsPublished)
        .map((i: { code: string }) => i.code)
        .sort(),
    ).toEqual(published.map((row) => row.subject));
  });

  it('migrates scores stored under a code without catalogue entry: the entry is created, the scores keep their figures', async () => {
    const runner = db.dataSource.createQueryRunner();
    const migration = new LinkEffectInterventions1769600000000();
    try {
      await migration.down(runner);
      await runner.query(`INSERT INTO effect_score (municipality_code, trajectory, moment, rater, score, intervention)
                          VALUES ('GM0363', repeat('a', 64), 0, 'PARENT', 5, 'oude-sleutel')`);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    const entries = await db.dataSource.query<{ code: string; name: string; databank: string; recognition_level: string }[]>(
      "SELECT code, name, databank, recognition_level FROM intervention WHERE code IN ('oude-sleutel', 'signs-of-safety') ORDER BY code",
    );
    expect(entries).toEqual([
      { code: 'oude-sleutel', name: 'Oude Sleutel', databank: 'NONE', recognition_level: 'NOT_ASSESSED' },
      { code: 'signs-of-safety', name: 'Signs of Safety', databank: 'MOVISIE', recognition_level: 'WELL_DESCRIBED' },
    ]);
    await expect(
      db.dataSource.query(`INSERT INTO effect_score (municipality_code, trajectory, moment, rater, score, intervention)
                           VALUES ('GM0363', repeat('b', 64), 0, 'PARENT', 5, 'niet-in-catalogus')`),
    ).rejects.toThrow(/effect_score_intervention_fkey/);
  });
});
