import type { Page } from 'playwright-core';
import { axeFindings, baseUrl, useBrowser } from './browser';

jest.setTimeout(300_000);

const PASSWORD = 'demo-wachtwoord-2026';

const browser = useBrowser();
let page: Page;

beforeEach(async () => {
  page = await browser.openPage();
});

async function logIn(page: Page, email: string, returnTo = '/') {
  await page.goto(`${baseUrl()}/inloggen?terug=${encodeURIComponent(returnTo)}`);
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Uitloggen' }).waitFor();
}

async function logOut(page: Page) {
  await page.getByRole('navigation', { name: 'Account' }).getByRole('button', { name: 'Uitloggen' }).click();
  await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Inloggen' }).waitFor();
}

describe('benchmarks and sharing agreements', () => {
  it('compares Amsterdam with other municipalities: overview and one indicator', async () => {
    await logIn(page, 'invuller.amsterdam@demo.monitor.nl');

    // "Vergelijken" leads to the own municipality and the newest year with benchmarks.
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Vergelijken' }).click();
    await page.waitForURL(/\/vergelijken\/GM0363\/\d{4}$/);
    await page.getByRole('heading', { level: 1, name: /^Vergelijken: Amsterdam, \d{4}$/ }).waitFor();
    await page
      .getByText(/^cijfers van \d{1,2} \w+ \d{4} om \d{2}:\d{2}$/)
      .first()
      .waitFor();
    const table = page.getByRole('table', { name: /^Indicatoren \d{4} van Amsterdam tegenover alle deelnemende gemeenten$/ });
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(20); // header + 19 indicators
    await page.getByRole('img', { name: /eigen waarde tegenover alle deelnemende gemeenten/ }).waitFor();
    expect(await axeFindings(page)).toEqual([]);

    // Another group: the own Veilig Thuis region is too small, so its figures are withheld.
    await page.getByLabel('Vergelijk met').selectOption('VEILIG_THUIS_REGION');
    await page.getByRole('button', { name: 'Toon vergelijking' }).click();
    await page.waitForURL(/groep=VEILIG_THUIS_REGION/);
    await page.getByText('Vergeleken met: Veilig Thuis-regio Amsterdam-Amstelland').waitFor();
    await page
      .getByRole('cell', { name: /^Niet getoond: te weinig gemeenten, of de cijfers/ })
      .first()
      .waitFor();

    // One indicator in detail.
    await page.getByRole('table').first().getByRole('link', { name: 'Meldcode', exact: true }).click();
    await page.waitForURL(/\/vergelijken\/GM0363\/\d{4}\/meldcode/);
    await page.getByRole('heading', { level: 1, name: 'Meldcode' }).waitFor();
    await page
      .getByText(/^cijfers van /)
      .first()
      .waitFor();
    await page.getByRole('img', { name: /^Verdeling van Meldcode in \d{4} per vergelijkingsgroep$/ }).waitFor();
    await page.getByRole('table', { name: /^Verdeling van Meldcode in \d{4}, met Amsterdam$/ }).waitFor();
    const map = page.getByRole('group', { name: /^Kaart: mediaan van Meldcode per provincie/ });
    await map.waitFor();
    expect(await map.getByRole('img').count()).toBe(12);
    expect(await axeFindings(page)).toEqual([]);

    // Veilig Thuis regions: most are withheld and say so.
    await page.getByRole('radio', { name: 'Veilig Thuis-regio’s' }).check();
    const vtMap = page.getByRole('group', { name: /^Kaart: mediaan van Meldcode per Veilig Thuis-regio/ });
    await vtMap.waitFor();
    expect(await vtMap.getByRole('img', { name: /Niet getoond/ }).count()).toBeGreaterThan(0);
    expect(await axeFindings(page)).toEqual([]);
    await logOut(page);
  });

  it('Amsterdam proposes an agreement, Amstelveen accepts it and it becomes active', async () => {
    const title = `Uitwisseling Amstelland ${Date.now()}`;

    // Amsterdam proposes to Amstelveen, within the Veilig Thuis region.
    await logIn(page, 'invuller.amsterdam@demo.monitor.nl', '/afspraken');
    await page.waitForURL('**/afspraken');
    await page.getByRole('heading', { level: 1, name: 'Afspraken over delen' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nieuwe afspraak voorstellen' }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Veilig Thuis-regio Amsterdam-Amstelland' }).check();
    await page.getByLabel('Titel van de afspraak').fill(title);
    await page.getByRole('checkbox', { name: 'Amstelveen' }).check();
    await page.getByRole('button', { name: 'Voorstel versturen' }).click();
    await page.getByText(`Het voorstel “${title}” is verstuurd.`).waitFor();
    const proposed = page.getByRole('article', { name: title });
    await proposed.getByText('Voorgesteld', { exact: true }).waitFor();
    await logOut(page);

    // Amstelveen accepts.
    await logIn(page, 'invuller.amstelveen@demo.monitor.nl', '/afspraken');
    await page.waitForURL('**/afspraken');
    const invitation = page.getByRole('article', { name: title });
    await invitation.getByText('Uw gemeente is uitgenodigd voor deze afspraak.').waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await invitation.getByRole('button', { name: 'Accepteren' }).click();
    await page.getByText(`U heeft “${title}” geaccepteerd.`).waitFor();
    await invitation.getByText('Actief', { exact: true }).waitFor();
    const members = await invitation.getByRole('table').innerText();
    expect(members).toContain('Amsterdam');
    expect(members).toContain('Amstelveen (uw gemeente)');
    expect(members.match(/Geaccepteerd/g)).toHaveLength(2);
    expect(await axeFindings(page)).toEqual([]);

    // After a reload it is still active, with the withdraw button for the editor.
    await page.reload();
    const active = page.getByRole('article', { name: title });
    await active.getByText('Actief', { exact: true }).waitFor();
    await active.getByRole('button', { name: 'Terugtrekken' }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await logOut(page);
  });
});
