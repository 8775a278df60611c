import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute } from '../../../../test/render';
import { MunicipalityDistrictsDocument, type MunicipalityDistrictsQuery } from '../../../gql/__generated__/graphql';
import DistrictsPage from '../DistrictsPage';

type District = MunicipalityDistrictsQuery['districts'][number];

const square = (x: number, y: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});

function district(code: string, name: string, population: number | null, children: number | null, range: [number, number] | null): District {
  return {
    __typename: 'District',
    code,
    name,
    year: 2024,
    population,
    populationStatus: population === null ? 'SUPPRESSED' : 'PUBLISHED',
    children,
    source: 'CBS StatLine 85984NED Kerncijfers wijken en buurten 2024',
    estimate: {
      __typename: 'AbuseEstimate',
      low: range?.[0] ?? null,
      high: range?.[1] ?? null,
      status: range ? 'PUBLISHED' : 'SUPPRESSED',
    },
  };
}

const districts = [
  district('WK036301', 'Jordaan', 22_000, 1230, [30, 40]),
  district('WK036302', 'Centrum-Oost', 35_000, 4520, [120, 170]),
  district('WK036303', 'Westelijk Havengebied', null, null, null),
];

/** The public boundaries of /geo/districts/GM0363.geojson (fetched apart from the figures). */
const boundaries = {
  type: 'FeatureCollection',
  municipalityCode: 'GM0363',
  year: 2024,
  features: [
    ['WK036301', 'Jordaan', 4.88],
    ['WK036302', 'Centrum-Oost', 4.9],
    ['WK036303', 'Westelijk Havengebied', 4.86],
  ].map(([statcode, statnaam, x]) => ({ type: 'Feature', properties: { statcode, statnaam }, geometry: square(x as number, 52) })),
};

const fetchMock = jest.fn();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => boundaries });
  Object.assign(globalThis, { fetch: fetchMock });
});

afterEach(() => jest.restoreAllMocks());

const mock = (list: District[]): MockLink.MockedResponse => ({
  request: { query: MunicipalityDistrictsDocument, variables: { code: 'GM0363' } },
  result: { data: { municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' }, districts: list } },
});

const renderPage = (list = districts) =>
  renderRoute(<DistrictsPage />, { path: '/gemeente/:code/wijken', url: '/gemeente/GM0363/wijken', mocks: [mock(list)] });

describe('DistrictsPage', () => {
  it('lists every district in a table, with symbols for suppressed figures', async () => {
    const { container } = renderPage();
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Wijken van Amsterdam');
    const table = screen.getByRole('table', { name: 'Wijken van Amsterdam, 2024' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        ...within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ]);
    expect(rows).toEqual([
      ['Centrum-Oost', '35.000', '4.520', '120 tot 170'],
      ['Jordaan', '22.000', '1.230', '30 tot 40'],
      ['Westelijk Havengebied', '–', '–', '–'],
    ]);
    expect(screen.getByText('geheim of onderdrukt (te klein aantal)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download CSV: Cijfers per wijk' })).toBeTruthy();

    await screen.findByRole('group', { name: /^Kaart: wijken van Amsterdam/ });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('draws each district as a focusable, named area and recolours by the estimate on request', async () => {
    const user = userEvent.setup();
    const { container } = renderPage();
    await screen.findByRole('group', { name: /^Kaart: wijken van Amsterdam/ });
    expect(fetchMock).toHaveBeenCalledWith('/geo/districts/GM0363.geojson', expect.anything());

    const areas = [...container.querySelectorAll('[data-code^="WK"]')];
    expect(areas.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Centrum-Oost: ongeveer 4.520 kinderen',
      'Jordaan: ongeveer 1.230 kinderen',
      'Westelijk Havengebied: aantal kinderen niet getoond',
    ]);
    for (const area of areas) {
      expect(area.getAttribute('tabindex')).toBe('0');
      expect(area.getAttribute('d')).toMatch(/^M[\d.,-]+L/);
    }
    const legend = screen.getByRole('list', { name: /^Legenda/ });
    expect(within(legend).getAllByRole('listitem').at(-1)!.textContent).toBe('niet getoond (1 wijk)');

    await user.selectOptions(screen.getByLabelText('Kleur de kaart naar'), 'estimate');
    expect(screen.getByRole('img', { name: 'Jordaan: naar schatting 30 tot 40 kinderen met kindermishandeling' })).toBeTruthy();
  });

  it('keeps the table when the boundaries cannot be loaded', async () => {
    fetchMock.mockResolvedValue({ ok: false, status: 503, json: async () => ({}) });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = renderPage();

    expect((await screen.findByRole('alert')).textContent).toContain('De kaart kon niet worden geladen. De cijfers staan in de tabel hieronder.');
    expect(within(screen.getByRole('table', { name: 'Wijken van Amsterdam, 2024' })).getAllByRole('row')).toHaveLength(4);
    expect(container.querySelector('[data-code^="WK"]')).toBeNull();
  });

  it('says so when the municipality has no districts', async () => {
    renderPage([]);
    expect(await screen.findByText('Voor Amsterdam zijn geen wijkcijfers beschikbaar.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
