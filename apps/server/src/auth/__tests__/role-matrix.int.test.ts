import type { Caller } from '@monitor/domain';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createUser, tokenCaller } from '../../../test/factories';
import { createTestGraphQL } from '../../../test/graphql';
import { buildAppSchema } from '../../schema';

/**
 * Every operation of the API, run as each kind of caller, against the real database. A new
 * operation without a row here fails the completeness test below.
 */
type Identity = 'anonymous' | 'viewerA' | 'editorA' | 'editorB' | 'analyst' | 'admin' | 'knowledgeEditor' | 'token';
const ALL: Identity[] = ['anonymous', 'viewerA', 'editorA', 'editorB', 'analyst', 'admin', 'knowledgeEditor', 'token'];
const SIGNED_IN_BROWSER: Identity[] = ['viewerA', 'editorA', 'editorB', 'analyst', 'admin', 'knowledgeEditor'];
const NO_TOKEN = ALL.filter((i) => i !== 'token');
const ADMIN: Identity[] = ['admin'];
const NOBODY_ID = '00000000-0000-4000-8000-000000000000';

const MUNICIPALITY_A_READERS: Identity[] = ['viewerA', 'editorA', 'analyst', 'admin', 'token'];
const MUNICIPALITY_A_WRITERS: Identity[] = ['editorA', 'token'];

/** `scoped`: the service checks the municipality, so other municipalities get NOT_FOUND rather than FORBIDDEN. */
const OPERATIONS: Record<string, { document: string; allowed: Identity[]; scoped?: boolean }> = {
  'Query.statistics': { document: '{ statistics(measure: "ontvangen_meldingen", regionCodes: ["NL01"]) { value status } }', allowed: ALL },
  'Query.statisticMeasures': { document: '{ statisticMeasures { key } }', allowed: ALL },
  'Query.mapLayers': { document: '{ mapLayers { key available } }', allowed: ALL },
  'Query.mapLayer': { document: '{ mapLayer(key: "schatting") { layer { key } values { municipalityCode value } } }', allowed: ALL },
  'Query.veiligThuisFigures': { document: '{ veiligThuisFigures(municipalityCode: "GM0363") { areaCode figures { value status } } }', allowed: ALL },
  'Query.estimate': { document: '{ estimate(municipalityCode: "GM0363") { low high } }', allowed: ALL },
  'Query.districts': { document: '{ districts(municipalityCode: "GM0363") { code population } }', allowed: ALL },
  'Query.estimateModel': { document: '{ estimateModel { fittedOn } }', allowed: ALL },
  'Query.domesticViolenceEstimate': { document: '{ domesticViolenceEstimate(municipalityCode: "GM0363") { low high } }', allowed: ALL },
  'Query.riskProfile': { document: '{ riskProfile(municipalityCode: "GM0363") { values { key value } } }', allowed: ALL },
  'Query.districtRiskProfiles': { document: '{ districtRiskProfiles(municipalityCode: "GM0363") { areaCode } }', allowed: ALL },
  'Query.districtRiskProfileYears': { document: '{ districtRiskProfileYears(municipalityCode: "GM0363") }', allowed: ALL },
  'Query.benchmark': { document: '{ benchmark(indicatorKey: "x", year: 2026, group: { type: ALL }) { published } }', allowed: ALL },
  'Query.benchmarks': { document: '{ benchmarks(year: 2026, group: { type: ALL }) { published } }', allowed: ALL },
  'Query.benchmarkGroups': { document: '{ benchmarkGroups { key } }', allowed: ALL },
  'Mutation.createBenchmarkGroup': {
    document: 'mutation { createBenchmarkGroup(input: { name: "Matrix", members: ["GM0106", "GM0114", "GM0118", "GM1680", "GM1681"] }) { key } }',
    allowed: ['analyst', 'admin'],
  },
  'Mutation.publishBenchmarkGroup': { document: 'mutation { publishBenchmarkGroup(key: "CUSTOM:999999") { key } }', allowed: ADMIN },
  'Query.benchmarkDisclosure': { document: '{ benchmarkDisclosure(year: 2026) { year rows { status } } }', allowed: ADMIN },
  'Query.sharingAgreements': { document: '{ sharingAgreements { id } }', allowed: ['viewerA', 'editorA', 'editorB', 'admin'] },
  'Query.sharedIndicators': {
    document: '{ sharedIndicators(agreementId: 999, year: 2026) { value } }',
    allowed: ['viewerA', 'editorA', 'editorB', 'analyst', 'admin', 'token'],
  },
  'Mutation.proposeSharingAgreement': {
    document: 'mutation { proposeSharingAgreement(input: { scope: "VEILIG_THUIS_REGION", title: "t", municipalityCodes: ["GM0437"] }) { id } }',
    allowed: ['editorA', 'editorB'],
  },
  'Mutation.respondToSharingAgreement': {
    document: 'mutation { respondToSharingAgreement(id: 999, accept: true) { id } }',
    allowed: ['editorA', 'editorB'],
  },
  'Mutation.withdrawFromSharingAgreement': { document: 'mutation { withdrawFromSharingAgreement(id: 999) { id } }', allowed: ['editorA', 'editorB'] },
  'Query.questionnaire': { document: '{ questionnaire(year: 2026) { year sections { key } } }', allowed: ALL },
  'Query.questionnaires': { document: '{ questionnaires { year status } }', allowed: ALL },
  'Mutation.cloneQuestionnaire': { document: 'mutation { cloneQuestionnaire(fromYear: 2026, toYear: 2099) { year } }', allowed: ADMIN },
  'Mutation.updateQuestionnaire': {
    document: 'mutation { updateQuestionnaire(year: 2026, changes: { closesOn: "2026-12-31" }) { year } }',
    allowed: ADMIN,
  },
  'Mutation.openQuestionnaire': { document: 'mutation { openQuestionnaire(year: 2026) { year } }', allowed: ADMIN },
  'Query.response': {
    document: '{ response(municipalityCode: "GM0363", year: 2026) { status answers { value } history { kind } } }',
    allowed: MUNICIPALITY_A_READERS,
    scoped: true,
  },
  'Query.indicators': {
    document: '{ indicators(municipalityCode: "GM0363", year: 2026) { key value } }',
    allowed: MUNICIPALITY_A_READERS,
    scoped: true,
  },
  'Query.indicatorHistory': {
    document: '{ indicatorHistory(municipalityCode: "GM0363", key: "x") { year } }',
    allowed: MUNICIPALITY_A_READERS,
    scoped: true,
  },
  'Mutation.saveAnswers': {
    document:
      'mutation { saveAnswers(input: { municipalityCode: "GM0363", year: 2026, answers: [{ questionKey: "onbekend", value: "YES", expectedVersion: 0 }] }) { status } }',
    allowed: MUNICIPALITY_A_WRITERS,
    scoped: true,
  },
  'Mutation.submitResponse': {
    document: 'mutation { submitResponse(municipalityCode: "GM0363", year: 2026) { status } }',
    allowed: MUNICIPALITY_A_WRITERS,
    scoped: true,
  },
  'Mutation.prefillFromPreviousYear': {
    document: 'mutation { prefillFromPreviousYear(municipalityCode: "GM0363", year: 2026) { copied } }',
    allowed: MUNICIPALITY_A_WRITERS,
    scoped: true,
  },
  'Mutation.reopenResponse': {
    document: 'mutation { reopenResponse(municipalityCode: "GM0363", year: 2026, reason: "controle") { status } }',
    allowed: ADMIN,
  },
  'Query.municipalities': { document: '{ municipalities(first: 1) { totalCount } }', allowed: ALL },
  'Query.municipality': { document: '{ municipality(code: "GM0363") { name } }', allowed: ALL },
  'Query.regions': { document: '{ regions(type: PROVINCE) { code } }', allowed: ALL },
  'Query.region': { document: '{ region(code: "PV27") { name } }', allowed: ALL },
  'Query.me': { document: '{ me { id email role } }', allowed: ALL },
  'Query.demoAccounts': { document: '{ demoAccounts { email } }', allowed: NO_TOKEN },
  'Query.sessions': { document: '{ sessions { id } }', allowed: SIGNED_IN_BROWSER },
  'Query.apiTokens': { document: '{ apiTokens { id } }', allowed: SIGNED_IN_BROWSER },
  'Query.registrations': { document: '{ registrations { id email } }', allowed: ADMIN },
  'Query.users': { document: '{ users { id email } }', allowed: ADMIN },
  'Query.auditEvents': { document: '{ auditEvents(first: 1) { totalCount } }', allowed: ADMIN },
  'Query.statisticsDisclosure': { document: '{ statisticsDisclosure { protectionLevel tables { tableId smallestAuditWidth } } }', allowed: ADMIN },
  'Query.mailOutbox': { document: '{ mailOutbox(first: 1) { id } }', allowed: ADMIN },
  'Mutation.register': {
    document: `mutation { register(input: { name: "Test Persoon", email: "rol.matrix@gemeente.nl", municipalityCode: "GM0363",
      jobTitle: "Beleidsmedewerker", requestedRole: MUNICIPAL_VIEWER, motivation: "Voor de rolmatrixtest.",
      password: "lang genoeg wachtwoord 1" }) { message } }`,
    allowed: NO_TOKEN,
  },
  'Mutation.login': { document: 'mutation { login(email: "niemand@nergens.nl", password: "fout wachtwoord") { id } }', allowed: NO_TOKEN },
  'Mutation.logout': { document: 'mutation { logout }', allowed: SIGNED_IN_BROWSER },
  'Mutation.logoutEverywhere': { document: 'mutation { logoutEverywhere }', allowed: SIGNED_IN_BROWSER },
  'Mutation.changePassword': {
    document: 'mutation { changePassword(currentPassword: "niet het wachtwoord", newPassword: "een nieuw lang wachtwoord") }',
    allowed: SIGNED_IN_BROWSER,
  },
  'Mutation.requestPasswordReset': { document: 'mutation { requestPasswordReset(email: "niemand@nergens.nl") }', allowed: NO_TOKEN },
  'Mutation.resetPassword': { document: 'mutation { resetPassword(token: "onzin", newPassword: "een nieuw lang wachtwoord") }', allowed: NO_TOKEN },
  'Mutation.revokeSession': { document: `mutation { revokeSession(id: "${NOBODY_ID}") }`, allowed: SIGNED_IN_BROWSER },
  'Mutation.createApiToken': {
    document: 'mutation { createApiToken(input: { name: "matrix", scopes: [PUBLIC_READ], expiresInDays: 1 }) { secret } }',
    allowed: SIGNED_IN_BROWSER,
  },
  'Mutation.revokeApiToken': { document: `mutation { revokeApiToken(id: "${NOBODY_ID}") { id } }`, allowed: SIGNED_IN_BROWSER },
  'Mutation.approveRegistration': { document: `mutation { approveRegistration(id: "${NOBODY_ID}", role: MUNICIPAL_VIEWER) { id } }`, allowed: ADMIN },
  'Mutation.rejectRegistration': { document: `mutation { rejectRegistration(id: "${NOBODY_ID}", reason: "geen reden") { id } }`, allowed: ADMIN },
  'Mutation.changeUserRole': { document: `mutation { changeUserRole(userId: "${NOBODY_ID}", role: ANALYST) { id } }`, allowed: ADMIN },
  'Mutation.deactivateUser': { document: `mutation { deactivateUser(userId: "${NOBODY_ID}") { id } }`, allowed: ADMIN },
  'Mutation.reactivateUser': { document: `mutation { reactivateUser(userId: "${NOBODY_ID}") { id } }`, allowed: ADMIN },
  'Query.knowledgeArticles': {
    document: '{ knowledgeArticles(search: "meldcode", first: 5) { slug title html revisions(first: 2) { revision createdAt } } }',
    allowed: ALL,
  },
  'Query.knowledgeArticle': { document: '{ knowledgeArticle(slug: "meldcode-en-afwegingskaders") { slug sources { title } } }', allowed: ALL },
  'Query.knowledgeMarkdownPreview': {
    document: '{ knowledgeMarkdownPreview(markdown: "**vet**") }',
    allowed: ['knowledgeEditor', 'admin', 'analyst', 'editorA', 'editorB'],
  },
  'Mutation.saveKnowledgeArticle': {
    document: `mutation { saveKnowledgeArticle(input: { slug: "rolmatrix-artikel", expectedRevision: 99, theme: "Preventie", title: "Rolmatrix",
      summary: "", bodyMarkdown: "Tekst", indicatorKeys: [], sources: [] }) { slug } }`,
    allowed: ['knowledgeEditor', 'admin'],
  },
  'Query.practiceExamples': {
    document: '{ practiceExamples(indicatorKey: "risicogroepen", first: 5) { id title html band contact { name } } }',
    allowed: SIGNED_IN_BROWSER,
  },
  'Query.practiceExample': { document: '{ practiceExample(id: 1) { title municipalityName } }', allowed: SIGNED_IN_BROWSER },
  // a valid example of municipality A: only its editors may publish it (API tokens may not)
  'Mutation.publishPracticeExample': {
    document: `mutation { publishPracticeExample(input: { municipalityCode: "GM0363", indicatorKey: "meldcode", title: "Rolmatrix",
      measure: "Maatregel", bodyMarkdown: "Tekst", contactConsent: false }) { id } }`,
    allowed: ['editorA'],
    scoped: true,
  },
  // example 2 is the seeded Amsterdam (GM0363) example; an empty title fails validation after the access check
  'Mutation.updatePracticeExample': {
    document: 'mutation { updatePracticeExample(id: 2, input: { title: "", measure: "m", bodyMarkdown: "t", contactConsent: false }) { id } }',
    allowed: ['editorA'],
    scoped: true,
  },
  'Mutation.setPracticeExampleHidden': { document: 'mutation { setPracticeExampleHidden(id: 999999, hidden: false) { id } }', allowed: ADMIN },
  'Query.interventions': { document: '{ interventions { id code name recognitionLevel recognised isDemo effectResultsPublished } }', allowed: ALL },
  // NJi staff who keep the catalogue: administrators and knowledge editors (EFFECTIVE is no NJi level: refused after the access check)
  'Mutation.saveIntervention': {
    document: 'mutation { saveIntervention(input: { name: "Rolmatrix", databank: NJI, recognitionLevel: EFFECTIVE }) { id } }',
    allowed: ['admin', 'knowledgeEditor'],
  },
  'Query.supplyAnalysis': {
    document: '{ supplyAnalysis(municipalityCode: "GM0363") { districts { code needLow reach } offers { id } gaps { kind } } }',
    allowed: MUNICIPALITY_A_READERS,
    scoped: true,
  },
  'Mutation.saveCareOffer': {
    document: `mutation { saveCareOffer(input: { municipalityCode: "GM0363", interventionId: "999999", targetGroup: FAMILIES,
      preventionLevel: CARE, provider: "Rolmatrix", districtCodes: [] }) { id } }`,
    allowed: MUNICIPALITY_A_WRITERS,
    scoped: true,
  },
  'Mutation.deleteCareOffer': {
    document: 'mutation { deleteCareOffer(municipalityCode: "GM0363", id: "999999") }',
    allowed: MUNICIPALITY_A_WRITERS,
    scoped: true,
  },
  'Query.factsheets': {
    document: '{ factsheets(first: 5) { slug title introHtml blocks { title figures { label value reason } } pdfUrl } }',
    allowed: ALL,
  },
  'Query.factsheet': { document: '{ factsheet(slug: "bestaat-niet") { slug } }', allowed: ALL },
  'Query.nationalReportYears': { document: '{ nationalReportYears { year isDemo } }', allowed: ALL },
  'Query.nationalReport': {
    document:
      '{ nationalReport(year: 2026) { year chapters { key tables { key rows { key cells { value reason } } } } practiceExamples { id } practiceNote } }',
    allowed: ALL,
  },
  'Query.factsheetDrafts': { document: '{ factsheetDrafts(first: 5) { slug version } }', allowed: ['analyst', 'admin'] },
  'Query.factsheetDraft': { document: '{ factsheetDraft(slug: "bestaat-niet") { slug } }', allowed: ['analyst', 'admin'] },
  'Mutation.saveFactsheet': {
    document: `mutation { saveFactsheet(input: { slug: "rolmatrix-factsheet", expectedVersion: 99, title: "Rolmatrix", year: 2026,
      introMarkdown: "", conclusionMarkdown: "", blocks: [] }) { slug } }`,
    allowed: ['analyst', 'admin'],
  },
  'Mutation.publishFactsheet': { document: 'mutation { publishFactsheet(slug: "bestaat-niet") { slug } }', allowed: ADMIN },
  'Mutation.unpublishFactsheet': { document: 'mutation { unpublishFactsheet(slug: "bestaat-niet") { slug } }', allowed: ADMIN },
  'Query.effectPublications': {
    document:
      '{ effectPublications(first: 5) { subject status intervention { code name recognitionLevel effectResultsPublished } change { n } agreement { alpha pairs { n } } } }',
    allowed: ALL,
  },
  'Query.effectScores': {
    document: '{ effectScores(municipalityCode: "GM0363", first: 5) { trajectory score } }',
    allowed: MUNICIPALITY_A_READERS,
    scoped: true,
  },
  'Mutation.uploadEffectScores': {
    document:
      'mutation { uploadEffectScores(municipalityCode: "GM0363", csv: "traject;meetmoment;beoordelaar;score;interventie;wijk\\nRM-1;0;ouder;5;rolmatrix;") { scores } }',
    allowed: MUNICIPALITY_A_WRITERS,
    scoped: true,
  },
  'Mutation.saveEffectTrajectory': {
    document: `mutation { saveEffectTrajectory(input: { municipalityCode: "GM0363", trajectoryId: "RM-2", intervention: "rolmatrix",
      scores: [{ moment: 0, rater: HELPER, score: 4 }] }) { scores } }`,
    allowed: MUNICIPALITY_A_WRITERS,
    scoped: true,
  },
  'Query.forumCategories': { document: '{ forumCategories { slug threadCount } }', allowed: SIGNED_IN_BROWSER },
  'Query.forumThreads': { document: '{ forumThreads(search: "nazorg", first: 5) { id title } }', allowed: SIGNED_IN_BROWSER },
  'Query.forumThread': { document: '{ forumThread(threadId: 999999) { id posts { html } } }', allowed: SIGNED_IN_BROWSER },
  'Query.forumNotifications': { document: '{ forumNotifications(first: 5) { id kind } }', allowed: SIGNED_IN_BROWSER },
  'Query.forumUnreadCount': { document: '{ forumUnreadCount }', allowed: SIGNED_IN_BROWSER },
  'Query.forumNewAnswers': { document: '{ forumNewAnswers(first: 5) { postId } }', allowed: SIGNED_IN_BROWSER },
  'Query.forumReports': { document: '{ forumReports(first: 5) { id reason } }', allowed: ['admin', 'knowledgeEditor'] },
  'Mutation.askForumQuestion': {
    document:
      'mutation { askForumQuestion(input: { categorySlug: "bestaat-niet", title: "Een vraag voor de rolmatrix", bodyMarkdown: "Tekst" }) { id } }',
    allowed: SIGNED_IN_BROWSER,
  },
  'Mutation.answerForumQuestion': {
    document: 'mutation { answerForumQuestion(input: { threadId: 999999, bodyMarkdown: "Antwoord" }) { id } }',
    allowed: SIGNED_IN_BROWSER,
  },
  'Mutation.acceptForumAnswer': { document: 'mutation { acceptForumAnswer(postId: 999999) { id } }', allowed: SIGNED_IN_BROWSER },
  'Mutation.followForumThread': { document: 'mutation { followForumThread(threadId: 999999, follow: true) { id } }', allowed: SIGNED_IN_BROWSER },
  'Mutation.markForumNotificationsRead': { document: 'mutation { markForumNotificationsRead }', allowed: SIGNED_IN_BROWSER },
  'Mutation.reportForumPost': { document: 'mutation { reportForumPost(postId: 999999, reason: "Rolmatrix") }', allowed: SIGNED_IN_BROWSER },
  'Mutation.hideForumPost': { document: 'mutation { hideForumPost(postId: 999999, hidden: true) { id } }', allowed: ['admin', 'knowledgeEditor'] },
  'Mutation.lockForumThread': {
    document: 'mutation { lockForumThread(threadId: 999999, locked: true) { id } }',
    allowed: ['admin', 'knowledgeEditor'],
  },
  'Query.exportProjects': {
    document: '{ exportProjects(first: 5) { id name named } }',
    allowed: ['viewerA', 'editorA', 'editorB', 'analyst', 'admin', 'token'],
  },
  'Query.researchExportPreview': {
    document: `{ researchExportPreview(projectId: "${NOBODY_ID}", year: 2026, datasets: [ESTIMATES]) { totalRows } }`,
    allowed: ['viewerA', 'editorA', 'editorB', 'analyst', 'admin', 'token'],
  },
  'Mutation.createExportProject': {
    document: 'mutation { createExportProject(input: { name: "Matrix", purpose: "Rolmatrixtest" }) { id } }',
    allowed: ['viewerA', 'editorA', 'editorB', 'analyst', 'admin'],
  },
  'KnowledgeRevision.authorName': {
    document: '{ knowledgeArticle(slug: "meldcode-en-afwegingskaders") { revisions { authorName } } }',
    allowed: ['viewerA', 'editorA', 'editorB', 'analyst', 'admin', 'knowledgeEditor', 'token'],
  },
};

const ACCESS_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
const callers = {} as Record<Identity, Caller>;

beforeAll(async () => {
  db = await createTestDatabase();
  gql = await createTestGraphQL(db.dataSource);
  callers.anonymous = { kind: 'anonymous' };
  callers.viewerA = (await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363')).caller;
  const editorA = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
  callers.editorA = editorA.caller;
  callers.editorB = (await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0344')).caller;
  callers.analyst = (await createUser(db.dataSource, 'ANALYST')).caller;
  callers.admin = (await createUser(db.dataSource, 'ADMIN')).caller;
  callers.knowledgeEditor = (await createUser(db.dataSource, 'KNOWLEDGE_EDITOR')).caller;
  // a token with every scope its owner may hold: the widest a third-party tool can get
  callers.token = tokenCaller(editorA, ['PUBLIC_READ', 'MUNICIPALITY_READ', 'MUNICIPALITY_WRITE']);
});

afterAll(async () => {
  await gql.stop();
  await db.drop();
});

it('covers every operation of the schema', async () => {
  const schema = await buildAppSchema();
  const operations = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) =>
    Object.keys(type.getFields()).map((field) => `${type.name}.${field}`),
  );
  expect(operations.filter((key) => !(key in OPERATIONS))).toEqual([]);
});

describe.each(Object.entries(OPERATIONS))('%s', (_operation, { document, allowed, scoped }) => {
  it.each(ALL)('as %s', async (identity) => {
    const { errors } = await gql.execute(document, undefined, { as: callers[identity] });
    const denials = scoped ? [...ACCESS_CODES, 'NOT_FOUND'] : ACCESS_CODES;
    const accessErrors = (errors ?? []).filter((e) => denials.includes(e.extensions?.code));
    if (allowed.includes(identity)) {
      expect(accessErrors).toEqual([]);
    } else {
      expect(accessErrors.length).toBeGreaterThan(0);
      const expected = identity === 'anonymous' ? ['UNAUTHENTICATED'] : scoped ? ['FORBIDDEN', 'NOT_FOUND'] : ['FORBIDDEN'];
      expect(expected).toContain(accessErrors[0].extensions?.code);
    }
  });
});

it('gives another municipality’s editor "not found", never a hint that the data exists', async () => {
  const { errors } = await gql.execute(OPERATIONS['Query.response'].document, undefined, { as: callers.editorB });
  expect(errors![0].extensions?.code).toBe('NOT_FOUND');
});
