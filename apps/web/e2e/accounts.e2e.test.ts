import type { Page } from 'playwright-core';
import { axeFindings, baseUrl, useBrowser } from './browser';

const DEMO_ADMIN = 'Demo-beheerder (NJi)';
const PASSWORD = 'een lange zin als wachtwoord';

const browser = useBrowser();
let page: Page;

beforeEach(async () => {
  page = await browser.openPage();
});

async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
}

async function logOut(page: Page) {
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL(`${baseUrl()}/`);
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Inloggen' }).waitFor();
}

describe('accounts', () => {
  it('registers, waits for approval, is approved by the demo administrator and then logs in', async () => {
    const unique = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
    const name = `Test Aanvrager ${unique}`;
    const email = `aanvrager.${unique}@utrecht.nl`;

    // 1. Anonymous: register.
    await page.goto(`${baseUrl()}/aanmelden`);
    await page.getByRole('heading', { level: 1, name: 'Account aanvragen' }).waitFor();
    await page.locator('#aanmelden-gemeente option[value="GM0344"]').waitFor({ state: 'attached' });
    expect(await page.title()).toBe('Account aanvragen — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(await axeFindings(page)).toEqual([]);

    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByLabel('Werk-e-mailadres').fill(email);
    await page.getByLabel('Gemeente', { exact: true }).selectOption('GM0344');
    await page.getByLabel('Functie', { exact: true }).fill('Beleidsmedewerker jeugd');
    await page.getByRole('radio', { name: /^Lezer/ }).check();
    await page.getByLabel('Motivatie', { exact: true }).fill('Ik volg de aanpak van kindermishandeling voor onze gemeente.');
    await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
    await page.getByLabel('Herhaal wachtwoord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click();

    await page.waitForURL('**/aanmelden/ontvangen');
    await page.getByRole('heading', { level: 1, name: 'Aanmelding ontvangen' }).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/beheerder/);
    expect(await axeFindings(page)).toEqual([]);

    // 2. Logging in before approval says so.
    await page.goto(`${baseUrl()}/inloggen`);
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    await page.getByRole('button', { name: `Log in als ${DEMO_ADMIN}` }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await logIn(page, email, PASSWORD);
    await page.getByText('Uw aanmelding wacht nog op goedkeuring door een beheerder.').waitFor();
    expect(page.url()).toContain('/inloggen');

    // 3. The demo administrator (listed on the login page) approves it as "Lezer gemeente".
    const demoRow = page.getByRole('row', { name: new RegExp(DEMO_ADMIN.replace(/[()]/g, '\\$&')) });
    expect(await demoRow.innerText()).toContain('beheerder@demo.monitor.nl');
    expect(await demoRow.innerText()).toContain('demo-wachtwoord-2026');
    await page.getByRole('button', { name: `Log in als ${DEMO_ADMIN}` }).click();
    await page.waitForURL('**/mijn-gemeente');
    await page.getByRole('heading', { level: 1, name: 'Landelijk overzicht' }).waitFor();
    // The name already says "Demo-…": no extra "demo" badge after it (no "(NJi)demo").
    const accountNav = page.getByRole('navigation', { name: 'Account' });
    await accountNav.getByText(DEMO_ADMIN, { exact: true }).waitFor();
    expect(await accountNav.getByText('demo', { exact: true }).count()).toBe(0);

    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Beheer' }).click();
    await page.waitForURL('**/beheer/aanmeldingen');
    const card = page.getByRole('region', { name });
    await card.waitFor();
    expect(await card.innerText()).toContain(email);
    expect(await axeFindings(page)).toEqual([]);

    await card.getByRole('radio', { name: 'Lezer gemeente' }).check();
    await card.getByRole('button', { name: 'Goedkeuren' }).click();
    await page.getByText(`De aanmelding van ${name} is goedgekeurd als Lezer gemeente.`).waitFor();
    await card.waitFor({ state: 'detached' });
    await logOut(page);

    // 4. The new user logs in, lands on their municipality's home and sees their account with it.
    await page.goto(`${baseUrl()}/inloggen`);
    await logIn(page, email, PASSWORD);
    await page.waitForURL('**/mijn-gemeente');
    await page.getByRole('heading', { level: 1, name: 'Mijn gemeente: Utrecht' }).waitFor();
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Mijn account' }).click();
    await page.waitForURL('**/account');
    await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
    const main = await page.locator('main').innerText();
    expect(main).toContain(name);
    expect(main).toContain('Utrecht (GM0344)');
    expect(main).toContain('Lezer gemeente');
    await page.getByRole('table', { name: 'Uw actieve sessies' }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await logOut(page);
  });

  it('sends anonymous visitors of /account and /beheer to the login page and back', async () => {
    await page.goto(`${baseUrl()}/beheer/aanmeldingen`);
    await page.waitForURL(/\/inloggen\?terug=%2Fbeheer%2Faanmeldingen$/);
    await page.getByRole('button', { name: `Log in als ${DEMO_ADMIN}` }).click();
    await page.waitForURL('**/beheer/aanmeldingen');
    await page.getByRole('heading', { level: 1, name: 'Aanmeldingen' }).waitFor();
  });
});
