import type { Page } from 'playwright-core';
import { axeFindings, baseUrl, phoneFindingsAt, signInAt, useBrowser, waitForPageLoaded } from './browser';

const browser = useBrowser();
let page: Page;

describe('kennisbank', () => {
  it('is in the navigation; a visitor searches in Dutch and reads an article with its sources and history', async () => {
    page = await browser.openPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Kennisbank' }).click();
    await page.waitForURL('**/kennisbank');
    await page.getByRole('heading', { level: 1, name: 'Kennisbank', exact: true }).waitFor();
    await waitForPageLoaded(page);
    expect(await page.title()).toBe('Kennisbank — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(await axeFindings(page)).toEqual([]);

    // "meldingen" finds the article that speaks of "melding" (Dutch stemming in PostgreSQL)
    await page.getByRole('searchbox', { name: 'Zoeken in de kennisbank' }).fill('meldingen');
    await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
    await page.waitForURL('**/kennisbank?zoek=meldingen');
    await page.getByText(/artikelen? gevonden voor “meldingen”/).waitFor();
    await page.getByRole('link', { name: 'Veilig Thuis: advies, melding en wat er daarna gebeurt' }).click();

    await page.waitForURL('**/kennisbank/veilig-thuis-advies-en-melding');
    await page.getByRole('heading', { level: 1, name: 'Veilig Thuis: advies, melding en wat er daarna gebeurt' }).waitFor();
    await waitForPageLoaded(page);
    await page.getByRole('heading', { level: 2, name: 'Advies' }).waitFor(); // the Markdown, rendered
    await page.getByRole('heading', { level: 2, name: 'Bronnen' }).waitFor();
    expect(await page.getByRole('link', { name: 'Definitie: melding bij Veilig Thuis' }).getAttribute('href')).toMatch(/^https:\/\/www\.cbs\.nl\//);
    const history = page.getByRole('table', { name: 'Alle versies van dit artikel, nieuwste eerst' });
    expect(await history.getByRole('row').count()).toBe(2); // header and the first revision
    expect(await history.innerText()).not.toContain('Door'); // editors' names only for signed-in participants
    expect(await page.getByRole('link', { name: 'Artikel bewerken' }).count()).toBe(0);
    expect(await axeFindings(page)).toEqual([]);
  });

  it('a knowledge editor writes a new revision with preview; the history shows it with the author', async () => {
    page = await browser.openPage();
    await signInAt(page, 'kennisredacteur@demo.monitor.nl', '/kennisbank/impactmonitor-cbs');
    await waitForPageLoaded(page);
    await page.getByRole('link', { name: 'Artikel bewerken' }).click();
    await page.waitForURL('**/kennisbank/impactmonitor-cbs/bewerken');
    const body = page.getByLabel('Tekst (Markdown)');
    await body.waitFor();
    expect(await axeFindings(page)).toEqual([]);

    const addition = '\n\n## Aanvulling voor de test\n\n<script>window.xss = 1</script>\n\n[niet doen](javascript:alert(1))';
    await body.fill(`${await body.inputValue()}${addition}`);
    await page.getByRole('button', { name: 'Voorbeeld', exact: true }).click();
    const preview = page.getByRole('region', { name: 'Voorbeeld: Tekst (Markdown)' });
    await preview.getByRole('heading', { level: 2, name: 'Aanvulling voor de test' }).waitFor();
    expect(await preview.locator('script').count()).toBe(0);
    expect(await preview.locator('a[href^="javascript"]').count()).toBe(0);

    await page.getByLabel('Wat heeft u gewijzigd?').fill('Aanvulling voor de browsertest');
    await page.getByRole('button', { name: 'Opslaan als nieuwe versie' }).click();
    await page.waitForURL('**/kennisbank/impactmonitor-cbs');
    await page.getByRole('heading', { level: 2, name: 'Aanvulling voor de test' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { xss?: number }).xss)).toBeUndefined();
    const history = page.getByRole('table', { name: 'Alle versies van dit artikel, nieuwste eerst' });
    const newest = history.getByRole('row').nth(1);
    await newest.getByText('Aanvulling voor de browsertest').waitFor();
    expect(await newest.innerText()).toContain('Demo-kennisredacteur (NJi/Movisie)');
    expect(await axeFindings(page)).toEqual([]);
  });

  it('indicator tips link to the articles behind them ("Meer weten")', async () => {
    page = await browser.openPage();
    await signInAt(page, 'invuller.amsterdam@demo.monitor.nl', '/indicatoren/GM0363/2025');
    await waitForPageLoaded(page);
    const card = page.getByRole('region', { name: 'Meldcode', exact: true });
    const more = card.getByRole('list', { name: 'Meer weten' });
    await more.waitFor();
    await more.getByRole('link', { name: 'De meldcode huiselijk geweld en kindermishandeling' }).click();
    await page.waitForURL('**/kennisbank/meldcode-en-afwegingskaders');
    await page.getByRole('heading', { level: 1, name: 'De meldcode huiselijk geweld en kindermishandeling' }).waitFor();
  });

  it('fits a 390 px wide phone and passes axe: list, search results and an article', async () => {
    page = await browser.openPhonePage();
    expect(
      await phoneFindingsAt(page, [
        '/kennisbank',
        '/kennisbank?zoek=meldcode',
        '/kennisbank?thema=Achtergrond%20en%20cijfers',
        '/kennisbank/hoe-vaak-komt-kindermishandeling-voor',
      ]),
    ).toEqual([]);
  });
});
