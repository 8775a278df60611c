import type { Page } from 'playwright-core';
import { axeFindings, baseUrl, phoneFindings, signInAt, useBrowser, waitForPageLoaded } from './browser';

const browser = useBrowser();
let page: Page;

describe('onderzoeksexport', () => {
  it('an analyst creates a project, sees the rows per dataset and downloads the CSV with progress', async () => {
    page = await browser.openPage();
    await signInAt(page, 'onderzoeker@demo.monitor.nl', '/onderzoeksexport');
    await waitForPageLoaded(page);
    expect(await page.title()).toBe('Onderzoeksexport — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(await axeFindings(page)).toEqual([]);

    await page.getByLabel('Naam van het project').fill('Browsertest');
    await page.getByLabel('Doel van het onderzoek').fill('Samenhang tussen schattingen en indicatoren');
    await page.getByRole('button', { name: 'Project aanmaken' }).click();
    await page.getByText('Project "Browsertest" is aangemaakt.').waitFor();
    expect(await page.getByLabel('Project').locator('option:checked').innerText()).toBe('Browsertest');

    await page.getByRole('button', { name: 'Omvang bekijken' }).click();
    const table = page.getByRole('table', { name: 'Rijen per soort gegevens' });
    await table.waitFor();
    const total = await table
      .getByRole('row', { name: /Totaal/ })
      .getByRole('cell')
      .innerText();
    expect(Number(total.replace(/\./g, ''))).toBeGreaterThan(0);
    expect(await axeFindings(page)).toEqual([]);

    await page.getByRole('button', { name: 'Downloaden' }).click();
    await page.getByText(/^Klaar: onderzoeksexport-2026-[0-9a-f]{8}\.csv is gedownload\.$/).waitFor();
    expect(await page.getByText(`${total} van ${total} rijen ontvangen`).count()).toBe(1);
    const progress = page.getByRole('progressbar', { name: 'Voortgang van de download' });
    expect(await progress.getAttribute('max')).toBe(total.replace(/\./g, ''));
    expect(await progress.getAttribute('value')).toBe(total.replace(/\./g, ''));
    expect(await progress.getAttribute('aria-valuetext')).toBe(`${total} van ${total} rijen ontvangen`);
    expect(await axeFindings(page)).toEqual([]);

    // a download that does not arrive (held back here) can be cancelled; nothing is saved
    await page.route('**/export/onderzoek/**', () => {});
    await page.getByRole('button', { name: 'Downloaden' }).click();
    await page.getByRole('button', { name: 'Download afbreken' }).click();
    await page.getByText('De download is afgebroken. Er is geen bestand opgeslagen.').waitFor();
    expect(await page.getByRole('button', { name: 'Download afbreken' }).count()).toBe(0);
    expect(await axeFindings(page)).toEqual([]);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  it('works at phone width without sideways scrolling', async () => {
    page = await browser.openPhonePage();
    await signInAt(page, 'lezer.amsterdam@demo.monitor.nl', '/onderzoeksexport');
    await waitForPageLoaded(page);
    await page.getByRole('heading', { level: 2, name: 'Nieuw project' }).waitFor();
    expect(await phoneFindings(page, '/onderzoeksexport')).toEqual([]);
  });

  it('tells a knowledge editor that exports are not for their role', async () => {
    page = await browser.openPage();
    await signInAt(page, 'kennisredacteur@demo.monitor.nl', '/onderzoeksexport');
    await page.getByText('Onderzoeksexports zijn er voor onderzoekers van het NJi en medewerkers van gemeenten.').waitFor();
    expect(await page.getByRole('button', { name: 'Project aanmaken' }).count()).toBe(0);
  });
});

describe('ontwikkelaars', () => {
  it('is linked from the footer and documents tokens, curl, Python and the schema, at desktop and phone width', async () => {
    page = await browser.openPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'API voor ontwikkelaars' }).click();
    await page.waitForURL('**/ontwikkelaars');
    await waitForPageLoaded(page);
    await page.getByRole('heading', { level: 2, name: 'Snel aan de slag' }).waitFor();
    expect(await page.getByRole('link', { name: 'Naar Mijn account' }).getAttribute('href')).toBe('/account');
    expect(await page.getByLabel('Voorbeeld: curl').innerText()).toContain('Authorization: Bearer $MONITOR_TOKEN');
    expect(await page.getByLabel('Voorbeeld: Python').innerText()).toContain('requests.post(');
    // generated from the schema's descriptions
    await page.getByRole('heading', { level: 4, name: /^researchExportPreview\(/ }).waitFor();
    expect(await page.getByText('Your research export projects, newest first (NJi analysts and municipal staff).').count()).toBe(1);
    expect(await axeFindings(page)).toEqual([]);

    await page.close();
    page = await browser.openPhonePage();
    await page.goto(`${baseUrl()}/ontwikkelaars`);
    await waitForPageLoaded(page);
    expect(await phoneFindings(page, '/ontwikkelaars')).toEqual([]);
  });
});
