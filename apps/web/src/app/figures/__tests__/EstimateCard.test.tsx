import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import { estimate } from '../../../../test/fixtures/veiligThuis';
import { EstimateCard } from '../EstimateCard';

describe('EstimateCard', () => {
  it('shows a range (never a point), the data year, method, formula, inputs and the fallback reason', async () => {
    const { container } = renderRoute(<EstimateCard estimate={{ ...estimate, low: 4790, high: 6820 }} />);
    const card = screen.getByRole('region', { name: 'Geschat aantal kinderen dat met kindermishandeling te maken krijgt' });
    expect(within(card).getByText('naar schatting 4.790 tot 6.820 kinderen per jaar')).toBeTruthy();
    expect(within(card).getByText(/Dit is een modelschatting .*\(NPM-2017\), geen telling/)).toBeTruthy();

    const terms = within(card)
      .getAllByRole('term')
      .map((dt) => dt.textContent);
    const definitions = within(card)
      .getAllByRole('definition')
      .map((dd) => dd.textContent);
    expect(Object.fromEntries(terms.map((term, i) => [term, definitions[i]]))).toMatchObject({
      'Peiljaar gegevens': '2023',
      'Kinderen van 0–17 jaar (benadering)': '± 12.910',
      'Landelijk tarief (NPM-2017)': '26,0 tot 37,0 per 1.000 kinderen',
      Methode: 'Landelijk tarief maal het aantal kinderen',
    });
    expect(within(card).getByRole('heading', { name: 'Waarom het landelijke tarief' })).toBeTruthy();
    expect(within(card).getByText(/geen gegevens over risicofactoren per gemeente geladen/)).toBeTruthy();
    expect(within(card).getByText(/^E = N × P/)).toBeTruthy();

    const inputs = within(card).getByRole('table', { name: 'Invoer van de schatting' });
    expect(
      within(inputs)
        .getAllByRole('rowheader')
        .map((th) => th.textContent),
    ).toEqual(['Kinderen van 0–17 jaar (benadering)', 'Landelijk tarief']);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has no fallback section when the estimate used a risk factor', () => {
    renderRoute(<EstimateCard estimate={{ ...estimate, method: 'INDIRECT_STANDARDISATION', fallbackReason: null, riskFactor: 'Armoede' }} />);
    expect(screen.queryByRole('heading', { name: 'Waarom het landelijke tarief' })).toBeNull();
    expect(screen.getByText('Armoede')).toBeTruthy();
  });

  it('shows no numbers when the estimate is suppressed', () => {
    renderRoute(<EstimateCard estimate={{ ...estimate, status: 'SUPPRESSED', low: null, high: null }} />);
    expect(screen.getByText('De schatting is niet gepubliceerd: het aantal is te klein om te tonen.')).toBeTruthy();
    expect(screen.queryByText(/naar schatting/)).toBeNull();
  });

  it('in short: the range, the model note and a link to the full explanation', async () => {
    const { container } = renderRoute(<EstimateCard estimate={estimate} compact headingLevel={3} moreTo="/gemeente/GM0106/veilig-thuis" />);
    expect(screen.getByText('naar schatting 340 tot 480 kinderen per jaar')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('link', { name: 'Meer over deze schatting' }).getAttribute('href')).toBe('/gemeente/GM0106/veilig-thuis');
    expect(await axe(container)).toHaveNoViolations();
  });
});
