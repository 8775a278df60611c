// The SPA's JavaScript per route (gzip, from the built files) and the time until the landing map is
// drawn in headless Chromium.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ROOT } from './processes.mjs';

const DIST = path.join(ROOT, 'apps', 'web', 'dist');
const ROUTE_CHUNKS = {
  '/ (landing map)': ['HomePage', 'MunicipalityMap'],
  '/gemeente/:code': ['MunicipalityPage'],
  '/gemeente/:code/veilig-thuis': ['VeiligThuisPage'],
  '/gemeente/:code/wijken': ['DistrictsPage'],
  '/indicatoren': ['IndicatorsPage'],
  '/vergelijken (overview)': ['BenchmarkOverviewPage'],
  '/vergelijken (detail)': ['BenchmarkDetailPage'],
};

/** Static imports of a built chunk (`import ... from "./x.js"` and bare `import "./x.js"`), transitively. */
function closure(files, start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(path.join(DIST, file), 'utf8');
    for (const match of text.matchAll(/(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js|\/assets\/[^"']+\.js)["']/g)) {
      const target = match[1].startsWith('/') ? match[1].slice(1) : path.posix.join(path.posix.dirname(file), match[1]);
      if (files.includes(target)) visit(target);
    }
  };
  visit(start);
  return seen;
}

export function javascriptPerRoute() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) return null;
  const files = fs
    .readdirSync(path.join(DIST, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `assets/${f}`);
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const entry = [...html.matchAll(/<script[^>]*src="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  const entryFiles = new Set(entry.flatMap((e) => [...closure(files, e)]));
  const gzip = (set) => [...set].reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(DIST, f))).length, 0);
  const routes = Object.entries(ROUTE_CHUNKS).map(([route, chunks]) => {
    const all = new Set(entryFiles);
    for (const chunk of chunks) {
      const file = files.find((f) => path.basename(f).startsWith(`${chunk}-`));
      if (file) for (const f of closure(files, file)) all.add(f);
    }
    return { route, files: all.size, gzipKb: Math.round(gzip(all) / 102.4) / 10 };
  });
  return { entryGzipKb: Math.round(gzip(entryFiles) / 102.4) / 10, routes };
}

/**
 * Median time from navigation to 300+ municipality shapes on the landing map (drawn by the server or
 * the app), to the app's own map having replaced the server's, and the JS actually transferred.
 */
export async function mapDrawn(url, runs = 3) {
  const chromium = '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) return { error: `${chromium} not installed` };
  const { chromium: launcher } = await import('playwright-core');
  const browser = await launcher.launch({
    executablePath: chromium,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const times = [];
  const appTimes = [];
  let transferredJsKb = null;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext(); // cold cache every time
      const page = await context.newPage();
      const sizes = [];
      page.on('requestfinished', async (request) => {
        if (request.url().endsWith('.js')) sizes.push((await request.sizes()).responseBodySize);
      });
      const start = performance.now();
      // from the first byte on: the map may be drawn (by the server) before the page's load event
      await page.goto(`${url}/`, { waitUntil: 'commit' });
      await page.waitForFunction(() => globalThis.document.querySelectorAll('svg[aria-labelledby="kaart-titel"] path[role]').length >= 300, null, {
        timeout: 60_000,
        polling: 'raf',
      });
      times.push(performance.now() - start);
      // the app's own map (layer choice, search, tooltips) has replaced the one the server drew
      await page.waitForFunction(
        () =>
          globalThis.document.querySelectorAll('svg[aria-labelledby="kaart-titel"] path[role]').length >= 300 &&
          globalThis.document.querySelector('[data-server-rendered]') === null,
        null,
        { timeout: 60_000, polling: 'raf' },
      );
      appTimes.push(performance.now() - start);
      await page.waitForLoadState('networkidle');
      transferredJsKb = Math.round(sizes.reduce((a, b) => a + b, 0) / 102.4) / 10;
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (list) => Math.round([...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]);
  return {
    medianMs: median(times),
    runsMs: times.map(Math.round),
    appMedianMs: median(appTimes),
    appRunsMs: appTimes.map(Math.round),
    transferredJsKb,
  };
}
