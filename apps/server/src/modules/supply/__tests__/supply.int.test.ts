import { createUser, type TestUser } from '../../../../test/factories';
import { readReferenceCsv, useGraphQLDatabase } from '../../../../test/reference-csv';
import { seedDemoSupply } from '../../demo/demo-supply';

const env = useGraphQLDatabase();
let viewer: TestUser;
let editor: TestUser;
let otherEditor: TestUser;
let admin: TestUser;
let analyst: TestUser;
let knowledgeEditor: TestUser;

const CODE = 'GM0344';

beforeAll(async () => {
  await seedDemoSupply(env.db.dataSource, true);
  viewer = await createUser(env.db.dataSource, 'MUNICIPAL_VIEWER', CODE);
  editor = await createUser(env.db.dataSource, 'MUNICIPAL_EDITOR', CODE);
  otherEditor = await createUser(env.db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
  admin = await createUser(env.db.dataSource, 'ADMIN');
  analyst = await createUser(env.db.dataSource, 'ANALYST');
  knowledgeEditor = await createUser(env.db.dataSource, 'KNOWLEDGE_EDITOR');
});

interface AuditRow {
  type: string;
  actor_label: string;
  subject_type: string;
  subject_id: string;
  subject_label: string;
  details: Record<string, unknown>;
}

/** The audit log's entries for one subject, oldest first, straight from the table. */
function auditOf(subjectType: string, subjectId: string): Promise<AuditRow[]> {
  return env.db.dataSource.query<AuditRow[]>(
    'SELECT type, actor_label, subject_type, subject_id, subject_label, details FROM audit_event WHERE subject_type = $1 AND subject_id = $2 ORDER BY id',
    [subjectType, subjectId],
  );
}

const ANALYSIS = `query($code: String!) { supplyAnalysis(municipalityCode: $code) {
  municipalityCode districtYear method thresholds { capacityShareOfNeed reachShareOfCapacity explanation }
  districts { code name children needLow needHigh needStatus offers recognisedOffers matchingCapacity capacityPercentOfNeed reach reachStatus
    youthCarePerThousandChildren youthCareStatus targetGroups { targetGroup offers recognisedOffers capacity } }
  offers { id provider targetGroup preventionLevel districtCodes capacity reachLastYear waitingWeeks isDemo intervention { name recognised isDemo } }
  gaps { kind targetGroup offerId districtCodes explanation }
  expectedUse { year rSquared fittedOn method districts { code observedPercent expectedPercent ratio } } } }`;

interface OfferRow {
  id: number;
  target_group: string;
  prevention_level: string;
  district_codes: string[];
  capacity: number | null;
  reach_last_year: number | null;
  recognition_level: string;
}
interface DistrictRow {
  code: string;
  children: number | null;
  estimate: { low: number | null; high: number | null; status: string } | null;
}
interface AnalysedDistrict {
  code: string;
  needLow: number | null;
  matchingCapacity: number;
  capacityPercentOfNeed: number | null;
  offers: number;
  recognisedOffers: number;
  reach: number | null;
  reachStatus: string;
  youthCarePerThousandChildren: number | null;
  targetGroups: { targetGroup: string; offers: number; recognisedOffers: number; capacity: number }[];
}

async function analysis(as = viewer.caller) {
  const { data, errors } = await env.gql.execute(ANALYSIS, { code: CODE }, { as });
  expect(errors).toBeUndefined();
  return data!.supplyAnalysis;
}

/** The offers straight from the tables, and the published districts from the public districts query. */
async function sources() {
  const offers = await env.db.dataSource.query<OfferRow[]>(
    `SELECT c.id, c.target_group, c.prevention_level, c.district_codes, c.capacity, c.reach_last_year, i.recognition_level
       FROM care_offer c JOIN intervention i ON i.id = c.intervention_id WHERE c.municipality_code = $1`,
    [CODE],
  );
  const { data } = await env.gql.execute(`{ districts(municipalityCode: "${CODE}") { code children estimate { low high status } } }`);
  return { offers, districts: data!.districts as DistrictRow[] };
}

/** Capacity share of each offer per district, by children (equal when a served district has no count): written out here, apart from the domain code. */
function shareOf(offer: OfferRow, code: string, districts: DistrictRow[]): number {
  const served = districts.filter((d) => offer.district_codes.includes(d.code));
  if (!served.some((d) => d.code === code)) return 0;
  if (served.every((d) => d.children && d.children > 0))
    return districts.find((d) => d.code === code)!.children! / served.reduce((s, d) => s + d.children!, 0);
  return 1 / served.length;
}

const RECOGNISED = ['WELL_FOUNDED', 'FIRST_INDICATIONS', 'GOOD_INDICATIONS', 'STRONG_INDICATIONS', 'EFFECTIVE'];

describe('coverage per district, recomputed from the rows', () => {
  it('matches the need, capacity, percentages and counts per target group', async () => {
    const result = await analysis();
    const { offers, districts } = await sources();
    expect(offers.length).toBe(7); // six offers plus one of an intervention with (synthetic) effect figures
    expect(result.districts.length).toBe(districts.length);
    for (const district of result.districts as AnalysedDistrict[]) {
      const published = districts.find((d) => d.code === district.code)!;
      const needLow = published.estimate?.status === 'PUBLISHED' ? published.estimate.low : null;
      expect(district.needLow).toBe(needLow);
      const serving = offers.filter((o) => o.district_codes.includes(district.code));
      const capacity = serving
        .filter((o) => o.prevention_level === 'INDICATED' || o.prevention_level === 'CARE')
        .reduce((s, o) => s + (o.capacity ?? 0) * shareOf(o, district.code, districts), 0);
      expect(district.matchingCapacity).toBe(Math.round(capacity));
      expect(district.capacityPercentOfNeed).toBe(needLow ? Math.round((100 * Math.round(capacity)) / needLow) : null);
      expect(district.offers).toBe(serving.length);
      expect(district.recognisedOffers).toBe(serving.filter((o) => RECOGNISED.includes(o.recognition_level)).length);
      for (const group of district.targetGroups) {
        const forGroup = serving.filter((o) => o.target_group === group.targetGroup);
        expect(group.offers).toBe(forGroup.length);
        expect(group.capacity).toBe(Math.round(forGroup.reduce((s, o) => s + (o.capacity ?? 0) * shareOf(o, district.code, districts), 0)));
      }
      const reach = serving.reduce((s, o) => s + (o.reach_last_year ?? 0) * shareOf(o, district.code, districts), 0);
      if (reach >= 20 && Math.round(reach / 10) * 10 >= 20) expect(district.reach).toBe(Math.round(reach / 10) * 10);
      else expect([district.reach, district.reachStatus]).toEqual([null, 'SUPPRESSED']);
    }
  });

  it('flags the gaps of the demo offer: no recognised offer for young people, low reach, capacity below half the lower estimate', async () => {
    const result = await analysis();
    const { offers } = await sources();
    const missing = result.gaps.filter((g: { kind: string }) => g.kind === 'NO_RECOGNISED_OFFER');
    const youth = missing.find((g: { targetGroup: string }) => g.targetGroup === 'YOUTH_12_18');
    expect(youth.districtCodes.length).toBe(result.districts.length);
    const lowReach = offers.filter((o) => o.capacity && o.reach_last_year !== null && o.reach_last_year < 0.5 * o.capacity).map((o) => String(o.id));
    expect(
      result.gaps
        .filter((g: { kind: string }) => g.kind === 'LOW_REACH')
        .map((g: { offerId: string }) => g.offerId)
        .sort(),
    ).toEqual(lowReach.sort());
    const below = (result.districts as AnalysedDistrict[])
      .filter((d) => d.capacityPercentOfNeed !== null && d.capacityPercentOfNeed < 50)
      .map((d) => d.code);
    const capacityGap = result.gaps.find((g: { kind: string }) => g.kind === 'CAPACITY_BELOW_NEED');
    expect(capacityGap?.districtCodes ?? []).toEqual(below);
    expect(below.length).toBeGreaterThan(0);
    expect(result.thresholds.explanation).toContain('geen landelijke norm');
  });

  it('labels demo offers and demo catalogue entries as demo', async () => {
    const result = await analysis();
    expect(result.offers.every((o: { isDemo: boolean; intervention: { isDemo: boolean; name: string } }) => o.isDemo && o.intervention.isDemo)).toBe(
      true,
    );
    expect(result.offers.every((o: { intervention: { name: string } }) => o.intervention.name.startsWith('Demo: '))).toBe(true);
  });
});

describe('youth care and expected use, from the real reference files', () => {
  it('shows youth care per 1,000 children from the 2022 district with the same code and name', async () => {
    const rows = readReferenceCsv('risk-factors/wijken_risicofactoren.csv').filter((r) => r.jaar === '2022' && r.gm_code_2026 === CODE);
    const result = await analysis();
    let compared = 0;
    for (const district of result.districts as AnalysedDistrict[]) {
      const row = rows.find((r) => r.wijk_code === district.code);
      if (!row || !row.jongeren_met_jeugdzorg_0_22 || !row.kinderen_0_14 || Number(row.kinderen_0_14) < 1000) continue;
      expect(district.youthCarePerThousandChildren).toBe(
        Math.round((Number(row.jongeren_met_jeugdzorg_0_22) / Number(row.kinderen_0_14)) * 10000) / 10,
      );
      compared++;
    }
    expect(compared).toBeGreaterThan(5);
  });

  it('shows the observed SCP share next to the expectation, with their ratio', async () => {
    const rows = readReferenceCsv('risk-factors/wijken_risicofactoren.csv').filter((r) => r.jaar === '2017' && r.gm_code_2026 === CODE);
    const { expectedUse } = await analysis();
    expect(expectedUse.year).toBe(2017);
    expect(expectedUse.method).toContain('niet het SCP-model zelf');
    expect(expectedUse.fittedOn).toBeGreaterThan(2000);
    expect(expectedUse.districts.length).toBe(rows.length);
    for (const district of expectedUse.districts) {
      const observed = rows.find((r) => r.wijk_code === district.code)!.scp_pct_jeugdhulp_zonder_verblijf;
      expect(district.observedPercent).toBe(observed === '' ? null : Number(observed));
      if (district.ratio !== null) expect(Math.abs(district.ratio - district.observedPercent / district.expectedPercent)).toBeLessThan(0.02);
    }
  });
});

const SAVE_OFFER = `mutation($input: CareOfferInput!) { saveCareOffer(input: $input) { id provider districtCodes isDemo intervention { name } } }`;

describe('registering the offer', () => {
  async function interventionId(): Promise<string> {
    const { data } = await env.gql.execute('{ interventions { id name } }');
    return data!.interventions[0].id;
  }
  const input = async (overrides: Record<string, unknown> = {}) => ({
    municipalityCode: CODE,
    interventionId: await interventionId(),
    targetGroup: 'YOUTH_12_18',
    preventionLevel: 'INDICATED',
    provider: 'Testaanbieder',
    districtCodes: ['WK034401'],
    capacity: 30,
    reachLastYear: 25,
    waitingWeeks: 3,
    ...overrides,
  });

  it('lets the municipality’s editor add, change and remove an offer, which the analysis then counts', async () => {
    const { data, errors } = await env.gql.execute(SAVE_OFFER, { input: await input() }, { as: editor.caller });
    expect(errors).toBeUndefined();
    expect(data!.saveCareOffer).toMatchObject({ provider: 'Testaanbieder', districtCodes: ['WK034401'], isDemo: false });
    const id = data!.saveCareOffer.id;
    const changed = await env.gql.execute(SAVE_OFFER, { input: await input({ id, provider: 'Andere aanbieder' }) }, { as: editor.caller });
    expect(changed.data!.saveCareOffer.provider).toBe('Andere aanbieder');
    expect((await analysis()).offers.some((o: { id: string }) => o.id === id)).toBe(true);
    const removed = await env.gql.execute(`mutation { deleteCareOffer(municipalityCode: "${CODE}", id: "${id}") }`, undefined, { as: editor.caller });
    expect(removed.data!.deleteCareOffer).toBe(true);
    expect((await analysis()).offers.some((o: { id: string }) => o.id === id)).toBe(false);
  });

  it('refuses districts of another municipality, naming the field', async () => {
    const { errors } = await env.gql.execute(SAVE_OFFER, { input: await input({ districtCodes: ['WK036300'] }) }, { as: editor.caller });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.districtCodes' });
  });

  it('gives another municipality’s editor "not found", for reading and for writing', async () => {
    const read = await env.gql.execute(ANALYSIS, { code: CODE }, { as: otherEditor.caller });
    expect(read.errors![0].extensions?.code).toBe('NOT_FOUND');
    const write = await env.gql.execute(SAVE_OFFER, { input: await input() }, { as: otherEditor.caller });
    expect(write.errors![0].extensions?.code).toBe('NOT_FOUND');
    const analystRead = await env.gql.execute(ANALYSIS, { code: CODE }, { as: analyst.caller });
    expect(analystRead.errors).toBeUndefined();
  });
});

describe('the catalogue', () => {
  const SAVE = `mutation($input: InterventionInput!) { saveIntervention(input: $input) { id name databank recognitionLevel recognised isDemo } }`;

  it('takes entries from administrators, with a level the databank awards', async () => {
    const { data } = await env.gql.execute(
      SAVE,
      { input: { name: 'Testinterventie', databank: 'MOVISIE', recognitionLevel: 'WELL_DESCRIBED' } },
      { as: admin.caller },
    );
    expect(data!.saveIntervention).toMatchObject({ name: 'Testinterventie', recognised: false, isDemo: false });
    const wrong = await env.gql.execute(
      SAVE,
      { input: { name: 'Fout niveau', databank: 'NJI', recognitionLevel: 'EFFECTIVE' } },
      { as: admin.caller },
    );
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.recognitionLevel' });
    const twice = await env.gql.execute(
      SAVE,
      { input: { name: 'Testinterventie', databank: 'NONE', recognitionLevel: 'NOT_ASSESSED' } },
      { as: admin.caller },
    );
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.name' });
  });

  it('is not editable by a municipality', async () => {
    const { errors } = await env.gql.execute(
      SAVE,
      { input: { name: 'X', databank: 'NONE', recognitionLevel: 'NOT_ASSESSED' } },
      { as: editor.caller },
    );
    expect(errors![0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the catalogue kept by NJi staff', () => {
  const SAVE = `mutation($input: InterventionInput!) { saveIntervention(input: $input) { id code name databank recognitionLevel databankUrl } }`;

  it('lets knowledge editors add and change entries, deriving a fixed code from the name', async () => {
    const added = await env.gql.execute(
      SAVE,
      { input: { name: 'Gezinsgerichte aanpak één', databank: 'NJI', recognitionLevel: 'WELL_FOUNDED' } },
      { as: knowledgeEditor.caller },
    );
    expect(added.errors).toBeUndefined();
    expect(added.data!.saveIntervention).toMatchObject({ code: 'gezinsgerichte-aanpak-een', databankUrl: null });
    const id = added.data!.saveIntervention.id;
    const changed = await env.gql.execute(
      SAVE,
      { input: { id, name: 'Gezinsgerichte aanpak', databank: 'NJI', recognitionLevel: 'GOOD_INDICATIONS', databankUrl: 'https://www.nji.nl/x' } },
      { as: knowledgeEditor.caller },
    );
    expect(changed.data!.saveIntervention).toMatchObject({
      code: 'gezinsgerichte-aanpak-een',
      name: 'Gezinsgerichte aanpak',
      recognitionLevel: 'GOOD_INDICATIONS',
    });
    const recode = await env.gql.execute(
      SAVE,
      { input: { id, code: 'andere-code', name: 'Gezinsgerichte aanpak', databank: 'NJI', recognitionLevel: 'GOOD_INDICATIONS' } },
      { as: admin.caller },
    );
    expect(recode.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.code' });
  });

  it('names the field of every refused value', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ name: '  ', databank: 'NONE', recognitionLevel: 'NOT_ASSESSED' }, 'BAD_USER_INPUT', 'input.name'],
      [{ name: 'Slechte code', code: 'Slechte Code', databank: 'NONE', recognitionLevel: 'NOT_ASSESSED' }, 'BAD_USER_INPUT', 'input.code'],
      [{ name: 'Geen adres', databank: 'NONE', recognitionLevel: 'NOT_ASSESSED', databankUrl: 'nji.nl' }, 'BAD_USER_INPUT', 'input.databankUrl'],
      [{ name: 'Andere naam', code: 'gezinsgerichte-aanpak-een', databank: 'NONE', recognitionLevel: 'NOT_ASSESSED' }, 'CONFLICT', 'input.code'],
    ];
    for (const [input, code, field] of cases) {
      const { errors } = await env.gql.execute(SAVE, { input }, { as: admin.caller });
      expect({ field, extensions: errors![0].extensions }).toMatchObject({ field, extensions: { code, field } });
    }
  });

  it('is not editable by analysts', async () => {
    const { errors } = await env.gql.execute(
      SAVE,
      { input: { name: 'X', databank: 'NONE', recognitionLevel: 'NOT_ASSESSED' } },
      { as: analyst.caller },
    );
    expect(errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('writes who added and changed an entry, and what changed, to the audit log', async () => {
    const { data } = await env.gql.execute(
      SAVE,
      { input: { name: 'Auditinterventie', databank: 'MOVISIE', recognitionLevel: 'WELL_DESCRIBED' } },
      { as: admin.caller },
    );
    const id = data!.saveIntervention.id;
    await env.gql.execute(
      SAVE,
      { input: { id, name: 'Auditinterventie', databank: 'MOVISIE', recognitionLevel: 'EFFECTIVE' } },
      { as: knowledgeEditor.caller },
    );
    const events = await auditOf('Intervention', id);
    expect(events.map((e) => e.type)).toEqual(['INTERVENTION_CREATED', 'INTERVENTION_CHANGED']);
    expect(events[0].actor_label).toContain(admin.email);
    expect(events[0].details).toMatchObject({
      code: 'auditinterventie',
      name: 'Auditinterventie',
      databank: 'Movisie Databank Effectieve sociale interventies',
    });
    expect(events[1].actor_label).toContain(knowledgeEditor.email);
    expect(events[1].details).toEqual({ changes: { recognitionLevel: 'Goed beschreven → Effectief' } });
  });
});

describe('audit of the offer', () => {
  it('writes every create, change and delete of an offer with who and what, visible in the admin audit log', async () => {
    const { data: catalogue } = await env.gql.execute('{ interventions { id name } }');
    const input = {
      municipalityCode: CODE,
      interventionId: catalogue!.interventions[0].id,
      targetGroup: 'PARENTS',
      preventionLevel: 'SELECTIVE',
      provider: 'Auditaanbieder',
      districtCodes: ['WK034401'],
      capacity: 10,
    };
    const created = await env.gql.execute(SAVE_OFFER, { input }, { as: editor.caller });
    const id = created.data!.saveCareOffer.id;
    await env.gql.execute(SAVE_OFFER, { input: { ...input, id, capacity: 12, provider: 'Auditaanbieder 2' } }, { as: editor.caller });
    await env.gql.execute(`mutation { deleteCareOffer(municipalityCode: "${CODE}", id: "${id}") }`, undefined, { as: editor.caller });
    const events = await auditOf('CareOffer', id);
    expect(events.map((e) => e.type)).toEqual(['CARE_OFFER_CREATED', 'CARE_OFFER_CHANGED', 'CARE_OFFER_DELETED']);
    for (const event of events) expect(event.actor_label).toContain(editor.email);
    expect(events[0].details).toMatchObject({ municipalityCode: CODE, provider: 'Auditaanbieder', capacity: 10, districtCodes: 'WK034401' });
    expect(events[1].details).toEqual({
      municipalityCode: CODE,
      changes: { provider: 'Auditaanbieder → Auditaanbieder 2', capacity: '10 → 12' },
    });
    expect(events[2].subject_label).toBe(`${catalogue!.interventions[0].name} (Auditaanbieder 2), ${CODE}`);
    const page = await env.gql.execute(
      `{ auditEvents(first: 10, filter: { type: "CARE_OFFER_DELETED" }) { edges { node { type subjectId actorLabel details } } } }`,
      undefined,
      { as: admin.caller },
    );
    expect(page.data!.auditEvents.edges.map((e: { node: { subjectId: string } }) => e.node.subjectId)).toContain(id);
  });

  it('writes nothing when the offer is refused or not there', async () => {
    const [{ n: before }] = await env.db.dataSource.query<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM audit_event WHERE type LIKE 'CARE_OFFER_%'",
    );
    await env.gql.execute(`mutation { deleteCareOffer(municipalityCode: "${CODE}", id: "999999") }`, undefined, { as: editor.caller });
    await env.gql.execute(`mutation { deleteCareOffer(municipalityCode: "${CODE}", id: "1") }`, undefined, { as: otherEditor.caller });
    const [{ n: after }] = await env.db.dataSource.query<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM audit_event WHERE type LIKE 'CARE_OFFER_%'",
    );
    expect(after).toBe(before);
  });
});

describe('demo data outside demo mode', () => {
  it('is removed, offers and unused demo catalogue entries alike', async () => {
    await seedDemoSupply(env.db.dataSource, false);
    const [row] = await env.db.dataSource.query<{ offers: number; entries: number }[]>(
      'SELECT (SELECT count(*)::int FROM care_offer WHERE is_demo) AS offers, (SELECT count(*)::int FROM intervention WHERE is_demo) AS entries',
    );
    expect(row).toEqual({ offers: 0, entries: 0 });
  });
});
