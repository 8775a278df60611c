import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { renderRoute } from '../../../../test/render';
import { AccountSessionsDocument, ApiTokensDocument, CreateApiTokenDocument } from '../../../gql/__generated__/graphql';
import AccountPage from '../AccountPage';

const token = (overrides: object = {}) => ({
  __typename: 'ApiToken' as const,
  id: 't1',
  name: 'Dashboard gemeente',
  prefix: 'mon_ab12cd',
  scopes: ['PUBLIC_READ', 'MUNICIPALITY_READ'],
  createdAt: '2026-01-10T10:00:00.000Z',
  expiresAt: '2026-04-10T10:00:00.000Z',
  firstUsedAt: null,
  lastUsedAt: null,
  revokedAt: null,
  active: true,
  ...overrides,
});

const sessionsMock = {
  request: { query: AccountSessionsDocument },
  result: {
    data: {
      sessions: [
        {
          __typename: 'Session',
          id: 's1',
          createdAt: '2026-01-12T08:00:00.000Z',
          lastSeenAt: '2026-01-12T08:30:00.000Z',
          expiresAt: '2026-01-12T20:00:00.000Z',
          clientAddress: '127.0.0.1',
          userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
          deviceLabel: 'Firefox op Windows',
          current: true,
        },
        {
          __typename: 'Session',
          id: 's2',
          createdAt: '2026-01-11T08:00:00.000Z',
          lastSeenAt: '2026-01-11T08:30:00.000Z',
          expiresAt: '2026-01-11T20:00:00.000Z',
          clientAddress: '10.0.0.2',
          userAgent: 'curl/8.5.0',
          deviceLabel: null,
          current: false,
        },
      ],
    },
  },
};

const tokensMock = { request: { query: ApiTokensDocument }, result: { data: { apiTokens: [token()] } } };

const createMock = {
  request: {
    query: CreateApiTokenDocument,
    variables: { input: { name: 'Rapportage', scopes: ['PUBLIC_READ', 'MUNICIPALITY_READ'], expiresInDays: 30 } },
  },
  result: {
    data: {
      createApiToken: {
        __typename: 'CreatedApiToken',
        secret: 'mon_geheim_1234567890abcdef',
        token: token({ id: 't2', name: 'Rapportage', prefix: 'mon_geheim', createdAt: '2026-01-12T09:00:00.000Z' }),
      },
    },
  },
};

function renderAccount(mocks: object[]) {
  return renderRoute(<AccountPage />, { path: '/account', mocks: mocks as never });
}

describe('AccountPage', () => {
  it('shows the details, the sessions and the API tokens with Dutch scopes', async () => {
    const { container } = renderAccount([sessionMock(sessionUser()), sessionsMock, tokensMock]);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Mijn account');
    expect(document.title).toBe('Mijn account — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(screen.getByText('Utrecht (GM0344)')).toBeTruthy();
    expect(screen.getByText('Lezer gemeente')).toBeTruthy();

    const sessions = await screen.findByRole('table', { name: 'Uw actieve sessies' });
    expect(within(sessions).getByText('Deze sessie')).toBeTruthy();
    expect(within(sessions).getByRole('columnheader', { name: 'Browser en systeem' })).toBeTruthy();
    expect(within(sessions).getByRole('cell', { name: 'Firefox op Windows' })).toBeTruthy();
    expect(within(sessions).queryByText(/Gecko/)).toBeNull();
    expect(within(sessions).getByRole('cell', { name: 'curl/8.5.0' })).toBeTruthy();
    expect(within(sessions).getAllByRole('button', { name: /^Beëindig/ })).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Overal uitloggen' })).toBeTruthy();

    const tokens = await screen.findByRole('table', { name: 'Uw API-tokens' });
    const row = within(tokens).getByRole('row', { name: /Dashboard gemeente/ });
    expect(row.textContent).toContain('mon_ab12cd…');
    expect(row.textContent).toContain('Alleen openbare gegevens lezen');
    expect(row.textContent).toContain('Gegevens van de eigen gemeente lezen');
    expect(row.textContent).toContain('nog niet gebruikt');
    expect(row.textContent).toContain('Actief');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('offers only the scopes the role may grant', async () => {
    renderAccount([sessionMock(sessionUser()), sessionsMock, tokensMock]);
    const group = await screen.findByRole('group', { name: 'Bevoegdheden' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((c) => c.closest('.utrecht-form-field')!.textContent),
    ).toEqual(['Alleen openbare gegevens lezen', 'Gegevens van de eigen gemeente lezen']);
  });

  it('creates a token and shows its secret once, with a warning and a copy button', async () => {
    const user = userEvent.setup();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { container } = renderAccount([sessionMock(sessionUser()), sessionsMock, tokensMock, createMock]);
    await screen.findByRole('table', { name: 'Uw API-tokens' });

    await user.type(screen.getByLabelText('Naam', { selector: '#token-naam' }), 'Rapportage');
    await user.click(screen.getByRole('checkbox', { name: 'Gegevens van de eigen gemeente lezen' }));
    const days = screen.getByLabelText('Geldig (dagen)');
    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Token maken' }));

    const secret = await screen.findByLabelText<HTMLInputElement>('Token Rapportage');
    expect(secret.value).toBe('mon_geheim_1234567890abcdef');
    expect(secret.readOnly).toBe(true);
    const box = screen.getByRole('heading', { name: 'Uw nieuwe API-token' }).closest('.monitor-secret') as HTMLElement;
    expect(box.textContent).toContain('Het wordt niet nog een keer getoond.');
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect(await axe(container)).toHaveNoViolations();

    await user.click(within(box).getByRole('button', { name: 'Kopieer token' }));
    expect(writeText).toHaveBeenCalledWith('mon_geheim_1234567890abcdef');
    expect(await within(box).findByText('Het token is gekopieerd.')).toBeTruthy();

    // the new token is listed, by its prefix only
    const row = within(screen.getByRole('table', { name: 'Uw API-tokens' })).getByRole('row', { name: /Rapportage/ });
    expect(row.textContent).toContain('mon_geheim…');
    expect(row.textContent).not.toContain('mon_geheim_1234567890abcdef');

    await user.click(within(box).getByRole('button', { name: 'Ik heb het token bewaard' }));
    expect(screen.queryByText('mon_geheim_1234567890abcdef')).toBeNull();
    expect(screen.queryByDisplayValue('mon_geheim_1234567890abcdef')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Nieuw API-token' }));
  });

  it('sends anonymous visitors to the login page with a way back', async () => {
    const { router } = renderAccount([sessionMock(null)]);
    await screen.findByTestId('navigated');
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/inloggen?terug=%2Faccount');
  });
});
