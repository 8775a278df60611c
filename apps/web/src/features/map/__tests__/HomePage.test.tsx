import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import { mapMock, topology } from '../../../../test/fixtures/municipalities';
import HomePage from '../HomePage';

const fetchMock = jest.fn();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => topology });
  Object.assign(globalThis, { fetch: fetchMock });
});

afterEach(() => jest.restoreAllMocks());

async function renderHome() {
  const utils = renderRoute(<HomePage />, { mocks: [mapMock] });
  await screen.findByRole('group', { name: 'Kaart: aandeel huishoudens met kinderen per gemeente' });
  return utils;
}

describe('HomePage', () => {
  it('draws one focusable, named area per municipality from the boundaries fetched apart from the bundle', async () => {
    const { container } = await renderHome();

    expect(fetchMock).toHaveBeenCalledWith('/geo/municipalities.topojson', expect.anything());
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

  it('explains the colours in a text legend with class bounds and counts', async () => {
    await renderHome();
    const legend = screen.getByRole('list', { name: 'Legenda' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['18% tot 23% (1 gemeente)', '23% tot 31% (1 gemeente)', '31% tot 42% (1 gemeente)', '42% (1 gemeente)', 'geen gegevens (1 gemeente)']);
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
    const table = screen.getByRole('table', { name: /Aandeel huishoudens met kinderen per gemeente, 2023/ });
    expect(within(table).getAllByRole('row')).toHaveLength(6);
  });

  it('keeps the search and the table usable when the boundaries cannot be loaded', async () => {
    fetchMock.mockResolvedValue({ ok: false, status: 503, json: async () => ({}) });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    renderRoute(<HomePage />, { mocks: [mapMock] });

    expect((await screen.findByRole('alert')).textContent).toBe('De kaart kon niet worden geladen. De cijfers staan hieronder op een rij.');
    expect(screen.getByRole('searchbox', { name: 'Zoek een gemeente' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Toon als tabel' })).toBeTruthy();
  });
});
