import { screen, waitFor, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { renderRoute } from '../../../../test/render';
import {
  BenchmarkGroupOptionsDocument,
  BenchmarkOverviewDocument,
  BenchmarkVeiligThuisDocument,
  BenchmarkYearsDocument,
  type BenchmarkFigures_BenchmarkFragment,
} from '../../../gql/__generated__/graphql';
import BenchmarkOverviewPage from '../BenchmarkOverviewPage';

const editor = sessionUser({
  role: 'MUNICIPAL_EDITOR',
  municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' },
});

const COMPUTED_AT = '2026-11-23T18:41:56.252Z'; // 19:41 in Amsterdam

export function benchmark(overrides: Partial<BenchmarkFigures_BenchmarkFragment> = {}): BenchmarkFigures_BenchmarkFragment {
  return {
    __typename: 'Benchmark',
    measure: 'meldcode',
    year: 2026,
    group: { __typename: 'BenchmarkGroup', key: 'PV:PV27', type: 'PROVINCE', name: 'provincie Noord-Holland' },
    published: true,
    withheldReason: null,
    n: 9,
    p10: 16.7,
    q1: 33.3,
    median: 66.7,
    q3: 100,
    p90: 100,
    computedAt: COMPUTED_AT,
    ownValue: 50,
    ownQuartile: 2,
    previousOwnValue: 41.7,
    ownChange: 8.3,
    ...overrides,
  };
}

const definition = (key: string, label: string, theme = 'Eerder en beter in beeld') => ({
  __typename: 'IndicatorDefinitionInfo' as const,
  key,
  label,
  theme,
  description: `Over ${label.toLowerCase()}.`,
});

const overviewMock = (benchmarks: BenchmarkFigures_BenchmarkFragment[]) => ({
  request: {
    query: BenchmarkOverviewDocument,
    variables: { year: 2026, group: { type: 'PROVINCE' }, code: 'GM0363' },
  },
  result: {
    data: {
      municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' },
      questionnaire: {
        __typename: 'Questionnaire',
        year: 2026,
        indicators: [definition('risicogroepen', 'Risicogroepen in beeld'), definition('meldcode', 'Meldcode'), definition('nazorg', 'Nazorg')],
      },
      benchmarks,
    },
  },
});

const yearsMock = {
  request: { query: BenchmarkYearsDocument },
  result: {
    data: {
      questionnaires: [
        { __typename: 'Questionnaire', year: 2026 },
        { __typename: 'Questionnaire', year: 2025 },
      ],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const groupsMock = {
  request: { query: BenchmarkGroupOptionsDocument },
  result: { data: { benchmarkGroups: [{ __typename: 'CustomBenchmarkGroup', key: 'CUSTOM:3', name: 'Grote steden', size: 6 }] } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const veiligThuisMock = (benchmarks: BenchmarkFigures_BenchmarkFragment[]) => ({
  request: {
    query: BenchmarkVeiligThuisDocument,
    variables: { year: 2026, group: { type: 'PROVINCE' }, code: 'GM0363' },
  },
  result: { data: { benchmarks } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function renderOverview(benchmarks: BenchmarkFigures_BenchmarkFragment[], vt: BenchmarkFigures_BenchmarkFragment[] = []) {
  return renderRoute(<BenchmarkOverviewPage />, {
    path: '/vergelijken/:code/:year',
    url: '/vergelijken/GM0363/2026?groep=PROVINCE',
    mocks: [sessionMock(editor), yearsMock, groupsMock, overviewMock(benchmarks), veiligThuisMock(vt)] as never,
  });
}

describe('BenchmarkOverviewPage', () => {
  it('shows own value, quartile in words, trend, "cijfers van", withheld groups and a table alternative', async () => {
    const { container } = renderOverview([
      benchmark({ measure: 'meldcode' }),
      benchmark({
        measure: 'nazorg',
        published: false,
        withheldReason: 'TOO_FEW',
        n: 3,
        p10: null,
        q1: null,
        median: null,
        q3: null,
        p90: null,
        ownValue: 75,
        ownQuartile: null,
        previousOwnValue: null,
        ownChange: null,
      }),
      benchmark({
        measure: 'risicogroepen',
        published: false,
        withheldReason: 'DIFFERENCING',
        p10: null,
        q1: null,
        median: null,
        q3: null,
        p90: null,
        ownQuartile: null,
        ownChange: 0,
      }),
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Vergelijken: Amsterdam, 2026' });
    expect(document.title).toBe('Vergelijken: Amsterdam, 2026 — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(screen.getByText('Vergeleken met: provincie Noord-Holland')).toBeTruthy();
    expect(screen.getByTestId('cijfers-van').textContent).toBe('cijfers van 23 november 2026 om 19:41');

    // The group selector offers the predefined groups and the analysts' groups, with PROVINCE chosen.
    const select = screen.getByLabelText<HTMLSelectElement>('Vergelijk met');
    expect(select.value).toBe('PROVINCE');
    await waitFor(() => expect(select.options).toHaveLength(6));
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Alle deelnemende gemeenten',
      'Zelfde provincie',
      'Zelfde Veilig Thuis-regio',
      'Zelfde veiligheidsregio',
      'Zelfde grootteklasse (inwoners)',
      'Grote steden (6 gemeenten)',
    ]);

    // The chart: an SVG image with a title and a description.
    const chart = screen.getByRole('img', { name: 'Indicatoren 2026: eigen waarde tegenover provincie Noord-Holland' });
    expect(chart.querySelector('desc')?.textContent).toContain('zwarte ruit');
    expect(chart.textContent).toContain('Amsterdam: 50');
    expect(chart.textContent).toContain('niet getoond');

    // The table, in questionnaire order, with each indicator linking to its detail page.
    const table = screen.getByRole('table', { name: 'Indicatoren 2026 van Amsterdam tegenover provincie Noord-Holland' });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((r) => within(r).queryByRole('rowheader')?.textContent).slice(1)).toEqual(['Risicogroepen in beeld', 'Meldcode', 'Nazorg']);
    const meldcode = rows[2];
    const cells = within(meldcode)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['50', 'tweede kwart', '+8,3 punten t.o.v. 2025', '66,7', '33,3–100', '16,7–100', '9']);
    expect(within(meldcode).getByRole('link', { name: 'Meldcode' }).getAttribute('href')).toBe('/vergelijken/GM0363/2026/meldcode?groep=PROVINCE');

    const nazorg = within(rows[3])
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(nazorg).toEqual(['75', '—', 'geen vergelijking met 2025', 'Niet getoond: te weinig gemeenten (minder dan 5)']);
    const risicogroepen = within(rows[1])
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(risicogroepen[2]).toBe('gelijk aan 2025');
    expect(risicogroepen[3]).toBe('Niet getoond: zou in combinatie met een andere groep cijfers van één gemeente kunnen onthullen');
    // Withheld groups never show the number of municipalities.
    expect(rows[3].textContent).not.toContain('3');

    // The Veilig Thuis section follows, here without figures for 2026.
    expect(await screen.findByText('Voor dit jaar zijn er geen cijfers van Veilig Thuis per gemeente om te vergelijken.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Veilig Thuis per 1.000 inwoners' })).toBeTruthy();

    expect(await axe(container)).toHaveNoViolations();
  });

  it('says so when a year has no benchmarks yet, and still shows the Veilig Thuis figures', async () => {
    renderOverview([], [benchmark({ measure: 'vt:gestarte_adviezen:2026-H1', ownValue: 3.2, median: 2.9 })]);
    expect(await screen.findByText('Voor 2026 zijn er nog geen vergelijkingscijfers.')).toBeTruthy();
    const table = await screen.findByRole('table', { name: 'Veilig Thuis 2026 per 1.000 inwoners: Amsterdam tegenover provincie Noord-Holland' });
    expect(within(table).getByRole('link', { name: 'Gestarte adviezen per 1.000 inwoners, 1e halfjaar 2026' })).toBeTruthy();
  });
});
