import type { Page } from 'playwright-core';
import {
  appMapDrawn,
  axeViolations,
  baseUrl,
  documentWidth,
  PHONE_WIDTH,
  phoneFindings,
  phoneFindingsAt,
  useBrowser,
  waitForPageLoaded,
} from './browser';

const PASSWORD = 'demo-wachtwoord-2026';

const browser = useBrowser();
let page: Page;

async function logIn(email: string) {
  await page.goto(`${baseUrl()}/inloggen`);
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Uitloggen' }).waitFor();
}

describe('at 390 CSS px wide (a phone)', () => {
  it('no public page is wider than the screen, and each passes axe', async () => {
    page = await browser.openPhonePage();
    expect(await page.evaluate(() => window.innerWidth)).toBe(PHONE_WIDTH);
    expect(
      await phoneFindingsAt(page, [
        '/',
        '/inloggen',
        '/aanmelden',
        '/wachtwoord-vergeten',
        '/gemeenten',
        '/gemeente/GM0363',
        '/gemeente/GM0363/veilig-thuis',
        '/gemeente/GM0344/wijken',
        '/toegankelijkheid',
      ]),
    ).toEqual([]);
  });

  it('a municipal editor lands on Mijn gemeente after login: status, indicators, Veilig Thuis, agreements', async () => {
    page = await browser.openPhonePage();
    await logIn('invuller.amsterdam@demo.monitor.nl');
    await page.waitForURL('**/mijn-gemeente');
    const main = page.getByRole('main');
    await main.getByRole('heading', { level: 1, name: 'Mijn gemeente: Amsterdam' }).waitFor();
    await main.getByRole('heading', { level: 2, name: /^Vragenlijst \d{4}$/ }).waitFor();
    await main.getByRole('heading', { level: 2, name: 'Indicatoren', exact: true }).waitFor();
    await main.getByRole('heading', { level: 2, name: 'Veilig Thuis en schatting kindermishandeling' }).waitFor();
    await main.getByRole('heading', { level: 2, name: 'Afspraken over delen' }).waitFor();
    await main.getByRole('link', { name: 'Afspraken beheren' }).waitFor();
    await waitForPageLoaded(page);
    const userMenu = page.getByRole('navigation', { name: 'Account' });
    expect(await userMenu.getByRole('link', { name: 'Mijn gemeente' }).getAttribute('aria-current')).toBe('page');
    expect(await phoneFindings(page, '/mijn-gemeente')).toEqual([]);
  });

  it('no page of a municipal editor is wider than the screen, and each passes axe', async () => {
    page = await browser.openPhonePage();
    await logIn('invuller.amsterdam@demo.monitor.nl');
    expect(await phoneFindingsAt(page, ['/mijn-gemeente', '/account', '/vragenlijst', '/indicatoren', '/vergelijken', '/afspraken'])).toEqual([]);
  });

  it('no administration page is wider than the screen, and each passes axe', async () => {
    page = await browser.openPhonePage();
    await logIn('beheerder@demo.monitor.nl');
    expect(
      await phoneFindingsAt(page, [
        '/mijn-gemeente',
        '/account',
        '/beheer/aanmeldingen',
        '/beheer/gebruikers',
        '/beheer/audit',
        '/beheer/e-mail',
        '/beheer/cbs-import',
        '/beheer/vragenlijsten',
      ]),
    ).toEqual([]);
  });

  it('a wide table scrolls in its own box, which the keyboard can reach and scroll', async () => {
    page = await browser.openPhonePage();
    await logIn('invuller.amsterdam@demo.monitor.nl');
    await page.goto(`${baseUrl()}/vergelijken`);
    await waitForPageLoaded(page);
    const box = page.getByRole('region', { name: /^Indicatoren \d{4} van Amsterdam tegenover/ });
    await box.getByRole('table').waitFor();
    const sizes = await box.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, tabIndex: el.tabIndex }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.client).toBeLessThanOrEqual(PHONE_WIDTH);
    expect(sizes.tabIndex).toBe(0);
    expect(await documentWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);

    await box.focus();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((el) => el.scrollLeft > 0, await box.elementHandle());
  });

  it('the map works by touch: a tap selects a municipality and shows its figure, a second tap opens it', async () => {
    page = await browser.openPhonePage({ touch: true });
    await page.goto(`${baseUrl()}/`);
    const amsterdam = page.locator('[data-code="GM0363"]');
    await appMapDrawn(page);

    await amsterdam.tap();
    const open = page.getByRole('button', { name: 'Open Amsterdam' });
    await open.waitFor();
    expect(await page.locator('.monitor-map__readout').innerText()).toMatch(/^Amsterdam: (.*per 1\.000 kinderen|niet gepubliceerd|geen gegevens)/);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await axeViolations(page)).toEqual([]);

    // Another tap moves the selection; the button opens the selected municipality.
    await page.locator('[data-code="GM0344"]').tap();
    await page.getByRole('button', { name: 'Open Utrecht' }).waitFor();
    expect(await open.count()).toBe(0);
    await page.getByRole('button', { name: 'Open Utrecht' }).tap();
    await page.waitForURL('**/gemeente/GM0344');

    // Back on the map, a second tap on the selected area opens it as a click would.
    await page.goto(`${baseUrl()}/`);
    await appMapDrawn(page);
    await amsterdam.tap();
    await open.waitFor();
    await amsterdam.tap();
    await page.waitForURL('**/gemeente/GM0363');
    await page.getByRole('heading', { level: 1, name: /Amsterdam/ }).waitFor();
  });
});
