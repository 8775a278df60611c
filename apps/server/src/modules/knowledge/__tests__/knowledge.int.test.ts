import { INDICATORS_2026 } from '@monitor/domain';
import { createTestDatabase, type TestDatabase } from '../../../../test/database';
import { createUser, tokenCaller, type TestUser } from '../../../../test/factories';
import { createTestGraphQL } from '../../../../test/graphql';

let db: TestDatabase;
let gql: Awaited<ReturnType<typeof createTestGraphQL>>;
let knowledgeEditor: TestUser;
let admin: TestUser;
let analyst: TestUser;
let municipalEditor: TestUser;
let viewer: TestUser;

beforeAll(async () => {
  db = await createTestDatabase();
  gql = await createTestGraphQL(db.dataSource);
  knowledgeEditor = await createUser(db.dataSource, 'KNOWLEDGE_EDITOR');
  admin = await createUser(db.dataSource, 'ADMIN');
  analyst = await createUser(db.dataSource, 'ANALYST');
  municipalEditor = await createUser(db.dataSource, 'MUNICIPAL_EDITOR', 'GM0363');
  viewer = await createUser(db.dataSource, 'MUNICIPAL_VIEWER', 'GM0363');
});
afterAll(async () => {
  await gql.stop();
  await db.drop();
});

const SAVE = `mutation($input: SaveKnowledgeArticleInput!) { saveKnowledgeArticle(input: $input) {
  slug title revision html indicatorKeys sources { title publisher year url } revisions { revision title note authorName } } }`;
const ARTICLE = `query($slug: String!) { knowledgeArticle(slug: $slug) { slug title bodyMarkdown html revision
  revisions { revision title note authorName createdAt } } }`;
const CURRENT = 'query($slug: String!) { knowledgeArticle(slug: $slug) { slug revision } }';
const SEARCH = `query($search: String, $theme: String, $indicatorKey: String) {
  knowledgeArticles(search: $search, theme: $theme, indicatorKey: $indicatorKey, first: 20) { slug title theme indicatorKeys } }`;

function input(overrides: Record<string, unknown> = {}) {
  return {
    slug: 'test-artikel',
    expectedRevision: 0,
    theme: 'Preventie',
    title: 'Testartikel',
    summary: 'Een samenvatting.',
    bodyMarkdown: 'Eerste tekst.',
    indicatorKeys: ['meldcode'],
    sources: [{ title: 'Bron', publisher: 'Uitgever', year: 2020, url: 'https://example.org/bron' }],
    note: null,
    ...overrides,
  };
}

describe('the seeded articles', () => {
  it('are there with their sources, and every indicator of the questionnaire has at least one', async () => {
    const { data } = await gql.execute(SEARCH, {});
    expect(data!.knowledgeArticles.length).toBeGreaterThanOrEqual(6);
    const linked = new Set(data!.knowledgeArticles.flatMap((a: { indicatorKeys: string[] }) => a.indicatorKeys));
    expect(INDICATORS_2026.map((i) => i.key).filter((key) => !linked.has(key))).toEqual([]);
    const seeded = await db.dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS count FROM knowledge_revision WHERE jsonb_array_length(sources) = 0 OR author_id IS NOT NULL',
    );
    expect(seeded[0].count).toBe(0);
  });

  it('are found per indicator and per theme', async () => {
    const byIndicator = (await gql.execute(SEARCH, { indicatorKey: 'meldcode' })).data!.knowledgeArticles;
    expect(byIndicator.map((a: { slug: string }) => a.slug)).toContain('meldcode-en-afwegingskaders');
    expect(byIndicator.every((a: { indicatorKeys: string[] }) => a.indicatorKeys.includes('meldcode'))).toBe(true);
    const byTheme = (await gql.execute(SEARCH, { theme: 'Achtergrond en cijfers' })).data!.knowledgeArticles;
    expect(byTheme.length).toBeGreaterThan(0);
    expect(byTheme.every((a: { theme: string }) => a.theme === 'Achtergrond en cijfers')).toBe(true);
  });
});

describe('Dutch full-text search', () => {
  it('stems Dutch words: "meldingen" finds an article that only says "melding"', async () => {
    await gql.execute(
      SAVE,
      {
        input: input({ slug: 'stam-test', title: 'Over het zorgloket', summary: '', bodyMarkdown: 'Eén melding bij het loket.', indicatorKeys: [] }),
      },
      { as: knowledgeEditor.caller },
    );
    const plural = (await gql.execute(SEARCH, { search: 'meldingen' })).data!.knowledgeArticles.map((a: { slug: string }) => a.slug);
    expect(plural).toContain('stam-test');
    const [{ body_markdown }] = await db.dataSource.query<{ body_markdown: string }[]>(
      "SELECT body_markdown FROM knowledge_revision r JOIN knowledge_article a ON a.id = r.article_id WHERE a.slug = 'stam-test'",
    );
    expect(body_markdown).not.toMatch(/meldingen/);
  });

  it('ranks an article with the words in its title above one that mentions them in passing', async () => {
    await gql.execute(
      SAVE,
      {
        input: input({
          slug: 'rang-titel',
          title: 'Een huilende baby',
          summary: 'Over huilende baby en ouders.',
          bodyMarkdown: 'Een huilende baby vraagt geduld.',
          indicatorKeys: [],
        }),
      },
      { as: knowledgeEditor.caller },
    );
    await gql.execute(
      SAVE,
      {
        input: input({
          slug: 'rang-tekst',
          title: 'Opvoedondersteuning',
          summary: '',
          bodyMarkdown: 'Lang verhaal over opvoeden. Soms gaat het ook over een huilende baby.',
          indicatorKeys: [],
        }),
      },
      { as: knowledgeEditor.caller },
    );
    const slugs = (await gql.execute(SEARCH, { search: 'huilende baby' })).data!.knowledgeArticles.map((a: { slug: string }) => a.slug);
    expect(slugs.indexOf('rang-titel')).toBeGreaterThanOrEqual(0);
    expect(slugs.indexOf('rang-titel')).toBeLessThan(slugs.indexOf('rang-tekst'));
  });

  it('finds nothing for words no article has, and searches only the latest revision', async () => {
    expect((await gql.execute(SEARCH, { search: 'zeppelinhangar' })).data!.knowledgeArticles).toEqual([]);
    await gql.execute(
      SAVE,
      { input: input({ slug: 'oud-woord', bodyMarkdown: 'Over de vuurtoren.', indicatorKeys: [] }) },
      { as: knowledgeEditor.caller },
    );
    await gql.execute(
      SAVE,
      { input: input({ slug: 'oud-woord', expectedRevision: 1, bodyMarkdown: 'Over de haven.', indicatorKeys: [] }) },
      { as: admin.caller },
    );
    expect((await gql.execute(SEARCH, { search: 'vuurtoren' })).data!.knowledgeArticles).toEqual([]);
    expect((await gql.execute(SEARCH, { search: 'haven' })).data!.knowledgeArticles.map((a: { slug: string }) => a.slug)).toEqual(['oud-woord']);
  });
});

describe('editing', () => {
  it('keeps every revision with author and note; the article shows the latest', async () => {
    const created = await gql.execute(SAVE, { input: input({ note: 'Eerste opzet' }) }, { as: knowledgeEditor.caller });
    expect(created.errors).toBeUndefined();
    expect(created.data!.saveKnowledgeArticle.revision).toBe(1);
    const edited = await gql.execute(
      SAVE,
      { input: input({ expectedRevision: 1, title: 'Testartikel, herzien', bodyMarkdown: 'Tweede tekst.', note: 'Titel aangepast' }) },
      { as: admin.caller },
    );
    expect(edited.errors).toBeUndefined();

    const { data } = await gql.execute(ARTICLE, { slug: 'test-artikel' }, { as: viewer.caller });
    expect(data!.knowledgeArticle).toMatchObject({ title: 'Testartikel, herzien', bodyMarkdown: 'Tweede tekst.', revision: 2 });
    expect(data!.knowledgeArticle.revisions).toEqual([
      expect.objectContaining({ revision: 2, title: 'Testartikel, herzien', note: 'Titel aangepast', authorName: 'Test ADMIN' }),
      expect.objectContaining({ revision: 1, title: 'Testartikel', note: 'Eerste opzet', authorName: 'Test KNOWLEDGE_EDITOR' }),
    ]);
  });

  it('refuses a save based on an older revision (CONFLICT) and a new article on a taken address', async () => {
    const stale = await gql.execute(SAVE, { input: input({ expectedRevision: 1, title: 'Verouderd' }) }, { as: knowledgeEditor.caller });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.expectedRevision' });
    const taken = await gql.execute(SAVE, { input: input({ expectedRevision: 0 }) }, { as: knowledgeEditor.caller });
    expect(taken.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.slug' });
    expect((await gql.execute(CURRENT, { slug: 'test-artikel' })).data!.knowledgeArticle.revision).toBe(2);
  });

  it('names the offending field for a bad slug, theme, indicator or source address', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ slug: 'Met Spaties' }, 'input.slug'],
      [{ theme: 'Onbekend' }, 'input.theme'],
      [{ indicatorKeys: ['bestaat_niet'] }, 'input.indicatorKeys'],
      [{ sources: [{ title: 'Bron', publisher: 'X', year: null, url: 'javascript:alert(1)' }] }, 'input.sources.0.url'],
    ];
    for (const [overrides, field] of cases) {
      const { errors } = await gql.execute(SAVE, { input: input({ slug: 'veldtest', ...overrides }) }, { as: knowledgeEditor.caller });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('refuses the address nieuw, which the new-article form /kennisbank/nieuw uses itself, naming the field', async () => {
    const reserved = await gql.execute(SAVE, { input: input({ slug: 'nieuw' }) }, { as: knowledgeEditor.caller });
    expect(reserved.data).toBeNull();
    expect(reserved.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.slug' });
    expect(reserved.errors![0].message).toContain('/kennisbank/nieuw');
    expect((await gql.execute(CURRENT, { slug: 'nieuw' })).data!.knowledgeArticle).toBeNull();
  });

  it('is refused to everyone but knowledge editors and administrators', async () => {
    const denied = [analyst, municipalEditor, viewer].map((u) => u.caller);
    denied.push(tokenCaller(municipalEditor, ['PUBLIC_READ', 'MUNICIPALITY_READ', 'MUNICIPALITY_WRITE']));
    for (const caller of denied) {
      const { errors } = await gql.execute(SAVE, { input: input({ slug: 'mag-niet' }) }, { as: caller });
      expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const anonymous = await gql.execute(SAVE, { input: input({ slug: 'mag-niet' }) });
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await gql.execute(CURRENT, { slug: 'mag-niet' })).data!.knowledgeArticle).toBeNull();
  });

  it('leaves the revisions table append-only in the database itself', async () => {
    await expect(db.dataSource.query("UPDATE knowledge_revision SET title = 'gewijzigd'")).rejects.toThrow(/append-only/);
    await expect(db.dataSource.query('DELETE FROM knowledge_revision')).rejects.toThrow(/append-only/);
  });
});

describe('rendering', () => {
  it('strips scripts, event handlers and javascript: links from the Markdown', async () => {
    const body = [
      '## Kop',
      '<script>alert("xss")</script>',
      '<img src=x onerror="alert(1)">',
      '[klik](javascript:alert(1))',
      '[ook](JaVaScRiPt:alert(1))',
      '[goed](https://www.cbs.nl/)',
      '**vet**',
    ].join('\n\n');
    const { data, errors } = await gql.execute(SAVE, { input: input({ slug: 'xss-test', bodyMarkdown: body }) }, { as: knowledgeEditor.caller });
    expect(errors).toBeUndefined();
    const html: string = data!.saveKnowledgeArticle.html;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i); // no event-handler attribute on any tag
    expect(html).toContain('&lt;script&gt;'); // raw HTML stays visible as text
    expect(html).toContain('<h2>Kop</h2>');
    expect(html).toContain('<strong>vet</strong>');
    expect(html).toContain('<a href="https://www.cbs.nl/" rel="noopener noreferrer">goed</a>');
  });

  it('gives editors a preview that is rendered the same way; others may not use it', async () => {
    const preview = await gql.execute(
      'query($m: String!) { knowledgeMarkdownPreview(markdown: $m) }',
      { m: '# Titel\n\n<script>x</script>' },
      { as: knowledgeEditor.caller },
    );
    expect(preview.data!.knowledgeMarkdownPreview).toContain('<h2>Titel</h2>');
    expect(preview.data!.knowledgeMarkdownPreview).not.toMatch(/<script/i);
    const denied = await gql.execute('{ knowledgeMarkdownPreview(markdown: "x") }', {}, { as: viewer.caller });
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe('reading', () => {
  it('is open to anonymous visitors, but editors’ names in the history only to signed-in participants', async () => {
    const open = await gql.execute('{ knowledgeArticle(slug: "meldcode-en-afwegingskaders") { title revisions { revision createdAt } } }');
    expect(open.errors).toBeUndefined();
    expect(open.data!.knowledgeArticle.revisions[0].revision).toBe(1);
    const names = await gql.execute('{ knowledgeArticle(slug: "meldcode-en-afwegingskaders") { revisions { authorName } } }');
    expect(names.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('answers null for an unknown or malformed address', async () => {
    for (const slug of ['bestaat-niet', '../../etc']) {
      const { data, errors } = await gql.execute(CURRENT, { slug });
      expect(errors).toBeUndefined();
      expect(data!.knowledgeArticle).toBeNull();
    }
  });
});
