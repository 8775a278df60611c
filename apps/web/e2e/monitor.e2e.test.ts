import type { Page } from 'playwright-core';
import { appMapDrawn, axeViolations, baseUrl, useBrowser } from './browser';

const browser = useBrowser();
let page: Page;
const externalRequests: string[] = [];
/** Console reports of anything the Content-Security-Policy refused. */
const cspViolations: string[] = [];

beforeEach(async () => {
  page = await browser.openPage();
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl()) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
      externalRequests.push(request.url());
    }
  });
});

async function municipalityCount(): Promise<number> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ municipalities(first: 1) { totalCount } }' }),
  });
  return (await response.json()).data.municipalities.totalCount;
}

describe('landing page', () => {
  it('shows a Dutch map with one area per municipality and passes axe WCAG 2.1 AA', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.waitForSelector('[data-code^="GM"]');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const areas = await page.locator('[data-code^="GM"]').count();
    expect(areas).toBe(await municipalityCount());
    expect(cspViolations).toEqual([]);
    expect(areas).toBe(342);
    expect(await page.locator('[data-code="GM0363"]').getAttribute('aria-label')).toMatch(/Amsterdam/);
    await appMapDrawn(page);
    expect(await page.locator('[data-code^="GM"]').count()).toBe(342);
    expect(await axeViolations(page)).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  it('draws the map before any JavaScript has run: the server drew it, accessible, and it opens a municipality', async () => {
    // the app's code never arrives: what is on screen is the server's drawing
    await page.route('**/assets/index-*.js', (route) => route.abort());
    await page.goto(`${baseUrl()}/`);
    const map = page.locator('[data-server-rendered] svg[aria-labelledby="kaart-titel"]');
    await map.waitFor();
    expect(await map.locator('path[role="link"]').count()).toBe(342);
    expect(await map.locator('[data-code="GM0363"]').getAttribute('aria-label')).toMatch(/^Amsterdam: /);
    expect(await page.getByRole('list', { name: 'Legenda' }).locator('li').count()).toBeGreaterThan(1);
    // in the app's own frame, whose links work without the app
    expect(await page.getByRole('banner').getByRole('link', { name: 'Monitor Aanpak Kindermishandeling en Huiselijk Geweld' }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Gemeenten' }).getAttribute('href')).toBe(
      '/gemeenten',
    );
    expect(await axeViolations(page)).toEqual([]);

    await map.locator('[data-code="GM0363"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/gemeente/GM0363');
    await page.goto(`${baseUrl()}/`);
    await map.locator('[data-code="GM0344"]').dispatchEvent('click');
    await page.waitForURL('**/gemeente/GM0344');
    expect(cspViolations).toEqual([]);
  });

  it('offers the map figures as a table', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.waitForSelector('[data-code^="GM"]');
    await page.getByRole('button', { name: 'Toon als tabel' }).click();
    const table = page.getByRole('table').filter({ hasText: 'Amsterdam' });
    await table.first().waitFor();
    expect(await table.first().locator('tbody tr').count()).toBe(342);
  });

  it('lets the user choose the figure; legend and table follow, and it passes axe', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.waitForSelector('[data-code^="GM"]');
    const choice = page.getByRole('combobox', { name: 'Toon op de kaart' });
    expect(await choice.inputValue()).toBe('schatting');
    await page.getByRole('button', { name: 'Toon als tabel' }).click();
    await page.getByRole('table', { name: /^Geschat aantal kinderen .* per gemeente \(per 1\.000 kinderen/ }).waitFor();
    const legend = page.getByRole('list', { name: 'Legenda' });
    const before = await legend.innerText();

    await choice.selectOption('veilig-thuis:ontvangen_meldingen');
    const table = page.getByRole('table', { name: /^Ontvangen meldingen bij Veilig Thuis per gemeente \(per 1\.000 inwoners, 2023\)/ });
    await table.waitFor();
    await page.getByRole('group', { name: 'Kaart: ontvangen meldingen bij Veilig Thuis per gemeente' }).waitFor();
    const after = await legend.innerText();
    expect(after).not.toBe(before);
    // Every class has two different ends (no one-point band such as "4,0 tot 4,0").
    for (const line of after.split('\n').filter((l) => / tot /.test(l))) {
      const [from, to] = line.replace(/ \(.*$/, '').split(/ tot (?:en met )?/);
      expect(from).not.toBe(to);
    }
    const assen = table.getByRole('row', { name: /^Assen / });
    expect(await assen.getByRole('cell').innerText()).toMatch(/^\d+,\d$/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('opens a municipality from the map with the keyboard', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.waitForSelector('[data-code="GM0363"]');
    await page.locator('[data-code="GM0363"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/gemeente/GM0363');
    await page.getByRole('heading', { level: 1, name: /Amsterdam/ }).waitFor();
  });
});

describe('municipality page', () => {
  it('is found through the search box and passes axe WCAG 2.1 AA', async () => {
    await page.goto(`${baseUrl()}/`);
    await page.getByLabel(/Zoek een gemeente/i).fill('Amsterdam');
    await page.getByRole('link', { name: 'Amsterdam', exact: true }).click();
    await page.waitForURL('**/gemeente/GM0363');
    await page.getByRole('heading', { level: 1, name: /Amsterdam/ }).waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/Noord-Holland/);
    expect(text).toMatch(/Amsterdam-Amstelland/);
    expect(text).toMatch(/GGD Amsterdam/);
    expect(text).toMatch(/931[.\s ]?298/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says so when a municipality does not exist', async () => {
    await page.goto(`${baseUrl()}/gemeente/GM9999`);
    await page
      .getByText(/niet gevonden/i)
      .first()
      .waitFor();
  });
});

describe('playground', () => {
  it('runs GraphiQL from the monitor itself, without a CDN', async () => {
    await page.goto(`${baseUrl()}/playground`);
    await page.locator('.graphiql-container').waitFor();
    // the editor starts with its web workers and styles within the CSP
    await page.locator('.graphiql-container .monaco-editor').first().waitFor();
    expect(externalRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
  });

  it('opens the query from ?query= in the editor and passes axe, also at phone width', async () => {
    const query = 'query Telling { municipalities(first: 1) { totalCount } }';
    await page.goto(`${baseUrl()}/playground?query=${encodeURIComponent(query)}`);
    await page.getByRole('tab', { name: 'Telling', selected: true }).waitFor();
    await page.locator('.graphiql-query-editor .view-lines').getByText('totalCount').waitFor();
    expect(await page.getByRole('link', { name: 'Terug naar de monitor' }).getAttribute('lang')).toBe('nl');
    expect(await page.title()).toBe('GraphQL-playground — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(await axeViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    // the editor lays itself out again a moment after the resize: give it that moment, then measure
    await page.waitForFunction(() => document.documentElement.scrollWidth <= 390, null, { timeout: 10_000 }).catch(() => undefined);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
  });
});
