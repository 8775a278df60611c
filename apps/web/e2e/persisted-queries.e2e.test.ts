import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { baseUrl, useBrowser } from './browser';

interface SentBody {
  operationName?: string;
  query?: string;
  extensions?: { persistedQuery?: { version: number; sha256Hash: string } };
}

const browser = useBrowser();
let page: Page | undefined;

/** Opens a page in a fresh browser page and returns the GraphQL bodies it sent until `drawn` has appeared. */
async function pageRequests(url: string, drawn: (page: Page) => Promise<void>): Promise<SentBody[]> {
  page = await browser.openPage();
  const bodies: SentBody[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') bodies.push(request.postDataJSON() as SentBody);
  });
  await page.goto(`${baseUrl()}${url}`);
  await drawn(page);
  await page.close();
  page = undefined;
  return bodies;
}

const landingPageRequests = () => pageRequests('/', (p) => p.locator('svg[aria-labelledby="kaart-titel"] path[role="link"]').nth(299).waitFor());
// the municipality's name in the heading comes from the page's own query (MunicipalityDetail)
const municipalityPageRequests = () => pageRequests('/gemeente/GM0363', (p) => p.getByRole('heading', { level: 1, name: /Amsterdam/ }).waitFor());

describe('persisted queries', () => {
  it('the web app asks by the sha256 of each document, and sends a document only once the server asks for it', async () => {
    const first = await municipalityPageRequests();
    expect(first.map((b) => b.operationName)).toEqual(expect.arrayContaining(['MunicipalityDetail']));
    for (const body of first) {
      expect(body.extensions?.persistedQuery?.version).toBe(1);
      if (body.query !== undefined) expect(body.extensions?.persistedQuery?.sha256Hash).toBe(createHash('sha256').update(body.query).digest('hex'));
    }

    // the next visitor's page: the server knows every hash by now, no document is sent
    const second = await municipalityPageRequests();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((b) => b.query !== undefined)).toEqual([]);
    expect(second.every((b) => typeof b.extensions?.persistedQuery?.sha256Hash === 'string')).toBe(true);
  });

  it("the landing page draws an anonymous visitor's map from the data in its HTML: none of the map's queries is sent", async () => {
    const bodies = await landingPageRequests();
    expect(bodies.map((b) => b.operationName).filter((name) => ['MunicipalityMap', 'MapLayers', 'MapLayerValues'].includes(name ?? ''))).toEqual([]);
  });
});
