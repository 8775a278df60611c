import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { renderRoute } from '../../../../test/render';
import {
  BenchmarkDetailDocument,
  BenchmarkGroupOptionsDocument,
  BenchmarkRegionListDocument,
  BenchmarkSharedIndicatorsDocument,
  BenchmarkYearsDocument,
  SharingAgreementsDocument,
  type BenchmarkFigures_BenchmarkFragment,
} from '../../../gql/__generated__/graphql';
import BenchmarkDetailPage from '../BenchmarkDetailPage';
import { regionMediansDocument } from '../useRegionMedians';

const editor = sessionUser({
  role: 'MUNICIPAL_EDITOR',
  municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' },
});

const COMPUTED_AT = '2026-11-23T18:41:56.252Z';

const group = (key: string, type: BenchmarkFigures_BenchmarkFragment['group']['type'], name: string) => ({
  __typename: 'BenchmarkGroup' as const,
  key,
  type,
  name,
});

function figures(overrides: Partial<BenchmarkFigures_BenchmarkFragment>): BenchmarkFigures_BenchmarkFragment {
  return {
    __typename: 'Benchmark',
    measure: 'meldcode',
    year: 2026,
    group: group('ALL', 'ALL', 'alle deelnemende gemeenten'),
    published: true,
    withheldReason: null,
    n: 84,
    p10: 0,
    q1: 33.3,
    median: 58.4,
    q3: 83.3,
    p90: 100,
    computedAt: COMPUTED_AT,
    ownValue: 66.7,
    ownQuartile: 3,
    previousOwnValue: 58.3,
    ownChange: 8.4,
    ...overrides,
  };
}

const withheld = { published: false, p10: null, q1: null, median: null, q3: null, p90: null, ownQuartile: null };

const detailMock = {
  request: {
    query: BenchmarkDetailDocument,
    variables: { key: 'meldcode', year: 2026, code: 'GM0363', customCode: null, withCustom: false },
  },
  result: {
    data: {
      municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' },
      questionnaire: {
        __typename: 'Questionnaire',
        year: 2026,
        indicators: [
          {
            __typename: 'IndicatorDefinitionInfo',
            key: 'meldcode',
            label: 'Meldcode',
            theme: 'Eerder en beter in beeld',
            description: 'In hoeverre de meldcode is geborgd.',
          },
        ],
      },
      all: figures({}),
      province: figures({
        group: group('PV:PV27', 'PROVINCE', 'provincie Noord-Holland'),
        n: 9,
        p10: 16.7,
        q1: 33.3,
        median: 66.7,
        q3: 100,
        ownQuartile: 2,
      }),
      veiligThuis: figures({
        group: group('VT:VT01', 'VEILIG_THUIS_REGION', 'Veilig Thuis-regio Amsterdam-Amstelland'),
        n: 2,
        ...withheld,
        withheldReason: 'TOO_FEW',
      }),
      safety: figures({
        group: group('VR:VR13', 'SAFETY_REGION', 'veiligheidsregio Amsterdam-Amstelland'),
        n: 2,
        ...withheld,
        withheldReason: 'DIFFERENCING',
      }),
      size: figures({
        group: group('SIZE:100K_PLUS', 'SIZE_CLASS', 'gemeenten met 100.000 inwoners of meer'),
        n: 7,
        p10: 33.3,
        q1: 58.4,
        median: 75,
        q3: 91.7,
        ownQuartile: 2,
      }),
    },
  },
};

const yearsMock = {
  request: { query: BenchmarkYearsDocument },
  result: { data: { questionnaires: [{ __typename: 'Questionnaire', year: 2026 }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const groupsMock = {
  request: { query: BenchmarkGroupOptionsDocument },
  result: { data: { benchmarkGroups: [] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};
const regionsMock = {
  request: { query: BenchmarkRegionListDocument, variables: { type: 'PROVINCE' } },
  result: {
    data: {
      regions: [
        { __typename: 'Region', code: 'PV20', name: 'Groningen' },
        { __typename: 'Region', code: 'PV27', name: 'Noord-Holland' },
      ],
    },
  },
};
const regionMedian = (key: string, name: string, overrides: object) => ({
  __typename: 'Benchmark',
  group: group(key, 'PROVINCE', name),
  published: true,
  withheldReason: null,
  n: 9,
  median: 66.7,
  computedAt: COMPUTED_AT,
  ...overrides,
});
const mediansMock = {
  request: { query: regionMediansDocument('PROVINCE', ['PV20', 'PV27']), variables: { key: 'meldcode', year: 2026 } },
  result: {
    data: {
      PV20: regionMedian('PV:PV20', 'provincie Groningen', { published: false, withheldReason: 'TOO_FEW', n: 3, median: null }),
      PV27: regionMedian('PV:PV27', 'provincie Noord-Holland', {}),
    },
  },
};
const member = (code: string, name: string) => ({
  __typename: 'SharingAgreementMember' as const,
  municipalityCode: code,
  municipalityName: name,
  state: 'ACCEPTED',
  respondedAt: '2026-11-20T10:00:00.000Z',
});
const agreementsMock = {
  request: { query: SharingAgreementsDocument },
  result: {
    data: {
      sharingAgreements: [
        {
          __typename: 'SharingAgreement',
          id: '4',
          title: 'Uitwisseling Amstelland',
          scope: 'VEILIG_THUIS_REGION',
          regionCode: 'VT01',
          regionName: 'Amsterdam-Amstelland',
          status: 'ACTIVE',
          createdAt: '2026-11-19T10:00:00.000Z',
          activatedAt: '2026-11-20T10:00:00.000Z',
          endedAt: null,
          members: [member('GM0362', 'Amstelveen'), member('GM0363', 'Amsterdam')],
        },
      ],
    },
  },
};
const sharedMock = {
  request: { query: BenchmarkSharedIndicatorsDocument, variables: { agreementId: '4', year: 2026 } },
  result: {
    data: {
      sharedIndicators: [
        {
          __typename: 'SharedIndicatorValue',
          municipalityCode: 'GM0362',
          municipalityName: 'Amstelveen',
          indicatorKey: 'meldcode',
          value: 83.3,
          band: 'HIGH',
        },
        {
          __typename: 'SharedIndicatorValue',
          municipalityCode: 'GM0362',
          municipalityName: 'Amstelveen',
          indicatorKey: 'nazorg',
          value: 10,
          band: 'LOW',
        },
        {
          __typename: 'SharedIndicatorValue',
          municipalityCode: 'GM0363',
          municipalityName: 'Amsterdam',
          indicatorKey: 'meldcode',
          value: 66.7,
          band: 'PARTIAL',
        },
      ],
    },
  },
};

/** Two squares as "provinces" and as municipalities. */
const square = (x: number, y: number) => [
  [x, y],
  [x, y + 0.1],
  [x + 0.2, y + 0.1],
  [x + 0.2, y],
  [x, y],
];
const topologyOf = (object: string, features: Array<[string, string]>) => ({
  type: 'Topology',
  arcs: features.map((_, i) => square(4.8 + i * 0.3, 52.3)),
  objects: {
    [object]: {
      type: 'GeometryCollection',
      geometries: features.map(([statcode, statnaam], i) => ({ type: 'Polygon', arcs: [[i]], properties: { statcode, statnaam } })),
    },
  },
});
const fetchMock = jest.fn((url: string) =>
  Promise.resolve({
    ok: true,
    status: 200,
    json: async () =>
      url.includes('provinces')
        ? topologyOf('provincie_2025', [
            ['PV20', 'Groningen'],
            ['PV27', 'Noord-Holland'],
          ])
        : topologyOf('gemeente_2026', [
            ['GM0362', 'Amstelveen'],
            ['GM0363', 'Amsterdam'],
            ['GM0014', 'Groningen'],
          ]),
  }),
);

beforeEach(() => {
  fetchMock.mockClear();
  Object.assign(globalThis, { fetch: fetchMock });
});

describe('BenchmarkDetailPage', () => {
  it('shows the distribution per group with a table alternative, the region map and the shared agreement', async () => {
    const user = userEvent.setup();
    const { container } = renderRoute(<BenchmarkDetailPage />, {
      path: '/vergelijken/:code/:year/:indicatorKey',
      url: '/vergelijken/GM0363/2026/meldcode',
      mocks: [sessionMock(editor), yearsMock, groupsMock, detailMock, regionsMock, mediansMock, agreementsMock, sharedMock] as never,
    });
    await screen.findByRole('heading', { level: 1, name: 'Meldcode' });
    expect(screen.getByTestId('cijfers-van').textContent).toBe('cijfers van 23 november 2026 om 19:41');
    expect(screen.getByText('+8,4 punten t.o.v. 2025')).toBeTruthy();

    // The distribution chart: one bar per group, named, with title and description.
    const chart = screen.getByRole('img', { name: 'Verdeling van Meldcode in 2026 per vergelijkingsgroep' });
    expect(chart.querySelector('desc')?.textContent).toContain('Amsterdam');

    // Its table alternative: every group with its figures or why they are withheld.
    const table = screen.getByRole('table', { name: 'Verdeling van Meldcode in 2026, met Amsterdam' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Alle deelnemende gemeenten',
      'Provincie Noord-Holland',
      'Veilig Thuis-regio Amsterdam-Amstelland',
      'Veiligheidsregio Amsterdam-Amstelland',
      'Gemeenten met 100.000 inwoners of meer',
    ]);
    expect(
      within(rows[0])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['66,7', 'derde kwart', '58,4', '33,3–83,3', '0–100', '84']);
    expect(within(rows[1]).getAllByRole('cell')[1].textContent).toBe('tweede kwart');
    expect(
      within(rows[2])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['66,7', '—', 'Niet getoond: te weinig gemeenten (minder dan 5)']);
    expect(within(rows[3]).getAllByRole('cell')[2].textContent).toBe(
      'Niet getoond: zou in combinatie met een andere groep cijfers van één gemeente kunnen onthullen',
    );

    // The choropleth: the withheld province is hatched and says why; the other shows its median.
    const map = await screen.findByRole('group', { name: 'Kaart: mediaan van Meldcode per provincie, 2026' });
    const groningen = within(map).getByRole('img', { name: 'Groningen: Niet getoond: te weinig gemeenten (minder dan 5)' });
    expect(groningen.getAttribute('fill')).toMatch(/^url\(#/);
    expect(groningen.getAttribute('tabindex')).toBe('0');
    const noordHolland = within(map).getByRole('img', { name: 'Noord-Holland: mediaan 66,7 (9 gemeenten)' });
    expect(noordHolland.getAttribute('fill')).toMatch(/^#/);
    expect(fetchMock).toHaveBeenCalledWith('/geo/provinces.topojson', expect.anything());
    const regionTable = screen.getByRole('table', { name: 'Mediaan van Meldcode per provincie, 2026' });
    expect(within(regionTable).getAllByRole('row')[2].textContent).toContain('(regio van Amsterdam)');
    await user.tab();

    // Shared within the active agreement: members by name, on a map and in a table.
    const shared = await screen.findByRole('table', { name: 'Meldcode in 2026, gemeenten in “Uitwisseling Amstelland”' });
    expect(
      within(shared)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.textContent),
    ).toEqual(['Amstelveen83,3grotendeels gerealiseerd', 'Amsterdam66,7deels gerealiseerd']);
    const sharedMap = await screen.findByRole('group', { name: 'Kaart: Meldcode van de gemeenten in “Uitwisseling Amstelland”' });
    expect(
      within(sharedMap)
        .getAllByRole('img')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual(['Amstelveen: 83,3 (grotendeels gerealiseerd)', 'Amsterdam: 66,7 (deels gerealiseerd)']);

    expect(await axe(container)).toHaveNoViolations();
  });
});
