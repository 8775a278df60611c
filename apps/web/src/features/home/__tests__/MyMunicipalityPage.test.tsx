import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import {
  HomeBenchmarkPositionDocument,
  HomePartnerFiguresDocument,
  KnowledgeIndicatorLinksDocument,
  MyMunicipalityHomeDocument,
  NationalHomeDocument,
  PendingRegistrationCountDocument,
  PracticeLinksDocument,
  QuestionnaireYearsDocument,
  SharingAgreementsDocument,
} from '../../../gql/__generated__/graphql';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { districtCountMock, estimate, estimateMock } from '../../../../test/fixtures/veiligThuis';
import { renderRoute } from '../../../../test/render';
import MyMunicipalityPage from '../MyMunicipalityPage';
import { daysUntil } from '../QuestionnaireStatusSection';

const editor = sessionUser({
  role: 'MUNICIPAL_EDITOR',
  municipality: { __typename: 'Municipality', code: 'GM0106', name: 'Assen' },
});

const yearsMock = {
  request: { query: QuestionnaireYearsDocument },
  result: {
    data: {
      questionnaires: [
        { __typename: 'Questionnaire', year: 2026, status: 'OPEN', isDemo: false },
        { __typename: 'Questionnaire', year: 2025, status: 'CLOSED', isDemo: false },
      ],
    },
  },
};

const homeIndicator = (key: string, label: string, value: number | null, change: number | null, bandLabel: string | null) => ({
  __typename: 'IndicatorResult',
  key,
  label,
  value,
  band: null,
  bandLabel,
  previousYear: change === null ? null : 2025,
  change,
});

function homeMock({ percentage, status = 'DRAFT' }: { percentage: number; status?: 'DRAFT' | 'SUBMITTED' }) {
  return {
    request: { query: MyMunicipalityHomeDocument, variables: { code: 'GM0106', year: 2026 } },
    result: {
      data: {
        response: {
          __typename: 'Response',
          municipalityCode: 'GM0106',
          year: 2026,
          status,
          submittedAt: status === 'SUBMITTED' ? '2026-10-01T10:00:00.000Z' : null,
          isDemo: false,
          progress: { __typename: 'ResponseProgress', percentage, missingRequired: ['a', 'b', 'c'] },
          municipality: { __typename: 'Municipality', code: 'GM0106', name: 'Assen' },
          questionnaire: {
            __typename: 'Questionnaire',
            year: 2026,
            title: 'Monitor 2026',
            opensOn: '2026-01-01',
            closesOn: '2099-12-31',
            status: 'OPEN',
            isDemo: false,
          },
        },
        indicators: [
          homeIndicator('preventie', 'Voorlichting op school', 62.5, 8, 'deels gerealiseerd'),
          homeIndicator('nazorg', 'Nazorg', null, null, null),
        ],
      },
    },
  };
}

const agreementsMock = {
  request: { query: SharingAgreementsDocument },
  result: {
    data: {
      sharingAgreements: [
        {
          __typename: 'SharingAgreement',
          id: '4',
          title: 'Drenthe deelt',
          scope: 'REGION',
          regionCode: 'VT02',
          regionName: 'Drenthe',
          status: 'ACTIVE',
          createdAt: '2026-02-01T10:00:00.000Z',
          activatedAt: '2026-02-03T10:00:00.000Z',
          endedAt: null,
          members: [
            { __typename: 'SharingMember', municipalityCode: 'GM0106', municipalityName: 'Assen', state: 'ACCEPTED', respondedAt: null },
            { __typename: 'SharingMember', municipalityCode: 'GM0114', municipalityName: 'Emmen', state: 'ACCEPTED', respondedAt: null },
            { __typename: 'SharingMember', municipalityCode: 'GM0118', municipalityName: 'Hoogeveen', state: 'INVITED', respondedAt: null },
          ],
        },
      ],
    },
  },
};

const practiceExample = (id: number, key: string, label: string, code: string, name: string) => ({
  __typename: 'PracticeExample',
  id,
  title: `Voorbeeld ${id}`,
  indicatorKey: key,
  indicatorLabel: label,
  municipalityCode: code,
  municipalityName: name,
});

const practiceMock = {
  request: { query: PracticeLinksDocument, variables: { first: 100 } },
  result: {
    data: {
      practiceExamples: [
        practiceExample(1, 'nazorg', 'Nazorg', 'GM0114', 'Emmen'), // no value for Assen: not among its weakest
        practiceExample(2, 'preventie', 'Voorlichting op school', 'GM0106', 'Assen'), // its own: left out
        practiceExample(3, 'preventie', 'Voorlichting op school', 'GM0114', 'Emmen'),
      ],
    },
  },
};

const positionMock = {
  request: { query: HomeBenchmarkPositionDocument, variables: { code: 'GM0106', year: 2026 } },
  result: {
    data: {
      all: [
        {
          __typename: 'Benchmark',
          measure: 'preventie',
          published: true,
          ownQuartile: 3,
          group: { __typename: 'BenchmarkGroup', key: 'ALL', name: 'Alle gemeenten' },
        },
      ],
      province: [],
      veiligThuis: [],
      safety: [],
      size: [],
    },
  },
};

const shared = (municipalityCode: string, municipalityName: string, indicatorKey: string, value: number | null) => ({
  __typename: 'SharedIndicatorValue',
  municipalityCode,
  municipalityName,
  indicatorKey,
  value,
});

const partnerFiguresMock = {
  request: { query: HomePartnerFiguresDocument, variables: { agreementId: '4', year: 2026 } },
  result: {
    data: {
      questionnaire: {
        __typename: 'Questionnaire',
        year: 2026,
        indicators: [
          { __typename: 'IndicatorDefinitionInfo', key: 'preventie', label: 'Voorlichting op school' },
          { __typename: 'IndicatorDefinitionInfo', key: 'nazorg', label: 'Nazorg' },
        ],
      },
      sharedIndicators: [
        shared('GM0106', 'Assen', 'preventie', 62.5),
        shared('GM0114', 'Emmen', 'preventie', 75),
        shared('GM0114', 'Emmen', 'nazorg', 40),
      ],
    },
  },
};

const knowledgeMock = {
  request: { query: KnowledgeIndicatorLinksDocument },
  result: {
    data: {
      knowledgeArticles: [
        { __typename: 'KnowledgeArticle', slug: 'voorlichting', title: 'Voorlichting over huiselijk geweld', indicatorKeys: ['preventie'] },
        { __typename: 'KnowledgeArticle', slug: 'nazorg-na-melding', title: 'Nazorg', indicatorKeys: ['nazorg'] },
      ],
    },
  },
};

function renderHome(mocks: object[]) {
  return renderRoute(<MyMunicipalityPage />, { path: '/mijn-gemeente', mocks: mocks as never });
}

describe('MyMunicipalityPage', () => {
  it('shows a municipal editor the questionnaire status with the next step, indicators, estimate and agreements', async () => {
    const { container } = renderHome([
      sessionMock(editor),
      yearsMock,
      homeMock({ percentage: 40 }),
      estimateMock(estimate),
      districtCountMock([]),
      agreementsMock,
      practiceMock,
      positionMock,
      partnerFiguresMock,
      knowledgeMock,
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Mijn gemeente: Assen' });
    const questionnaire = await screen.findByRole('region', { name: 'Vragenlijst 2026' });
    expect(questionnaire.textContent).toContain('Open van 1 januari 2026 tot en met 31 december 2099.');
    expect(questionnaire.textContent).toContain('Nog niet ingediend: 40% ingevuld, nog 3 verplichte vragen open.');
    expect(questionnaire.textContent).toMatch(/Nog \d+ dagen tot de sluitingsdatum\./);
    expect(within(questionnaire).getByRole('link', { name: 'Verder met de vragenlijst' }).getAttribute('href')).toBe('/vragenlijst/GM0106/2026');

    const table = screen.getByRole('table', { name: 'Indicatoren 2026 en de verandering sinds vorig jaar' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) => [
        row.querySelector('th')!.textContent,
        ...within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ]),
    ).toEqual([
      ['Voorlichting op school', '62,5', 'deels gerealiseerd', '+8 punten t.o.v. 2025'],
      ['Nazorg', 'geen waarde', 'geen waarde', 'geen vergelijking'],
    ]);

    const practice = await screen.findByRole('region', { name: 'Praktijkvoorbeelden bij uw laagst scorende indicatoren' });
    expect(
      within(practice)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/praktijkvoorbeelden/3']);
    expect(practice.textContent).toContain('(Emmen, Voorlichting op school)');

    // only the indicators with a value can be among the weakest: Nazorg has none, so its article is not offered
    const knowledge = await screen.findByRole('region', { name: 'Kennis bij uw laagst scorende indicatoren' });
    expect(
      within(knowledge)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/kennisbank/voorlichting']);

    const position = await screen.findByRole('region', { name: 'Waar staat Assen?' });
    expect(await within(position).findByRole('table', { name: 'Aantal indicatoren per kwart van de vergelijkingsgroep, 2026' })).toBeTruthy();

    await screen.findByText('naar schatting 340 tot 480 kinderen per jaar');
    const sharing = screen.getByRole('region', { name: 'Afspraken over delen' });
    expect(await within(sharing).findByText('Met Emmen.')).toBeTruthy();
    const partners = await within(sharing).findByRole('table', { name: 'Indicatoren 2026 van de gemeenten in “Drenthe deelt” (waarde 0-100)' });
    expect(
      within(partners)
        .getAllByRole('row')
        .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent)),
    ).toEqual([
      ['Indicator', 'Assen', 'Emmen'],
      ['Voorlichting op school', '62,5', '75'],
      ['Nazorg', '—', '40'],
    ]);
    expect(within(sharing).getByRole('link', { name: 'Cijfers van de partners per indicator' }).getAttribute('href')).toBe(
      '/vergelijken/GM0106/2026',
    );

    const levels = [...container.querySelectorAll('h1, h2, h3, h4')].map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    expect(await axe(container)).toHaveNoViolations();
  });

  it('offers a viewer to view, not fill in, and says when the response was submitted', async () => {
    renderHome([
      sessionMock({ ...editor, role: 'MUNICIPAL_VIEWER' }),
      yearsMock,
      homeMock({ percentage: 100, status: 'SUBMITTED' }),
      estimateMock(estimate),
      districtCountMock([]),
      { ...agreementsMock, result: { data: { sharingAgreements: [] } } },
    ]);
    const questionnaire = await screen.findByRole('region', { name: 'Vragenlijst 2026' });
    expect(await within(questionnaire).findByText('Ingediend op 1 oktober 2026.')).toBeTruthy();
    expect(within(questionnaire).getByRole('link', { name: 'Vragenlijst bekijken' })).toBeTruthy();
    expect(await screen.findByText('Uw gemeente deelt nog geen cijfers met andere gemeenten.')).toBeTruthy();
  });

  it('gives an administrator the national overview with the questionnaires and pending registrations', async () => {
    const { container } = renderHome([
      sessionMock(sessionUser({ role: 'ADMIN', municipality: null, name: 'Nadia NJi' })),
      {
        request: { query: NationalHomeDocument },
        result: {
          data: {
            questionnaires: [
              {
                __typename: 'Questionnaire',
                year: 2025,
                title: 'Monitor 2025',
                status: 'CLOSED',
                opensOn: '2025-01-01',
                closesOn: '2025-04-01',
                isDemo: false,
              },
              {
                __typename: 'Questionnaire',
                year: 2026,
                title: 'Monitor 2026',
                status: 'OPEN',
                opensOn: '2026-01-01',
                closesOn: '2026-04-01',
                isDemo: false,
              },
            ],
          },
        },
      },
      {
        request: { query: PendingRegistrationCountDocument },
        result: {
          data: {
            registrations: [
              { __typename: 'Registration', id: '1' },
              { __typename: 'Registration', id: '2' },
            ],
          },
        },
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Landelijk overzicht' });
    const table = await screen.findByRole('table', { name: 'Vragenlijsten per jaar' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['2026', '2025']);
    expect(within(table).getAllByRole('row')[1]?.textContent).toContain('open');
    expect((await screen.findByRole('link', { name: '2 aanmeldingen om te beoordelen' })).getAttribute('href')).toBe('/beheer/aanmeldingen');
    expect(screen.getByRole('link', { name: 'Vragenlijsten beheren' })).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });
});

describe('daysUntil', () => {
  it('counts whole calendar days to the closing date', () => {
    expect(daysUntil('2026-04-01', new Date(2026, 2, 30, 23, 0))).toBe(2);
    expect(daysUntil('2026-04-01', new Date(2026, 3, 1, 8, 0))).toBe(0);
  });
});
