import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { MockedProvider } from '@apollo/client/testing/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import {
  ApproveRegistrationDocument,
  RegistrationsDocument,
  RejectRegistrationDocument,
  type RegistrationRow_RegistrationFragment,
} from '../../../gql/__generated__/graphql';
import AdminLayout from '../AdminLayout';
import RegistrationsPage from '../RegistrationsPage';

const admin = sessionUser({ id: '1', name: 'Bea Beheerder', email: 'beheer@nji.nl', role: 'ADMIN', municipality: null });

const registration = (overrides: Partial<RegistrationRow_RegistrationFragment>): RegistrationRow_RegistrationFragment => ({
  __typename: 'Registration',
  id: 'r1',
  name: 'Lotte Lezer',
  email: 'lotte@utrecht.nl',
  jobTitle: 'Beleidsmedewerker jeugd',
  motivation: 'Ik volg de aanpak voor onze gemeente.',
  requestedRole: 'MUNICIPAL_EDITOR',
  grantedRole: null,
  status: 'PENDING',
  rejectionReason: null,
  createdAt: '2026-01-12T08:00:00.000Z',
  decidedAt: null,
  municipality: { __typename: 'Municipality', code: 'GM0344', name: 'Utrecht' },
  ...overrides,
});

const lotte = registration({});
const piet = registration({
  id: 'r2',
  name: 'Piet Pieters',
  email: 'piet@example.org',
  municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' },
});

const pendingMock = {
  request: { query: RegistrationsDocument, variables: { status: 'PENDING' } },
  result: { data: { registrations: [lotte, piet] } },
};

function renderQueue(mocks: object[], url = '/beheer/aanmeldingen') {
  const router = createMemoryRouter(
    [
      { path: '/beheer', element: <AdminLayout />, children: [{ path: 'aanmeldingen', element: <RegistrationsPage /> }] },
      { path: '*', element: <p data-testid="navigated">{'navigated'}</p> },
    ],
    { initialEntries: [url] },
  );
  const utils = render(
    <MockedProvider mocks={mocks as never}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return { ...utils, router };
}

describe('RegistrationsPage', () => {
  it('lists pending applications with all details and approves one with the chosen role', async () => {
    const user = userEvent.setup();
    const { container } = renderQueue([
      sessionMock(admin),
      pendingMock,
      {
        request: { query: ApproveRegistrationDocument, variables: { id: 'r1', role: 'MUNICIPAL_VIEWER' } },
        result: {
          data: {
            approveRegistration: { ...lotte, status: 'APPROVED', grantedRole: 'MUNICIPAL_VIEWER', decidedAt: '2026-01-12T09:00:00.000Z' },
          },
        },
      },
    ]);
    const card = await screen.findByRole('region', { name: 'Lotte Lezer' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Aanmeldingen');
    expect(document.title).toBe('Aanmeldingen: wachtend — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    const text = card.textContent;
    for (const part of [
      'lotte@utrecht.nl',
      'Utrecht (GM0344)',
      'Beleidsmedewerker jeugd',
      'Invuller gemeente',
      'Ik volg de aanpak voor onze gemeente.',
    ]) {
      expect(text).toContain(part);
    }
    const filter = screen.getByRole('navigation', { name: 'Toon aanmeldingen' });
    expect(within(filter).getByRole('link', { name: 'Wachtend' }).getAttribute('aria-current')).toBe('page');
    expect(within(filter).getByRole('link', { name: 'Goedgekeurd' }).getAttribute('href')).toBe('/beheer/aanmeldingen?status=APPROVED');
    expect(await axe(container)).toHaveNoViolations();

    // the requested role is preselected; the administrator grants "Lezer gemeente" instead
    expect(within(card).getByRole<HTMLInputElement>('radio', { name: 'Invuller gemeente' }).checked).toBe(true);
    await user.click(within(card).getByRole('radio', { name: 'Lezer gemeente' }));
    await user.click(within(card).getByRole('button', { name: 'Goedkeuren' }));

    expect(await screen.findByText('De aanmelding van Lotte Lezer is goedgekeurd als Lezer gemeente.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Lotte Lezer' })).toBeNull());
    expect(screen.getByRole('region', { name: 'Piet Pieters' })).toBeTruthy();
  });

  it('rejects only with a reason', async () => {
    const user = userEvent.setup();
    renderQueue([
      sessionMock(admin),
      pendingMock,
      {
        request: { query: RejectRegistrationDocument, variables: { id: 'r2', reason: 'Geen gemeentelijk e-mailadres.' } },
        result: {
          data: {
            rejectRegistration: {
              ...piet,
              status: 'REJECTED',
              rejectionReason: 'Geen gemeentelijk e-mailadres.',
              decidedAt: '2026-01-12T09:00:00.000Z',
            },
          },
        },
      },
    ]);
    const card = await screen.findByRole('region', { name: 'Piet Pieters' });
    await user.click(within(card).getByRole('button', { name: 'Afwijzen' }));

    const reason = within(card).getByLabelText('Reden van afwijzing');
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(reason.getAttribute('aria-describedby')).toContain('aanmelding-r2-reden-fout');
    expect(document.getElementById('aanmelding-r2-reden-fout')!.textContent).toBe('Fout: Vul de reden van afwijzing in.');
    expect(document.activeElement).toBe(reason);

    await user.type(reason, 'Geen gemeentelijk e-mailadres.');
    await user.click(within(card).getByRole('button', { name: 'Afwijzen' }));
    expect(await screen.findByText('De aanmelding van Piet Pieters is afgewezen.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Piet Pieters' })).toBeNull());
  });

  it('shows decided applications in a table', async () => {
    renderQueue(
      [
        sessionMock(admin),
        {
          request: { query: RegistrationsDocument, variables: { status: 'REJECTED' } },
          result: { data: { registrations: [registration({ id: 'r3', name: 'Rik Afgewezen', status: 'REJECTED', rejectionReason: 'Onbekend.' })] } },
        },
      ],
      '/beheer/aanmeldingen?status=REJECTED',
    );
    const table = await screen.findByRole('table', { name: 'Afgewezen aanmeldingen' });
    expect(within(table).getByRole('row', { name: /Rik Afgewezen/ }).textContent).toContain('Onbekend.');
  });

  it('says "Geen toegang" to signed-in users who are not administrators', async () => {
    const { container } = renderQueue([sessionMock(sessionUser())]);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Geen toegang');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('sends anonymous visitors to the login page', async () => {
    const { router } = renderQueue([sessionMock(null)]);
    await screen.findByTestId('navigated');
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(router.state.location.search).toBe('?terug=%2Fbeheer%2Faanmeldingen');
  });
});
