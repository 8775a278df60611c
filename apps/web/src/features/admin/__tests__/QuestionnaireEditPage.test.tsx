import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { graphqlError, sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { question } from '../../../../test/fixtures/questionnaire';
import { renderRoute } from '../../../../test/render';
import { createCache } from '../../../app/apollo-client';
import {
  AdminQuestionnaireDocument,
  OpenQuestionnaireDocument,
  UpdateQuestionnaireDocument,
  type QuestionnaireEditor_QuestionnaireFragment,
} from '../../../gql/__generated__/graphql';
import { RequireSignIn } from '../../../app/session/RequireSignIn';
import QuestionnaireEditPage from '../QuestionnaireEditPage';

type Questionnaire = QuestionnaireEditor_QuestionnaireFragment;

const admin = sessionUser({ id: '1', name: 'Bea Beheerder', email: 'beheer@nji.nl', role: 'ADMIN', municipality: null });

const draft2027: Questionnaire = {
  __typename: 'Questionnaire',
  year: 2027,
  title: 'Monitor Aanpak Kindermishandeling en Huiselijk Geweld 2027',
  introduction: 'Beantwoord de vragen voor uw gemeente.',
  status: 'DRAFT',
  opensOn: '2027-01-01',
  closesOn: '2027-12-31',
  isDemo: false,
  sections: [
    {
      __typename: 'QuestionnaireSection',
      key: 'preventie',
      title: 'Preventie',
      description: null,
      questions: [
        question({ key: 'p.voorlichting', type: 'YES_PARTLY_NO', label: 'Is er voorlichting?', help: 'Ja: in de hele gemeente.', required: true }),
        question({
          key: 'p.bereik',
          type: 'PERCENTAGE',
          label: 'Welk deel van de scholen is bereikt?',
          min: 0,
          max: 100,
          unit: '%',
          showIf: { question: 'p.voorlichting', in: ['YES', 'PARTLY'] },
        }),
      ],
    },
    {
      __typename: 'QuestionnaireSection',
      key: 'organisatie',
      title: 'Organisatie',
      description: 'Over de organisatie van de aanpak.',
      questions: [
        question({
          key: 'o.regie',
          type: 'SINGLE_CHOICE',
          label: 'Wie heeft de regie?',
          required: true,
          options: [
            { __typename: 'ChoiceOption', value: 'GEMEENTE', label: 'De gemeente' },
            { __typename: 'ChoiceOption', value: 'REGIO', label: 'De regio' },
          ],
        }),
        question({ key: 'o.aantal', type: 'NUMBER', label: 'Hoeveel professionals?', min: 0, max: 10000, unit: 'professionals', integer: true }),
        question({ key: 'o.toelichting', type: 'TEXT', label: 'Toelichting', maxLength: 4000 }),
      ],
    },
  ],
};

const queryMock = (questionnaire: Questionnaire) => ({
  request: { query: AdminQuestionnaireDocument, variables: { year: questionnaire.year } },
  result: { data: { questionnaire } },
});

function renderEditor(mocks: object[], year = 2027) {
  return renderRoute(
    <RequireSignIn role="ADMIN">
      <QuestionnaireEditPage />
    </RequireSignIn>,
    { path: '/beheer/vragenlijsten/:year', url: `/beheer/vragenlijsten/${year}`, mocks: mocks as never, cache: createCache() },
  );
}

describe('QuestionnaireEditPage', () => {
  it('saves the opening and closing dates of a draft', async () => {
    const user = userEvent.setup();
    const { container } = renderEditor([
      sessionMock(admin),
      queryMock(draft2027),
      {
        request: { query: UpdateQuestionnaireDocument, variables: { year: 2027, changes: { opensOn: '2027-01-01', closesOn: '2027-11-30' } } },
        result: { data: { updateQuestionnaire: { ...draft2027, closesOn: '2027-11-30' } } },
      },
    ]);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Vragenlijst 2027 bewerken');
    expect(document.title).toBe('Vragenlijst 2027 bewerken — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(screen.getByText(/Status: concept/)).toBeTruthy();

    const period = screen.getByRole('region', { name: 'Invulperiode' });
    const opens = within(period).getByLabelText<HTMLInputElement>('Openingsdatum');
    const closes = within(period).getByLabelText<HTMLInputElement>('Sluitingsdatum');
    expect(opens.type).toBe('date');
    expect(opens.value).toBe('2027-01-01');
    expect(closes.value).toBe('2027-12-31');
    expect(await axe(container)).toHaveNoViolations();

    // A closing date before the opening date is caught before sending.
    await user.clear(closes);
    await user.type(closes, '2026-12-31');
    await user.click(within(period).getByRole('button', { name: 'Invulperiode opslaan' }));
    expect(closes.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('vragenlijst-sluit-fout')!.textContent).toBe('Fout: De sluitingsdatum ligt voor de openingsdatum.');

    await user.clear(closes);
    await user.type(closes, '2027-11-30');
    await user.click(within(period).getByRole('button', { name: 'Invulperiode opslaan' }));
    expect(await screen.findByText('De invulperiode is opgeslagen.')).toBeTruthy();
    expect(closes.value).toBe('2027-11-30');
    expect(closes.getAttribute('aria-invalid')).toBeNull();
  });

  it('sends the edited texts as the whole definition and lists the problems the server finds', async () => {
    const user = userEvent.setup();
    const expectedDefinition = {
      year: 2027,
      title: 'Monitor Aanpak Kindermishandeling en Huiselijk Geweld 2027',
      introduction: 'Beantwoord de vragen voor uw gemeente.',
      sections: [
        {
          key: 'preventie',
          title: 'Preventie en voorlichting',
          description: 'Vragen over voorlichting op scholen.',
          questions: [
            {
              key: 'p.voorlichting',
              type: 'YES_PARTLY_NO',
              label: 'Is er voorlichting op school?',
              help: 'Ja: in de hele gemeente.',
              required: true,
            },
            {
              key: 'p.bereik',
              type: 'PERCENTAGE',
              label: 'Welk deel van de scholen is bereikt?',
              help: 'Een schatting is goed.',
              required: false,
              showIf: { question: 'p.voorlichting', in: ['YES', 'PARTLY'] },
            },
          ],
        },
        {
          key: 'organisatie',
          title: 'Organisatie',
          description: 'Over de organisatie van de aanpak.',
          questions: [
            {
              key: 'o.regie',
              type: 'SINGLE_CHOICE',
              label: 'Wie heeft de regie?',
              required: false,
              options: [
                { value: 'GEMEENTE', label: 'De gemeente' },
                { value: 'REGIO', label: 'De regio' },
              ],
            },
            {
              key: 'o.aantal',
              type: 'NUMBER',
              label: 'Hoeveel professionals?',
              required: false,
              min: 0,
              max: 10000,
              unit: 'professionals',
              integer: true,
            },
            { key: 'o.toelichting', type: 'TEXT', label: 'Toelichting', required: false, maxLength: 4000 },
          ],
        },
      ],
    };
    const problems = [
      'vraag "o.regie" heeft geen unieke sleutel',
      'indicator "voorlichting" gebruikt vraag "p.voorlichting", die ontbreekt of geen ja/deels/nee-vraag is',
    ];
    const { container } = renderEditor([
      sessionMock(admin),
      queryMock(draft2027),
      {
        request: { query: UpdateQuestionnaireDocument, variables: { year: 2027, changes: { definition: expectedDefinition } } },
        result: graphqlError(`definition: ${problems.join('; ')}`, {
          code: 'BAD_USER_INPUT',
          field: 'definition',
          fields: [{ field: 'definition', message: problems.join('; ') }],
        }),
      },
    ]);
    const content = await screen.findByRole('region', { name: 'Inhoud' });
    const section1 = within(content).getByRole('group', { name: 'Sectie 1: Preventie' });
    await user.clear(within(section1).getByLabelText('Titel van sectie 1'));
    await user.type(within(section1).getByLabelText('Titel van sectie 1'), 'Preventie en voorlichting');
    await user.type(within(section1).getByLabelText('Toelichting bij sectie 1 (niet verplicht)'), 'Vragen over voorlichting op scholen.');

    const question11 = within(section1).getByRole('group', { name: 'Vraag 1.1' });
    expect(within(question11).getByText('Sleutel: p.voorlichting · soort: ja / deels / nee')).toBeTruthy();
    const label11 = within(question11).getByLabelText('Tekst van vraag 1.1');
    expect(label11.getAttribute('aria-describedby')).toBe('vraag-1-1-soort');
    await user.clear(label11);
    await user.type(label11, 'Is er voorlichting op school?');
    await user.type(screen.getByLabelText('Toelichting bij vraag 1.2 (niet verplicht)'), 'Een schatting is goed.');
    const required21 = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Vraag 2.1 is verplicht' });
    expect(required21.checked).toBe(true);
    await user.click(required21);
    expect(screen.getByText('U heeft wijzigingen in de inhoud die nog niet zijn opgeslagen.')).toBeTruthy();

    // An empty question text is caught here, with a link to the field.
    const label22 = screen.getByLabelText('Tekst van vraag 2.2');
    await user.clear(label22);
    await user.click(within(content).getByRole('button', { name: 'Inhoud opslaan' }));
    expect(label22.getAttribute('aria-invalid')).toBe('true');
    expect(label22.getAttribute('aria-describedby')).toContain('vraag-2-2-tekst-fout');
    const link = within(content).getByRole('link', { name: 'Vul de tekst van vraag 2.2 in.' });
    expect(link.getAttribute('href')).toBe('#vraag-2-2-tekst');
    await user.click(link);
    expect(document.activeElement).toBe(label22);
    await user.type(label22, 'Hoeveel professionals?');

    // The server's BAD_USER_INPUT on `definition`: its list of problems, focused.
    await user.click(within(content).getByRole('button', { name: 'Inhoud opslaan' }));
    const heading = await within(content).findByRole('heading', { name: 'De inhoud is niet opgeslagen' });
    const alert = heading.closest('.monitor-error-summary') as HTMLElement;
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Vraag "o.regie" heeft geen unieke sleutel.',
      'Indicator "voorlichting" gebruikt vraag "p.voorlichting", die ontbreekt of geen ja/deels/nee-vraag is.',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(alert));
    // The edits stay, so they can be corrected.
    expect(screen.getByLabelText<HTMLInputElement>('Titel van sectie 1').value).toBe('Preventie en voorlichting');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('opens a draft only after a confirmation that explains it can then no longer change', async () => {
    const user = userEvent.setup();
    renderEditor([
      sessionMock(admin),
      queryMock(draft2027),
      {
        request: { query: OpenQuestionnaireDocument, variables: { year: 2027 } },
        result: { data: { openQuestionnaire: { ...draft2027, status: 'SCHEDULED' } } },
      },
    ]);
    const openSection = await screen.findByRole('region', { name: 'Vragenlijst openen' });
    await user.click(within(openSection).getByRole('button', { name: 'Openen' }));

    const confirm = within(openSection).getByRole('group', { name: 'Vragenlijst 2027 openen?' });
    expect(document.activeElement).toBe(within(confirm).getByRole('heading', { name: 'Vragenlijst 2027 openen?' }));
    expect(confirm.textContent).toContain('Na het openen kunt u deze versie niet meer wijzigen');
    expect(confirm.textContent).toContain('aantoonbaar');

    // Cancelling changes nothing.
    await user.click(within(confirm).getByRole('button', { name: 'Annuleren' }));
    expect(within(openSection).queryByRole('group')).toBeNull();
    await user.click(within(openSection).getByRole('button', { name: 'Openen' }));
    await user.click(within(openSection).getByRole('button', { name: 'Ja, vragenlijst openen' }));

    expect(await screen.findByText('Vragenlijst 2027 is geopend (status: gepland).')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Vragenlijst 2027');
    expect(screen.getByRole('heading', { name: 'Deze versie kan niet meer worden gewijzigd' })).toBeTruthy();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Openen' })).toBeNull();
  });

  it('shows an opened version read-only and says why', async () => {
    const opened: Questionnaire = { ...draft2027, year: 2026, title: 'Monitor 2026', status: 'OPEN', opensOn: '2026-01-01', closesOn: '2026-12-31' };
    const { container } = renderEditor([sessionMock(admin), queryMock(opened)], 2026);
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Vragenlijst 2026');
    expect(document.title).toBe('Vragenlijst 2026 — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(screen.getByText(/Status: open/)).toBeTruthy();
    const explanation = screen.getByRole('heading', { name: 'Deze versie kan niet meer worden gewijzigd' }).parentElement!;
    expect(explanation.textContent).toContain('wat er gevraagd is moet achteraf aantoonbaar blijven');
    expect(explanation.textContent).toContain('kopieer de vragenlijst dan naar een nieuw jaar');

    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('1 januari 2026')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: '1. Preventie' })).toBeTruthy();
    expect(screen.getByText('Is er voorlichting?')).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows a CONFLICT (already opened elsewhere) as an alert', async () => {
    const user = userEvent.setup();
    renderEditor([
      sessionMock(admin),
      queryMock(draft2027),
      {
        request: { query: UpdateQuestionnaireDocument, variables: { year: 2027, changes: { opensOn: '2027-02-01', closesOn: '2027-12-31' } } },
        result: graphqlError('Deze vragenlijst is al geopend en kan niet meer worden gewijzigd; maak een kopie voor een nieuw jaar.', {
          code: 'CONFLICT',
        }),
      },
    ]);
    const opens = await screen.findByLabelText('Openingsdatum');
    await user.clear(opens);
    await user.type(opens, '2027-02-01');
    await user.click(screen.getByRole('button', { name: 'Invulperiode opslaan' }));
    const message = await screen.findByText('Deze vragenlijst is al geopend en kan niet meer worden gewijzigd; maak een kopie voor een nieuw jaar.');
    expect(message.closest('[role="alert"]')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Dit kan niet (meer)' })).toBeTruthy();
  });
});
