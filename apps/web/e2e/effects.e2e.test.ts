import type { Page } from 'playwright-core';
import { axeFindings, baseUrl, phoneFindings, signInAt, useBrowser, waitForPageLoaded } from './browser';

const SYNTHETIC = 'Synthetisch — er bestaan geen gepubliceerde verdelingen';

const browser = useBrowser();
let page: Page;

describe('effectmonitoring', () => {
  it('shows a visitor the synthetic demo figures, labelled, with small groups protected and the agreement measure explained', async () => {
    page = await browser.openPage();
    await page.goto(`${baseUrl()}/`);
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Effectmonitoring' }).click();
    await page.waitForURL('**/effectmonitoring');
    await page.getByRole('heading', { level: 1, name: 'Effectmonitoring van interventies' }).waitFor();
    await waitForPageLoaded(page);
    await page.getByText(SYNTHETIC).waitFor();

    const change = page.getByRole('table', { name: 'Verandering in veiligheid per interventie en wijk, per beoordelaar' });
    await change.waitFor();
    const sosHelper = change.getByRole('row').filter({ hasText: 'Demo: Signs of Safety (niet beoordeeld)' }).filter({ hasText: 'hulpverlener' });
    expect(await sosHelper.getByRole('cell').nth(1).innerText()).toBe('42'); // 24 + 18 demo trajectories
    const small = change.getByRole('row').filter({ hasText: 'Demo: gezinscoaching (niet beoordeeld)' }).first();
    expect(await small.innerText()).toContain('beschermd');
    expect(await small.innerText()).not.toMatch(/\b6\b/); // no count for a protected group

    await page.getByText(/Krippendorffs alfa \(intervalniveau\)/).waitFor();
    const agreement = page.getByRole('table', { name: 'Overeenstemming tussen beoordelaars per interventie en wijk' });
    expect(await agreement.getByRole('row').filter({ hasText: 'Demo: Veilig Verder (niet beoordeeld)' }).innerText()).toMatch(/binnen 1 punt/);
    expect(await page.getByRole('heading', { name: 'Scores uploaden' }).count()).toBe(0);
    expect(await axeFindings(page)).toEqual([]);
  });

  it('an editor’s upload with a BSN-like number is refused with its line, nothing stored; a correct one is stored and shown pseudonymised', async () => {
    page = await browser.openPage();
    await signInAt(page, 'invuller.amsterdam@demo.monitor.nl', '/effectmonitoring');
    await waitForPageLoaded(page);
    const csv = page.getByLabel('Of plak de regels hier (met kopregel)');
    await csv.fill(
      'traject;meetmoment;beoordelaar;score;interventie;wijk\nE2E-1;0;ouder;4;gezinscoaching-demo;\n111222333;0;ouder;5;gezinscoaching-demo;',
    );
    await page.getByRole('button', { name: 'Scores uploaden' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Er is niets opgeslagen' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/Regel 3, traject: .*burgerservicenummer/);
    expect(await axeFindings(page)).toEqual([]);

    await csv.fill(
      'traject;meetmoment;beoordelaar;score;interventie;wijk\nE2E-1;0;ouder;4;gezinscoaching-demo;\nE2E-1;0;hulpverlener;3;gezinscoaching-demo;',
    );
    await page.getByRole('button', { name: 'Scores uploaden' }).click();
    await page.getByRole('status').filter({ hasText: 'Opgeslagen: 2 scores van 1 trajecten.' }).waitFor();
    const scores = page.getByRole('table', { name: 'Laatst opgeslagen scores, nieuwste eerst' });
    await scores.getByRole('row').filter({ hasText: 'gezinscoaching-demo' }).first().waitFor();
    expect(await scores.innerText()).not.toContain('E2E-1');
    expect(await axeFindings(page)).toEqual([]);
  });

  it('a link to one intervention lands on its row, scrolled into view and focused, on the effect page and in the catalogue', async () => {
    page = await browser.openPage();
    const landsOn = async (path: string, id: string) => {
      await page.goto(`${baseUrl()}${path}#${id}`);
      await page.waitForFunction((target) => globalThis.document.activeElement?.id === target, id, { timeout: 15_000 });
      const box = await page.locator(`[id="${id}"]`).boundingBox();
      const height = page.viewportSize()?.height ?? 0;
      expect(box && box.y > -1 && box.y < height).toBe(true); // at the top, give or take a subpixel
      expect(await page.evaluate(() => globalThis.scrollY)).toBeGreaterThan(0);
    };
    await landsOn('/effectmonitoring', 'effect-gezinscoaching-demo');
    await landsOn('/aanbod/catalogus', 'interventie-gezinscoaching-demo');
    expect(await axeFindings(page)).toEqual([]);
  });

  it('fits a 390 px wide phone and passes axe, for a visitor and for an editor', async () => {
    page = await browser.openPhonePage();
    const findings: string[] = [];
    const check = async (label: string) => {
      await waitForPageLoaded(page);
      await page.getByRole('heading', { level: 2, name: 'Verandering in veiligheid' }).waitFor();
      findings.push(...(await phoneFindings(page, label)));
    };
    await page.goto(`${baseUrl()}/effectmonitoring`);
    await check('bezoeker');
    await signInAt(page, 'invuller.amsterdam@demo.monitor.nl', '/effectmonitoring');
    await page.getByRole('heading', { name: 'Eén traject invoeren' }).waitFor();
    await check('invuller');
    expect(findings).toEqual([]);
  });
});
