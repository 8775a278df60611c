import type { Page } from 'playwright-core';
import { INDICATORS_2026 } from '@monitor/domain';
import { axeFindings, baseUrl, phoneFindingsAt, signInAt, useBrowser, waitForPageLoaded } from './browser';
import { pdfText } from './pdf-text';

const SLUG = 'browsertest-meldingen-en-meldcode';
const TITLE = 'Browsertest: meldingen en meldcode';

const browser = useBrowser();
let page: Page;

interface PublishedFigure {
  value: number | null;
}

async function publishedFigures(): Promise<{ decimals: number; figures: PublishedFigure[] }[]> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ factsheet(slug: "${SLUG}") { blocks { decimals figures { value } } } }` }),
  });
  return ((await response.json()) as { data: { factsheet: { blocks: { decimals: number; figures: PublishedFigure[] }[] } } }).data.factsheet.blocks;
}

/** Block `n` of the editor: its fieldset, named by its legend. */
const block = (n: number) => page.getByRole('group', { name: `Blok ${n}`, exact: true });

async function addBlock(n: number, kind: string, measure?: string, period?: string): Promise<void> {
  await page.getByRole('button', { name: 'Blok toevoegen' }).click();
  await block(n).getByLabel('Soort cijfer').selectOption(kind);
  if (measure) await block(n).getByLabel('Cijfer', { exact: true }).selectOption(measure);
  if (period) await block(n).getByLabel('Periode').fill(period);
}

describe('composing a factsheet', () => {
  it('an analyst composes a draft with text, figure, estimate and map blocks; errors name the field; the preview shows the figures', async () => {
    page = await browser.openPage();
    await signInAt(page, 'onderzoeker@demo.monitor.nl', '/factsheets/beheer');
    await page.getByRole('heading', { level: 1, name: 'Factsheets beheren' }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('link', { name: 'Nieuwe factsheet' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe factsheet' }).waitFor();
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByRole('link', { name: 'Vul een titel in.' }).waitFor(); // the error summary names the field
    expect(await axeFindings(page)).toEqual([]);

    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page.getByLabel('Jaar van de cijfers').fill('2025');
    const intro = page.getByLabel('Inleiding (Markdown)', { exact: true });
    await intro.fill('Hoe vaak wordt er **gemeld**?');
    await page.getByRole('button', { name: 'Voorbeeld', exact: true }).first().click();
    await page.getByRole('region', { name: 'Voorbeeld: Inleiding (Markdown)' }).locator('strong', { hasText: 'gemeld' }).waitFor();
    await addBlock(1, 'VEILIG_THUIS', 'ontvangen_meldingen', '2023');
    await block(1).getByLabel('Tekst bij dit blok (Markdown, niet verplicht)', { exact: true }).fill('Het aantal meldingen bij **Veilig Thuis**.');
    await addBlock(2, 'BENCHMARK_DISTRIBUTION', INDICATORS_2026[0].key);
    await addBlock(3, 'ESTIMATE');
    await addBlock(4, 'MAP_LAYER', 'schatting');
    await page.getByLabel('Tot slot (Markdown)', { exact: true }).fill('Dit is een test.');
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Concept opslaan' }).click();

    await page.waitForURL(`**/factsheets/beheer/${SLUG}`);
    const preview = page.getByRole('region', { name: 'Voorbeeld met de cijfers van nu' });
    await preview.getByRole('heading', { level: 3, name: 'Ontvangen meldingen, 2023' }).waitFor();
    await preview.getByRole('table', { name: /de cijfers van de kaart, per gemeente/ }).waitFor();
    await preview.getByRole('group', { name: /Geschat aantal kinderen/ }).waitFor(); // the map (SVG group named by its title)
    await page.getByText('Alleen beheerders kunnen publiceren of offline halen.').waitFor();
    expect(await axeFindings(page)).toEqual([]);
  });

  it('an administrator publishes it from the editor', async () => {
    page = await browser.openPage();
    await signInAt(page, 'beheerder@demo.monitor.nl', `/factsheets/beheer/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: `Factsheet bewerken: ${TITLE}` }).waitFor();
    await page.getByRole('button', { name: 'Publiceren', exact: true }).click();
    await page.getByText('Gepubliceerd als versie 1.').waitFor();
    await page.getByText('Status: Online: versie 1.').waitFor();
    expect(await axeFindings(page)).toEqual([]);
  });
});

describe('factsheets', () => {
  it('a visitor finds the published factsheet in the list and reads it: charts with tables, no axe findings', async () => {
    page = await browser.openPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Factsheets' }).click();
    await page.waitForURL('**/factsheets');
    await page.getByRole('heading', { level: 1, name: 'Factsheets', exact: true }).waitFor();
    await waitForPageLoaded(page);
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/factsheets/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await waitForPageLoaded(page);
    const table = page.getByRole('table', { name: 'Ontvangen meldingen, 2023: de cijfers van de grafiek' });
    expect(await table.getByRole('row', { name: /Nederland/ }).innerText()).toContain('127.340');
    expect(await page.getByRole('img', { name: /Ontvangen meldingen, 2023/ }).count()).toBe(1);
    await page.locator('strong', { hasText: 'Veilig Thuis' }).first().waitFor(); // the block's own text, rendered
    // the estimate and the map layer, each with its table
    const estimate = page.getByRole('table', {
      name: /Geschat aantal kinderen dat met kindermishandeling te maken krijgt, 2025: de cijfers van de grafiek/,
    });
    expect(await estimate.getByRole('row', { name: /Nederland, ondergrens/ }).count()).toBe(1);
    const map = page.getByRole('table', { name: /de cijfers van de kaart, per gemeente/ });
    expect(await map.getByRole('row', { name: /Amsterdam/ }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('img', { name: /^Amsterdam: / }).count()).toBe(1); // the municipality on the map
    expect(await page.getByRole('link', { name: 'Download als PDF' }).getAttribute('href')).toBe(`/pdf/factsheets/${SLUG}.pdf`);
    expect(await axeFindings(page)).toEqual([]);
  });

  it('fits a 390 px wide phone and passes axe: list and factsheet', async () => {
    page = await browser.openPhonePage();
    expect(await phoneFindingsAt(page, ['/factsheets', `/factsheets/${SLUG}`])).toEqual([]);
  });

  it('fits a 390 px wide phone and passes axe: the composing pages', async () => {
    page = await browser.openPhonePage();
    await signInAt(page, 'beheerder@demo.monitor.nl', '/factsheets/beheer');
    expect(
      await phoneFindingsAt(page, [
        { path: '/factsheets/beheer', heading: 'Factsheets beheren' },
        { path: `/factsheets/beheer/${SLUG}`, heading: `Factsheet bewerken: ${TITLE}` },
      ]),
    ).toEqual([]);
  });

  it('serves a PDF printed from the page, whose text holds the title and every published number, kept per publication', async () => {
    const first = await fetch(`${baseUrl()}/pdf/factsheets/${SLUG}.pdf`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await first.arrayBuffer());
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');

    // lines wrap where the page does: compare with single spaces
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    expect(text).toContain(TITLE);
    expect(text).toContain('127.340');
    for (const block of await publishedFigures()) {
      for (const figure of block.figures) {
        if (figure.value !== null)
          expect(text).toContain(
            figure.value.toLocaleString('nl-NL', { minimumFractionDigits: block.decimals, maximumFractionDigits: block.decimals }),
          );
      }
    }
    // the same bytes again: printed once for this publication, not per request
    const second = new Uint8Array(await (await fetch(`${baseUrl()}/pdf/factsheets/${SLUG}.pdf`)).arrayBuffer());
    expect(Buffer.from(second).equals(Buffer.from(bytes))).toBe(true);
  });

  it('an administrator takes it offline: the list and the page no longer show it', async () => {
    page = await browser.openPage();
    await signInAt(page, 'beheerder@demo.monitor.nl', `/factsheets/beheer/${SLUG}`);
    await page.getByRole('button', { name: 'Offline halen' }).click();
    await page.getByText(/De factsheet is offline gehaald/).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.goto(`${baseUrl()}/factsheets/${SLUG}`);
    await page.getByText('Deze factsheet bestaat niet of is (nog) niet gepubliceerd.').waitFor();
    expect((await fetch(`${baseUrl()}/pdf/factsheets/${SLUG}.pdf`)).status).toBe(404);
  });
});
