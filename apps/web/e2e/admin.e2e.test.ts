import type { Page } from 'playwright-core';
import { axeFindings, baseUrl, useBrowser } from './browser';

const browser = useBrowser();
let page: Page;

beforeEach(async () => {
  page = await browser.openPage();
});

describe('beheer: vragenlijsten', () => {
  it('copies 2026 to a 2027 draft, changes its closing date and keeps both pages accessible', async () => {
    // The demo administrator (beheerder@demo.monitor.nl / demo-wachtwoord-2026) signs in via the login page.
    await page.goto(`${baseUrl()}/beheer/vragenlijsten`);
    await page.waitForURL(/\/inloggen\?terug=%2Fbeheer%2Fvragenlijsten$/);
    await page.getByLabel('E-mailadres', { exact: true }).fill('beheerder@demo.monitor.nl');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('demo-wachtwoord-2026');
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.waitForURL('**/beheer/vragenlijsten');

    // 1. The list: 2026 is open, 2025 the closed demo version.
    await page.getByRole('heading', { level: 1, name: 'Vragenlijsten' }).waitFor();
    expect(await page.title()).toBe('Vragenlijsten — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    const subnav = page.getByRole('navigation', { name: 'Beheer' });
    expect(await subnav.getByRole('link', { name: 'Vragenlijsten' }).getAttribute('aria-current')).toBe('page');
    const table = page.getByRole('table', { name: /^Versies van de vragenlijst/ });
    const row2026 = table.getByRole('row', { name: /^2026/ });
    await row2026.waitFor();
    expect(await row2026.innerText()).toMatch(/open|gepland|gesloten/);
    expect(await table.getByRole('row', { name: /^2025/ }).innerText()).toContain('gesloten');
    expect(await axeFindings(page)).toEqual([]);

    // 2. Copy 2026 to 2027 (the defaults: the newest year, + 1).
    const copy = page.getByRole('region', { name: 'Kopiëren naar nieuw jaar' });
    expect(await copy.getByLabel('Kopieer de versie van').inputValue()).toBe('2026');
    expect(await copy.getByLabel('Naar jaar').inputValue()).toBe('2027');
    await copy.getByRole('button', { name: 'Kopiëren naar nieuw jaar' }).click();
    await copy.getByText('De vragenlijst van 2026 is gekopieerd naar 2027. De nieuwe versie is een concept.').waitFor();
    const row2027 = table.getByRole('row', { name: /^2027/ });
    expect(await row2027.innerText()).toContain('concept');
    expect(await axeFindings(page)).toEqual([]);

    // 3. The edit page of the 2027 draft: a new closing date, saved.
    await table.getByRole('link', { name: 'Vragenlijst 2027 bewerken' }).click();
    await page.waitForURL('**/beheer/vragenlijsten/2027');
    await page.getByRole('heading', { level: 1, name: 'Vragenlijst 2027 bewerken' }).waitFor();
    const period = page.getByRole('region', { name: 'Invulperiode' });
    const closes = period.getByLabel('Sluitingsdatum');
    expect(await period.getByLabel('Openingsdatum').inputValue()).toBe('2027-01-01');
    expect(await closes.inputValue()).toBe('2027-12-31');
    await closes.fill('2027-11-30');
    await period.getByRole('button', { name: 'Invulperiode opslaan' }).click();
    await page.getByText('De invulperiode is opgeslagen.').waitFor();
    expect(await axeFindings(page)).toEqual([]);

    // The content: one section title, saved as the whole definition (which the server validates).
    const content = page.getByRole('region', { name: 'Inhoud' });
    const sectionTitle = content.getByLabel('Titel van sectie 1', { exact: true });
    const newTitle = `${await sectionTitle.inputValue()} (2027)`;
    await sectionTitle.fill(newTitle);
    await content.getByText('U heeft wijzigingen in de inhoud die nog niet zijn opgeslagen.').waitFor();
    await content.getByRole('button', { name: 'Inhoud opslaan' }).click();
    await page.getByText('De inhoud is opgeslagen.').waitFor();
    await content.getByText('U heeft wijzigingen in de inhoud die nog niet zijn opgeslagen.').waitFor({ state: 'detached' });
    expect(await axeFindings(page)).toEqual([]);

    // Saved on the server: still there after a reload, and in the list.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Vragenlijst 2027 bewerken' }).waitFor();
    expect(await page.getByLabel('Sluitingsdatum').inputValue()).toBe('2027-11-30');
    expect(await page.getByLabel('Titel van sectie 1', { exact: true }).inputValue()).toBe(newTitle);
    await page.getByRole('link', { name: 'Terug naar alle vragenlijsten' }).click();
    await page.waitForURL('**/beheer/vragenlijsten');
    expect(
      await page
        .getByRole('table', { name: /^Versies van de vragenlijst/ })
        .getByRole('row', { name: /^2027/ })
        .innerText(),
    ).toContain('30 november 2027');
  });
});
