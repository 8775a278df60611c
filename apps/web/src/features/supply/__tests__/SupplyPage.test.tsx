import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { MockLink } from '@apollo/client/testing';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { renderRoute } from '../../../../test/render';
import { SupplyAnalysisPageDocument, type SupplyAnalysisPageQuery } from '../../../gql/__generated__/graphql';
import SupplyPage from '../SupplyPage';

type Analysis = SupplyAnalysisPageQuery['supplyAnalysis'];

const viewer = sessionUser({ role: 'MUNICIPAL_VIEWER', municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' } });

const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 52],
      [x + 0.01, 52],
      [x + 0.01, 52.01],
      [x, 52.01],
      [x, 52],
    ],
  ],
});

/** The public boundaries of /geo/districts/GM0363.geojson (fetched apart from the figures). */
const boundaries = {
  type: 'FeatureCollection',
  municipalityCode: 'GM0363',
  year: 2024,
  features: [
    { type: 'Feature', properties: { statcode: 'WK036301', statnaam: 'Jordaan' }, geometry: square(4.88) },
    { type: 'Feature', properties: { statcode: 'WK036302', statnaam: 'Centrum-Oost' }, geometry: square(4.9) },
  ],
};

function district(code: string, name: string, capacityPercentOfNeed: number | null): Analysis['districts'][number] {
  return {
    __typename: 'DistrictSupply',
    code,
    name,
    children: 1000,
    needLow: 20,
    needHigh: 30,
    needStatus: 'PUBLISHED',
    offers: 0,
    recognisedOffers: 0,
    matchingCapacity: 0,
    capacityPercentOfNeed,
    reach: null,
    reachStatus: 'UNKNOWN',
    youthCarePerThousandChildren: null,
    youthCareStatus: 'UNKNOWN',
  };
}

function offer(id: string, targetGroup: 'PARENTS' | 'FAMILIES', districtCodes: string[], recognised: boolean): Analysis['offers'][number] {
  return {
    __typename: 'CareOffer',
    id,
    provider: `Aanbieder ${id}`,
    targetGroup,
    preventionLevel: 'INDICATED',
    districtCodes,
    capacity: 10,
    reachLastYear: null,
    waitingWeeks: null,
    isDemo: false,
    intervention: {
      __typename: 'Intervention',
      id: `i${id}`,
      code: `interventie-${id}`,
      name: `Interventie ${id}`,
      databank: 'NJI',
      recognitionLevel: recognised ? 'EFFECTIVE' : 'NOT_ASSESSED',
      recognised,
      isDemo: false,
      effectResultsPublished: false,
    },
  };
}

const analysis: Analysis = {
  __typename: 'SupplyAnalysis',
  municipalityCode: 'GM0363',
  districtYear: 2024,
  method: 'Methode.',
  thresholds: { __typename: 'SupplyThresholds', capacityShareOfNeed: 0.5, reachShareOfCapacity: 0.5, explanation: 'Drempels.' },
  districts: [district('WK036301', 'Jordaan', 40), district('WK036302', 'Centrum-Oost', null)],
  offers: [
    offer('1', 'PARENTS', ['WK036301', 'WK036302'], true),
    offer('2', 'PARENTS', ['WK036301'], false),
    offer('3', 'FAMILIES', ['WK036302'], false),
  ],
  gaps: [],
  expectedUse: null,
};

const pageMock: MockLink.MockedResponse = {
  request: { query: SupplyAnalysisPageDocument, variables: { code: 'GM0363' } },
  result: { data: { municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' }, supplyAnalysis: analysis, interventions: [] } },
};

const fetchMock = jest.fn();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => boundaries });
  Object.assign(globalThis, { fetch: fetchMock });
});

afterEach(() => jest.restoreAllMocks());

const renderPage = () => renderRoute(<SupplyPage />, { path: '/aanbod/:code', url: '/aanbod/GM0363', mocks: [sessionMock(viewer), pageMock] });

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ]);

describe('SupplyPage', () => {
  it('draws the districts from the public boundaries, coloured and named with their coverage', async () => {
    const { container } = renderPage();
    await screen.findByRole('group', { name: /^Kaart: wijken van Amsterdam/ });
    expect(fetchMock).toHaveBeenCalledWith('/geo/districts/GM0363.geojson', expect.anything());
    const areas = [...container.querySelectorAll('[data-code^="WK"]')];
    expect(areas.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Centrum-Oost: behoefte niet getoond',
      'Jordaan: capaciteit 40% van de behoefte',
    ]);
    for (const area of areas) expect(area.getAttribute('d')).toMatch(/^M[\d.,-]+L/);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('counts the offers per target group and district from the offers it shows', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: /^Aantal aanbodregels per doelgroep en wijk/ });
    expect(rowsOf(table)).toEqual([
      ['Centrum-Oost', '0 (0)', '0 (0)', '0 (0)', '1 (1)', '1 (0)'],
      ['Jordaan', '0 (0)', '0 (0)', '0 (0)', '2 (1)', '0 (0)'],
    ]);
  });

  it('keeps the table alternative when the boundaries cannot be loaded', async () => {
    fetchMock.mockResolvedValue({ ok: false, status: 503, json: async () => ({}) });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const { container } = renderPage();
    expect((await screen.findByRole('alert')).textContent).toBe('De kaart kon niet worden geladen. De cijfers staan in de tabel hieronder.');
    expect(rowsOf(screen.getByRole('table', { name: 'Vraag en aanbod per wijk, Amsterdam (wijkindeling 2024)' }))).toHaveLength(2);
    expect(container.querySelector('[data-code^="WK"]')).toBeNull();
  });
});
