import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { sessionMock, sessionUser } from '../../../../test/fixtures/accounts';
import { indicator, indicatorsMock } from '../../../../test/fixtures/questionnaire';
import { renderRoute } from '../../../../test/render';
import { KnowledgeIndicatorLinksDocument } from '../../../gql/__generated__/graphql';
import IndicatorsPage from '../IndicatorsPage';

const editor = sessionUser({
  role: 'MUNICIPAL_EDITOR',
  municipality: { __typename: 'Municipality', code: 'GM0363', name: 'Amsterdam' },
});

const indicators = [
  indicator(),
  indicator({
    key: 'meldcode',
    label: 'Meldcode',
    theme: 'Meldcode en deskundigheid',
    value: 80,
    band: 'HIGH',
    bandLabel: 'grotendeels gerealiseerd',
    tips: ['Deel uw werkwijze met de regio.'],
    known: 5,
    unknown: 0,
    missing: 0,
    change: -3,
  }),
  indicator({
    key: 'nazorg',
    label: 'Nazorg',
    theme: 'Nazorg',
    value: null,
    band: null,
    bandLabel: null,
    tips: [],
    known: 1,
    unknown: 2,
    missing: 0,
    total: 3,
    previousYear: null,
    previousValue: null,
    change: null,
  }),
];

const knowledgeLinksMock = {
  request: { query: KnowledgeIndicatorLinksDocument },
  result: {
    data: {
      knowledgeArticles: [
        {
          __typename: 'KnowledgeArticle',
          slug: 'meldcode-en-afwegingskaders',
          title: 'De meldcode huiselijk geweld en kindermishandeling',
          indicatorKeys: ['meldcode', 'deskundigheid_wijkteams'],
        },
      ],
    },
  },
};

function renderIndicators(mocks: object[]) {
  return renderRoute(<IndicatorsPage />, {
    path: '/indicatoren/:code/:year',
    url: '/indicatoren/GM0363/2026',
    mocks: [sessionMock(editor), knowledgeLinksMock, ...mocks] as never,
  });
}

describe('IndicatorsPage', () => {
  it('shows the chart, the table with bands in words, change, counts, and a card per indicator with tips', async () => {
    const print = jest.fn();
    window.print = print;
    const { container } = renderIndicators([indicatorsMock(indicators)]);
    await screen.findByRole('heading', { level: 1, name: 'Indicatoren 2026 van Amsterdam' });
    expect(document.title).toBe('Indicatoren 2026 Amsterdam — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');

    const chart = screen.getByRole('img', { name: 'Staafdiagram: indicatoren 2026 van Amsterdam' });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)!.textContent).toContain('grenzen 40 (deels gerealiseerd) en 75');

    const table = screen.getByRole('table', { name: 'Indicatoren 2026 van Amsterdam' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['Preventie', '62,5', 'deels gerealiseerd', '+8 punten t.o.v. 2025', '4', '1', '0'],
      ['Meldcode en deskundigheid', '80', 'grotendeels gerealiseerd', '−3 punten t.o.v. 2025', '5', '0', '0'],
      ['Nazorg', 'geen waarde', 'geen waarde', 'geen vergelijking met vorig jaar', '1', '2', '0'],
    ]);
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('Voorlichting aan kinderen op school');

    const card = screen.getByRole('region', { name: 'Voorlichting aan kinderen op school' });
    expect(card.textContent).toContain('62,5 van 100');
    expect(card.textContent).toContain('deels gerealiseerd');
    expect(card.textContent).toContain('+8 punten t.o.v. 2025');
    expect(card.textContent).toContain("1 keer 'weet niet' (telt niet mee als 'nee').");
    expect(within(card).getByRole('heading', { level: 4, name: 'Tips' })).toBeTruthy();
    expect(card.textContent).toContain('Betrek alle scholen bij de voorlichting.');
    expect(screen.getByRole('region', { name: 'Nazorg' }).textContent).toContain('Er is geen waarde');

    // "Meer weten": the knowledge-base articles linked to the indicator, and only to that one
    const meldcode = screen.getByRole('region', { name: 'Meldcode' });
    const more = await within(meldcode).findByRole('list', { name: 'Meer weten' });
    expect(within(more).getByRole('link', { name: 'De meldcode huiselijk geweld en kindermishandeling' }).getAttribute('href')).toBe(
      '/kennisbank/meldcode-en-afwegingskaders',
    );
    expect(within(card).queryByRole('list', { name: 'Meer weten' })).toBeNull();
    expect(container.textContent).toContain("'Weet niet' telt niet mee als 'nee'");

    expect(screen.getByRole('link', { name: 'Antwoorden (CSV)' }).getAttribute('href')).toBe('/export/GM0363/2026/antwoorden.csv');
    expect(screen.getByRole('link', { name: 'Indicatoren (Excel)' }).getAttribute('href')).toBe('/export/GM0363/2026/indicatoren.xlsx');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalled();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says that the indicators come after submission when nothing is computed yet', async () => {
    const { container } = renderIndicators([
      indicatorsMock(
        indicators.map((i) => ({ ...i, computed: false, value: null, band: null, bandLabel: null, tips: [], change: null, computedAt: null })),
        { submitted: false },
      ),
    ]);
    expect(await screen.findByText('Nog niet ingediend: de indicatoren worden berekend zodra de vragenlijst is ingediend.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('img')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('labels demo indicators', async () => {
    renderIndicators([indicatorsMock(indicators, { isDemo: true })]);
    expect(await screen.findByText('Demogegevens')).toBeTruthy();
    expect(screen.getByText('Deze antwoorden zijn gegenereerd voor de demo en niet echt.')).toBeTruthy();
  });
});
