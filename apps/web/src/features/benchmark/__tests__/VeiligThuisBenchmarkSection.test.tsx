import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import { BenchmarkVeiligThuisDocument, type BenchmarkFigures_BenchmarkFragment } from '../../../gql/__generated__/graphql';
import { VeiligThuisBenchmarkSection } from '../VeiligThuisBenchmarkSection';

const COMPUTED_AT = '2026-11-23T18:41:56.252Z'; // 19:41 in Amsterdam

function vt(measure: string, overrides: Partial<BenchmarkFigures_BenchmarkFragment> = {}): BenchmarkFigures_BenchmarkFragment {
  return {
    __typename: 'Benchmark',
    measure,
    year: 2025,
    group: { __typename: 'BenchmarkGroup', key: 'VT:VT13', type: 'VEILIG_THUIS_REGION', name: 'Veilig Thuis-regio Amsterdam-Amstelland' },
    published: true,
    withheldReason: null,
    n: 6,
    p10: 1.2,
    q1: 2.1,
    median: 2.9,
    q3: 3.6,
    p90: 5.4,
    computedAt: COMPUTED_AT,
    ownValue: 3.2,
    ownQuartile: 3,
    previousOwnValue: null,
    ownChange: null,
    ...overrides,
  };
}

function renderSection(benchmarks: BenchmarkFigures_BenchmarkFragment[], groep = 'VEILIG_THUIS_REGION') {
  const group = { type: groep as 'VEILIG_THUIS_REGION' | 'ALL' };
  return renderRoute(<VeiligThuisBenchmarkSection code="GM0363" year={2025} group={group} name="Amsterdam" />, {
    path: '/vergelijken/:code/:year',
    url: `/vergelijken/GM0363/2025?groep=${groep}`,
    mocks: [
      {
        request: { query: BenchmarkVeiligThuisDocument, variables: { year: 2025, group, code: 'GM0363' } },
        result: { data: { benchmarks } },
      },
    ] as never,
  });
}

describe('VeiligThuisBenchmarkSection', () => {
  it('shows the Veilig Thuis figures per 1.000 inwoners in a table, each linking to its detail page', async () => {
    const { container } = renderSection([
      vt('vt:ontvangen_meldingen:2025-H1', { ownValue: 2.5, ownQuartile: 2, median: 2.7 }),
      vt('vt:gestarte_adviezen:2025-H1'),
      vt('vt:ontvangen_meldingen:2025-H2', {
        published: false,
        withheldReason: 'TOO_FEW',
        n: 3,
        p10: null,
        q1: null,
        median: null,
        q3: null,
        p90: null,
        ownValue: null,
        ownQuartile: null,
      }),
    ]);

    const table = await screen.findByRole('table', {
      name: 'Veilig Thuis 2025 per 1.000 inwoners: Amsterdam tegenover Veilig Thuis-regio Amsterdam-Amstelland',
    });
    expect(screen.getByRole('heading', { level: 2, name: 'Veilig Thuis per 1.000 inwoners' })).toBeTruthy();
    expect(screen.getByText('Vergeleken met: Veilig Thuis-regio Amsterdam-Amstelland')).toBeTruthy();
    expect(screen.getByTestId('vt-cijfers-van').textContent).toBe('cijfers van 23 november 2026 om 19:41');

    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0])
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Cijfer', 'Amsterdam', 'Positie in de groep', 'Mediaan', 'Middelste helft (Q1–Q3)', '10e–90e percentiel', 'Aantal gemeenten']);
    // Ordered by period, then adviezen before meldingen.
    expect(rows.slice(1).map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      'Gestarte adviezen per 1.000 inwoners, 1e halfjaar 2025',
      'Ontvangen meldingen per 1.000 inwoners, 1e halfjaar 2025',
      'Ontvangen meldingen per 1.000 inwoners, 2e halfjaar 2025',
    ]);
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3,2', 'derde kwart', '2,9', '2,1–3,6', '1,2–5,4', '6']);
    expect(within(rows[1]).getByRole('link').getAttribute('href')).toBe(
      '/vergelijken/GM0363/2025/vt%3Agestarte_adviezen%3A2025-H1?groep=VEILIG_THUIS_REGION',
    );
    expect(
      within(rows[3])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['geen eigen waarde', '—', 'Niet getoond: te weinig gemeenten (minder dan 5)']);

    expect(await axe(container)).toHaveNoViolations();
  });

  it('links without a group parameter when comparing with all municipalities', async () => {
    renderSection(
      [vt('vt:gestarte_adviezen:2023', { group: { __typename: 'BenchmarkGroup', key: 'ALL', type: 'ALL', name: 'alle deelnemende gemeenten' } })],
      'ALL',
    );
    const link = await screen.findByRole('link', { name: 'Gestarte adviezen per 1.000 inwoners, 2023' });
    expect(link.getAttribute('href')).toBe('/vergelijken/GM0363/2025/vt%3Agestarte_adviezen%3A2023');
  });

  it('says so when there are no Veilig Thuis figures for the year', async () => {
    const { container } = renderSection([]);
    expect(await screen.findByText('Voor dit jaar zijn er geen cijfers van Veilig Thuis per gemeente om te vergelijken.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });
});
