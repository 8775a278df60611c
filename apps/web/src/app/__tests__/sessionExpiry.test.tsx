import { ApolloLink, type ApolloClient } from '@apollo/client';
import { ApolloProvider, useQuery } from '@apollo/client/react';
import { render, screen, waitFor } from '@testing-library/react';
import { axe } from 'jest-axe';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Observable } from 'rxjs';
import { demoAccounts, sessionUser } from '../../../test/fixtures/accounts';
import LoginPage from '../../features/auth/LoginPage';
import { BenchmarkYearsDocument, SessionDocument } from '../../gql/__generated__/graphql';
import { createApolloClient } from '../apollo-client';
import { handleSessionExpired } from '../sessionExpiry';

type Answer = { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };

/** A server whose session has ended: Session says anonymous, everything else needs a login. */
function expiredServer(otherwise: Answer = { errors: [{ message: 'Log in om dit te mogen doen.', extensions: { code: 'UNAUTHENTICATED' } }] }) {
  const calls: string[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        calls.push(operation.operationName ?? '');
        const answer: Answer = operation.operationName === 'Session' ? { data: { me: null, demoAccounts } } : otherwise;
        observer.next(answer as never);
        observer.complete();
      }),
  );
  return { link, calls };
}

function Years() {
  const { data, error } = useQuery(BenchmarkYearsDocument);
  if (error) return <p role="alert">{error.message}</p>;
  return <p>{data ? `${data.questionnaires.length} jaren` : 'laden'}</p>;
}

function setUp({ signedIn, otherwise }: { signedIn: boolean; otherwise?: Answer }) {
  const server = expiredServer(otherwise);
  const onExpired = jest.fn((apollo: ApolloClient) => handleSessionExpired(apollo, router));
  const client = createApolloClient('/graphql', { transport: server.link, onSessionExpired: onExpired });
  client.cache.writeQuery({
    query: SessionDocument,
    data: { me: signedIn ? sessionUser() : null, demoAccounts: [] },
  });
  const router = createMemoryRouter(
    [
      { path: '/vergelijken', element: <Years /> },
      { path: '/inloggen', element: <LoginPage /> },
    ],
    { initialEntries: ['/vergelijken?groep=PROVINCE'] },
  );
  const utils = render(
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>,
  );
  return { ...utils, router, client, onExpired, server };
}

describe('session expiry', () => {
  it('sends a signed-in user whose session expired to the login page, with a notice and the way back', async () => {
    const { router, client, onExpired, container } = setUp({ signedIn: true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Inloggen' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(new URLSearchParams(router.state.location.search).get('terug')).toBe('/vergelijken?groep=PROVINCE');
    expect(screen.getByRole('status').textContent).toBe('Uw sessie is verlopen; log opnieuw in.');
    expect(onExpired).toHaveBeenCalledTimes(1);

    // The store was reset: the session is asked again and is now anonymous (the demo accounts show).
    await waitFor(() => expect(client.cache.readQuery({ query: SessionDocument })?.me).toBeNull());
    expect(await screen.findByRole('button', { name: 'Log in als Demo-beheerder (NJi)' })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('leaves anonymous visitors where they are', async () => {
    const { router, onExpired } = setUp({ signedIn: false });
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/vergelijken');
    expect(onExpired).not.toHaveBeenCalled();
  });

  it('ignores other errors, such as a wrong password', async () => {
    const { router, onExpired } = setUp({
      signedIn: true,
      otherwise: { errors: [{ message: 'Onjuist e-mailadres of wachtwoord.', extensions: { code: 'INVALID_CREDENTIALS' } }] },
    });
    expect((await screen.findByRole('alert')).textContent).toBe('Onjuist e-mailadres of wachtwoord.');
    expect(router.state.location.pathname).toBe('/vergelijken');
    expect(onExpired).not.toHaveBeenCalled();
  });
});
