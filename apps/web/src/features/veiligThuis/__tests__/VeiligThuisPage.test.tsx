import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import { assenMocks, contextData, contextMock, districtCountMock, estimateMock, statisticsMock } from '../../../../test/fixtures/veiligThuis';
import VeiligThuisPage from '../VeiligThuisPage';

function renderPage(mocks = assenMocks(), url = '/gemeente/GM0106/veilig-thuis') {
  return renderRoute(<VeiligThuisPage />, { path: '/gemeente/:code/veilig-thuis', url, mocks });
}

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent,
      ...within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ]);

describe('VeiligThuisPage', () => {
  it('shows the time series as a chart and as a table, with symbols, the provisional mark, the legend and the source', async () => {
    const { container } = renderPage();
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Veilig Thuis: Assen');

    const table = await screen.findByRole('table', { name: 'Gestarte adviezen en ontvangen meldingen, Assen' });
    expect(rows(table)).toEqual([
      ['2020', '.', '–'],
      ['2023*', '525', '270'],
    ]);
    const section = screen.getByRole('region', { name: 'Adviezen en meldingen door de jaren heen' });
    const chart = within(section).getByRole('img', { name: /^Lijngrafiek: gestarte adviezen en ontvangen meldingen/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart.getAttribute('aria-describedby')).toBe('reeks-beschrijving');
    expect(within(section).getByText('Bron: CBS, tabel 84849NED, geïmporteerd op 2 maart 2026')).toBeTruthy();
    const legend = within(section).getByText('Verklaring van tekens').parentElement!;
    expect(
      within(legend)
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['–', '.', 'x', '*']);
    expect(
      within(legend)
        .getAllByRole('definition')
        .map((dd) => dd.textContent),
    ).toEqual(['geheim of onderdrukt (te klein aantal)', 'onbekend of geheim (CBS)', 'kan niet voorkomen', 'voorlopig cijfer']);
    expect(within(section).getByRole('button', { name: 'Download CSV: Adviezen en meldingen door de jaren heen' })).toBeTruthy();

    // The whole page, once every figure has arrived.
    await screen.findByRole('table', { name: /per 1\.000 inwoners/ });
    await screen.findByRole('table', { name: /naar melder/ });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('breaks the latest period down by melder, says plainly that there are no aard figures, and compares per 1,000', async () => {
    renderPage();
    const melders = await screen.findByRole('table', { name: 'Ontvangen meldingen naar melder, Assen, 2023*' });
    expect(rows(melders)).toEqual([
      ['Niet beroepsmatig totaal', '25'],
      ['Beroepsmatig totaal', '245'],
      ['Geestelijke gezondheidszorg: totaal', '.'],
    ]);
    expect(screen.getByRole('img', { name: 'Staafgrafiek: ontvangen meldingen naar melder, Assen, 2023*' })).toBeTruthy();

    const aard = screen.getByRole('region', { name: 'Aard van het geweld' });
    expect(within(aard).getByText(/geen cijfers beschikbaar/)).toBeTruthy();
    expect(within(aard).queryByRole('table')).toBeNull();
    expect(within(aard).queryByRole('img')).toBeNull();

    const compare = await screen.findByRole('table', { name: 'Adviezen en meldingen per 1.000 inwoners, 2023*' });
    expect(rows(compare)).toEqual([
      ['Assen (gemeente)', '7,6', '3,9', '69.414', '2023'],
      ['Drenthe (Veilig Thuis-regio)', '5,9', '3,8', '502.000', '2023'],
      ['Nederland (land)', '8,0', '7,1', '17.811.291', '2023'],
    ]);
    expect(screen.getByText(/aantal inwoners op 1 januari 2023/)).toBeTruthy();
  });

  it('shows the estimate as a range with its method, inputs and fallback reason', async () => {
    renderPage();
    const card = await screen.findByRole('region', { name: /Geschat aantal kinderen/ });
    expect(within(card).getByText(/^naar schatting 340 tot 480 kinderen/)).toBeTruthy();
    expect(within(card).getByText(/modelschatting .*NPM-2017.*geen telling/)).toBeTruthy();
    expect(within(card).getByText(/geen gegevens over risicofactoren per gemeente/)).toBeTruthy();
  });

  it('says so when a municipality has no Veilig Thuis figures, and still shows the estimate', async () => {
    const data = contextData();
    const mocks = [
      contextMock(data),
      statisticsMock({ measure: 'gestarte_adviezen', regionCodes: ['GM0106'], periods: null, category: null }, []),
      statisticsMock({ measure: 'ontvangen_meldingen', regionCodes: ['GM0106'], periods: null, category: null }, []),
      estimateMock(),
      districtCountMock(),
    ];
    const { container } = renderPage(mocks);
    expect(await screen.findByText('Voor deze gemeente zijn geen cijfers van Veilig Thuis beschikbaar.')).toBeTruthy();
    expect(await screen.findByText(/^naar schatting 340 tot 480 kinderen/)).toBeTruthy();
    expect(screen.queryByRole('table', { name: /Gestarte adviezen/ })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('does not ask the server about a malformed code', () => {
    renderPage([], '/gemeente/assen/veilig-thuis');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Gemeente niet gevonden');
  });
});
