import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, tokenCaller, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let asker: TestUser;
let colleague: TestUser;
let analyst: TestUser;
let moderator: TestUser;
let knowledgeEditor: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  gql = await createTestGraphQL(db.dataSource, { forum: { postsPerHour: 1000 } });
  asker = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363', { email: 'anna.vraag@amsterdam.nl' });
  colleague = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0344', { email: 'bert.antwoord@utrecht.nl' });
  analyst = await createUser(db.dataSource, 'ANALYST', null, { email: 'cor.nji@nji.nl' });
  moderator = await createUser(db.dataSource, 'ADMIN');
  knowledgeEditor = await createUser(db.dataSource, 'KNOWLEDGE_EDITOR');
  await db.dataSource.query(`UPDATE app_user SET name = 'Fatima el Amrani' WHERE id = $1`, [analyst.id]);
});
afterAll(async () => {
  await gql.stop();
  await db.drop();
});

const THREAD_FIELDS =
  'id title categorySlug answerCount answered locked hidden followed mine mayModerate posts { id isQuestion authorName authorOrganisation html accepted mine hidden }';
const ASK = `mutation($input: AskForumQuestionInput!) { askForumQuestion(input: $input) { ${THREAD_FIELDS} } }`;
const ANSWER = `mutation($input: AnswerForumQuestionInput!) { answerForumQuestion(input: $input) { ${THREAD_FIELDS} } }`;
const ACCEPT = `mutation($postId: Int!) { acceptForumAnswer(postId: $postId) { ${THREAD_FIELDS} } }`;
const THREAD = `query($threadId: Int!) { forumThread(threadId: $threadId) { ${THREAD_FIELDS} } }`;
const THREADS =
  'query($search: String, $categorySlug: String) { forumThreads(search: $search, categorySlug: $categorySlug, first: 50) { id title hidden } }';
const NOTIFICATIONS = '{ forumNotifications(first: 50) { id kind threadId postId actorName read } forumUnreadCount }';
const HIDE = `mutation($postId: Int!, $hidden: Boolean!, $reason: String) { hideForumPost(postId: $postId, hidden: $hidden, reason: $reason) { ${THREAD_FIELDS} } }`;
const LOCK = `mutation($threadId: Int!, $locked: Boolean!) { lockForumThread(threadId: $threadId, locked: $locked, reason: "Afgerond") { ${THREAD_FIELDS} } }`;

interface Thread {
  id: number;
  posts: { id: number; isQuestion: boolean; accepted: boolean; hidden: boolean; html: string; authorOrganisation: string }[];
  [key: string]: unknown;
}

async function ask(user: TestUser, title: string, bodyMarkdown = 'Hoe pakken jullie dit aan?', categorySlug = 'preventie'): Promise<Thread> {
  const { data, errors } = await gql.execute(ASK, { input: { categorySlug, title, bodyMarkdown } }, { as: user.caller });
  expect(errors).toBeUndefined();
  return data!.askForumQuestion as Thread;
}

async function answer(user: TestUser, threadId: number, bodyMarkdown: string): Promise<Thread> {
  const { data, errors } = await gql.execute(ANSWER, { input: { threadId, bodyMarkdown } }, { as: user.caller });
  expect(errors).toBeUndefined();
  return data!.answerForumQuestion as Thread;
}

function mailsTo(email: string): Promise<{ subject: string; body: string }[]> {
  return db.dataSource.query('SELECT subject, body FROM mail_outbox WHERE to_address = $1 ORDER BY id', [email]);
}

function auditOf(type: string, subjectId: string): Promise<{ actor_label: string; details: Record<string, unknown> }[]> {
  return db.dataSource.query('SELECT actor_label, details FROM audit_event WHERE type = $1 AND subject_id = $2', [type, subjectId]);
}

describe('categories', () => {
  it('has one category per theme and no seeded posts', async () => {
    const { data } = await gql.execute('{ forumCategories { slug name threadCount } }', {}, { as: colleague.caller });
    expect(data!.forumCategories.map((c: { slug: string }) => c.slug)).toEqual([
      'preventie',
      'eerder-en-beter-in-beeld',
      'stoppen-en-duurzaam-oplossen',
      'specifieke-groepen',
      'regie-en-sturing',
      'achtergrond-en-cijfers',
    ]);
    const [{ count }] = await db.dataSource.query<{ count: number }[]>('SELECT count(*)::int AS count FROM forum_post');
    expect(count).toBe(0);
  });
});

describe('asking, answering and accepting', () => {
  it('lets the asker accept an answer, and only the asker', async () => {
    const thread = await ask(asker, 'Wie heeft ervaring met de huilende-babyvoorlichting?');
    expect(thread).toMatchObject({ mine: true, followed: true, answerCount: 0, answered: false });
    expect(thread.posts[0]).toMatchObject({ isQuestion: true, authorOrganisation: 'Amsterdam' });
    const answered = await answer(colleague, thread.id, 'Wij doen dit via het **consultatiebureau**.');
    const answerPost = answered.posts.find((p) => !p.isQuestion)!;
    expect(answerPost.html).toContain('<strong>consultatiebureau</strong>');

    const stranger = await gql.execute(ACCEPT, { postId: answerPost.id }, { as: colleague.caller });
    expect(stranger.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'postId' });
    const question = await gql.execute(ACCEPT, { postId: thread.posts[0].id }, { as: asker.caller });
    expect(question.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'postId' });

    const { data } = await gql.execute(ACCEPT, { postId: answerPost.id }, { as: asker.caller });
    expect(data!.acceptForumAnswer).toMatchObject({ answered: true, answerCount: 1 });
    expect(data!.acceptForumAnswer.posts.find((p: { id: number }) => p.id === answerPost.id).accepted).toBe(true);
    const notes = (await gql.execute(NOTIFICATIONS, {}, { as: colleague.caller })).data!;
    expect(notes.forumNotifications).toContainEqual(
      expect.objectContaining({ kind: 'ACCEPTED', postId: answerPost.id, actorName: 'Test MUNICIPAL_EDITOR' }),
    );
    expect((await mailsTo(colleague.email)).map((m) => m.subject)).toContain(
      'Uw antwoord op "Wie heeft ervaring met de huilende-babyvoorlichting?" is geaccepteerd',
    );
  });

  it('renders Markdown through the knowledge sanitiser: no scripts or event handlers', async () => {
    const thread = await ask(
      asker,
      'Een vraag met gevaarlijke opmaak',
      '<script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>',
    );
    expect(thread.posts[0].html).not.toMatch(/<script|href="javascript:|<img/);
    expect(thread.posts[0].html).toContain('&lt;script&gt;');
  });

  it('names the field in validation errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ categorySlug: 'preventie', title: 'Kort', bodyMarkdown: 'Tekst' }, 'input.title'],
      [{ categorySlug: 'preventie', title: 'Een prima lange titel', bodyMarkdown: ' ' }, 'input.bodyMarkdown'],
      [{ categorySlug: 'bestaat-niet', title: 'Een prima lange titel', bodyMarkdown: 'Tekst' }, 'input.categorySlug'],
      // too long: refused by the input's validation, which names the field within the input
      [{ categorySlug: 'preventie', title: 'x'.repeat(201), bodyMarkdown: 'Tekst' }, 'title'],
    ];
    for (const [input, field] of cases) {
      const { errors } = await gql.execute(ASK, { input }, { as: asker.caller });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const report = await gql.execute('mutation { reportForumPost(postId: 1, reason: "   ") }', {}, { as: asker.caller });
    expect(report.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('refuses API tokens and anonymous callers', async () => {
    const token = await gql.execute('{ forumCategories { slug } }', {}, { as: tokenCaller(asker, ['PUBLIC_READ', 'MUNICIPALITY_READ']) });
    expect(token.errors![0].extensions!.code).toBe('FORBIDDEN');
    const anonymous = await gql.execute('{ forumCategories { slug } }', {});
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe('mentions, following and notifications', () => {
  it('notifies followers of new answers and mentioned people, in the app and by e-mail', async () => {
    const thread = await ask(asker, 'Hoe organiseren jullie de nazorg na een melding?', 'Vraag ook aan @bert.antwoord.');
    const mention = (await gql.execute(NOTIFICATIONS, {}, { as: colleague.caller })).data!;
    expect(mention.forumNotifications[0]).toMatchObject({ kind: 'MENTION', threadId: thread.id, read: false });
    expect((await mailsTo(colleague.email)).at(-1)!.subject).toBe('U bent genoemd in "Hoe organiseren jullie de nazorg na een melding?"');

    const mailsBefore = (await mailsTo(asker.email)).length;
    await answer(analyst, thread.id, 'Bij ons volgt het wijkteam dat een half jaar. @"Fatima el Amrani" noemt zichzelf niet.');
    const askerNotes = (await gql.execute(NOTIFICATIONS, {}, { as: asker.caller })).data!;
    expect(askerNotes.forumNotifications[0]).toMatchObject({ kind: 'ANSWER', threadId: thread.id, actorName: 'Fatima el Amrani' });
    const askerMails = await mailsTo(asker.email);
    expect(askerMails).toHaveLength(mailsBefore + 1);
    expect(askerMails.at(-1)!.body).toContain(`/forum/vraag/${thread.id}`);
    // the author mentioned herself: no notification for her own post
    const own = (await gql.execute(NOTIFICATIONS, {}, { as: analyst.caller })).data!;
    expect(own.forumNotifications.filter((n: { threadId: number }) => n.threadId === thread.id)).toEqual([]);

    // the answerer now follows the thread (auto-follow), so the colleague's answer reaches her too
    await answer(colleague, thread.id, 'Wij werken met een vast nazorgteam.');
    const analystNotes = (await gql.execute(NOTIFICATIONS, {}, { as: analyst.caller })).data!;
    expect(analystNotes.forumNotifications[0]).toMatchObject({ kind: 'ANSWER', threadId: thread.id });
    expect((await gql.execute('{ forumNewAnswers(first: 10) { threadId authorName } }', {}, { as: asker.caller })).data!.forumNewAnswers).toEqual(
      expect.arrayContaining([{ threadId: thread.id, authorName: 'Test MUNICIPAL_VIEWER' }]),
    );
  });

  it('stops notifying after unfollowing, and marks notifications read', async () => {
    const thread = await ask(asker, 'Een vraag om te ontvolgen bij het testen');
    await gql.execute(
      'mutation($id: Int!) { followForumThread(threadId: $id, follow: false) { followed } }',
      { id: thread.id },
      { as: asker.caller },
    );
    const before = (await gql.execute(NOTIFICATIONS, {}, { as: asker.caller })).data!;
    await answer(colleague, thread.id, 'Een antwoord dat niemand volgt.');
    const after = (await gql.execute(NOTIFICATIONS, {}, { as: asker.caller })).data!;
    expect(after.forumUnreadCount).toBe(before.forumUnreadCount);

    const first = after.forumNotifications[0].id;
    const left = await gql.execute('mutation($ids: [ID!]) { markForumNotificationsRead(ids: $ids) }', { ids: [first] }, { as: asker.caller });
    expect(left.data!.markForumNotificationsRead).toBe(after.forumUnreadCount - 1);
    // someone else's notification ids change nothing for them
    await gql.execute('mutation($ids: [ID!]) { markForumNotificationsRead(ids: $ids) }', { ids: [first] }, { as: colleague.caller });
    const all = await gql.execute('mutation { markForumNotificationsRead }', {}, { as: asker.caller });
    expect(all.data!.markForumNotificationsRead).toBe(0);
  });
});

describe('moderation', () => {
  it('audits reports, hides posts from non-moderators and shows them to moderators', async () => {
    const thread = await ask(asker, 'Een vraag waarop een ongepast antwoord komt');
    const answered = await answer(colleague, thread.id, 'Een ongepast antwoord met persoonsgegevens.');
    const bad = answered.posts.find((p) => !p.isQuestion)!;
    const report = await gql.execute(
      'mutation($id: Int!) { reportForumPost(postId: $id, reason: "Bevat persoonsgegevens") }',
      { id: bad.id },
      { as: asker.caller },
    );
    expect(report.data!.reportForumPost).toBe(true);
    expect(await auditOf('FORUM_POST_REPORTED', String(bad.id))).toEqual([
      expect.objectContaining({ details: { reason: 'Bevat persoonsgegevens' } }),
    ]);
    const reports = (await gql.execute('{ forumReports(first: 10) { postId reason } }', {}, { as: knowledgeEditor.caller })).data!.forumReports;
    expect(reports).toContainEqual({ postId: bad.id, reason: 'Bevat persoonsgegevens' });

    const notAllowed = await gql.execute(HIDE, { postId: bad.id, hidden: true }, { as: asker.caller });
    expect(notAllowed.errors![0].extensions!.code).toBe('FORBIDDEN');
    const hidden = await gql.execute(HIDE, { postId: bad.id, hidden: true, reason: 'Persoonsgegevens' }, { as: moderator.caller });
    expect(hidden.data!.hideForumPost.posts.find((p: { id: number }) => p.id === bad.id).hidden).toBe(true);
    expect(await auditOf('FORUM_POST_HIDDEN', String(bad.id))).toEqual([expect.objectContaining({ details: { reason: 'Persoonsgegevens' } })]);

    const seen = (await gql.execute(THREAD, { threadId: thread.id }, { as: asker.caller })).data!.forumThread;
    expect(seen.posts.map((p: { id: number }) => p.id)).not.toContain(bad.id);
    expect(seen.answerCount).toBe(0);
    const reportAgain = await gql.execute(
      'mutation($id: Int!) { reportForumPost(postId: $id, reason: "nog eens") }',
      { id: bad.id },
      { as: asker.caller },
    );
    expect(reportAgain.errors![0].extensions!.code).toBe('NOT_FOUND');
    const openReports = (await gql.execute('{ forumReports(first: 10) { postId } }', {}, { as: moderator.caller })).data!.forumReports;
    expect(openReports.map((r: { postId: number }) => r.postId)).not.toContain(bad.id);
  });

  it('hides a whole thread when its question is hidden, also from search', async () => {
    const thread = await ask(asker, 'Zoekwoord verstopte vraag over pleegzorgbegeleiding');
    await gql.execute(HIDE, { postId: thread.posts[0].id, hidden: true }, { as: moderator.caller });
    const forParticipant = await gql.execute(THREAD, { threadId: thread.id }, { as: colleague.caller });
    expect(forParticipant.errors![0].extensions!.code).toBe('NOT_FOUND');
    const search = (await gql.execute(THREADS, { search: 'pleegzorgbegeleiding' }, { as: colleague.caller })).data!.forumThreads;
    expect(search).toEqual([]);
    const forModerator = (await gql.execute(THREADS, { search: 'pleegzorgbegeleiding' }, { as: moderator.caller })).data!.forumThreads;
    expect(forModerator).toEqual([expect.objectContaining({ id: thread.id, hidden: true })]);
  });

  it('refuses answers in a locked thread, and audits locking and unlocking', async () => {
    const thread = await ask(asker, 'Een vraag die een moderator sluit');
    const locked = await gql.execute(LOCK, { threadId: thread.id, locked: true }, { as: knowledgeEditor.caller });
    expect(locked.data!.lockForumThread.locked).toBe(true);
    const refused = await gql.execute(ANSWER, { input: { threadId: thread.id, bodyMarkdown: 'Te laat.' } }, { as: colleague.caller });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.threadId' });
    await gql.execute(LOCK, { threadId: thread.id, locked: false }, { as: knowledgeEditor.caller });
    await answer(colleague, thread.id, 'Nu kan het weer.');
    expect(await auditOf('FORUM_THREAD_LOCKED', String(thread.id))).toHaveLength(1);
    expect(await auditOf('FORUM_THREAD_UNLOCKED', String(thread.id))).toHaveLength(1);
  });
});

describe('search', () => {
  it('ranks a thread with the words in its title above one that has them in an answer, with Dutch stemming', async () => {
    const inTitle = await ask(
      asker,
      'Ervaringen met huisverboden bij kindermishandeling',
      'Wie deelt zijn ervaringen?',
      'stoppen-en-duurzaam-oplossen',
    );
    const inAnswer = await ask(asker, 'Samenwerking met de politie', 'Hoe loopt dat bij jullie?', 'stoppen-en-duurzaam-oplossen');
    await answer(colleague, inAnswer.id, 'Het ging vooral over een huisverbod dat de burgemeester oplegde.');
    const found = (await gql.execute(THREADS, { search: 'huisverbod' }, { as: colleague.caller })).data!.forumThreads.map(
      (t: { id: number }) => t.id,
    );
    expect(found.indexOf(inTitle.id)).toBe(0);
    expect(found).toContain(inAnswer.id);
    const inCategory = (await gql.execute(THREADS, { categorySlug: 'preventie', search: 'huisverbod' }, { as: colleague.caller })).data!.forumThreads;
    expect(inCategory).toEqual([]);
  });
});

describe('rate limit', () => {
  it('refuses posts beyond the hourly limit with RATE_LIMITED', async () => {
    const limited = await createTestGraphQL(db.dataSource, { forum: { postsPerHour: 2 } });
    const poster = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
    try {
      const input = { categorySlug: 'preventie', title: 'Een vraag over de limiet', bodyMarkdown: 'Tekst' };
      for (let i = 0; i < 2; i++) expect((await limited.execute(ASK, { input }, { as: poster.caller })).errors).toBeUndefined();
      const third = await limited.execute(ASK, { input }, { as: poster.caller });
      expect(third.errors![0].extensions!.code).toBe('RATE_LIMITED');
      expect(third.errors![0].message).toMatch(/maximum van 2 vragen en antwoorden per uur/);
      // another participant is not affected
      const other = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
      expect((await limited.execute(ASK, { input }, { as: other.caller })).errors).toBeUndefined();
    } finally {
      await limited.stop();
    }
  });
});
