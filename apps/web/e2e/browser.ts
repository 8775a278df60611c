import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BASE_URL_VARIABLE } from './global-setup';

/** Debian's Chromium; browser downloads are impossible here, so tests drive the system browser. */
export const CHROMIUM = '/usr/bin/chromium';

export function baseUrl(): string {
  const url = process.env[BASE_URL_VARIABLE];
  if (!url) throw new Error('De e2e-tests draaien alleen via jest (global-setup start de monitor).');
  return url;
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} ontbreekt: installeer Chromium met "apt-get install -y chromium".`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/** Runs axe-core in the page against WCAG 2.1 A and AA. */
/**
 * Waits until the app has replaced the landing map the server drew (apps/server/src/http/landing-page.ts):
 * the app's own map selects on a tap and shows the read-out, the server's only opens a municipality.
 */
export async function appMapDrawn(page: Page): Promise<void> {
  await page.waitForSelector('svg[aria-labelledby="kaart-titel"] [data-code]');
  await page.waitForSelector('[data-server-rendered]', { state: 'detached' });
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // evaluated through the DevTools protocol: an inline <script> tag would be (rightly) refused by the CSP
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<any> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return results.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n: any) => n.target.join(' ')),
    }));
  });
}

/** A page whose waits are generous: the tests assert behaviour, not the speed of a busy machine. */
export async function openPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  page.setDefaultTimeout(90_000);
  page.setDefaultNavigationTimeout(90_000);
  return page;
}

/** The width of a common phone (iPhone 12–15) in CSS pixels. */
export const PHONE_WIDTH = 390;

/**
 * A page with a real 390 CSS px wide viewport at device scale factor 1: the layout width is that
 * of a phone, not a desktop page zoomed out. `touch` makes taps produce touch pointer events.
 */
export async function openPhonePage(browser: Browser, { touch = false } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: PHONE_WIDTH, height: 844 }, deviceScaleFactor: 1, hasTouch: touch });
  page.setDefaultTimeout(90_000);
  page.setDefaultNavigationTimeout(90_000);
  return page;
}

/** Waits until the page has its level-1 heading and no loading status ("…") is left in <main>. */
export async function waitForPageLoaded(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(() =>
    [...document.querySelectorAll('main [role="status"]')].every((status) => !status.textContent?.trim().endsWith('…')),
  );
}

/** axe's WCAG 2.1 AA findings of the page as `rule: targets` lines: a failing assertion names them. */
export async function axeFindings(page: Page): Promise<string[]> {
  return (await axeViolations(page)).map((v) => `${v.id}: ${v.targets.join(', ')}`);
}

/** The browser of one test file, for opening the pages of its tests. */
export interface TestBrowser {
  /** A fresh desktop page with its own cookies, closed after the running test. */
  openPage: () => Promise<Page>;
  /** A fresh page at phone width (see openPhonePage), closed after the running test. */
  openPhonePage: (options?: { touch?: boolean }) => Promise<Page>;
}

/**
 * The set-up every browser-test file shares, to call once at its top level: one Chromium for the
 * file, launched before its first test and closed after its last, and every page a test opens through
 * it closed after that test.
 */
export function useBrowser(): TestBrowser {
  let browser: Browser | undefined;
  const openPages: Page[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await Promise.all(openPages.splice(0).map((page) => page.close()));
  });
  afterAll(() => browser?.close());

  const launched = (): Browser => {
    if (!browser) throw new Error('useBrowser: pages open only inside a test or a beforeEach.');
    return browser;
  };
  const track = async (opening: Promise<Page>): Promise<Page> => {
    const page = await opening;
    openPages.push(page);
    return page;
  };
  return {
    openPage: () => track(openPage(launched())),
    openPhonePage: (options) => track(openPhonePage(launched(), options)),
  };
}

/** The width of the whole document: wider than the viewport means the page scrolls sideways. */
export async function documentWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/**
 * What keeps the loaded page from fitting a 390 px phone: its width when it scrolls sideways, and
 * axe's findings, each line starting with `label`. Empty when it fits and passes axe.
 */
export async function phoneFindings(page: Page, label: string): Promise<string[]> {
  const width = await documentWidth(page);
  const axe = (await axeFindings(page)).map((finding) => `${label}: ${finding}`);
  return width > PHONE_WIDTH ? [`${label}: ${width} px`, ...axe] : axe;
}

/** A page to check at phone width; `heading`, its level-1 heading, is waited for where a lazy route would keep the previous page on screen. */
export type PhonePath = string | { path: string; heading: string };

/**
 * Opens each path in `page` (a phone page, see openPhonePage), waits until it is loaded and collects
 * phoneFindings: one list, so that a failure names every page that overflows or fails axe.
 */
export async function phoneFindingsAt(page: Page, paths: readonly PhonePath[]): Promise<string[]> {
  const findings: string[] = [];
  for (const item of paths) {
    const { path, heading } = typeof item === 'string' ? { path: item, heading: null } : item;
    await page.goto(`${baseUrl()}${path}`);
    if (heading) await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await waitForPageLoaded(page);
    findings.push(...(await phoneFindings(page, path)));
  }
  return findings;
}

/** The password of every demo account (seeded only in demo mode). */
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';

/**
 * Signs in through the login form and waits until the page at `back` has replaced the login page:
 * a lazy route keeps the previous page (and its title) on screen until its code has loaded.
 */
export async function signInAt(page: Page, email: string, back: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl()}/inloggen?terug=${encodeURIComponent(back)}`);
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
  await page.waitForURL(`**${back}`);
  await page.getByRole('heading', { level: 1, name: 'Inloggen', exact: true }).waitFor({ state: 'detached' });
  await waitForPageLoaded(page);
}
