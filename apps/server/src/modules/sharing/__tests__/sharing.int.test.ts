import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';

// Assen, Aa en Hunze and Emmen: Veilig Thuis-regio Drenthe (VT02); Groningen is elsewhere
let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let assen: TestUser;
let assenViewer: TestUser;
let aaEnHunze: TestUser;
let emmen: TestUser;
let groningen: TestUser;
let admin: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  gql = await createTestGraphQL(db.dataSource);
  assen = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0106');
  assenViewer = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0106');
  aaEnHunze = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM1680');
  emmen = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0114');
  groningen = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0014');
  admin = await createUser(db.dataSource, 'ADMIN');
  analyst = await createUser(db.dataSource, 'ANALYST');
});
afterAll(async () => {
  await gql.stop();
  await db.drop();
});

const PROPOSE = `mutation($codes: [String!]!) { proposeSharingAgreement(input: { scope: "VEILIG_THUIS_REGION", title: "Drenthe deelt", municipalityCodes: $codes }) {
  id status regionCode members { municipalityCode state } } }`;
const RESPOND =
  'mutation($id: ID!, $accept: Boolean!) { respondToSharingAgreement(id: $id, accept: $accept) { status members { municipalityCode state } } }';
const WITHDRAW = 'mutation($id: ID!) { withdrawFromSharingAgreement(id: $id) { status } }';
const READ_AA = '{ response(municipalityCode: "GM1680", year: 2026) { status } }';
const auditTypes = async () =>
  (await db.dataSource.query("SELECT type FROM audit_event WHERE type LIKE 'AGREEMENT_%' ORDER BY id")).map((r: { type: string }) => r.type);

describe('sharing agreements', () => {
  it('go from proposed to active when every invitee accepts, and end for a member at once on withdrawal', async () => {
    const proposed = await gql.execute(PROPOSE, { codes: ['GM1680', 'GM0114'] }, { as: assen.caller });
    expect(proposed.errors).toBeUndefined();
    const { id, status, regionCode, members } = proposed.data!.proposeSharingAgreement;
    expect({ status, regionCode }).toEqual({ status: 'PROPOSED', regionCode: 'VT02' });
    expect(members).toEqual(
      expect.arrayContaining([
        { municipalityCode: 'GM0106', state: 'ACCEPTED' },
        { municipalityCode: 'GM1680', state: 'INVITED' },
      ]),
    );

    // not yet active: Assen cannot read Aa en Hunze
    expect((await gql.execute(READ_AA, {}, { as: assen.caller })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await gql.execute(RESPOND, { id, accept: true }, { as: aaEnHunze.caller })).data!.respondToSharingAgreement.status).toBe('PROPOSED');
    expect((await gql.execute(READ_AA, {}, { as: assen.caller })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await gql.execute(RESPOND, { id, accept: true }, { as: emmen.caller })).data!.respondToSharingAgreement.status).toBe('ACTIVE');

    // active: members (editors and viewers) see each other by name; others do not
    expect((await gql.execute(READ_AA, {}, { as: assen.caller })).errors).toBeUndefined();
    expect((await gql.execute(READ_AA, {}, { as: assenViewer.caller })).errors).toBeUndefined();
    expect((await gql.execute(READ_AA, {}, { as: groningen.caller })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const shared = await gql.execute(
      'query($id: ID!) { sharedIndicators(agreementId: $id, year: 2026) { municipalityName } }',
      { id },
      { as: assen.caller },
    );
    expect(shared.errors).toBeUndefined();
    expect(
      (await gql.execute('query($id: ID!) { sharedIndicators(agreementId: $id, year: 2026) { municipalityName } }', { id }, { as: groningen.caller }))
        .errors![0].extensions!.code,
    ).toBe('NOT_FOUND');
    // sharing is for reading only
    const write = await gql.execute(
      'mutation { saveAnswers(input: { municipalityCode: "GM1680", year: 2026, answers: [{ questionKey: "x", value: "YES", expectedVersion: 0 }] }) { status } }',
      {},
      { as: assen.caller },
    );
    expect(write.errors![0].extensions!.code).toBe('NOT_FOUND');

    // Aa en Hunze withdraws: effective immediately for Aa en Hunze; Assen and Emmen still share
    expect((await gql.execute(WITHDRAW, { id }, { as: aaEnHunze.caller })).data!.withdrawFromSharingAgreement.status).toBe('ACTIVE');
    expect((await gql.execute(READ_AA, {}, { as: assen.caller })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await gql.execute('{ response(municipalityCode: "GM0114", year: 2026) { status } }', {}, { as: assen.caller })).errors).toBeUndefined();
    expect((await gql.execute(WITHDRAW, { id }, { as: emmen.caller })).data!.withdrawFromSharingAgreement.status).toBe('ENDED');
    expect(
      (await gql.execute('{ response(municipalityCode: "GM0114", year: 2026) { status } }', {}, { as: assen.caller })).errors![0].extensions!.code,
    ).toBe('NOT_FOUND');

    expect(await auditTypes()).toEqual([
      'AGREEMENT_PROPOSED',
      'AGREEMENT_ACCEPTED',
      'AGREEMENT_ACCEPTED',
      'AGREEMENT_WITHDRAWN',
      'AGREEMENT_WITHDRAWN',
    ]);
  });

  it('ends when an invitee declines', async () => {
    const { id } = (await gql.execute(PROPOSE, { codes: ['GM1680'] }, { as: assen.caller })).data!.proposeSharingAgreement;
    expect((await gql.execute(RESPOND, { id, accept: false }, { as: aaEnHunze.caller })).data!.respondToSharingAgreement.status).toBe('ENDED');
    expect((await gql.execute(RESPOND, { id, accept: true }, { as: aaEnHunze.caller })).errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('only invites municipalities of the same region, and only non-members cannot respond', async () => {
    const outside = await gql.execute(PROPOSE, { codes: ['GM0014'] }, { as: assen.caller });
    expect(outside.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityCodes' });
    const { id } = (await gql.execute(PROPOSE, { codes: ['GM1680'] }, { as: assen.caller })).data!.proposeSharingAgreement;
    expect((await gql.execute(RESPOND, { id, accept: true }, { as: groningen.caller })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await gql.execute(RESPOND, { id: 'abc', accept: true }, { as: aaEnHunze.caller })).errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('are listed for the members, all of them for administrators, and not for others', async () => {
    const mine = await gql.execute('{ sharingAgreements { id } }', {}, { as: emmen.caller });
    const all = await gql.execute('{ sharingAgreements { id } }', {}, { as: admin.caller });
    const none = await gql.execute('{ sharingAgreements { id } }', {}, { as: groningen.caller });
    expect(mine.data!.sharingAgreements).toHaveLength(1);
    expect(all.data!.sharingAgreements).toHaveLength(3);
    expect(none.data!.sharingAgreements).toEqual([]);
    expect((await gql.execute('{ sharingAgreements { id } }', {}, { as: analyst.caller })).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await gql.execute(PROPOSE, { codes: ['GM1680'] }, { as: assenViewer.caller })).errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
