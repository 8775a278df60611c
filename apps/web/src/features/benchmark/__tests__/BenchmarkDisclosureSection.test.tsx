import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import { BenchmarkDisclosureDocument, type BenchmarkDisclosureQuery } from '../../../gql/__generated__/graphql';
import { BenchmarkDisclosureSection } from '../BenchmarkDisclosureSection';

type Row = BenchmarkDisclosureQuery['benchmarkDisclosure']['rows'][number];
const RELEASED = '2026-11-23T18:41:56.252Z'; // 19:41 in Amsterdam

function row(measure: string, key: string, name: string, overrides: Partial<Row>): Row {
  return {
    __typename: 'BenchmarkDisclosureRow',
    measure,
    group: { __typename: 'BenchmarkGroup', key, type: 'PROVINCE', name },
    status: 'PUBLISHED',
    reason: null,
    contributors: 12,
    shownN: 12,
    shownReleasedAt: RELEASED,
    lastReleasedAt: RELEASED,
    releaseCount: 1,
    ...overrides,
  };
}

function renderSection(rows: Row[]) {
  return renderRoute(<BenchmarkDisclosureSection year={2026} />, {
    mocks: [
      {
        request: { query: BenchmarkDisclosureDocument, variables: { year: 2026 } },
        result: { data: { benchmarkDisclosure: { __typename: 'BenchmarkDisclosure', year: 2026, minimumGroupSize: 5, rows } } },
      },
    ],
  });
}

describe('BenchmarkDisclosureSection', () => {
  it('counts per status and lists what is not published, with the reason and the last release', async () => {
    const { container } = renderSection([
      row('beleid_visie', 'PV:PV22', 'provincie Drenthe', {}),
      row('beleid_visie', 'ALL', 'alle deelnemende gemeenten', { status: 'EARLIER_RELEASE', reason: 'OVER_TIME', contributors: 19, shownN: 18 }),
      row('beleid_visie', 'SIZE:TOT_20K', 'gemeenten met minder dan 20.000 inwoners', {
        status: 'WITHHELD',
        reason: 'DIFFERENCING',
        contributors: 9,
        shownN: null,
        shownReleasedAt: null,
        lastReleasedAt: null,
        releaseCount: 0,
      }),
      row('vt:ontvangen_meldingen:2025-H1', 'CUSTOM:3', 'Rond Assen', {
        status: 'INTERNAL',
        reason: null,
        contributors: 5,
        shownN: null,
        shownReleasedAt: null,
        lastReleasedAt: null,
        releaseCount: 0,
      }),
    ]);

    const table = await screen.findByRole('table', { name: 'Vergelijkingen 2026 die niet (actueel) gepubliceerd zijn, met de reden' });
    expect(screen.getByRole('heading', { level: 2, name: 'Vergelijkingen (benchmarks)' })).toBeTruthy();
    const summary = screen.getByRole('list', { name: 'Vergelijkingen 2026 per status' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Actueel gepubliceerd: 1', 'Eerdere publicatie getoond: 1', 'Niet gepubliceerd: 1', 'Alleen intern (eigen groep van analisten): 1']);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    expect(within(rows[1]).getByRole('rowheader').textContent).toBe('beleid_visie');
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'alle deelnemende gemeenten',
      'eerdere publicatie getoond',
      'grootboek: verschil met eigen eerdere publicatie',
      '19',
      '18',
      '23 november 2026 om 19:41 (1 publicatie)',
    ]);
    expect(
      within(rows[2])
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'gemeenten met minder dan 20.000 inwoners',
      'niet gepubliceerd',
      'grootboek: verschil met andere groepen',
      '9',
      '—',
      'nooit gepubliceerd',
    ]);
    expect(within(rows[3]).getByRole('rowheader').textContent).toBe('Ontvangen meldingen per 1.000 inwoners, 1e halfjaar 2025');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says so when everything is published', async () => {
    renderSection([row('beleid_visie', 'PV:PV22', 'provincie Drenthe', {})]);
    expect(await screen.findByText('Alle vergelijkingen van dit jaar zijn actueel gepubliceerd.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
