import type { Page } from 'playwright-core';
import { axeFindings, baseUrl, phoneFindingsAt, signInAt, useBrowser, waitForPageLoaded } from './browser';

const QUESTION = 'Hoe organiseren jullie de nazorg na een melding bij Veilig Thuis?';

const browser = useBrowser();
let page: Page;
let threadPath = '';

/** A fresh page (its own cookies), signed in as `email`, at `back`. */
async function signedIn(email: string, back: string, open = browser.openPage) {
  page = await open();
  await signInAt(page, email, back);
}

/** The thread page, also with the #bericht-N anchor of a notification or home-page link. */
const onThread = (url: URL) => url.pathname === threadPath;

describe('forum', () => {
  it('is for participants only: a visitor is sent to the login page', async () => {
    page = await browser.openPage();
    await page.goto(`${baseUrl()}/forum`);
    await page.waitForURL('**/inloggen?terug=%2Fforum');
  });

  it('a policy officer asks a question that mentions a colleague; the form names what is missing', async () => {
    await signedIn('invuller.amsterdam@demo.monitor.nl', '/forum');
    expect(await page.title()).toBe('Forum — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    await page.getByRole('heading', { level: 2, name: 'Gemelde berichten' }).waitFor({ state: 'detached' });
    expect(await axeFindings(page)).toEqual([]);

    await page.getByRole('link', { name: 'Een vraag stellen' }).click();
    await page.waitForURL('**/forum/nieuw');
    await page.getByRole('heading', { level: 1, name: 'Een vraag stellen' }).waitFor();
    await waitForPageLoaded(page);
    await page.getByRole('button', { name: 'Vraag plaatsen' }).click();
    await page.getByRole('link', { name: 'Vul uw vraag in (minstens 8 tekens).' }).waitFor();
    expect(await axeFindings(page)).toEqual([]);

    await page.getByLabel('Categorie').selectOption('stoppen-en-duurzaam-oplossen');
    await page.getByLabel('Uw vraag in één zin').fill(QUESTION);
    await page.getByLabel('Toelichting').fill('Wie volgt bij jullie de **veiligheid** na de overdracht? Graag ook de ervaring van @lezer.utrecht.');
    await page.getByRole('button', { name: 'Vraag plaatsen' }).click();
    await page.waitForURL('**/forum/vraag/*');
    await page.getByRole('heading', { level: 1, name: QUESTION }).waitFor();
    await waitForPageLoaded(page);
    threadPath = new URL(page.url()).pathname;
    await page.getByText('U volgt deze vraag en krijgt een melding bij nieuwe antwoorden.').waitFor();
    expect(await page.locator('.monitor-forum__body strong').first().innerText()).toBe('veiligheid');
    expect(await axeFindings(page)).toEqual([]);
  });

  it('the mentioned colleague sees the notification in the navigation and answers', async () => {
    await signedIn('lezer.utrecht@demo.monitor.nl', '/forum/meldingen');
    await page.getByRole('link', { name: 'Forum, 1 ongelezen melding' }).waitFor();
    await page.getByText('U heeft 1 ongelezen melding.').waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('link', { name: QUESTION }).click();
    await page.waitForURL(onThread);
    await waitForPageLoaded(page);
    await page
      .getByRole('textbox', { name: 'Uw antwoord' })
      .fill('Bij ons volgt het wijkteam de veiligheid een half jaar, met een vast aanspreekpunt.');
    await page.getByRole('button', { name: 'Antwoord plaatsen' }).click();
    await page.getByRole('heading', { level: 2, name: '1 antwoord' }).waitFor();
    await page.getByRole('link', { name: 'Forum', exact: true }).waitFor(); // read on opening: no unread count left
  });

  it('the asker sees the new answer on the home page and accepts it', async () => {
    await signedIn('invuller.amsterdam@demo.monitor.nl', '/mijn-gemeente');
    const section = page.getByRole('region', { name: 'Nieuwe antwoorden' });
    await section.getByRole('link', { name: QUESTION }).click();
    await page.waitForURL(onThread);
    await waitForPageLoaded(page);
    await page.getByRole('button', { name: 'Dit antwoord accepteren' }).click();
    await page.getByRole('heading', { level: 3, name: 'Geaccepteerd antwoord' }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
  });

  it('a moderator locks the thread: the answer form disappears', async () => {
    await signedIn('beheerder@demo.monitor.nl', threadPath);
    await page.getByRole('button', { name: 'Vraag sluiten' }).click();
    await page.getByText('Deze vraag is gesloten door een moderator. Er kunnen geen antwoorden meer bij.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Uw antwoord' }).count()).toBe(0);
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: 'Vraag heropenen' }).click();
    await page.getByRole('textbox', { name: 'Uw antwoord' }).waitFor();
  });

  it('fits a 390 px wide phone and passes axe on every forum page', async () => {
    await signedIn('invuller.amsterdam@demo.monitor.nl', '/forum', browser.openPhonePage);
    expect(await phoneFindingsAt(page, ['/forum', '/forum?zoek=nazorg', '/forum/nieuw', threadPath, '/forum/meldingen'])).toEqual([]);
  });
});
