import type { Page } from 'playwright-core';
import { axeViolations, baseUrl, documentWidth, PHONE_WIDTH, useBrowser, waitForPageLoaded } from './browser';

const browser = useBrowser();
let page: Page;

beforeEach(async () => {
  page = await browser.openPage();
});

describe('Veilig Thuis page', () => {
  it('shows the real figures of Assen in tables next to the charts, the estimate range, and passes axe WCAG 2.1 AA', async () => {
    await page.goto(`${baseUrl()}/gemeente/GM0106/veilig-thuis`);
    await page.getByRole('heading', { level: 1, name: 'Veilig Thuis: Assen' }).waitFor();

    const series = page.getByRole('table', { name: 'Gestarte adviezen en ontvangen meldingen, Assen' });
    await series.waitFor();
    const row2023 = series.getByRole('row', { name: /^2023\*/ });
    expect(await row2023.getByRole('cell').allInnerTexts()).toEqual(['525', '270']);
    // Intended change: Assen has one period (2023), and a line through one period is no line: the table only.
    expect(await page.getByRole('img', { name: /^Lijngrafiek: gestarte adviezen en ontvangen meldingen/ }).count()).toBe(0);
    await page.getByText('Er is maar één periode met cijfers; daarom staat er geen grafiek, alleen de tabel.').waitFor();
    await page.getByText('Verklaring van tekens').first().waitFor();

    await page.getByText(/^naar schatting [\d.]+ tot [\d.]+ kinderen per jaar$/).waitFor();
    expect(await page.locator('main').innerText()).toMatch(/modelschatting .*NPM-2017.*geen telling/);

    // Every section loaded before the audit.
    // Intended change: the melders are broken down into parts, with the total written beside the chart.
    await page.getByRole('table', { name: /^Wie meldde: beroepsmatig of niet, Assen, 2023\*/ }).waitFor();
    const compare = page.getByRole('table', { name: /per 1\.000 inwoners, 2023\*/ });
    await compare.waitFor();
    expect(await compare.locator('tbody tr').count()).toBe(3);
    expect(await page.getByRole('region', { name: 'Aard van het geweld' }).innerText()).toMatch(/geen cijfers beschikbaar/);

    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the figures of the Veilig Thuis region when the municipality has none, and says so', async () => {
    // Intended change: Groningen used to read "geen cijfers"; its region Groningen (VT08) has published figures.
    await page.goto(`${baseUrl()}/gemeente/GM0014/veilig-thuis`);
    await page.getByText('Voor deze gemeente zijn geen eigen cijfers gepubliceerd; hieronder de cijfers van Veilig Thuis-regio Groningen.').waitFor();
    await page.getByRole('table', { name: 'Alle cijfers van Veilig Thuis, Groningen' }).waitFor();
    await page.getByText(/^naar schatting [\d.]+ tot [\d.]+ kinderen per jaar$/).waitFor();
  });

  for (const [width, open] of [
    ['desktop', () => browser.openPage()],
    [`${PHONE_WIDTH} px`, () => browser.openPhonePage()],
  ] as const) {
    it(`shows Amsterdam's own 2023 follow-up figures and passes axe (${width})`, async () => {
      await page.close();
      page = await open();
      await page.goto(`${baseUrl()}/gemeente/GM0363/veilig-thuis`);
      const table = page.getByRole('table', { name: 'Alle cijfers van Veilig Thuis, Amsterdam' });
      await table.waitFor();
      const row = table.getByRole('row', { name: /^Vervolgmelding tijdens veiligheidsbeoordeling 2023/ }).first();
      const [period, value] = await row.getByRole('cell').allInnerTexts();
      expect(period).toBe('2023*');
      // Published counts are rounded to 5: the CSV has 1.310.
      expect(value).toMatch(/^1\.3(05|10|15)$/);
      expect(await page.getByText('Voor deze gemeente zijn geen cijfers van Veilig Thuis beschikbaar.').count()).toBe(0);
      await waitForPageLoaded(page);
      expect(await axeViolations(page)).toEqual([]);
      if (width !== 'desktop') expect(await documentWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
    });

    it(`shows Schiermonnikoog the figures of Friesland, never "? tot ?", and passes axe (${width})`, async () => {
      await page.close();
      page = await open();
      await page.goto(`${baseUrl()}/gemeente/GM0088/veilig-thuis`);
      await page.getByText(/hieronder de cijfers van Veilig Thuis-regio Friesland\.$/).waitFor();
      await page.getByRole('table', { name: 'Alle cijfers van Veilig Thuis, Friesland' }).waitFor();
      await page.getByRole('region', { name: /^Geschat aantal kinderen/ }).waitFor();
      await waitForPageLoaded(page);
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(/\?\s*tot\s*\?|undefined|NaN|T\d{6}/);
      expect(await axeViolations(page)).toEqual([]);
      if (width !== 'desktop') expect(await documentWidth(page)).toBeLessThanOrEqual(PHONE_WIDTH);
    });
  }

  it('is linked from the municipality page', async () => {
    await page.goto(`${baseUrl()}/gemeente/GM0106`);
    await page.getByRole('link', { name: 'Veilig Thuis: Assen' }).click();
    await page.waitForURL('**/gemeente/GM0106/veilig-thuis');
    await page.getByRole('heading', { level: 1, name: 'Veilig Thuis: Assen' }).waitFor();
  });
});

describe('district page', () => {
  it('draws the 10 districts of Utrecht, focusable and named, with a table, and passes axe WCAG 2.1 AA', async () => {
    const boundaries = page.waitForResponse((r) => new URL(r.url()).pathname === '/geo/districts/GM0344.geojson');
    await page.goto(`${baseUrl()}/gemeente/GM0344/wijken`);
    await page.getByRole('heading', { level: 1, name: 'Wijken van Utrecht' }).waitFor();
    await page.waitForSelector('[data-code^="WK0344"]');
    // the boundaries come from the public, cached layer, not with the figures
    expect((await boundaries).status()).toBe(200);
    const areas = page.locator('[data-code^="WK0344"]');
    expect(await areas.count()).toBe(10);
    expect(await areas.first().getAttribute('tabindex')).toBe('0');
    expect(await areas.first().getAttribute('aria-label')).toMatch(/^Wijk \d+ .+: ongeveer [\d.]+ kinderen$/);

    const table = page.getByRole('table', { name: /^Wijken van Utrecht, 2024/ });
    expect(await table.locator('tbody tr').count()).toBe(10);

    expect(await axeViolations(page)).toEqual([]);
  });
});

/** CBS "CSV met statistische symbolen" with real 84849NED figures that the monitor already holds. */
const csv = (rows: string[]) => Buffer.from(`\ufeff${rows.join('\r\n')}\r\n`, 'utf8');
const HEADER = '"Kenmerken adviezen/meldingen";"Regio\'s";"Perioden";"Gestarte adviezen (aantal)";"Ontvangen meldingen (aantal)"';

describe('CBS import (Beheer)', () => {
  it('uploads with progress, reports the result, refuses a bad file with its problems, and passes axe', async () => {
    await page.goto(`${baseUrl()}/inloggen?terug=%2Fbeheer%2Fcbs-import`);
    await page.getByRole('button', { name: 'Log in als Demo-beheerder (NJi)' }).click();
    await page.waitForURL('**/beheer/cbs-import');
    await page.getByRole('heading', { level: 1, name: 'CBS-import' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'CBS-import' }).getAttribute('aria-current')).toBe(
      'page',
    );

    await page.getByLabel('Bestand').setInputFiles({
      name: 'assen.csv',
      mimeType: 'text/csv',
      buffer: csv([HEADER, '"Totaal";"Assen";"2023*";"     525";"     270"']),
    });
    await page.getByLabel('CBS-tabel').selectOption('84849NED');
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('heading', { name: 'Import geslaagd' }).waitFor();
    expect(await page.getByRole('progressbar', { name: 'Voortgang van de import' }).count()).toBe(1);
    expect(await page.locator('main').innerText()).toMatch(/assen\.csv \(tabel 84849NED\): 2 cijfers gelezen\./);
    expect(await page.locator('main').innerText()).toMatch(/0 nieuw, 0 bijgewerkt, 2 ongewijzigd\.|al geïmporteerd/);

    await page.getByLabel('Bestand').setInputFiles({
      name: 'fout.csv',
      mimeType: 'text/csv',
      buffer: csv([HEADER, '"Totaal";"Atlantis";"2023*";"      10";"      10"']),
    });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('heading', { name: 'Import afgewezen' }).waitFor();
    await page.getByText('Er is niets gewijzigd.').waitFor();
    const problems = page.getByRole('table', { name: 'Problemen in fout.csv' });
    expect(await problems.innerText()).toMatch(/Atlantis/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
