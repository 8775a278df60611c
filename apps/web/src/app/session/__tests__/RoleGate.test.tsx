import { screen } from '@testing-library/react';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { RoleGate, type SessionUser } from '../RoleGate';

const mayEdit = (me: SessionUser) => me.role === 'KNOWLEDGE_EDITOR' || me.role === 'ADMIN';

function renderGate(me: SessionUser | null) {
  const gate = (
    <RoleGate allows={mayEdit} heading="Nieuw artikel" notice="Alleen kennisredacteuren schrijven artikelen.">
      {(user) => <p>{`Formulier voor ${user.name}`}</p>}
    </RoleGate>
  );
  return renderRoute(gate, { path: '/kennisbank/nieuw', url: '/kennisbank/nieuw?thema=veiligheid', mocks: [sessionMock(me)] });
}

describe('RoleGate', () => {
  it('sends an anonymous visitor to the login page, with the way back', async () => {
    const { router } = renderGate(null);
    await screen.findByTestId('navigated');
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(new URLSearchParams(router.state.location.search).get('terug')).toBe('/kennisbank/nieuw?thema=veiligheid');
    expect(screen.queryByText(/Formulier voor/)).toBeNull();
  });

  it('shows a signed-in user of another role the heading and the notice, not the page', async () => {
    const { container } = renderGate(sessionUser({ role: 'MUNICIPAL_VIEWER' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuw artikel' })).toBeTruthy();
    expect(screen.getByText('Alleen kennisredacteuren schrijven artikelen.')).toBeTruthy();
    expect(screen.queryByText(/Formulier voor/)).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows the page, given the signed-in user, to a role it allows', async () => {
    const { container } = renderGate(sessionUser({ role: 'KNOWLEDGE_EDITOR', name: 'Kees Kennis', municipality: null }));
    expect(await screen.findByText('Formulier voor Kees Kennis')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Nieuw artikel' })).toBeNull();
    expect(screen.queryByText('Alleen kennisredacteuren schrijven artikelen.')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });
});
