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

/** Opens the landing page in a fresh page and returns the GraphQL bodies it sent until the map was drawn. */
async function landingPageRequests(): Promise<SentBody[]> {
  page = await browser.openPage();
  const bodies: SentBody[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/graphql') bodies.push(request.postDataJSON() as SentBody);
  });
  await page.goto(`${baseUrl()}/`);
  await page.locator('svg[aria-labelledby="kaart-titel"] path[role="link"]').nth(299).waitFor();
  await page.close();
  page = undefined;
  return bodies;
}

describe('persisted queries', () => {
  it('the web app asks by the sha256 of each document, and sends a document only once the server asks for it', async () => {
    const first = await landingPageRequests();
    expect(first.map((b) => b.operationName)).toEqual(expect.arrayContaining(['MunicipalityMap', 'MapLayers', 'MapLayerValues']));
    for (const body of first) {
      expect(body.extensions?.persistedQuery?.version).toBe(1);
      if (body.query !== undefined) expect(body.extensions?.persistedQuery?.sha256Hash).toBe(createHash('sha256').update(body.query).digest('hex'));
    }

    // the next visitor's landing page: the server knows every hash by now, no document is sent
    const second = await landingPageRequests();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((b) => b.query !== undefined)).toEqual([]);
    expect(second.every((b) => typeof b.extensions?.persistedQuery?.sha256Hash === 'string')).toBe(true);
  });
});
