import { ANONYMOUS, EXPECTED_USE_OUTCOME } from '@monitor/domain';
import { countingLogger } from '../../../../test/counting-logger';
import { eventually } from '../../../../test/eventually';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, tokenCaller, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';
import { listenForDataChanges, type DataChanges } from '../../../db/data-changes';
import { SharedReadCache } from '../../../db/shared-read-cache';
import { seedDemoSupply } from '../../demo/demo-supply';

/**
 * The supply page's answer is kept in the shared read cache: the same answer as a server without
 * the cache computes, checked per caller first, and recomputed after any change of the data behind it.
 */

const CODE = 'GM0344';

const sql = countingLogger();

let db: TestDatabase;
let changes: DataChanges;
/** with the shared read cache, as in production */
let cached: Awaited<ReturnType<typeof createTestGraphQL>>;
/** without it: every answer recomputed from the database (and the writer, like another server process) */
let plain: Awaited<ReturnType<typeof createTestGraphQL>>;
let viewer: TestUser;
let editor: TestUser;
let otherEditor: TestUser;
let admin: TestUser;

beforeAll(async () => {
  db = await createTestDatabase({ logger: sql });
  await seedDemoSupply(db.dataSource, true);
  changes = await listenForDataChanges(db.dataSource);
  cached = await createTestGraphQL(db.dataSource, {}, new SharedReadCache(changes, 60_000));
  plain = await createTestGraphQL(db.dataSource);
  viewer = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', CODE);
  editor = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', CODE);
  otherEditor = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
  admin = await createUser(db.dataSource, 'ADMIN');
});
afterAll(async () => {
  await cached?.stop();
  await plain?.stop();
  await changes?.close();
  await db?.drop();
});

/** Everything the supply page asks, and the catalogue. */
const PAGE = `query($code: String!) {
  supplyAnalysis(municipalityCode: $code) {
    municipalityCode districtYear method thresholds { capacityShareOfNeed reachShareOfCapacity explanation }
    districts { code name boundary children needLow needHigh needStatus offers recognisedOffers matchingCapacity capacityPercentOfNeed
      reach reachStatus youthCarePerThousandChildren youthCareStatus targetGroups { targetGroup offers recognisedOffers capacity } }
    offers { id provider targetGroup preventionLevel districtCodes capacity reachLastYear waitingWeeks isDemo updatedAt
      intervention { id code name databank recognitionLevel recognised isDemo effectResultsPublished } }
    gaps { kind targetGroup offerId districtCodes explanation }
    expectedUse { year method rSquared fittedOn source districts { code name observedPercent expectedPercent ratio } } }
  interventions { id code name databank recognitionLevel recognised databankUrl isDemo effectResultsPublished } }`;

type Server = typeof cached;
type Page = Record<string, any>;

async function page(server: Server, as = viewer.caller): Promise<Page> {
  const { data, errors } = await server.execute(PAGE, { code: CODE }, { as });
  expect(errors).toBeUndefined();
  return data!;
}

/** Asks the cached server until its answer passes `done` (the change notification arrives asynchronously). */
const cachedPageWhen = (done: (answer: Page) => boolean): Promise<Page> => eventually(() => page(cached), done);

describe('the supply page from the shared read cache', () => {
  it('equals a recomputation, and a repeated request sends no SQL statement', async () => {
    const first = await page(cached);
    expect(first.supplyAnalysis.offers.length).toBeGreaterThan(0);
    expect(first.supplyAnalysis.expectedUse).not.toBeNull();
    // the notifications of the set-up's own writes (users, demo offers) may still arrive and empty the cache once
    const repeated = async () => {
      sql.reset();
      const answer = await page(cached);
      return { answer, statements: sql.statements };
    };
    const again = await eventually(repeated, (r) => r.statements === 0);
    expect(again.statements).toBe(0);
    expect(again.answer).toEqual(first);
    expect(await page(plain)).toEqual(first);
  });

  it('shows a new offer, and its removal, in the next answer', async () => {
    const before = await page(cached);
    const intervention = before.interventions[0];
    const saved = await plain.execute<{ saveCareOffer: { id: string } }>(
      'mutation($input: CareOfferInput!) { saveCareOffer(input: $input) { id } }',
      {
        input: {
          municipalityCode: CODE,
          interventionId: intervention.id,
          targetGroup: 'PARENTS',
          preventionLevel: 'INDICATED',
          provider: 'Aanbieder na de cache',
          districtCodes: ['WK034401'],
          capacity: 40,
        },
      },
      { as: editor.caller },
    );
    expect(saved.errors).toBeUndefined();
    const id = saved.data!.saveCareOffer.id;
    const withOffer = await cachedPageWhen((answer) => answer.supplyAnalysis.offers.some((o: { id: string }) => o.id === id));
    expect(withOffer.supplyAnalysis.offers).toHaveLength(before.supplyAnalysis.offers.length + 1);
    expect(withOffer).toEqual(await page(plain));
    expect(withOffer.supplyAnalysis.districts).not.toEqual(before.supplyAnalysis.districts);

    const removed = await plain.execute(`mutation { deleteCareOffer(municipalityCode: "${CODE}", id: "${id}") }`, undefined, { as: editor.caller });
    expect(removed.errors).toBeUndefined();
    const without = await cachedPageWhen((answer) => !answer.supplyAnalysis.offers.some((o: { id: string }) => o.id === id));
    expect(without).toEqual(before);
  });

  it('shows new risk-factor data (a re-import) in the next answer', async () => {
    const before = await page(cached);
    const district = before.supplyAnalysis.expectedUse.districts.find((d: { observedPercent: number | null }) => d.observedPercent !== null);
    const setObserved = (value: number, checksum: string) =>
      db.dataSource.transaction(async (tx) => {
        await tx.query(
          `UPDATE risk_factor_value v SET value = $1 FROM risk_factor_area a
            WHERE a.id = v.area_id AND a.code = $2 AND a.division_year = 2017 AND v.variable = $3`,
          [value, district.code, EXPECTED_USE_OUTCOME],
        );
        // what an import of changed files records, and what the models are refitted on
        await tx.query(`UPDATE reference_dataset SET checksum = $1 WHERE name = 'risicofactoren'`, [checksum]);
      });
    const [{ checksum }] = await db.dataSource.query<{ checksum: string }[]>(`SELECT checksum FROM reference_dataset WHERE name = 'risicofactoren'`);
    const [{ value: stored }] = await db.dataSource.query<{ value: number }[]>(
      `SELECT v.value FROM risk_factor_value v JOIN risk_factor_area a ON a.id = v.area_id
        WHERE a.code = $1 AND a.division_year = 2017 AND v.variable = $2`,
      [district.code, EXPECTED_USE_OUTCOME],
    );
    await setObserved(stored + 10, `${checksum}-gewijzigd`);
    try {
      const changed = await cachedPageWhen(
        (answer) =>
          answer.supplyAnalysis.expectedUse.districts.find((d: { code: string }) => d.code === district.code).observedPercent !==
          district.observedPercent,
      );
      const observed = changed.supplyAnalysis.expectedUse.districts.find((d: { code: string }) => d.code === district.code).observedPercent;
      expect(observed).toBeCloseTo(district.observedPercent + 10, 6);
      expect(changed).toEqual(await page(plain));
    } finally {
      await setObserved(stored, checksum);
    }
    expect(await cachedPageWhen((answer) => JSON.stringify(answer) === JSON.stringify(before))).toEqual(before);
  });

  it('shows a catalogue change in the next answer', async () => {
    const saved = await plain.execute<{ saveIntervention: { id: string } }>(
      'mutation($input: InterventionInput!) { saveIntervention(input: $input) { id } }',
      { input: { name: 'Interventie na de cache', databank: 'NJI', recognitionLevel: 'WELL_FOUNDED' } },
      { as: admin.caller },
    );
    expect(saved.errors).toBeUndefined();
    const answer = await cachedPageWhen((a) => a.interventions.some((i: { id: string }) => i.id === saved.data!.saveIntervention.id));
    expect(answer).toEqual(await page(plain));
  });

  it('still checks every caller first: a cached answer reaches nobody the server without the cache refuses', async () => {
    await page(cached);
    const analysisOnly = `query($code: String!) { supplyAnalysis(municipalityCode: $code) { municipalityCode districts { code needLow } } }`;
    const refusals = async (as: typeof viewer.caller) =>
      Promise.all(
        [cached, plain].map(async (server) => (await server.execute(analysisOnly, { code: CODE }, { as })).errors?.map((e) => e.extensions?.code)),
      );
    expect(await refusals(otherEditor.caller)).toEqual([['NOT_FOUND'], ['NOT_FOUND']]);
    // signed out, and a token that may read public data only
    for (const caller of [ANONYMOUS, tokenCaller(viewer, ['PUBLIC_READ'])]) {
      const [withCache, without] = await refusals(caller);
      expect(withCache).toEqual(without);
      expect(withCache).toHaveLength(1);
    }
  });
});
