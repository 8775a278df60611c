import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { HomeBenchmarkPositionDocument } from '../../../gql/__generated__/graphql';
import { renderRoute } from '../../../../test/render';
import { BenchmarkPositionSection } from '../BenchmarkPositionSection';

const figure = (measure: string, group: [string, string], published: boolean, ownQuartile: number | null) => ({
  __typename: 'Benchmark',
  measure,
  published,
  ownQuartile,
  group: { __typename: 'BenchmarkGroup', key: group[0], name: group[1] },
});

const ALL: [string, string] = ['ALL', 'Alle gemeenten'];
const PROVINCE: [string, string] = ['PV22', 'Drenthe'];

function positionMock(year: number, groups: { all?: object[]; province?: object[] }) {
  return {
    request: { query: HomeBenchmarkPositionDocument, variables: { code: 'GM0106', year } },
    result: { data: { all: groups.all ?? [], province: groups.province ?? [], veiligThuis: [], safety: [], size: [] } },
  };
}

function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      row.querySelector('th')!.textContent,
      ...within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ]);
}

describe('BenchmarkPositionSection', () => {
  it('counts the indicators per quartile in each group that publishes figures', async () => {
    const { container } = renderRoute(<BenchmarkPositionSection code="GM0106" name="Assen" year={2025} />, {
      mocks: [
        positionMock(2025, {
          all: [figure('a', ALL, true, 4), figure('b', ALL, true, 4), figure('c', ALL, true, 1), figure('d', ALL, false, null)],
          province: [figure('a', PROVINCE, true, 2), figure('b', PROVINCE, true, 3), figure('c', PROVINCE, true, null)],
        }),
      ],
    });
    const table = await screen.findByRole('table', { name: 'Aantal indicatoren per kwart van de vergelijkingsgroep, 2025' });
    expect(rowsOf(table)).toEqual([
      ['Alle gemeenten', '1', '0', '0', '2', '1'],
      ['Drenthe', '0', '1', '1', '0', '1'],
    ]);
    expect(screen.getByRole('link', { name: 'Alle vergelijkingen bekijken' }).getAttribute('href')).toBe('/vergelijken/GM0106/2025');
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows last year's position while this year's questionnaire has no published figures yet", async () => {
    renderRoute(<BenchmarkPositionSection code="GM0106" name="Assen" year={2026} />, {
      mocks: [positionMock(2026, { all: [figure('a', ALL, false, null)] }), positionMock(2025, { all: [figure('a', ALL, true, 3)] })],
    });
    const table = await screen.findByRole('table', { name: 'Aantal indicatoren per kwart van de vergelijkingsgroep, 2025' });
    expect(rowsOf(table)).toEqual([['Alle gemeenten', '0', '0', '1', '0', '0']]);
    expect(screen.getByRole('link', { name: 'Alle vergelijkingen bekijken' }).getAttribute('href')).toBe('/vergelijken/GM0106/2025');
  });

  it('says so when neither year has figures', async () => {
    renderRoute(<BenchmarkPositionSection code="GM0106" name="Assen" year={2026} />, {
      mocks: [positionMock(2026, {}), positionMock(2025, {})],
    });
    expect(await screen.findByText(/Er zijn nog geen vergelijkingscijfers voor uw gemeente/)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
