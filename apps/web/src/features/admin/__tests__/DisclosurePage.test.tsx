import { render, screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { MockedProvider } from '@apollo/client/testing/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { StatisticsDisclosureDocument, type StatisticsDisclosureQuery } from '../../../gql/__generated__/graphql';
import AdminLayout from '../AdminLayout';
import DisclosurePage from '../DisclosurePage';

const admin = sessionUser({ id: '1', name: 'Bea Beheerder', email: 'beheer@nji.nl', role: 'ADMIN', municipality: null });

const report: StatisticsDisclosureQuery = {
  statisticsDisclosure: {
    __typename: 'StatisticsDisclosure',
    computedAt: '2026-12-01T10:00:00.000Z',
    protectionLevel: 5,
    roundingBase: 5,
    minimumCount: 10,
    relations: 262,
    rounds: 2,
    unprotected: 0,
    tables: [
      {
        __typename: 'TableDisclosure',
        tableId: '85361NED',
        title: 'Huiselijk geweld; meldingen naar eerdere betrokkenheid Veilig Thuis, regio',
        cells: 132,
        published: 110,
        hiddenPrimary: 1,
        hiddenSecondary: 5,
        hiddenSource: 12,
        hiddenDerived: 4,
        smallestAuditWidth: 9,
        hiddenCells: [
          {
            __typename: 'DisclosureHiddenCell',
            measure: 'vervolgmelding_na_veiligheidsbeoordeling',
            category: '',
            regionCode: 'GM1680',
            period: '2023',
            reason: 'SECONDARY',
            auditLower: 0,
            auditUpper: 19,
            auditWidth: 19,
          },
          {
            __typename: 'DisclosureHiddenCell',
            measure: 'vervolgmelding_tijdens_monitoring',
            category: '',
            regionCode: 'GM1680',
            period: '2023',
            reason: 'SOURCE',
            auditLower: 0,
            auditUpper: null,
            auditWidth: null,
          },
        ],
      },
      {
        __typename: 'TableDisclosure',
        tableId: '84852NED',
        title: 'Huiselijk geweld; veiligheidsbeoordeling en -taxatie Veilig Thuis, regio',
        cells: 35,
        published: 35,
        hiddenPrimary: 0,
        hiddenSecondary: 0,
        hiddenSource: 0,
        hiddenDerived: 0,
        smallestAuditWidth: null,
        hiddenCells: [],
      },
    ],
  },
};

function renderPage() {
  const router = createMemoryRouter(
    [{ path: '/beheer', element: <AdminLayout />, children: [{ path: 'openbaarmaking', element: <DisclosurePage /> }] }],
    {
      initialEntries: ['/beheer/openbaarmaking'],
    },
  );
  return render(
    <MockedProvider mocks={[sessionMock(admin), { request: { query: StatisticsDisclosureDocument }, result: { data: report } }] as never}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
}

describe('DisclosurePage', () => {
  it('shows per CBS table what is published and hidden, and why, with the smallest audit interval', async () => {
    const { container } = renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: 'Openbaarmaking' })).toBeTruthy();
    const summary = await screen.findByRole('table', { name: 'Openbaarmaking per CBS-tabel' });
    const row = within(summary).getByRole('row', { name: /85361NED/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['132', '110', '1', '5', '12', '4', '9']);
    expect(
      within(within(summary).getByRole('row', { name: /84852NED/ }))
        .getAllByRole('cell')
        .at(-1)!.textContent,
    ).toContain('geen begrensd interval');
    expect(screen.getByText('Alle verborgen aantallen voldoen aan de beschermingseis.')).toBeTruthy();

    const hidden = screen.getByRole('table', { name: 'Verborgen cijfers in 85361NED (2)' });
    const secondary = within(hidden).getByRole('row', { name: /Vervolgmelding na veiligheidsbeoordeling/ });
    expect(secondary.textContent).toContain('secundair: zou een ander verborgen aantal verraden');
    expect(secondary.textContent).toContain('0 tot en met 19');
    expect(within(hidden).getByRole('row', { name: /tijdens monitoring/ }).textContent).toContain('0 of meer (onbegrensd)');
    expect(screen.getByText('In deze tabel is niets verborgen.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Openbaarmaking' }).getAttribute('aria-current')).toBe('page');
    expect(await axe(container)).toHaveNoViolations();
  });
});
