import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { graphqlError, municipalityOptionsMock } from '../../../../test/fixtures/accounts';
import { renderRoute } from '../../../../test/render';
import { RegisterDocument } from '../../../gql/__generated__/graphql';
import RegisterPage from '../RegisterPage';

const input = {
  name: 'Lotte Lezer',
  email: 'lotte@utrecht.nl',
  municipalityCode: 'GM0344',
  jobTitle: 'Beleidsmedewerker jeugd',
  requestedRole: 'MUNICIPAL_VIEWER',
  motivation: 'Ik volg de aanpak voor onze gemeente.',
  password: 'een lange zin als wachtwoord',
};

const registerMock = (result: object) => ({ request: { query: RegisterDocument, variables: { input } }, result });

async function fillIn(user: UserEvent) {
  await screen.findByRole('option', { name: 'Utrecht' });
  await user.type(screen.getByLabelText('Naam'), input.name);
  await user.type(screen.getByLabelText('Werk-e-mailadres'), input.email);
  await user.selectOptions(screen.getByLabelText('Gemeente'), 'GM0344');
  await user.type(screen.getByLabelText('Functie'), input.jobTitle);
  await user.click(screen.getByRole('radio', { name: /^Lezer/ }));
  await user.type(screen.getByLabelText('Motivatie'), input.motivation);
  await user.type(screen.getByLabelText('Wachtwoord'), input.password);
  await user.type(screen.getByLabelText('Herhaal wachtwoord'), input.password);
}

describe('RegisterPage', () => {
  it('sends the application and goes to the pending page', async () => {
    const user = userEvent.setup();
    const { router, container } = renderRoute(<RegisterPage />, {
      path: '/aanmelden',
      mocks: [municipalityOptionsMock, registerMock({ data: { register: { __typename: 'RegistrationReceipt', message: 'Bedankt.' } } })] as never,
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Account aanvragen');
    expect(document.title).toBe('Account aanvragen — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    await fillIn(user);
    expect(await axe(container)).toHaveNoViolations();

    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));
    await screen.findByTestId('navigated');
    expect(router.state.location.pathname).toBe('/aanmelden/ontvangen');
    expect(router.state.location.state).toEqual({ message: 'Bedankt.' });
  });

  it('puts server field errors next to their fields, links them from a focused summary and keeps the input', async () => {
    const user = userEvent.setup();
    const { container, router } = renderRoute(<RegisterPage />, {
      path: '/aanmelden',
      mocks: [
        municipalityOptionsMock,
        registerMock(
          graphqlError('Ongeldige invoer: email: vul een geldig e-mailadres in; motivation: te kort', {
            code: 'BAD_USER_INPUT',
            field: 'email',
            fields: [
              { field: 'email', message: 'email: vul een geldig e-mailadres in, zoals naam@gemeente.nl' },
              { field: 'motivation', message: 'motivatie: licht in minstens 10 tekens toe waarom u toegang nodig heeft' },
            ],
          }),
        ),
      ] as never,
    });
    await fillIn(user);
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));

    const summaryHeading = await screen.findByRole('heading', { name: 'Er is iets niet goed ingevuld' });
    const summary = summaryHeading.closest('.monitor-error-summary') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = within(summary).getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Vul een geldig e-mailadres in, zoals naam@gemeente.nl.', '#aanmelden-email'],
      ['Licht in minstens 10 tekens toe waarom u toegang nodig heeft.', '#aanmelden-motivatie'],
    ]);

    const email = screen.getByLabelText('Werk-e-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy).toContain('aanmelden-email-fout');
    expect(document.getElementById('aanmelden-email-fout')!.textContent).toBe('Fout: Vul een geldig e-mailadres in, zoals naam@gemeente.nl.');
    const motivation = screen.getByLabelText('Motivatie');
    expect(motivation.getAttribute('aria-invalid')).toBe('true');
    expect(motivation.getAttribute('aria-describedby')).toContain('aanmelden-motivatie-fout');
    expect(screen.getByLabelText('Naam').getAttribute('aria-invalid')).toBeNull();

    // nothing typed is lost
    expect((email as HTMLInputElement).value).toBe(input.email);
    expect(screen.getByLabelText<HTMLSelectElement>('Gemeente').value).toBe('GM0344');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /^Lezer/ }).checked).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Wachtwoord').value).toBe(input.password);
    expect(router.state.location.pathname).toBe('/aanmelden');

    await user.click(links[1]);
    expect(document.activeElement).toBe(motivation);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('checks required fields and that both passwords are equal before sending', async () => {
    const user = userEvent.setup();
    renderRoute(<RegisterPage />, { path: '/aanmelden', mocks: [municipalityOptionsMock] as never });
    await screen.findByRole('option', { name: 'Utrecht' });
    await user.type(screen.getByLabelText('Wachtwoord'), 'een lange zin als wachtwoord');
    await user.type(screen.getByLabelText('Herhaal wachtwoord'), 'een andere zin als wachtwoord');
    await user.click(screen.getByRole('button', { name: 'Aanvraag versturen' }));

    const summary = screen.getByRole('heading', { name: 'Er is iets niet goed ingevuld' }).closest('.monitor-error-summary') as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Vul uw volledige naam in.',
      'Vul uw werk-e-mailadres in.',
      'Kies de gemeente waarvoor u werkt.',
      'Vul uw functie in.',
      'Kies de rol die u nodig heeft.',
      'Licht toe waarom u toegang nodig heeft.',
      'De wachtwoorden zijn niet gelijk.',
    ]);
    const group = screen.getByRole('radiogroup', { name: 'Gevraagde rol' });
    expect(group.getAttribute('aria-describedby')).toContain('aanmelden-rol-invuller-fout');
  });
});
