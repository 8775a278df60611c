import type { Page } from 'playwright-core';
import { axeFindings, phoneFindings, signInAt, useBrowser, waitForPageLoaded } from './browser';

const browser = useBrowser();
let page: Page;

describe('vraag en aanbod', () => {
  it('shows a municipality its demo offer: gaps, a coverage map with a table alternative, and demo labels', async () => {
    page = await browser.openPage();
    await signInAt(page, 'lezer.utrecht@demo.monitor.nl', '/');
    const boundaries = page.waitForResponse((r) => new URL(r.url()).pathname === '/geo/districts/GM0344.geojson');
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Vraag en aanbod' }).click();
    await page.waitForURL('**/aanbod/GM0344');
    await page.getByRole('heading', { level: 1, name: 'Vraag en aanbod: Utrecht' }).waitFor();
    await waitForPageLoaded(page);
    await page.getByText('Dit aanbod is demo-aanbod').waitFor();
    await page.getByText('Jongeren 12–18 jaar: in geen enkele wijk een erkende interventie').waitFor();
    const map = page.getByRole('group', { name: /Kaart: wijken van Utrecht, gekleurd naar capaciteit/ });
    await map.locator('[data-code^="WK0344"]').first().waitFor();
    expect(await map.locator('[data-code^="WK0344"]').count()).toBe(10);
    const table = page.getByRole('table', { name: /Vraag en aanbod per wijk, Utrecht/ });
    expect(await table.getByRole('row').count()).toBe(11); // header and the 10 districts
    expect((await boundaries).status()).toBe(200);
    const targetGroups = page.getByRole('table', { name: /^Aantal aanbodregels per doelgroep en wijk/ });
    expect(await targetGroups.locator('tbody tr').count()).toBe(10);
    const offers = page.getByRole('table', { name: 'Aanbod van Utrecht' });
    expect(await offers.getByText('demo', { exact: true }).count()).toBe(7);
    expect(await page.getByRole('heading', { name: 'Aanbod toevoegen' }).count()).toBe(0); // viewers do not edit
    expect(await axeFindings(page)).toEqual([]);
  });

  it('lets the municipality’s editor add an offer with the form and remove it again from the offer table', async () => {
    page = await browser.openPage();
    await signInAt(page, 'invuller.utrecht@demo.monitor.nl', '/aanbod/GM0344');
    await waitForPageLoaded(page);
    await page.getByRole('heading', { name: 'Aanbod toevoegen' }).waitFor();
    await page.getByRole('button', { name: 'Aanbod opslaan' }).click();
    await page.getByRole('heading', { name: 'Er is iets niet goed ingevuld' }).waitFor();
    expect(await axeFindings(page)).toEqual([]);

    await page.getByLabel('Interventie uit de catalogus').selectOption({ label: 'Demo: traumabehandeling voor kinderen' });
    await page.getByLabel('Doelgroep', { exact: true }).selectOption({ label: 'Jongeren 12–18 jaar' });
    await page.getByLabel('Aanbieder', { exact: true }).fill('Browsertest-aanbieder');
    const firstDistrict = page.getByRole('group', { name: 'Wijken die het aanbod bedient' }).getByRole('checkbox').first();
    await firstDistrict.check();
    await page.getByLabel('Plaatsen per jaar').fill('25');
    await page.getByRole('button', { name: 'Aanbod opslaan' }).click();
    await page.getByText('Het aanbod is opgeslagen.').waitFor();
    const offers = page.getByRole('table', { name: 'Aanbod van Utrecht' });
    await offers.getByText('Browsertest-aanbieder').waitFor();
    expect(await axeFindings(page)).toEqual([]);

    await page.getByRole('button', { name: 'Verwijderen: Demo: traumabehandeling voor kinderen (Browsertest-aanbieder)' }).click();
    await offers.getByText('Browsertest-aanbieder').waitFor({ state: 'detached' });
  });

  it('fits a 390 px wide phone and passes axe', async () => {
    page = await browser.openPhonePage();
    await signInAt(page, 'lezer.utrecht@demo.monitor.nl', '/aanbod/GM0344');
    await waitForPageLoaded(page);
    await page.getByRole('table', { name: /Vraag en aanbod per wijk, Utrecht/ }).waitFor();
    expect(await phoneFindings(page, '/aanbod/GM0344')).toEqual([]);
  });

  it('links an offer with published effect figures to effect monitoring, which names the catalogue entry and links back', async () => {
    page = await browser.openPage();
    await signInAt(page, 'lezer.utrecht@demo.monitor.nl', '/aanbod/GM0344');
    const offers = page.getByRole('table', { name: 'Aanbod van Utrecht' });
    await offers.waitFor();
    expect(await offers.getByRole('link', { name: /^Effectmetingen beschikbaar voor / }).count()).toBe(1);
    await offers.getByRole('link', { name: 'Effectmetingen beschikbaar voor Demo: Signs of Safety' }).click();
    await page.waitForURL('**/effectmonitoring#effect-signs-of-safety');
    await page.getByRole('heading', { level: 1, name: 'Effectmonitoring van interventies' }).waitFor();
    await waitForPageLoaded(page);
    const change = page.getByRole('table', { name: 'Verandering in veiligheid per interventie en wijk, per beoordelaar' });
    await change.locator('#effect-signs-of-safety').filter({ hasText: 'Demo: Signs of Safety (niet beoordeeld)' }).waitFor();
    await change.getByRole('link', { name: 'Demo: Signs of Safety in de interventiecatalogus' }).first().click();
    await page.waitForURL('**/aanbod/catalogus#interventie-signs-of-safety');
    await page.getByRole('heading', { level: 1, name: 'Interventiecatalogus' }).waitFor();
    await waitForPageLoaded(page);
    const catalogue = page.getByRole('table', { name: /^De catalogus: \d+ interventies$/ });
    const row = catalogue.getByRole('row').filter({ hasText: 'Demo: Signs of Safety' });
    expect(await row.innerText()).toMatch(/signs-of-safety\s+Niet in een databank\s+Niet beoordeeld\s+effectmetingen beschikbaar/);
    expect(await page.getByRole('heading', { name: 'Interventie toevoegen' }).count()).toBe(0); // municipal users do not edit
    expect(await axeFindings(page)).toEqual([]);
  });

  it('lets a knowledge editor add a catalogue entry, naming a refused field, and change its level', async () => {
    page = await browser.openPage();
    await signInAt(page, 'kennisredacteur@demo.monitor.nl', '/aanbod/catalogus');
    await page.getByRole('heading', { level: 1, name: 'Interventiecatalogus' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Interventie toevoegen' }).waitFor();
    await page.getByLabel('Naam', { exact: true }).fill('Browsertest-interventie');
    await page.getByLabel('Databank', { exact: true }).selectOption({ label: 'Movisie Databank Effectieve sociale interventies' });
    await page.getByLabel('Adres van het record in de databank (niet verplicht)').fill('movisie.nl/interventie');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    const summary = page.getByRole('heading', { name: 'Er is iets niet goed ingevuld' });
    await summary.waitFor();
    await page.locator('#catalogus-adres[aria-invalid="true"]').waitFor();
    // the refused field is the address: marked invalid (its message sits next to it and in the summary)
    expect(await axeFindings(page)).toEqual([]);

    await page.getByLabel('Adres van het record in de databank (niet verplicht)').fill('https://www.movisie.nl/interventie/browsertest');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByRole('status').filter({ hasText: 'Browsertest-interventie is opgeslagen in de catalogus.' }).waitFor();
    const catalogue = page.getByRole('table', { name: /^De catalogus: \d+ interventies$/ });
    const row = catalogue.getByRole('row').filter({ hasText: 'Browsertest-interventie' });
    expect(await row.innerText()).toMatch(/browsertest-interventie\s+Movisie Databank Effectieve sociale interventies\s+Goed onderbouwd/);

    await page.getByRole('button', { name: 'Bewerken: Browsertest-interventie' }).click();
    await page.getByRole('heading', { level: 2, name: 'Interventie bewerken: Browsertest-interventie' }).waitFor();
    await page.getByText('Code: browsertest-interventie (ligt vast)').waitFor();
    await page.getByLabel('Erkenningsniveau', { exact: true }).selectOption({ label: 'Effectief' });
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Interventie toevoegen' }).waitFor();
    await row.filter({ hasText: 'Effectief' }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
  });

  it('shows the catalogue on a 390 px wide phone, passing axe', async () => {
    page = await browser.openPhonePage();
    await signInAt(page, 'kennisredacteur@demo.monitor.nl', '/aanbod/catalogus');
    await page.getByRole('heading', { level: 1, name: 'Interventiecatalogus' }).waitFor();
    await page.getByRole('table', { name: /^De catalogus: \d+ interventies$/ }).waitFor();
    expect(await phoneFindings(page, '/aanbod/catalogus')).toEqual([]);
  });
});
