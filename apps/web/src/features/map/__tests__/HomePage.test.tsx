import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import { homeMocks, projectedBoundaries } from '../../../../test/fixtures/municipalities';
import HomePage from '../HomePage';

const fetchMock = jest.fn();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => projectedBoundaries });
  Object.assign(globalThis, { fetch: fetchMock });
});

afterEach(() => jest.restoreAllMocks());

const ESTIMATE_MAP = 'Kaart: geschat aantal kinderen dat met kindermishandeling te maken krijgt (midden van de bandbreedte) per gemeente';

/** The landing page, switched to the households key figure (the estimate is the default). */
async function renderHome() {
  const user = userEvent.setup();
  const utils = renderRoute(<HomePage />, { mocks: homeMocks() });
  await screen.findByRole('group', { name: ESTIMATE_MAP });
  await user.selectOptions(screen.getByRole('combobox', { name: 'Toon op de kaart' }), 'huishoudens');
  await screen.findByRole('group', { name: 'Kaart: aandeel huishoudens met kinderen per gemeente' });
  return utils;
}

const legendItems = () =>
  within(screen.getByRole('list', { name: 'Legenda' }))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('HomePage', () => {
  it('draws one focusable, named area per municipality from the paths projected by the server, fetched apart from the bundle', async () => {
    const { container } = await renderHome();

    expect(fetchMock).toHaveBeenCalledWith('/geo/municipalities.paths.json', expect.anything());
    const areas = container.querySelectorAll('[data-code^="GM"]');
    expect([...areas].map((a) => a.getAttribute('data-code'))).toEqual(['GM0034', 'GM0363', 'GM0014']);
    for (const area of areas) {
      expect(area.getAttribute('tabindex')).toBe('0');
      expect(area.getAttribute('d')).toMatch(/^M[\d.,-]+L/);
    }
    const amsterdam = screen.getByRole('link', { name: 'Amsterdam: 23% huishoudens met kinderen' });
    expect(amsterdam.getAttribute('data-code')).toBe('GM0363');
    expect(document.title).toBe('Kaart — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');

    expect(await axe(container)).toHaveNoViolations();
  });

  it('opens the municipality page with Enter on a focused area', async () => {
    const user = userEvent.setup();
    const { router } = await renderHome();

    const amsterdam = screen.getByRole('link', { name: /^Amsterdam:/ });
    act(() => amsterdam.focus());
    await user.keyboard('{Enter}');
    expect(router.state.location.pathname).toBe('/gemeente/GM0363');
  });

  it('explains the colours in a text legend with class bounds and counts, without one-point bands', async () => {
    await renderHome();
    // Intended change: the plain quantiles gave a last class "42%" of one point.
    expect(legendItems()).toEqual([
      '18% tot 23% (1 gemeente)',
      '23% tot 31% (1 gemeente)',
      '31% tot en met 42% (2 gemeenten)',
      'geen gegevens (1 gemeente)',
    ]);
  });

  it('shows the estimate first and lets the user choose another figure: legend, map and table follow', async () => {
    const user = userEvent.setup();
    const { container } = renderRoute(<HomePage />, { mocks: homeMocks() });
    await screen.findByRole('group', { name: ESTIMATE_MAP });
    const select = screen.getByRole('combobox', { name: 'Toon op de kaart' });
    expect((select as HTMLSelectElement).value).toBe('schatting');
    expect(screen.getByRole('option', { name: /Mediaan van een indicator per provincie: niet gepubliceerd/ }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText(/nog geen medianen per provincie vrijgegeven/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Amsterdam: 33,4 per 1.000 kinderen' })).toBeTruthy();
    for (const item of legendItems()) expect(item).not.toMatch(/^(\S+) tot (en met )?\1 /);

    await user.click(screen.getByRole('button', { name: 'Toon als tabel' }));
    await user.selectOptions(select, 'veilig-thuis:ontvangen_meldingen');
    await screen.findByRole('group', { name: 'Kaart: ontvangen meldingen bij Veilig Thuis per gemeente' });
    expect(legendItems()).toEqual(['4,0 tot en met 6,2 (2 gemeenten)', 'geen gegevens (3 gemeenten)']);
    const table = await screen.findByRole('table', { name: 'Ontvangen meldingen bij Veilig Thuis per gemeente (per 1.000 inwoners, 2023)' });
    const cells = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [within(row).getByRole('rowheader').textContent, within(row).getByRole('cell').textContent]);
    expect(cells).toContainEqual(['Groningen', '4,0']);
    expect(cells).toContainEqual(['Amsterdam', 'niet gepubliceerd (geen cijfer van CBS voor dit jaar)']);
    expect(screen.getByRole('link', { name: 'Groningen: 4,0 per 1.000 inwoners' })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows the figures as a table on request', async () => {
    const user = userEvent.setup();
    await renderHome();

    const toggle = screen.getByRole('button', { name: 'Toon als tabel' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();

    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Verberg tabel');
    // the table's code loads on request
    const table = await screen.findByRole('table', { name: /Aandeel huishoudens met kinderen per gemeente, 2023/ });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
  });

  it('keeps the search and the table usable when the boundaries cannot be loaded', async () => {
    fetchMock.mockResolvedValue({ ok: false, status: 503, json: async () => ({}) });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderRoute(<HomePage />, { mocks: homeMocks() });

    expect((await screen.findByRole('alert')).textContent).toBe('De kaart kon niet worden geladen. De cijfers staan hieronder op een rij.');
    expect(screen.getByRole('searchbox', { name: 'Zoek een gemeente' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Toon als tabel' })).toBeTruthy();
  });
});
