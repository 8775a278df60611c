import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import type { MockLink } from '@apollo/client/testing';
import { renderRoute } from '../../../../test/render';
import { MunicipalityDetailDocument, MunicipalityRiskProfileDocument, type MunicipalityDetailQuery } from '../../../gql/__generated__/graphql';
import MunicipalityPage from '../MunicipalityPage';
import { districtCountMock, estimate, estimateMock } from '../../../../test/fixtures/veiligThuis';

const region = (type: string, code: string, name: string) => ({ __typename: 'Region' as const, type, code, name });

const amsterdam: NonNullable<MunicipalityDetailQuery['municipality']> = {
  __typename: 'Municipality',
  code: 'GM0363',
  name: 'Amsterdam',
  regions: [
    region('SAFETY_REGION', 'VR13', 'Amsterdam-Amstelland'),
    region('PROVINCE', 'PV27', 'Noord-Holland'),
    region('YOUTH_CARE_REGION', 'JZ16', 'Amsterdam-Amstelland'),
    region('GGD_REGION', 'GG3406', 'GGD Amsterdam'),
    region('VEILIG_THUIS_REGION', 'VT13', 'Amsterdam-Amstelland'),
  ] as NonNullable<MunicipalityDetailQuery['municipality']>['regions'],
  youthPopulation: {
    __typename: 'YouthPopulation',
    year: 2023,
    aged0To14: 129_047,
    aged0To17: 159_847,
    isApproximation: true,
    method: 'Benadering: inwoners × (aandeel 0–14 jaar + 3/10 × aandeel 15–24 jaar).',
    source: 'CBS, Kerncijfers wijken en buurten 2023',
  },
  keyFigures: {
    __typename: 'MunicipalityKeyFigures',
    populationYear: 2024,
    populationSource: 'CBS, Kerncijfers wijken en buurten 2024',
    population: 931_298,
    householdYear: 2023,
    householdSource: 'CBS, Kerncijfers wijken en buurten 2023',
    households: 524_573,
    shareHouseholdsWithChildren: 23,
    averageHouseholdSize: 1.75,
    urbanity: 1,
    ageDistribution: [
      { __typename: 'AgeBandShare', band: '0-14', fromAge: 0, toAge: 14, percentage: 14 },
      { __typename: 'AgeBandShare', band: '65+', fromAge: 65, toAge: null, percentage: 13 },
    ],
  },
};

const detailMock = (code: string, municipality: MunicipalityDetailQuery['municipality']) => ({
  request: { query: MunicipalityDetailDocument, variables: { code } },
  result: { data: { municipality } },
});

// Test values for the layout only, not real figures.
const comparisons = (vt: number, pv: number, size: number, nl: number) =>
  (
    [
      ['VEILIG_THUIS_REGION', 'Veilig Thuis-regio Amsterdam-Amstelland', vt],
      ['PROVINCE', 'Provincie Noord-Holland', pv],
      ['SIZE_CLASS', 'Gemeenten met 250.000 inwoners of meer', size],
      ['NETHERLANDS', 'Nederland', nl],
    ] as const
  ).map(([kind, name, value]) => ({ __typename: 'RiskProfileComparison' as const, kind, name, value }));
const riskProfileMock = {
  request: { query: MunicipalityRiskProfileDocument, variables: { code: 'GM0363' } },
  result: {
    data: {
      riskProfile: {
        __typename: 'RiskProfile',
        areaCode: 'GM0363',
        sizeClass: '250.000 inwoners of meer',
        attribution: 'Bron: CBS',
        values: [
          {
            __typename: 'RiskProfileValue',
            key: 'bijstand_per_1000_inwoners',
            label: 'Bijstandsontvangers',
            unit: 'per 1.000 inwoners',
            value: 38.2,
            status: 'PUBLISHED',
            reason: null,
            year: 2024,
            inModel: true,
            comparisons: comparisons(30.1, 25.4, 35.2, 22.6),
          },
          {
            __typename: 'RiskProfileValue',
            key: 'pct_jeugdhulp',
            label: 'Jongeren met jeugdhulp',
            unit: '% van de jongeren tot 18 jaar',
            value: null,
            status: 'UNKNOWN',
            reason: 'Geen gepubliceerde waarde',
            year: null,
            inModel: false,
            comparisons: comparisons(11.5, 11.9, 12.4, 12.2),
          },
        ],
      },
    },
  },
};

const veiligThuisMocks = [
  estimateMock({ ...estimate, areaCode: 'GM0363', low: 4790, high: 6820 }, 'GM0363'),
  districtCountMock(['WK036300'], 'GM0363'),
  riskProfileMock,
];

function renderPage(url: string, mocks: MockLink.MockedResponse[] = [detailMock('GM0363', amsterdam), ...veiligThuisMocks]) {
  return renderRoute(<MunicipalityPage />, { path: '/gemeente/:code', url, mocks });
}

function cellsOfRow(name: RegExp) {
  return within(screen.getByRole('row', { name }))
    .getAllByRole('cell')
    .map((td) => td.textContent);
}

describe('MunicipalityPage', () => {
  it('shows the name, the regions in a fixed order with Dutch labels, and the key figures with year and source', async () => {
    const { container } = renderPage('/gemeente/GM0363');

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Amsterdam');
    expect(document.title).toBe('Amsterdam — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');

    const regions = screen.getByRole('heading', { level: 2, name: 'Regio-indelingen' }).parentElement!;
    const terms = within(regions)
      .getAllByRole('term')
      .map((dt) => dt.textContent);
    const definitions = within(regions)
      .getAllByRole('definition')
      .map((dd) => dd.textContent);
    expect(terms).toEqual(['Provincie', 'Veilig Thuis-regio', 'Veiligheidsregio', 'GGD-regio', 'Jeugdregio']);
    expect(definitions[0]).toBe('Noord-Holland (PV27)');
    expect(definitions[3]).toBe('GGD Amsterdam (GG3406)');

    screen.getByRole('table', { name: 'Kerncijfers van Amsterdam' });
    expect(cellsOfRow(/^Inwoners/)).toEqual(['931.298', '2024', 'CBS, Kerncijfers wijken en buurten 2024']);
    expect(cellsOfRow(/Jeugdigen 0–17 jaar \(benadering\)/)).toEqual(['± 159.847', '2023', 'CBS, Kerncijfers wijken en buurten 2023']);
    expect(cellsOfRow(/^Huishoudens met kinderen/)[0]).toBe('23%');
    expect(cellsOfRow(/Gemiddelde huishoudensgrootte/)[0]).toBe('1,75');
    expect(cellsOfRow(/Stedelijkheid/)[0]).toBe('1 (zeer sterk stedelijk)');
    expect(screen.getByText(/^Benadering: inwoners ×/)).toBeTruthy();

    // Veilig Thuis: links and the estimate in short (a range, never a point).
    expect(screen.getByRole('link', { name: 'Veilig Thuis: Amsterdam' }).getAttribute('href')).toBe('/gemeente/GM0363/veilig-thuis');
    expect((await screen.findByRole('link', { name: 'Wijken van Amsterdam' })).getAttribute('href')).toBe('/gemeente/GM0363/wijken');
    expect(await screen.findByText('naar schatting 4.790 tot 6.820 kinderen per jaar')).toBeTruthy();

    // Risk profile: an index chart (Nederland = 100) and the table with every comparison; missing is never zero.
    const risk = await screen.findByRole('table', { name: 'Risicoprofiel van Amsterdam met vergelijkingen' });
    const riskRows = within(risk)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(riskRows).toEqual([
      ['Bijstandsontvangers (per 1.000 inwoners) (in het model)', '38,2', '30,1', '25,4', '35,2', '22,6', '2024'],
      ['Jongeren met jeugdhulp (% van de jongeren tot 18 jaar)', 'ontbreekt', '11,5', '11,9', '12,4', '12,2', '–'],
    ]);
    expect(screen.getByText('Staafdiagram: risicofactoren van Amsterdam als index (Nederland = 100)')).toBeTruthy();

    const ages = screen.getByRole('table', { name: /Leeftijdsopbouw van Amsterdam, 2023/ });
    expect(
      within(ages)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['0 tot en met 14 jaar', '65 jaar en ouder']);

    expect(await axe(container)).toHaveNoViolations();
  });

  it('says "Gemeente niet gevonden" for a code the server does not know', async () => {
    const { container } = renderPage('/gemeente/GM9999', [detailMock('GM9999', null)]);

    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Gemeente niet gevonden');
    expect(screen.getByText('Er is geen gemeente met code GM9999.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Terug naar de kaart' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Gemeente niet gevonden — Monitor Aanpak Kindermishandeling en Huiselijk Geweld');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('does not ask the server about a malformed code', async () => {
    renderPage('/gemeente/amsterdam', []);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Gemeente niet gevonden');
    expect(screen.getByText('Er is geen gemeente met code AMSTERDAM.')).toBeTruthy();
  });

  it('reports a server error in Dutch and loads the page when the retry succeeds', async () => {
    const { container } = renderPage('/gemeente/GM0363', [
      { request: { query: MunicipalityDetailDocument, variables: { code: 'GM0363' } }, error: new Error('boom') },
      detailMock('GM0363', amsterdam),
      ...veiligThuisMocks,
    ]);
    expect((await screen.findByRole('alert')).textContent).toBe('De gegevens konden niet worden geladen.');
    expect(await axe(container)).toHaveNoViolations();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Amsterdam');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
