import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import type { EstimateCard_EstimateFragment } from '../../../gql/__generated__/graphql';
import { renderRoute } from '../../../../test/render';
import { estimate } from '../../../../test/fixtures/veiligThuis';
import { EstimateCard } from '../EstimateCard';

// Test values for the layout only, not real figures.
const modelled: EstimateCard_EstimateFragment = {
  ...estimate,
  method: 'RISK_MODEL' as const,
  relativeRisk: 1.18,
  ratePerThousandLow: 30.6,
  ratePerThousandHigh: 43.5,
  fallbackReason: null,
  effects: [
    {
      __typename: 'EstimateFactorEffect' as const,
      factor: 'SOCIAL_ASSISTANCE',
      label: 'bijstandsontvangers',
      unit: 'per 1.000 inwoners',
      value: 39.6,
      nationalMean: 22.2,
      effectPercent: 55.3,
      missing: false,
      year: 2024,
      origin: 'AREA',
    },
    {
      __typename: 'EstimateFactorEffect' as const,
      factor: 'LOW_EDUCATION',
      label: 'laag opgeleiden (15–75 jaar)',
      unit: '% van de 15–75-jarigen',
      value: 16.5,
      nationalMean: 26.9,
      effectPercent: -16.8,
      missing: false,
      year: 2021,
      origin: 'AREA',
    },
    {
      __typename: 'EstimateFactorEffect' as const,
      factor: 'SINGLE_PARENT',
      label: 'eenouderhuishoudens',
      unit: '% van de huishoudens',
      value: null,
      nationalMean: 6.9,
      effectPercent: 0,
      missing: true,
      year: null,
      origin: 'NATIONAL_MEAN',
    },
  ],
  check: { __typename: 'SingleFactorCheck' as const, factor: 'laag opleidingsniveau van de ouders', relativeRisk: 4.95, low: 710, high: 1010 },
  model: {
    __typename: 'EstimateModel' as const,
    outcome: 'Jongeren met jeugdbescherming (% van de jongeren tot 18 jaar)',
    outcomeYear: 2022,
    fittedOn: 328,
    validation: {
      __typename: 'ModelValidation' as const,
      folds: 10,
      municipalities: 328,
      devianceExplained: 0.465,
      singleFactorDevianceExplained: 0.133,
      rankCorrelation: 0.671,
    },
  },
};

describe('EstimateModelSection (in the estimate card)', () => {
  it('shows what moves the estimate as a table, the single-factor check and the out-of-sample validation', async () => {
    const { container } = renderRoute(<EstimateCard estimate={modelled} />);
    const card = screen.getByRole('region', { name: 'Geschat aantal kinderen dat met kindermishandeling te maken krijgt' });
    expect(within(card).getByText('Dat is 30,6 tot 43,5 per 1.000 kinderen (landelijk 26,0 tot 37,0).')).toBeTruthy();
    const table = within(card).getByRole('table', { name: 'Risicofactoren en hun invloed op de schatting' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['bijstandsontvangers', '39,6 per 1.000 inwoners', '22,2 per 1.000 inwoners', '+55,3 %', '2024'],
      ['laag opgeleiden (15–75 jaar)', '16,5 % van de 15–75-jarigen', '26,9 % van de 15–75-jarigen', '−16,8 %', '2021'],
      ['eenouderhuishoudens', 'ontbreekt (landelijk gemiddelde gebruikt)', '6,9 % van de huishoudens', 'geen', '–'],
    ]);
    expect(
      within(card).getByText(
        /Alleen gewogen naar laag opleidingsniveau van de ouders \(relatief risico 4,95\) komt de schatting op 710 tot 1.010 kinderen/,
      ),
    ).toBeTruthy();
    expect(within(card).getByText(/10-voudige kruisvalidatie over 328 gemeenten\). Het verklaart daar 46,5 %/)).toBeTruthy();
    expect(within(card).queryByRole('heading', { name: 'Waarom het landelijke tarief' })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('is absent for a withheld estimate, which shows no number of children either', () => {
    renderRoute(
      <EstimateCard
        estimate={{
          ...modelled,
          status: 'SUPPRESSED',
          low: null,
          high: null,
          children: null,
          effects: [],
          check: null,
          ratePerThousandLow: null,
          ratePerThousandHigh: null,
        }}
      />,
    );
    expect(screen.queryByRole('table', { name: 'Risicofactoren en hun invloed op de schatting' })).toBeNull();
    expect(screen.getByText('niet getoond')).toBeTruthy();
    expect(screen.getByText('De schatting is niet gepubliceerd: het aantal is te klein om te tonen.')).toBeTruthy();
  });
});
