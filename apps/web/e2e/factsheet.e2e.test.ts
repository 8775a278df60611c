import type { Browser, Page } from 'playwright-core';
import { INDICATORS_2026 } from '@monitor/domain';
import { axeViolations, baseUrl, documentWidth, launchBrowser, openPage, openPhonePage, PHONE_WIDTH, waitForPageLoaded } from './browser';
import { pdfText } from './pdf-text';

const PASSWORD = 'demo-wachtwoord-2026';
const SLUG = 'browsertest-factsheet';
const TITLE = 'Browsertest: meldingen en meldcode';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());
afterEach(() => page?.close());

async function axeFindings(): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

/** A GraphQL call from the page, with its session cookie. */
async function graphql(query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: unknown[] }> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
}

/** The demo administrator composes and publishes a factsheet through the API (there is no editor screen yet). */
async function publishFactsheet(): Promise<void> {
  page = await openPage(browser);
  await page.goto(`${baseUrl()}/inloggen?terug=${encodeURIComponent('/factsheets')}`);
  await page.getByLabel('E-mailadres', { exact: true }).fill('beheerder@demo.monitor.nl');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL('**/factsheets');
  const saved = await graphql('mutation($input: SaveFactsheetInput!) { saveFactsheet(input: $input) { slug } }', {
    input: {
      slug: SLUG,
      expectedVersion: 0,
      title: TITLE,
      year: 2025,
      introMarkdown: 'Hoe vaak wordt er **gemeld**?',
      conclusionMarkdown: 'Dit is een test.',
      blocks: [
        { kind: 'VEILIG_THUIS', measure: 'ontvangen_meldingen', period: '2023' },
        { kind: 'BENCHMARK_DISTRIBUTION', measure: INDICATORS_2026[0].key },
      ],
    },
  });
  expect(saved.errors).toBeUndefined();
  const published = await graphql('mutation($slug: String!) { publishFactsheet(slug: $slug) { revision } }', { slug: SLUG });
  expect(published.errors).toBeUndefined();
  await page.close();
}

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

beforeAll(publishFactsheet);

describe('factsheets', () => {
  it('a visitor finds the published factsheet in the list and reads it: charts with tables, no axe findings', async () => {
    page = await openPage(browser);
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Factsheets' }).click();
    await page.waitForURL('**/factsheets');
    await page.getByRole('heading', { level: 1, name: 'Factsheets', exact: true }).waitFor();
    await waitForPageLoaded(page);
    expect(await axeFindings()).toEqual([]);
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(`**/factsheets/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await waitForPageLoaded(page);
    const table = page.getByRole('table', { name: 'Ontvangen meldingen, 2023: de cijfers van de grafiek' });
    expect(await table.getByRole('row', { name: /Nederland/ }).innerText()).toContain('127.340');
    expect(await page.getByRole('img', { name: /Ontvangen meldingen, 2023/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Download als PDF' }).getAttribute('href')).toBe(`/pdf/factsheets/${SLUG}.pdf`);
    expect(await axeFindings()).toEqual([]);
  });

  it('fits a 390 px wide phone and passes axe: list and factsheet', async () => {
    page = await openPhonePage(browser);
    const findings: string[] = [];
    for (const path of ['/factsheets', `/factsheets/${SLUG}`]) {
      await page.goto(`${baseUrl()}${path}`);
      await waitForPageLoaded(page);
      const width = await documentWidth(page);
      if (width > PHONE_WIDTH) findings.push(`${path}: ${width} px`);
      findings.push(...(await axeFindings()).map((f) => `${path}: ${f}`));
    }
    expect(findings).toEqual([]);
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
});
