import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { demoAccounts, graphqlError, municipalityOptionsMock, sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { renderRoute } from '../../../../test/render';
import { LoginDocument } from '../../../gql/__generated__/graphql';
import LoginPage from '../LoginPage';

const loginMock = (email: string, password: string, result: object) => ({
  request: { query: LoginDocument, variables: { email, password } },
  result,
});

function renderLogin(url: string, mocks: object[]) {
  return renderRoute(<LoginPage />, { path: '/inloggen', url, mocks: mocks as never });
}

describe('LoginPage', () => {
  it('logs in and goes to the ?terug= target', async () => {
    const user = userEvent.setup();
    const { router, container } = renderLogin('/inloggen?terug=%2Fgemeente%2FGM0344', [
      sessionMock(null),
      loginMock('lezer@utrecht.nl', 'een lang geheim wachtwoord', { data: { login: sessionUser() } }),
    ]);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Inloggen');
    expect(document.title).toBe('Inloggen — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(screen.getByRole('link', { name: 'Vraag een account aan' }).getAttribute('href')).toBe('/aanmelden');
    expect(screen.getByRole('link', { name: 'Wachtwoord vergeten?' }).getAttribute('href')).toBe('/wachtwoord-vergeten');

    await user.type(screen.getByLabelText('E-mailadres'), 'lezer@utrecht.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'een lang geheim wachtwoord');
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    await screen.findByTestId('navigated');
    expect(router.state.location.pathname).toBe('/gemeente/GM0344');
  });

  it('goes to /mijn-gemeente without a (safe) ?terug= target', async () => {
    const user = userEvent.setup();
    const { router } = renderLogin('/inloggen?terug=%2F%2Fevil.example%2F', [
      sessionMock(null),
      loginMock('lezer@utrecht.nl', 'een lang geheim wachtwoord', { data: { login: sessionUser() } }),
    ]);
    await user.type(screen.getByLabelText('E-mailadres'), 'lezer@utrecht.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'een lang geheim wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    await screen.findByTestId('navigated');
    expect(router.state.location.pathname).toBe('/mijn-gemeente');
  });

  it('shows the Dutch message for INVALID_CREDENTIALS in a focused summary and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { router, container } = renderLogin('/inloggen', [
      sessionMock(null),
      loginMock(
        'lezer@utrecht.nl',
        'fout wachtwoord!',
        graphqlError('Het e-mailadres of het wachtwoord is onjuist.', { code: 'INVALID_CREDENTIALS' }),
      ),
    ]);
    await user.type(screen.getByLabelText('E-mailadres'), 'lezer@utrecht.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'fout wachtwoord!');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));

    const message = await screen.findByText('Het e-mailadres of het wachtwoord is onjuist.');
    const summary = message.closest('.monitor-error-summary') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(router.state.location.pathname).toBe('/inloggen');
    expect(screen.getByLabelText<HTMLInputElement>('E-mailadres').value).toBe('lezer@utrecht.nl');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('tells when to try again after too many attempts', async () => {
    const user = userEvent.setup();
    renderLogin('/inloggen', [
      sessionMock(null),
      loginMock(
        'lezer@utrecht.nl',
        'nog een poging',
        graphqlError('Te veel mislukte pogingen. Probeer het over 60 seconden opnieuw.', { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: 60 }),
      ),
    ]);
    await user.type(screen.getByLabelText('E-mailadres'), 'lezer@utrecht.nl');
    await user.type(screen.getByLabelText('Wachtwoord'), 'nog een poging');
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    expect((await screen.findByText(/Te veel mislukte pogingen/)).textContent).toMatch(
      /Probeer het over 60 seconden opnieuw\. U kunt het weer proberen vanaf \d{2}:\d{2}:\d{2}\./,
    );
  });

  it('checks empty fields before asking the server, with errors linked to the fields', async () => {
    const user = userEvent.setup();
    renderLogin('/inloggen', [sessionMock(null)]);
    await user.click(screen.getByRole('button', { name: 'Inloggen' }));
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const errorId = email.getAttribute('aria-describedby')!;
    expect(document.getElementById(errorId)!.textContent).toBe('Fout: Vul uw e-mailadres in.');
    const summaryLink = screen.getByRole('link', { name: 'Vul uw e-mailadres in.' });
    expect(summaryLink.getAttribute('href')).toBe('#inloggen-email');
    await user.click(summaryLink);
    expect(document.activeElement).toBe(email);
  });

  it('lists the demo accounts in demo mode, each with a "Log in als …" button', async () => {
    const user = userEvent.setup();
    const { router, container } = renderLogin('/inloggen', [
      sessionMock(null, demoAccounts),
      municipalityOptionsMock,
      loginMock('lezer.utrecht@demo.monitor.nl', 'demo-wachtwoord-2026', {
        data: { login: sessionUser({ email: 'lezer.utrecht@demo.monitor.nl', name: 'Demo-lezer Utrecht', isDemo: true }) },
      }),
    ]);
    const table = await screen.findByRole('table', { name: 'Demo-accounts met hun wachtwoord' });
    const row = within(table).getByRole('row', { name: /Demo-lezer Utrecht/ });
    await within(row).findByText('Utrecht (GM0344)');
    expect(row.textContent).toContain('lezer.utrecht@demo.monitor.nl');
    expect(row.textContent).toContain('demo-wachtwoord-2026');
    expect(row.textContent).toContain('Lezer gemeente');
    expect(within(table).getByRole('row', { name: /Demo-beheerder/ }).textContent).toContain('Beheerder (NJi)');
    expect(await axe(container)).toHaveNoViolations();

    await user.click(within(row).getByRole('button', { name: 'Log in als Demo-lezer Utrecht' }));
    await screen.findByTestId('navigated');
    expect(router.state.location.pathname).toBe('/mijn-gemeente');
  });
});
