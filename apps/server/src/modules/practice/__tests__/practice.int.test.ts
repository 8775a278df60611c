import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, tokenCaller, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let editorA: TestUser;
let viewerA: TestUser;
let editorB: TestUser;
let analyst: TestUser;
let admin: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  gql = await createTestGraphQL(db.dataSource);
  editorA = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
  viewerA = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
  editorB = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0344');
  analyst = await createUser(db.dataSource, 'ANALYST');
  admin = await createUser(db.dataSource, 'ADMIN');
});
afterAll(async () => {
  await gql.stop();
  await db.drop();
});

const FIELDS = `id municipalityCode municipalityName indicatorKey indicatorLabel theme title measure html band bandLabel bandYear bandValue
  contact { name email } source authorName hidden hiddenReason canEdit`;
const PUBLISH = `mutation($input: PublishPracticeExampleInput!) { publishPracticeExample(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: Int!, $input: PracticeExampleContentInput!) { updatePracticeExample(id: $id, input: $input) { ${FIELDS} } }`;
const HIDE = `mutation($id: Int!, $hidden: Boolean!, $reason: String) { setPracticeExampleHidden(id: $id, hidden: $hidden, reason: $reason) { id hidden hiddenReason } }`;
const ONE = `query($id: Int!) { practiceExample(id: $id) { ${FIELDS} } }`;
const LIST = `query($indicatorKey: String, $theme: String, $municipalityCode: String, $search: String) {
  practiceExamples(indicatorKey: $indicatorKey, theme: $theme, municipalityCode: $municipalityCode, search: $search, first: 50) { ${FIELDS} } }`;

function input(overrides: Record<string, unknown> = {}) {
  return {
    municipalityCode: 'GM0363',
    indicatorKey: 'meldcode',
    title: 'Meldcode in alle subsidies',
    measure: 'Meldcode als subsidievoorwaarde',
    bodyMarkdown: 'Wij vragen elke gesubsidieerde organisatie naar haar **meldcode**.',
    contactConsent: false,
    contactName: null,
    contactEmail: null,
    ...overrides,
  };
}

/** A submitted response of the municipality with this value for the indicator (a fixture, as the questionnaire would leave it). */
async function submittedValue(code: string, key: string, value: number, band: string): Promise<void> {
  const [{ id }] = await db.dataSource.query<{ id: number }[]>(
    `INSERT INTO response (questionnaire_id, municipality_id, status, submitted_at)
     SELECT q.id, m.id, 'SUBMITTED', now() FROM questionnaire q, municipality m WHERE q.year = 2026 AND m.code = $1 AND m.valid_to IS NULL
     ON CONFLICT (questionnaire_id, municipality_id) DO UPDATE SET status = 'SUBMITTED', submitted_at = now() RETURNING id`,
    [code],
  );
  await db.dataSource.query('DELETE FROM indicator_value WHERE response_id = $1 AND indicator_key = $2', [id, key]);
  await db.dataSource.query(
    `INSERT INTO indicator_value (response_id, indicator_key, value, band, known, unknown, missing, total) VALUES ($1, $2, $3, $4, 4, 0, 0, 4)`,
    [id, key, value, band],
  );
}

describe('the seeded examples', () => {
  it('are Rotterdam, Amsterdam and Den Haag, attributed to the monitor’s source documents, without band or contact', async () => {
    const { data, errors } = await gql.execute(LIST, {}, { as: viewerA.caller });
    expect(errors).toBeUndefined();
    const seeded = data!.practiceExamples.filter((e: { authorName: string }) => e.authorName === 'Redactie monitor (startinhoud)');
    expect(seeded.map((e: { municipalityCode: string }) => e.municipalityCode).sort()).toEqual(['GM0363', 'GM0518', 'GM0599']);
    for (const example of seeded) {
      expect(example.source).toMatch(/niet geschreven of gecontroleerd door de gemeente/);
      expect(example.html).toMatch(/niet geschreven of gecontroleerd door de gemeente/);
      expect(example).toMatchObject({ band: null, contact: null, hidden: false });
    }
    const text = seeded.map((e: { html: string }) => e.html).join(' ');
    for (const name of ['Sociale Index', 'Wijkprofiel', 'GGD', 'vier sporen', 'Veilig Verder', 'Signs of Safety']) expect(text).toContain(name);
  });

  it('are found by indicator, theme and Dutch full-text search', async () => {
    const byIndicator = (await gql.execute(LIST, { indicatorKey: 'stoppen_geweld' }, { as: analyst.caller })).data!.practiceExamples;
    expect(byIndicator.map((e: { municipalityCode: string }) => e.municipalityCode)).toContain('GM0518');
    expect(byIndicator.every((e: { indicatorKey: string }) => e.indicatorKey === 'stoppen_geweld')).toBe(true);
    const byTheme = (await gql.execute(LIST, { theme: 'Eerder en beter in beeld' }, { as: analyst.caller })).data!.practiceExamples;
    expect(byTheme.length).toBeGreaterThanOrEqual(2);
    expect(byTheme.every((e: { theme: string }) => e.theme === 'Eerder en beter in beeld')).toBe(true);
    // "schaalscore" is stemmed: the Den Haag text says "schaalscores"
    const found = (await gql.execute(LIST, { search: 'schaalscore' }, { as: analyst.caller })).data!.practiceExamples;
    expect(found.map((e: { municipalityCode: string }) => e.municipalityCode)).toEqual(['GM0518']);
  });
});

describe('publishing', () => {
  it('keeps the band the municipality had for the indicator, from its latest submitted value', async () => {
    await submittedValue('GM0344', 'meldcode', 55, 'PARTIAL');
    const { data, errors } = await gql.execute(PUBLISH, { input: input({ municipalityCode: 'GM0344' }) }, { as: editorB.caller });
    expect(errors).toBeUndefined();
    expect(data!.publishPracticeExample).toMatchObject({
      municipalityCode: 'GM0344',
      indicatorLabel: 'Meldcode',
      theme: 'Eerder en beter in beeld',
      band: 'PARTIAL',
      bandLabel: 'deels gerealiseerd',
      bandYear: 2026,
      bandValue: 55,
      canEdit: true,
    });
    // the band is a snapshot: a later value does not change the published example
    await submittedValue('GM0344', 'meldcode', 90, 'HIGH');
    const again = await gql.execute(ONE, { id: data!.publishPracticeExample.id }, { as: analyst.caller });
    expect(again.data!.practiceExample).toMatchObject({ band: 'PARTIAL', bandValue: 55, canEdit: false });
  });

  it('has no band when the municipality has submitted no value for the indicator', async () => {
    const { data } = await gql.execute(PUBLISH, { input: input({ indicatorKey: 'nazorg' }) }, { as: editorA.caller });
    expect(data!.publishPracticeExample).toMatchObject({ band: null, bandYear: null, bandValue: null });
  });

  it('renders Markdown through the knowledge base’s sanitiser', async () => {
    const body = 'Tekst <script>alert(1)</script> [klik](javascript:alert(1)) en **vet**.';
    const { data } = await gql.execute(PUBLISH, { input: input({ bodyMarkdown: body }) }, { as: editorA.caller });
    const html = data!.publishPracticeExample.html as string;
    expect(html).toContain('<strong>vet</strong>');
    expect(html).not.toMatch(/<script|href="javascript:/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('is audited with the publisher', async () => {
    const { data } = await gql.execute(PUBLISH, { input: input({ title: 'Geaudit voorbeeld' }) }, { as: editorA.caller });
    const rows = await db.dataSource.query<{ type: string; actor_user_id: string; subject_label: string }[]>(
      `SELECT type, actor_user_id, subject_label FROM audit_event WHERE subject_type = 'PracticeExample' AND subject_id = $1`,
      [String(data!.publishPracticeExample.id)],
    );
    expect(rows).toEqual([{ type: 'PRACTICE_EXAMPLE_PUBLISHED', actor_user_id: editorA.id, subject_label: 'Geaudit voorbeeld' }]);
  });

  it('names the offending field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ title: '  ' }, 'input.title'],
      [{ measure: '' }, 'input.measure'],
      [{ bodyMarkdown: ' ' }, 'input.bodyMarkdown'],
      [{ indicatorKey: 'bestaat_niet' }, 'input.indicatorKey'],
      [{ contactName: 'An de Vries' }, 'input.contactConsent'],
      [{ contactConsent: true, contactEmail: 'an@gemeente.nl' }, 'input.contactName'],
      [{ contactConsent: true, contactName: 'An', contactEmail: 'geen adres' }, 'input.contactEmail'],
    ];
    for (const [overrides, field] of cases) {
      const { errors } = await gql.execute(PUBLISH, { input: input(overrides) }, { as: editorA.caller });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('is for the editors of the municipality itself', async () => {
    const other = await gql.execute(PUBLISH, { input: input({ municipalityCode: 'GM0363' }) }, { as: editorB.caller });
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
    for (const caller of [viewerA.caller, analyst.caller, admin.caller]) {
      expect((await gql.execute(PUBLISH, { input: input() }, { as: caller })).errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const token = tokenCaller(editorA, ['PUBLIC_READ', 'MUNICIPALITY_READ', 'MUNICIPALITY_WRITE']);
    expect((await gql.execute(PUBLISH, { input: input() }, { as: token })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('contact person', () => {
  it('is shown to every participant with consent, and removed when consent is withdrawn', async () => {
    const withContact = input({ title: 'Met contact', contactConsent: true, contactName: 'An de Vries', contactEmail: 'an.devries@gemeente.nl' });
    const { data } = await gql.execute(PUBLISH, { input: withContact }, { as: editorA.caller });
    const id = data!.publishPracticeExample.id as number;
    for (const caller of [viewerA.caller, editorB.caller, analyst.caller]) {
      const seen = await gql.execute(ONE, { id }, { as: caller });
      expect(seen.data!.practiceExample.contact).toEqual({ name: 'An de Vries', email: 'an.devries@gemeente.nl' });
    }
    const { municipalityCode: _code, indicatorKey: _key, ...content } = input({ title: 'Zonder contact' });
    const updated = await gql.execute(UPDATE, { id, input: content }, { as: editorA.caller });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updatePracticeExample).toMatchObject({ title: 'Zonder contact', contact: null });
    const [stored] = await db.dataSource.query<{ contact_name: string | null; contact_email: string | null }[]>(
      'SELECT contact_name, contact_email FROM practice_example WHERE id = $1',
      [id],
    );
    expect(stored).toEqual({ contact_name: null, contact_email: null });
  });

  it('cannot be stored without consent, not even by SQL', async () => {
    await expect(
      db.dataSource.query(
        `INSERT INTO practice_example (municipality_code, indicator_key, theme, title, measure, body_markdown, contact_name, author_name)
         VALUES ('GM0363', 'meldcode', 'x', 't', 'm', 'b', 'An', 'x')`,
      ),
    ).rejects.toThrow(/practice_contact_only_with_consent/);
  });
});

describe('changing and hiding', () => {
  it('lets only the municipality’s own editors change an example', async () => {
    const { data } = await gql.execute(PUBLISH, { input: input({ title: 'Te wijzigen' }) }, { as: editorA.caller });
    const id = data!.publishPracticeExample.id as number;
    const { municipalityCode: _code, indicatorKey: _key, ...content } = input({ title: 'Gewijzigd' });
    expect((await gql.execute(UPDATE, { id, input: content }, { as: editorB.caller })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await gql.execute(UPDATE, { id, input: content }, { as: viewerA.caller })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await gql.execute(UPDATE, { id: 999999, input: content }, { as: editorA.caller })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const ok = await gql.execute(UPDATE, { id, input: content }, { as: editorA.caller });
    expect(ok.data!.updatePracticeExample.title).toBe('Gewijzigd');
  });

  it('hides an example for others (audited, with a reason), keeps it visible to administrators and its municipality', async () => {
    const { data } = await gql.execute(PUBLISH, { input: input({ title: 'Te verbergen' }) }, { as: editorA.caller });
    const id = data!.publishPracticeExample.id as number;
    const noReason = await gql.execute(HIDE, { id, hidden: true }, { as: admin.caller });
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect((await gql.execute(HIDE, { id, hidden: true, reason: 'x' }, { as: editorA.caller })).errors![0].extensions!.code).toBe('FORBIDDEN');
    const hidden = await gql.execute(HIDE, { id, hidden: true, reason: 'Bevat persoonsgegevens' }, { as: admin.caller });
    expect(hidden.data!.setPracticeExampleHidden).toEqual({ id, hidden: true, hiddenReason: 'Bevat persoonsgegevens' });

    expect((await gql.execute(ONE, { id }, { as: editorB.caller })).data!.practiceExample).toBeNull();
    expect((await gql.execute(ONE, { id }, { as: analyst.caller })).data!.practiceExample).toBeNull();
    const listed = (await gql.execute(LIST, {}, { as: editorB.caller })).data!.practiceExamples.map((e: { id: number }) => e.id);
    expect(listed).not.toContain(id);
    expect((await gql.execute(ONE, { id }, { as: viewerA.caller })).data!.practiceExample).toMatchObject({ hidden: true });
    expect((await gql.execute(LIST, {}, { as: admin.caller })).data!.practiceExamples.map((e: { id: number }) => e.id)).toContain(id);

    await gql.execute(HIDE, { id, hidden: false }, { as: admin.caller });
    expect((await gql.execute(ONE, { id }, { as: editorB.caller })).data!.practiceExample).toMatchObject({ hidden: false, hiddenReason: null });
    const types = await db.dataSource.query<{ type: string }[]>(
      `SELECT type FROM audit_event WHERE subject_type = 'PracticeExample' AND subject_id = $1 ORDER BY id`,
      [String(id)],
    );
    expect(types.map((t) => t.type)).toEqual(['PRACTICE_EXAMPLE_PUBLISHED', 'PRACTICE_EXAMPLE_HIDDEN', 'PRACTICE_EXAMPLE_SHOWN']);
  });
});

describe('visibility', () => {
  it('is for signed-in participants only: not anonymous visitors, not API tokens', async () => {
    expect((await gql.execute(LIST, {})).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const token = tokenCaller(viewerA, ['PUBLIC_READ', 'MUNICIPALITY_READ']);
    expect((await gql.execute(LIST, {}, { as: token })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a malformed municipality filter, naming it', async () => {
    const { errors } = await gql.execute(LIST, { municipalityCode: 'XX' }, { as: viewerA.caller });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityCode' });
  });
});
