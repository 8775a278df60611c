import { computeIndicator, demoAnswers, INDICATORS_2026, QUESTIONNAIRE_2026, type AnswerValue, type Question } from '@monitor/domain';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, tokenCaller, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';

const YEAR = 2026;
const questions: Question[] = QUESTIONNAIRE_2026.sections.flatMap((s) => s.questions);
const alwaysShownYesNo = questions.filter((q) => q.type === 'YES_PARTLY_NO' && !q.showIf);

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let editorA: TestUser;
let colleagueA: TestUser;
let viewerA: TestUser;
let editorB: TestUser;
let analyst: TestUser;
let admin: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  // independent of the wall clock: the seeded questionnaire is open today
  await db.dataSource.query('UPDATE questionnaire SET opens_on = current_date - 10, closes_on = current_date + 30 WHERE year = $1', [YEAR]);
  gql = await createTestGraphQL(db.dataSource);
  editorA = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
  colleagueA = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
  viewerA = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
  editorB = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0344');
  analyst = await createUser(db.dataSource, 'ANALYST');
  admin = await createUser(db.dataSource, 'ADMIN');
});
afterAll(async () => {
  await gql.stop();
  await db.drop();
});

const SAVE = `mutation($input: SaveAnswersInput!) { saveAnswers(input: $input) { status answers { questionKey value version updatedBy } progress { percentage } } }`;
const READ = `query($code: String!, $year: Int!) { response(municipalityCode: $code, year: $year) {
  status isDemo answers { questionKey value version updatedBy } progress { percentage missingRequired sections { key answered required } }
  history(first: 500) { kind questionKey oldValue newValue version note changedBy } } }`;
const SUBMIT = `mutation($code: String!, $year: Int!) { submitResponse(municipalityCode: $code, year: $year) { status submittedAt } }`;
const save = (user: TestUser, code: string, answers: { questionKey: string; value: unknown; expectedVersion: number }[], year = YEAR) =>
  gql.execute(SAVE, { input: { municipalityCode: code, year, answers } }, { as: user.caller });
const read = (user: TestUser | null, code: string, year = YEAR) => gql.execute(READ, { code, year }, { as: user?.caller });
const versionOf = async (code: string, key: string) =>
  ((await read(editorA.municipalityCode === code ? editorA : analyst, code)).data!.response.answers.find(
    (a: { questionKey: string }) => a.questionKey === key,
  )?.version ?? 0) as number;

describe('autosave', () => {
  it('saves an answer with version 1, the author, and updated progress', async () => {
    const q = alwaysShownYesNo[0];
    const result = await save(editorA, 'GM0363', [{ questionKey: q.key, value: 'YES', expectedVersion: 0 }]);
    expect(result.errors).toBeUndefined();
    const saved = result.data!.saveAnswers.answers.find((a: { questionKey: string }) => a.questionKey === q.key);
    expect(saved).toMatchObject({ value: 'YES', version: 1, updatedBy: 'Test MUNICIPAL_EDITOR' });
    expect(result.data!.saveAnswers.progress.percentage).toBeGreaterThan(0);
  });

  it('never silently loses a colleague\u2019s answer: a stale save conflicts, shows both values and saves nothing', async () => {
    const [q, other] = [alwaysShownYesNo[1], alwaysShownYesNo[2]];
    await save(editorA, 'GM0363', [{ questionKey: q.key, value: 'PARTLY', expectedVersion: 0 }]);
    // colleague saves on top of version 1
    expect((await save(colleagueA, 'GM0363', [{ questionKey: q.key, value: 'NO', expectedVersion: 1 }])).errors).toBeUndefined();
    // editor A still thinks it is at version 1, and sends another answer in the same batch
    const stale = await save(editorA, 'GM0363', [
      { questionKey: other.key, value: 'YES', expectedVersion: 0 },
      { questionKey: q.key, value: 'YES', expectedVersion: 1 },
    ]);
    expect(stale.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      conflicts: [{ questionKey: q.key, yourValue: 'YES', currentValue: 'NO', currentVersion: 2, updatedBy: 'Test MUNICIPAL_EDITOR' }],
    });
    expect(await versionOf('GM0363', other.key)).toBe(0);
    // the user chooses their own value, now based on the current version
    const resolved = await save(editorA, 'GM0363', [{ questionKey: q.key, value: 'YES', expectedVersion: 2 }]);
    expect(resolved.errors).toBeUndefined();
    expect(await versionOf('GM0363', q.key)).toBe(3);
  });

  it('keeps a cleared answer\u2019s version so that later saves still detect conflicts', async () => {
    const q = alwaysShownYesNo[3];
    await save(editorA, 'GM0363', [{ questionKey: q.key, value: 'YES', expectedVersion: 0 }]);
    await save(editorA, 'GM0363', [{ questionKey: q.key, value: null, expectedVersion: 1 }]);
    const answer = (await read(editorA, 'GM0363')).data!.response.answers.find((a: { questionKey: string }) => a.questionKey === q.key);
    expect(answer).toMatchObject({ value: null, version: 2 });
  });
});

describe('bad input', () => {
  it('names every bad answer and saves nothing of the batch', async () => {
    // invalid values are refused before visibility matters, so these need not be visible
    const text = questions.find((q) => q.type === 'TEXT')!;
    const percentage = questions.find((q) => q.type === 'PERCENTAGE')!;
    const valid = alwaysShownYesNo[4];
    const hidden = questions.find((q) => q.showIf && 'question' in q.showIf && 'in' in q.showIf)!;
    const controller = (hidden.showIf as { question: string }).question;
    await save(editorA, 'GM0363', [{ questionKey: controller, value: 'NO', expectedVersion: await versionOf('GM0363', controller) }]);

    const bad = await save(editorA, 'GM0363', [
      { questionKey: valid.key, value: 'YES', expectedVersion: 0 },
      { questionKey: alwaysShownYesNo[5].key, value: 'MISSCHIEN', expectedVersion: 0 },
      { questionKey: percentage.key, value: 120, expectedVersion: 0 },
      { questionKey: text.key, value: 'x'.repeat((text.maxLength ?? 4000) + 1), expectedVersion: 0 },
      { questionKey: 'bestaat.niet', value: 'YES', expectedVersion: 0 },
      { questionKey: alwaysShownYesNo[6].key, value: 42, expectedVersion: 0 },
    ]);
    const fields = bad.errors![0].extensions!.fields as { field: string; message: string }[];
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(fields.map((f) => f.field).sort()).toEqual(
      [alwaysShownYesNo[5].key, percentage.key, text.key, 'bestaat.niet', alwaysShownYesNo[6].key].sort(),
    );
    expect(fields.every((f) => f.message.length > 5)).toBe(true);
    expect(await versionOf('GM0363', valid.key)).toBe(0);

    const toHidden = await save(editorA, 'GM0363', [
      { questionKey: valid.key, value: 'YES', expectedVersion: 0 },
      { questionKey: hidden.key, value: hidden.type === 'YES_PARTLY_NO' ? 'YES' : 1, expectedVersion: 0 },
    ]);
    expect(toHidden.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: hidden.key });
    expect(await versionOf('GM0363', valid.key)).toBe(0);
  });

  it('refuses saving after the closing date, with a clear reason', async () => {
    await db.dataSource.query('UPDATE questionnaire SET closes_on = current_date - 1 WHERE year = $1', [YEAR]);
    try {
      const closed = await save(editorA, 'GM0363', [{ questionKey: alwaysShownYesNo[7].key, value: 'YES', expectedVersion: 0 }]);
      expect(closed.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'QUESTIONNAIRE_NOT_OPEN' });
      expect(closed.errors![0].message).toMatch(/gesloten/);
    } finally {
      await db.dataSource.query('UPDATE questionnaire SET closes_on = current_date + 30 WHERE year = $1', [YEAR]);
    }
  });
});

/** All answers a complete, consistent response needs (generated, valid, visibility respected). */
async function fillCompletely(user: TestUser, code: string, year = YEAR, seedCode = code): Promise<Record<string, AnswerValue>> {
  const answers = demoAnswers({ ...QUESTIONNAIRE_2026, year }, seedCode, year);
  const current = new Map(
    ((await read(user, code, year)).data!.response.answers as { questionKey: string; version: number }[]).map((a) => [a.questionKey, a.version]),
  );
  // clear everything else first, so no stale answer makes a question hidden or visible
  const clear = [...current.keys()].filter((k) => !(k in answers)).map((k) => ({ questionKey: k, value: null, expectedVersion: current.get(k)! }));
  if (clear.length) expect((await save(user, code, clear, year)).errors).toBeUndefined();
  const items = Object.entries(answers).map(([questionKey, value]) => ({ questionKey, value, expectedVersion: current.get(questionKey) ?? 0 }));
  for (let i = 0; i < items.length; i += 150) {
    const result = await save(user, code, items.slice(i, i + 150), year);
    expect(result.errors).toBeUndefined();
  }
  return answers;
}

describe('submit and reopen', () => {
  it('refuses a submit with unanswered required questions and names them', async () => {
    const result = await gql.execute(SUBMIT, { code: 'GM0363', year: YEAR }, { as: editorA.caller });
    expect(result.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields.length).toBeGreaterThan(5);
  });

  it('locks the response, stores the indicators, and can be reopened by an administrator with a reason', async () => {
    const answers = await fillCompletely(editorA, 'GM0363');
    const submitted = await gql.execute(SUBMIT, { code: 'GM0363', year: YEAR }, { as: editorA.caller });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitResponse.status).toBe('SUBMITTED');

    const indicators = await gql.execute(
      'query { indicators(municipalityCode: "GM0363", year: 2026) { key computed value band bandLabel tips known unknown missing total } }',
      {},
      { as: viewerA.caller },
    );
    expect(indicators.data!.indicators).toHaveLength(INDICATORS_2026.length);
    for (const result of indicators.data!.indicators) {
      const definition = INDICATORS_2026.find((d) => d.key === result.key)!;
      // an independent computation of share-realised over the same answers
      const items = definition.formula.questions.map((k) => answers[k]);
      const known = items.filter((v) => v === 'YES' || v === 'PARTLY' || v === 'NO') as string[];
      const expected =
        known.length / items.length < (definition.minimumKnownShare ?? 0.5)
          ? null
          : Math.round((known.reduce((sum, v) => sum + (v === 'YES' ? 1 : v === 'PARTLY' ? 0.5 : 0), 0) / known.length) * 1000) / 10;
      expect(result.value).toBe(expected);
      expect(result.unknown).toBe(items.filter((v) => v === 'UNKNOWN').length);
      expect(result.value).toBe(computeIndicator(definition, answers).value);
      if (result.band) expect(result.tips.length).toBeGreaterThan(0);
    }

    const locked = await save(editorA, 'GM0363', [{ questionKey: alwaysShownYesNo[0].key, value: 'NO', expectedVersion: 99 }]);
    expect(locked.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESPONSE_SUBMITTED' });

    const notAdmin = await gql.execute(
      'mutation { reopenResponse(municipalityCode: "GM0363", year: 2026, reason: "correctie nodig") { status } }',
      {},
      { as: editorA.caller },
    );
    expect(notAdmin.errors![0].extensions!.code).toBe('FORBIDDEN');
    const reopened = await gql.execute(
      'mutation { reopenResponse(municipalityCode: "GM0363", year: 2026, reason: "Cijfer jeugdteams gecorrigeerd") { status } }',
      {},
      { as: admin.caller },
    );
    expect(reopened.data!.reopenResponse.status).toBe('DRAFT');
    const after = await gql.execute('query { indicators(municipalityCode: "GM0363", year: 2026) { computed } }', {}, { as: editorA.caller });
    expect(after.data!.indicators.every((i: { computed: boolean }) => !i.computed)).toBe(true);

    const history = (await read(viewerA, 'GM0363')).data!.response.history as { kind: string; note: string | null; changedBy: string }[];
    expect(history[0]).toMatchObject({ kind: 'REOPEN', note: 'Cijfer jeugdteams gecorrigeerd', changedBy: 'Test ADMIN' });
    expect(history.some((h) => h.kind === 'SUBMIT')).toBe(true);
    expect(history.filter((h) => h.kind === 'ANSWER').length).toBeGreaterThan(20);

    expect((await gql.execute(SUBMIT, { code: 'GM0363', year: YEAR }, { as: editorA.caller })).data!.submitResponse.status).toBe('SUBMITTED');
  });
});

describe('access', () => {
  it('lets editors write only their own municipality, viewers and NJi read, others nothing', async () => {
    const q = alwaysShownYesNo[0].key;
    const other = await save(editorB, 'GM0363', [{ questionKey: q, value: 'NO', expectedVersion: 0 }]);
    const unknown = await save(editorB, 'GM9999', [{ questionKey: q, value: 'NO', expectedVersion: 0 }]);
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
    // no difference between "not yours" and "does not exist"
    expect(other.errors![0].message).toBe(unknown.errors![0].message);
    expect((await read(editorB, 'GM0363')).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await save(viewerA, 'GM0363', [{ questionKey: q, value: 'NO', expectedVersion: 0 }])).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await read(viewerA, 'GM0363')).errors).toBeUndefined();
    expect((await read(analyst, 'GM0363')).errors).toBeUndefined();
    expect((await read(admin, 'GM0344')).errors).toBeUndefined();
    expect((await read(null, 'GM0363')).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('lets API tokens read or write only with the matching scope', async () => {
    const q = alwaysShownYesNo[8].key;
    const readOnly = tokenCaller(editorB, ['MUNICIPALITY_READ']);
    const writer = tokenCaller(editorB, ['MUNICIPALITY_WRITE']);
    const publicOnly = tokenCaller(editorB, ['PUBLIC_READ']);
    expect((await gql.execute(READ, { code: 'GM0344', year: YEAR }, { as: readOnly })).errors).toBeUndefined();
    expect((await gql.execute(READ, { code: 'GM0344', year: YEAR }, { as: publicOnly })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const input = { municipalityCode: 'GM0344', year: YEAR, answers: [{ questionKey: q, value: 'YES', expectedVersion: 0 }] };
    expect((await gql.execute(SAVE, { input }, { as: readOnly })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await gql.execute(SAVE, { input }, { as: writer })).errors).toBeUndefined();
  });
});

describe('years', () => {
  it('pre-fills from last year by question key, only into empty answers, and tracks indicators over time', async () => {
    const clone = await gql.execute('mutation { cloneQuestionnaire(fromYear: 2026, toYear: 2027) { year status } }', {}, { as: admin.caller });
    expect(clone.data!.cloneQuestionnaire).toEqual({ year: 2027, status: 'DRAFT' });
    // a draft can be edited; after opening it cannot
    const edited = await gql.execute(
      'mutation { updateQuestionnaire(year: 2027, changes: { opensOn: "2027-02-01", closesOn: "2027-11-30" }) { opensOn closesOn } }',
      {},
      { as: admin.caller },
    );
    expect(edited.data!.updateQuestionnaire).toEqual({ opensOn: '2027-02-01', closesOn: '2027-11-30' });
    await gql.execute('mutation { openQuestionnaire(year: 2027) { status } }', {}, { as: admin.caller });
    const frozen = await gql.execute(
      'mutation { updateQuestionnaire(year: 2027, changes: { closesOn: "2027-12-31" }) { year } }',
      {},
      { as: admin.caller },
    );
    expect(frozen.errors![0].extensions!.code).toBe('CONFLICT');
    await expect(db.dataSource.query(`UPDATE questionnaire SET definition = '{}' WHERE year = 2027`)).rejects.toThrow(/can no longer change/);
    await db.dataSource.query('UPDATE questionnaire SET opens_on = current_date - 1, closes_on = current_date + 30 WHERE year = 2027');

    const keep = alwaysShownYesNo[0].key;
    await save(editorA, 'GM0363', [{ questionKey: keep, value: 'UNKNOWN', expectedVersion: 0 }], 2027);
    const prefill = await gql.execute(
      'mutation { prefillFromPreviousYear(municipalityCode: "GM0363", year: 2027) { copied response { answers { questionKey value } } } }',
      {},
      { as: editorA.caller },
    );
    expect(prefill.errors).toBeUndefined();
    const previous = (await read(editorA, 'GM0363', 2026)).data!.response.answers.filter((a: { value: unknown }) => a.value !== null);
    expect(prefill.data!.prefillFromPreviousYear.copied).toBe(previous.length - 1);
    const now = new Map(
      prefill.data!.prefillFromPreviousYear.response.answers.map((a: { questionKey: string; value: unknown }) => [a.questionKey, a.value]),
    );
    expect(now.get(keep)).toBe('UNKNOWN');

    await fillCompletely(editorA, 'GM0363', 2027, 'GM0363-later');
    expect((await gql.execute(SUBMIT, { code: 'GM0363', year: 2027 }, { as: editorA.caller })).errors).toBeUndefined();
    const key = INDICATORS_2026[0].key;
    const series = await gql.execute(
      'query($k: String!) { indicatorHistory(municipalityCode: "GM0363", key: $k) { year value } }',
      { k: key },
      { as: viewerA.caller },
    );
    expect(series.data!.indicatorHistory.map((p: { year: number }) => p.year)).toEqual([2026, 2027]);
    const withChange = await gql.execute(
      'query { indicators(municipalityCode: "GM0363", year: 2027) { key value previousYear previousValue change } }',
      {},
      { as: viewerA.caller },
    );
    const first = withChange.data!.indicators.find((i: { key: string }) => i.key === key);
    expect(first.previousYear).toBe(2026);
    if (first.value !== null && first.previousValue !== null) {
      expect(first.change).toBeCloseTo(first.value - first.previousValue, 5);
    }
  });
});
