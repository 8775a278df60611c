import type { Page } from 'playwright-core';
import { axeFindings, baseUrl, phoneFindingsAt, signInAt, useBrowser, waitForPageLoaded } from './browser';
import { pdfText } from './pdf-text';

const TITLE = 'Landelijk jaarrapport 2026: stand van zaken';
const CHAPTERS = [
  'Deelname aan de vragenlijst',
  'Indicatoren: spreiding en trend',
  'Veilig Thuis en schattingen',
  'Wat veranderde sinds vorig jaar',
  'Praktijkvoorbeelden',
];

const browser = useBrowser();
let page: Page;

interface ReportTable {
  key: string;
  decimals: number;
  rows: { key: string; cells: { value: number | null }[] }[];
}

/** The report as an anonymous visitor gets it from the API. */
async function publishedReport(): Promise<{ chapters: { tables: ReportTable[] }[] }> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ nationalReport(year: 2026) { chapters { tables { key decimals rows { key cells { value } } } } } }' }),
  });
  return ((await response.json()) as { data: { nationalReport: { chapters: { tables: ReportTable[] }[] } } }).data.nationalReport;
}

const dutch = (value: number, decimals: number) =>
  value.toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

describe('the yearly national report', () => {
  it('a visitor opens it from the navigation: chapters, charts with tables, demo notice, PDF link, no axe findings', async () => {
    page = await browser.openPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Jaarrapport' }).click();
    await page.waitForURL('**/jaarrapport');
    await page.getByRole('heading', { level: 1, name: 'Landelijk jaarrapport' }).waitFor();
    await waitForPageLoaded(page);
    expect(await axeFindings(page)).toEqual([]);

    await page.getByRole('link', { name: 'Jaarrapport 2026' }).click();
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await waitForPageLoaded(page);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(CHAPTERS);
    expect(await page.getByText(/gegenereerde demogegevens/).count()).toBe(1);

    const national = (await publishedReport()).chapters[0].tables.find((t) => t.key === 'participation-national')!;
    const participants = national.rows[0].cells[1].value!;
    const table = page.getByRole('table', { name: 'Deelnemende gemeenten, Nederland (gemeenten)' });
    expect(await table.getByRole('row', { name: /Nederland/ }).innerText()).toContain(dutch(participants, 0));
    const vt = page.getByRole('table', { name: 'Veilig Thuis: landelijke kerncijfers (aantal)' });
    expect(await vt.getByRole('row', { name: /Ontvangen meldingen/ }).innerText()).toContain('127.340');
    // every chart is an image with a table of the same figures next to it
    expect(await page.getByRole('img', { name: /Deelnemende gemeenten per provincie/ }).count()).toBe(1);
    expect(await page.getByRole('table', { name: /Deelnemende gemeenten per provincie/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Download als PDF' }).getAttribute('href')).toBe('/pdf/jaarrapport/2026.pdf');
    expect(await page.getByText(/alleen zichtbaar voor deelnemers aan de monitor/).count()).toBe(1);
    expect(await axeFindings(page)).toEqual([]);
  });

  it('fits a 390 px wide phone and passes axe: list and report', async () => {
    page = await browser.openPhonePage();
    expect(await phoneFindingsAt(page, ['/jaarrapport', '/jaarrapport/2026'])).toEqual([]);
  });

  it('shows a participant the practice examples chapter for participants', async () => {
    page = await browser.openPage();
    await signInAt(page, 'invuller.amsterdam@demo.monitor.nl', '/jaarrapport/2026');
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await page.getByText(/Praktijkvoorbeelden die gemeenten in 2026 publiceerden/).count()).toBe(1);
    expect(await axeFindings(page)).toEqual([]);
  });

  it('serves a PDF printed from the page, whose text holds the title, the chapters and every published number of its tables', async () => {
    const response = await fetch(`${baseUrl()}/pdf/jaarrapport/2026.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');

    // lines wrap where the page does: compare with single spaces
    const text = pdfText(bytes).replace(/\s+/g, ' ');
    expect(text).toContain(TITLE);
    for (const chapter of CHAPTERS) expect(text).toContain(chapter);
    expect(text).toContain('127.340');
    expect(text).toContain('gegenereerde demogegevens');
    const missing: string[] = [];
    for (const chapter of (await publishedReport()).chapters)
      for (const table of chapter.tables)
        for (const row of table.rows)
          for (const cell of row.cells)
            if (cell.value !== null && !text.includes(dutch(cell.value, table.decimals))) missing.push(`${table.key}/${row.key}: ${cell.value}`);
    expect(missing).toEqual([]);
  });
});
