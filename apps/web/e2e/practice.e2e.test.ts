import type { Page } from 'playwright-core';
import { axeFindings, baseUrl, phoneFindings, phoneFindingsAt, signInAt, useBrowser, waitForPageLoaded } from './browser';

const browser = useBrowser();
let page: Page;

describe('praktijkvoorbeelden', () => {
  it('asks anonymous visitors to log in', async () => {
    page = await browser.openPage();
    await page.goto(`${baseUrl()}/praktijkvoorbeelden`);
    await page.waitForURL('**/inloggen?terug=%2Fpraktijkvoorbeelden');
    expect(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Praktijkvoorbeelden' }).count()).toBe(0);
  });

  it('a participant filters by indicator and reads a seeded example with its source', async () => {
    page = await browser.openPage();
    await signInAt(page, 'lezer.utrecht@demo.monitor.nl', '/account');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Praktijkvoorbeelden' }).click();
    await page.waitForURL('**/praktijkvoorbeelden');
    // the previous page stays on screen until the list page's code has loaded
    await page.getByRole('heading', { level: 1, name: 'Praktijkvoorbeelden', exact: true }).waitFor();
    await waitForPageLoaded(page);
    expect(await page.title()).toBe('Praktijkvoorbeelden — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(await axeFindings(page)).toEqual([]);

    await page.getByLabel('Indicator', { exact: true }).selectOption('stoppen_geweld');
    await page.getByRole('button', { name: 'Toon voorbeelden' }).click();
    await page.waitForURL('**/praktijkvoorbeelden?indicator=stoppen_geweld');
    await page.getByRole('link', { name: 'Den Haag: Veilig Verder, met schaalscores van Signs of Safety' }).click();
    await page.getByRole('heading', { level: 1, name: 'Den Haag: Veilig Verder, met schaalscores van Signs of Safety' }).waitFor();
    await waitForPageLoaded(page);
    await page.getByRole('heading', { level: 2, name: 'Wat een schaalscore is' }).waitFor(); // the Markdown, rendered
    await page.getByRole('heading', { level: 2, name: 'Herkomst van de tekst' }).waitFor();
    await page.getByText('Er is geen contactpersoon vermeld.').waitFor();
    expect(await page.getByRole('link', { name: 'Voorbeeld bewerken' }).count()).toBe(0);
    expect(await axeFindings(page)).toEqual([]);
  });

  it('an editor publishes an example of their municipality with a contact person; the page shows band and contact', async () => {
    page = await browser.openPage();
    await signInAt(page, 'invuller.amsterdam@demo.monitor.nl', '/praktijkvoorbeelden/nieuw?indicator=meldcode');
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByRole('link', { name: 'Vul een titel in.' }).waitFor(); // the error summary names the field
    await page.getByLabel('Titel', { exact: true }).fill('Browsertest: meldcode in alle subsidies');
    await page.getByLabel('Maatregel in een paar woorden').fill('Meldcode als subsidievoorwaarde');
    await page.getByLabel('Beschrijving (Markdown)').fill('## Aanpak\n\nElke gesubsidieerde organisatie laat haar **meldcode** zien.');
    await page.getByLabel('Naam', { exact: true }).fill('An de Vries');
    await page.getByLabel('E-mailadres', { exact: true }).fill('an.devries@amsterdam.nl');
    await page.getByRole('button', { name: 'Publiceren' }).click();
    // contact details without consent are refused by the server, next to the consent box
    await page.getByRole('link', { name: /alleen getoond met toestemming/ }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByLabel(/De contactpersoon geeft toestemming/).check();
    await page.getByRole('button', { name: 'Publiceren' }).click();

    await page.getByRole('heading', { level: 1, name: 'Browsertest: meldcode in alle subsidies' }).waitFor();
    await waitForPageLoaded(page);
    await page.getByRole('heading', { level: 2, name: 'Aanpak' }).waitFor();
    await page.getByRole('link', { name: 'an.devries@amsterdam.nl' }).waitFor();
    await page.getByText('Score bij publicatie').waitFor();
    await page.getByRole('link', { name: 'Voorbeeld bewerken' }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
  });

  it('indicator cards and knowledge articles link to the examples of their indicator', async () => {
    page = await browser.openPage();
    await signInAt(page, 'invuller.amsterdam@demo.monitor.nl', '/indicatoren/GM0363/2025');
    const card = page.getByRole('region', { name: 'Risicogroepen in beeld', exact: true });
    await card.getByRole('link', { name: 'Praktijkvoorbeelden bij Risicogroepen in beeld' }).click();
    await page.waitForURL('**/praktijkvoorbeelden?indicator=risicogroepen');
    await page.getByRole('link', { name: 'Rotterdam: de Sociale Index en het Wijkprofiel' }).waitFor();
    await page.goto(`${baseUrl()}/kennisbank/meldcode-en-afwegingskaders`);
    await waitForPageLoaded(page);
    await page.getByRole('link', { name: 'Praktijkvoorbeelden bij Meldcode' }).waitFor();
  });

  it('an administrator hides an example with a reason and shows it again', async () => {
    page = await browser.openPage();
    await signInAt(page, 'beheerder@demo.monitor.nl', '/praktijkvoorbeelden?indicator=risicogroepen');
    await page.getByRole('link', { name: 'Amsterdam: prevalentie per wijk, met de GGD en het NJi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Amsterdam: prevalentie per wijk, met de GGD en het NJi' }).waitFor();
    await waitForPageLoaded(page);
    const url = page.url();
    await page.getByLabel('Reden om te verbergen').fill('Controle in de browsertest');
    await page.getByRole('button', { name: 'Verbergen' }).click();
    await page.getByText(/verborgen door een beheerder: Controle in de browsertest/).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Weer zichtbaar maken' }).click();
    await page.getByLabel('Reden om te verbergen').waitFor();
    expect(url).toMatch(/\/praktijkvoorbeelden\/\d+$/);
  });

  it('fits a 390 px wide phone and passes axe: list, filtered list, an example and the editor', async () => {
    page = await browser.openPhonePage();
    await signInAt(page, 'invuller.amsterdam@demo.monitor.nl', '/praktijkvoorbeelden');
    const findings = await phoneFindingsAt(page, [
      '/praktijkvoorbeelden',
      '/praktijkvoorbeelden?thema=Eerder%20en%20beter%20in%20beeld',
      '/praktijkvoorbeelden?indicator=stoppen_geweld',
      '/praktijkvoorbeelden/nieuw',
    ]);
    await page.goto(`${baseUrl()}/praktijkvoorbeelden?indicator=stoppen_geweld`);
    await page.getByRole('link', { name: /^Den Haag: Veilig Verder/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Den Haag: Veilig Verder/ }).waitFor();
    await waitForPageLoaded(page);
    findings.push(...(await phoneFindings(page, 'example')));
    expect(findings).toEqual([]);
  });
});
