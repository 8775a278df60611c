import type { Locator, Page } from 'playwright-core';
import { axeFindings, baseUrl, useBrowser } from './browser';

jest.setTimeout(300_000);

const PASSWORD = 'demo-wachtwoord-2026';
const EDITOR = 'invuller.amsterdam@demo.monitor.nl';
const ADMIN = 'beheerder@demo.monitor.nl';
const SEEDED_YEAR = 2026;

const browser = useBrowser();
let page: Page;

beforeEach(async () => {
  page = await browser.openPage();
});

/** A GraphQL request as the demo administrator (cookie from the login mutation). */
async function asAdmin(query: string, variables: Record<string, unknown> = {}, cookie = ''): Promise<{ data?: any; errors?: any[]; cookie: string }> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const setCookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { ...(await response.json()), cookie: setCookie || cookie };
}

/**
 * The seeded questionnaire is open in 2026 only; in a later year the administrator copies it to the
 * current year and opens it, as NJi would.
 */
async function ensureOpenQuestionnaire(year: number): Promise<void> {
  if (year === SEEDED_YEAR) return;
  const login = await asAdmin('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', { e: ADMIN, p: PASSWORD });
  expect(login.errors).toBeUndefined();
  const existing = await asAdmin('query($y: Int!) { questionnaire(year: $y) { status } }', { y: year }, login.cookie);
  if (existing.data?.questionnaire?.status === 'OPEN') return;
  if (!existing.data?.questionnaire) {
    const cloned = await asAdmin(
      'mutation($f: Int!, $t: Int!) { cloneQuestionnaire(fromYear: $f, toYear: $t) { year } }',
      { f: SEEDED_YEAR, t: year },
      login.cookie,
    );
    expect(cloned.errors).toBeUndefined();
    // open from yesterday, so that it is open now whatever the time zone
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10);
    const dated = await asAdmin(
      'mutation($y: Int!, $c: QuestionnaireChanges!) { updateQuestionnaire(year: $y, changes: $c) { year } }',
      { y: year, c: { opensOn: yesterday < `${year}-01-01` ? yesterday : `${year}-01-01` } },
      login.cookie,
    );
    expect(dated.errors).toBeUndefined();
  }
  const opened = await asAdmin('mutation($y: Int!) { openQuestionnaire(year: $y) { status } }', { y: year }, login.cookie);
  expect(opened.errors).toBeUndefined();
  expect(opened.data.openQuestionnaire.status).toBe('OPEN');
}

async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement).catch(() => false);
}

/** Presses Tab until `locator` has the focus (keyboard only: no clicks, no focus()). */
async function tabTo(target: Locator, max = 500): Promise<void> {
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`niet met Tab bereikt: ${target.toString()}`);
}

const unansweredRequired = () => page.locator('.monitor-question[data-required="true"][data-answered="false"]');

/** Answers every visible required question of the shown section that is still empty, by keyboard. */
async function answerSectionByKeyboard(): Promise<number> {
  let answered = 0;
  for (let guard = 0; guard < 60; guard++) {
    const question = unansweredRequired().first();
    if ((await unansweredRequired().count()) === 0) return answered;
    const key = await question.getAttribute('data-question-key');
    const input = question.locator('input, textarea').first();
    await tabTo(input);
    const type = await input.getAttribute('type');
    if (type === 'radio' || type === 'checkbox') await page.keyboard.press('Space');
    else if ((await input.evaluate((e) => e.tagName)) === 'TEXTAREA') await page.keyboard.type('Ingevuld met het toetsenbord.');
    else if (type === 'date') await page.keyboard.type('15032026');
    else await page.keyboard.type('1');
    await page.locator(`.monitor-question[data-question-key="${key}"][data-answered="true"]`).waitFor();
    answered++;
  }
  throw new Error('te veel vragen in één sectie');
}

describe('the yearly questionnaire, by keyboard', () => {
  it('logs in, starts from last year, answers every section, submits and shows the 19 indicators', async () => {
    const year = new Date().getFullYear();
    await ensureOpenQuestionnaire(year);

    // Log in with the keyboard.
    await page.goto(`${baseUrl()}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await tabTo(page.getByLabel('E-mailadres', { exact: true }));
    await page.keyboard.type(EDITOR);
    await tabTo(page.getByLabel('Wachtwoord', { exact: true }));
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/mijn-gemeente');

    // The main navigation leads to this year's questionnaire of the own municipality.
    const nav = page.getByRole('navigation', { name: 'Hoofdnavigatie' });
    await tabTo(nav.getByRole('link', { name: 'Vragenlijst' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/vragenlijst/GM0363/${year}`);
    await page.getByRole('heading', { level: 1, name: `Monitor Aanpak Kindermishandeling en Huiselijk Geweld ${year}` }).waitFor();
    expect(await page.locator('main').innerText()).toContain('Amsterdam (GM0363)');
    expect(await axeFindings(page)).toEqual([]);

    // Start from last year's answers.
    await tabTo(page.getByRole('button', { name: 'Begin met de antwoorden van vorig jaar' }));
    await page.keyboard.press('Enter');
    await page.getByText(/van vorig jaar overgenomen|geen antwoorden van vorig jaar/).waitFor();

    // Change the first answer with the arrow keys: saved automatically.
    const firstGroup = page.getByRole('radiogroup').first();
    const checked = firstGroup.locator('input:checked');
    await tabTo((await checked.count()) > 0 ? checked : firstGroup.locator('input').first());
    await page.keyboard.press('ArrowRight');
    await page.getByText(/^Opgeslagen om \d\d:\d\d$/).waitFor();

    // Every section, answering what is still empty and required.
    const sections = await page.getByRole('navigation', { name: 'Onderdelen van de vragenlijst' }).getByRole('link').count();
    expect(sections).toBeGreaterThan(5);
    for (let index = 1; index <= sections; index++) {
      await page.getByText(`Onderdeel ${index} van ${sections}`).waitFor();
      await answerSectionByKeyboard();
      if (index === 1) expect(await axeFindings(page)).toEqual([]);
      if (index < sections) {
        await tabTo(page.getByRole('link', { name: 'Volgende sectie' }));
        await page.keyboard.press('Enter');
      }
    }
    await page.getByText(/^Opgeslagen om \d\d:\d\d$/).waitFor();
    await page.getByRole('progressbar', { name: '100% van de verplichte vragen beantwoord' }).waitFor();
    expect(await axeFindings(page)).toEqual([]);

    // Submit and confirm.
    await tabTo(page.getByRole('button', { name: 'Indienen', exact: true }));
    await page.keyboard.press('Enter');
    await tabTo(page.getByRole('button', { name: 'Ja, indienen' }));
    await page.keyboard.press('Enter');
    await page.getByText(/^De vragenlijst is ingediend op/).waitFor();
    expect(await page.locator('main').innerText()).toContain('Ingediend op');
    expect(await page.getByRole('radio').count()).toBe(0);
    expect(await axeFindings(page)).toEqual([]);

    // The indicators.
    await tabTo(page.getByRole('link', { name: 'Bekijk de indicatoren' }).first());
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/indicatoren/GM0363/${year}`);
    const table = page.getByRole('table', { name: `Indicatoren ${year} van Amsterdam` });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(19);
    await page.getByRole('img', { name: `Staafdiagram: indicatoren ${year} van Amsterdam` }).waitFor();
    expect(await page.locator('main').innerText()).toContain("'Weet niet' telt niet mee als 'nee'");
    expect(await axeFindings(page)).toEqual([]);
  });
});
