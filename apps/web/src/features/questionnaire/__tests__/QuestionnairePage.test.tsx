import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { graphqlError, sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { answer, responseMock, savedResponse, testResponse } from '../../../../test/fixtures/questionnaire';
import { renderRoute } from '../../../../test/render';
import { PrefillFromPreviousYearDocument, SaveAnswersDocument, SubmitResponseDocument } from '../../../gql/__generated__/graphql';
import QuestionnairePage from '../QuestionnairePage';

const editor = sessionUser({
  role: 'MUNICIPAL_EDITOR',
  email: 'invuller@amsterdam.nl',
  name: 'Invuller Ina',
  municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' },
});

type Item = { questionKey: string; value: unknown; expectedVersion: number };

/** A saveAnswers mock for exactly these items; `result` is a jest.fn so tests can count calls. */
function saveMock(items: Item[], answers: ReturnType<typeof answer>[]) {
  const result = jest.fn(() => ({ data: { saveAnswers: savedResponse(answers) } }));
  return {
    mock: {
      request: { query: SaveAnswersDocument, variables: { input: { municipalityCode: 'GM0363', year: 2026, answers: items } } },
      result,
      delay: 0,
    },
    result,
  };
}

function renderQuestionnaire(mocks: object[], { url = '/vragenlijst/GM0363/2026', user = editor } = {}) {
  return renderRoute(<QuestionnairePage />, {
    path: '/vragenlijst/:code/:year',
    url,
    mocks: [sessionMock(user), ...mocks] as never,
  });
}

/** An option of the first question ("Wordt voorlichting op school uitgevoerd?"). */
const deployedOption = (name: string) =>
  within(screen.getByRole('radiogroup', { name: /^Wordt voorlichting/ })).getByRole<HTMLInputElement>('radio', { name });

const heading = () => screen.findByRole('heading', { level: 1, name: 'Monitor Aanpak Kindermishandeling en Huiselijk Geweld 2026' });

describe('QuestionnairePage', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('shows status, closing date, progress, the sections and a control per question type, accessibly', async () => {
    const response = testResponse({ answers: [answer('a.ingezet', 'YES', 3)] });
    const { container } = renderQuestionnaire([responseMock(response)]);
    await heading();
    const main = container;
    expect(main.textContent).toContain('Amsterdam (GM0363)');
    expect(main.textContent).toContain('Nog niet ingediend');
    expect(main.textContent).toContain('Invullen kan tot en met 31 december 2026.');

    // 1 of 2 required visible questions answered (a.ingezet; a.bereik and b.frequentie open) → 33%
    const progress = screen.getByRole('progressbar', { name: '33% van de verplichte vragen beantwoord' });
    expect(progress.getAttribute('value')).toBe('33');

    const nav = screen.getByRole('navigation', { name: 'Onderdelen van de vragenlijst' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Preventie', 'Samenwerking']);
    expect(links[0].getAttribute('aria-current')).toBe('step');
    expect(links[1].getAttribute('aria-current')).toBeNull();
    expect(nav.textContent).toContain('1 van 2 verplichte vragen beantwoord');

    // YES_PARTLY_NO: a radio group named by its legend, with "(verplicht)" and the help as description
    const group = screen.getByRole('radiogroup', { name: 'Wordt voorlichting op school uitgevoerd? (verplicht)' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.closest('.utrecht-form-field')!.textContent),
    ).toEqual(['Ja', 'Deels', 'Nee', 'Weet niet']);
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: 'Ja' }).checked).toBe(true);
    const describedBy = group.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)!.textContent).toBe('Ja: structureel in de hele gemeente.');

    // NUMBER: text input with inputmode decimal, unit and range in its description
    const number = screen.getByRole('textbox', { name: 'Hoeveel scholen zijn bereikt?' });
    expect(number.getAttribute('inputmode')).toBe('decimal');
    const numberDescription = number
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent)
      .join(' ');
    expect(numberDescription).toContain('Een schatting is goed.');
    expect(numberDescription).toContain('Vul een getal in van 0 tot en met 500 (scholen).');
    expect(await axe(container)).toHaveNoViolations();

    // the other types, in the next section
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'Volgende sectie' }));
    const sectionHeading = await screen.findByRole('heading', { level: 2, name: 'Samenwerking' });
    expect(document.activeElement).toBe(sectionHeading);
    expect(within(nav).getByRole('link', { name: 'Samenwerking' }).getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('radiogroup', { name: 'Hoe vaak is er overleg? (verplicht)' })).toBeTruthy();
    const sources = screen.getByRole('group', { name: 'Welke bronnen gebruikt u?' });
    expect(within(sources).getAllByRole('checkbox')).toHaveLength(2);
    expect(screen.getByRole('textbox', { name: 'Welk percentage is geschoold?' }).getAttribute('inputmode')).toBe('decimal');
    expect(screen.getByText('Vul een percentage in van 0 tot en met 100.')).toBeTruthy();
    const text = screen.getByRole('textbox', { name: 'Toelichting' });
    expect(text.tagName).toBe('TEXTAREA');
    expect(screen.getByText('Nog 20 van 20 tekens over')).toBeTruthy();
    expect(screen.getByLabelText('Wanneer geëvalueerd?').getAttribute('type')).toBe('date');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows validation messages linked to their field and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderQuestionnaire([responseMock(testResponse({ answers: [answer('a.ingezet', 'YES', 3)] }))]);
    await heading();
    const number = screen.getByRole('textbox', { name: 'Hoeveel scholen zijn bereikt?' });
    await user.type(number, '12,5');
    expect((number as HTMLInputElement).value).toBe('12,5');
    expect(number.getAttribute('aria-invalid')).toBe('true');
    const errorIds = number.getAttribute('aria-describedby')!.split(' ');
    const error = document.getElementById(errorIds[errorIds.length - 1])!;
    expect(error.textContent).toBe('Fout: Vul een heel getal in, zonder komma.');

    await user.clear(number);
    await user.type(number, '900');
    expect(document.getElementById(`${number.id}-fout`)!.textContent).toBe('Fout: Moet tussen 0 en 500 liggen.');

    await user.click(screen.getByRole('link', { name: 'Volgende sectie' }));
    const text = await screen.findByRole('textbox', { name: 'Toelichting' });
    await user.type(text, 'Een veel te lange toelichting');
    expect(screen.getByText('9 tekens te veel (maximaal 20)')).toBeTruthy();
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(`${text.id}-fout`)!.textContent).toBe('Fout: Tekst is te lang: hoogstens 20 tekens (nu 29).');
  });

  it('hides the follow-up questions when "Nee" is chosen and shows them again for "Ja"', async () => {
    const user = userEvent.setup();
    const toNo = saveMock([{ questionKey: 'a.ingezet', value: 'NO', expectedVersion: 3 }], [answer('a.ingezet', 'NO', 4)]);
    const toYes = saveMock([{ questionKey: 'a.ingezet', value: 'YES', expectedVersion: 4 }], [answer('a.ingezet', 'YES', 5)]);
    renderQuestionnaire([responseMock(testResponse({ answers: [answer('a.ingezet', 'YES', 3)] })), toNo.mock, toYes.mock]);
    await heading();
    expect(screen.getByRole('radiogroup', { name: 'Is het bereik bekend? (verplicht)' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Hoeveel scholen zijn bereikt?' })).toBeTruthy();

    await user.click(deployedOption('Nee'));
    expect(screen.queryByRole('radiogroup', { name: 'Is het bereik bekend? (verplicht)' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Hoeveel scholen zijn bereikt?' })).toBeNull();
    await screen.findByText(/^Opgeslagen om \d\d:\d\d$/);
    expect(screen.getByRole('progressbar', { name: '50% van de verplichte vragen beantwoord' })).toBeTruthy();

    await user.click(deployedOption('Ja'));
    expect(screen.getByRole('radiogroup', { name: 'Is het bereik bekend? (verplicht)' })).toBeTruthy();
    await waitFor(() => expect(toYes.result).toHaveBeenCalledTimes(1));
  });

  it('autosaves typing after a pause, in one saveAnswers with the answer versions, and says when', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const save = saveMock([{ questionKey: 'a.aantal', value: 12, expectedVersion: 2 }], [answer('a.ingezet', 'YES', 3), answer('a.aantal', 12, 3)]);
    renderQuestionnaire([responseMock(testResponse({ answers: [answer('a.ingezet', 'YES', 3), answer('a.aantal', 7, 2)] })), save.mock]);
    await heading();
    const number = screen.getByRole('textbox', { name: 'Hoeveel scholen zijn bereikt?' });
    expect((number as HTMLInputElement).value).toBe('7');
    await user.clear(number);
    await user.type(number, '12');
    act(() => {
      jest.advanceTimersByTime(500);
    });
    expect(save.result).not.toHaveBeenCalled();
    act(() => {
      jest.advanceTimersByTime(400);
    });
    const status = await screen.findByText(/^Opgeslagen om \d\d:\d\d$/);
    expect(status.getAttribute('role')).toBe('status');
    expect(save.result).toHaveBeenCalledTimes(1);
  });

  it('shows both values of a conflict and resends "my" answer with the current version', async () => {
    const user = userEvent.setup();
    const conflict = {
      request: {
        query: SaveAnswersDocument,
        variables: {
          input: { municipalityCode: 'GM0363', year: 2026, answers: [{ questionKey: 'a.ingezet', value: 'PARTLY', expectedVersion: 3 }] },
        },
      },
      result: graphqlError('Een collega heeft intussen een of meer van deze antwoorden gewijzigd.', {
        code: 'CONFLICT',
        conflicts: [
          {
            questionKey: 'a.ingezet',
            yourValue: 'PARTLY',
            currentValue: 'NO',
            currentVersion: 4,
            updatedAt: '2026-03-02T09:15:00.000Z',
            updatedBy: 'Collega Cor',
          },
        ],
      }),
      delay: 0,
    };
    const keepMine = saveMock([{ questionKey: 'a.ingezet', value: 'PARTLY', expectedVersion: 4 }], [answer('a.ingezet', 'PARTLY', 5)]);
    const { container } = renderQuestionnaire([responseMock(testResponse({ answers: [answer('a.ingezet', 'YES', 3)] })), conflict, keepMine.mock]);
    await heading();
    await user.click(deployedOption('Deels'));

    const panel = (await screen.findByRole('heading', { name: 'Een collega heeft antwoorden gewijzigd' })).closest(
      '.monitor-conflicts',
    ) as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(panel));
    const item = within(panel).getByRole('region', { name: 'Wordt voorlichting op school uitgevoerd?' });
    expect(item.textContent).toContain('Uw antwoordDeels');
    expect(item.textContent).toContain('Antwoord van Collega Cor (2 maart 2026 om 10:15)Nee');
    expect(screen.getByText(/^Niet opgeslagen: een collega/)).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();

    await user.click(within(item).getByRole('button', { name: 'Mijn antwoord houden' }));
    await screen.findByText(/^Opgeslagen om/);
    expect(keepMine.result).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('heading', { name: 'Een collega heeft antwoorden gewijzigd' })).toBeNull();
    expect(deployedOption('Deels').checked).toBe(true);
  });

  it('takes over the colleague’s answer locally without saving', async () => {
    const user = userEvent.setup();
    const conflict = {
      request: {
        query: SaveAnswersDocument,
        variables: {
          input: { municipalityCode: 'GM0363', year: 2026, answers: [{ questionKey: 'a.ingezet', value: 'PARTLY', expectedVersion: 3 }] },
        },
      },
      result: graphqlError('Conflict', {
        code: 'CONFLICT',
        conflicts: [{ questionKey: 'a.ingezet', yourValue: 'PARTLY', currentValue: 'NO', currentVersion: 4, updatedAt: null, updatedBy: null }],
      }),
      delay: 0,
    };
    renderQuestionnaire([responseMock(testResponse({ answers: [answer('a.ingezet', 'YES', 3)] })), conflict]);
    await heading();
    await user.click(deployedOption('Deels'));
    await user.click(await screen.findByRole('button', { name: 'Antwoord van collega overnemen' }));
    expect(deployedOption('Nee').checked).toBe(true);
    // "Nee" hides the follow-up questions
    expect(screen.queryByRole('radiogroup', { name: 'Is het bereik bekend? (verplicht)' })).toBeNull();
  });

  it('lists the missing required questions after a refused submit, each linked to its question in its section', async () => {
    const user = userEvent.setup();
    const submit = {
      request: { query: SubmitResponseDocument, variables: { municipalityCode: 'GM0363', year: 2026 } },
      result: graphqlError('2 verplichte vragen zijn nog niet beantwoord.', {
        code: 'BAD_USER_INPUT',
        field: 'a.bereik',
        fields: [
          { field: 'a.bereik', message: 'deze vraag is verplicht' },
          { field: 'b.frequentie', message: 'deze vraag is verplicht' },
        ],
      }),
      delay: 0,
    };
    const { container } = renderQuestionnaire([responseMock(testResponse({ answers: [answer('a.ingezet', 'YES', 3)] })), submit]);
    await heading();
    expect(screen.getByText('Nog 2 verplichte vragen niet beantwoord.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Indienen' }));
    const confirmHeading = screen.getByRole('heading', { name: 'Vragenlijst indienen?' });
    expect(document.activeElement).toBe(confirmHeading);
    await user.click(screen.getByRole('button', { name: 'Ja, indienen' }));

    const summary = (await screen.findByRole('heading', { name: 'Nog niet alle verplichte vragen zijn beantwoord' })).closest(
      '.monitor-error-summary',
    ) as HTMLElement;
    await waitFor(() => expect(document.activeElement).toBe(summary));
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual(['Preventie: Is het bereik bekend?', 'Samenwerking: Hoe vaak is er overleg?']);
    expect(links[1].getAttribute('href')).toBe('/vragenlijst/GM0363/2026?sectie=samenwerking#vraag-b-frequentie');
    expect(await axe(container)).toHaveNoViolations();

    await user.click(links[1]);
    await screen.findByRole('heading', { level: 2, name: 'Samenwerking' });
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Wekelijks' }));
  });

  it('is read-only after submission, with the date and a link to the indicators', async () => {
    const response = testResponse({
      status: 'SUBMITTED',
      submittedAt: '2026-10-01T10:00:00.000Z',
      answers: [answer('a.ingezet', 'PARTLY', 3), answer('a.bereik', 'UNKNOWN', 1), answer('a.aantal', 12, 1)],
    });
    const { container } = renderQuestionnaire([responseMock(response)]);
    await heading();
    expect(container.textContent).toContain('Ingediend op 1 oktober 2026 om 12:00');
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Indienen' })).toBeNull();
    expect(container.textContent).toContain('Wordt voorlichting op school uitgevoerd?Deels');
    expect(container.textContent).toContain('Is het bereik bekend?Weet niet');
    expect(container.textContent).toContain('Hoeveel scholen zijn bereikt?12 scholen');
    expect(screen.getAllByRole('link', { name: 'Bekijk de indicatoren' })[0].getAttribute('href')).toBe('/indicatoren/GM0363/2026');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('starts from last year’s answers when the response is still empty', async () => {
    const user = userEvent.setup();
    const prefill = {
      request: { query: PrefillFromPreviousYearDocument, variables: { municipalityCode: 'GM0363', year: 2026 } },
      result: {
        data: {
          prefillFromPreviousYear: {
            __typename: 'PrefillResult',
            copied: 2,
            response: savedResponse([answer('a.ingezet', 'NO', 1), answer('b.frequentie', 'wekelijks', 1)]),
          },
        },
      },
      delay: 0,
    };
    renderQuestionnaire([responseMock(testResponse()), prefill]);
    await heading();
    await user.click(screen.getByRole('button', { name: 'Begin met de antwoorden van vorig jaar' }));
    expect(await screen.findByText(/^2 antwoorden van vorig jaar overgenomen/)).toBeTruthy();
    expect(deployedOption('Nee').checked).toBe(true);
    expect(screen.queryByRole('button', { name: 'Begin met de antwoorden van vorig jaar' })).toBeNull();
    expect(screen.getByRole('progressbar', { name: '100% van de verplichte vragen beantwoord' })).toBeTruthy();
  });

  it('labels demo answers and is read-only for a viewer', async () => {
    const viewer = sessionUser({ municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' } });
    renderQuestionnaire([responseMock(testResponse({ isDemo: true, answers: [answer('a.ingezet', 'YES', 1)] }))], { user: viewer });
    await heading();
    expect(screen.getByText('Demogegevens')).toBeTruthy();
    expect(screen.getByText('Deze antwoorden zijn gegenereerd voor de demo en niet echt.')).toBeTruthy();
    expect(screen.getByText('U kunt deze vragenlijst bekijken, maar niet wijzigen.')).toBeTruthy();
    expect(screen.queryAllByRole('radio')).toHaveLength(0);
  });
});
