import { screen, within } from '@testing-library/react';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import { assenMocks, districtCountMock, estimateMock, figuresMock, stat, statisticsMock } from '../../../../test/fixtures/veiligThuis';
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
    await screen.findByRole('table', { name: /^Wie meldde/ });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('draws the parts of a total apart from it, with Dutch labels, says plainly that there are no aard figures, and compares per 1,000', async () => {
    renderPage();
    // Intended change: the melders are split into breakdowns whose total is written, never drawn beside its parts.
    const melders = await screen.findByRole('table', { name: 'Wie meldde: beroepsmatig of niet, Assen, 2023*' });
    expect(rows(melders)).toEqual([
      ['Niet-beroepsmatige melders (buren, familie, betrokkenen)', '25', 'geen cijfers beschikbaar'],
      ['Beroepsmatige melders', '245', 'geen cijfers beschikbaar'],
    ]);
    const section = screen.getByRole('region', { name: 'Wie meldde: beroepsmatig of niet' });
    expect(within(section).getByRole('img', { name: /^Staafgrafiek: wie meldde/ })).toBeTruthy();
    expect(within(section).getByText('Totaal (niet in de grafiek): 270 ontvangen meldingen, 525 gestarte adviezen.')).toBeTruthy();

    // One published part only: a table, no chart; the withheld part says why.
    const organisations = screen.getByRole('region', { name: 'Beroepsmatige melders naar organisatie' });
    expect(within(organisations).queryByRole('img')).toBeNull();
    expect(rows(within(organisations).getByRole('table'))).toEqual([
      ['Gezondheidszorg', '60', 'geen cijfers beschikbaar'],
      ['Geestelijke gezondheidszorg', 'niet gepubliceerd (geheim of onbekend bij CBS)', 'geen cijfers beschikbaar'],
    ]);
    expect(document.body.textContent).not.toMatch(/J en V|: totaal|\? tot \?/);

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

  it('lists every published total, also of a measure with one period, as a table without a line chart', async () => {
    const figures = [
      stat({ measure: 'vervolgmelding_totaal', provisional: true, value: 2285, source: { ...stat({}).source, tableId: '85361NED' } }),
      stat({ measure: 'pct_vervolgmelding_totaal', provisional: true, value: 25.5, source: { ...stat({}).source, tableId: '85361NED' } }),
      stat({ measure: 'ontvangen_meldingen', provisional: true, value: 270 }),
    ];
    renderPage([figuresMock('GM0106', figures), estimateMock(), districtCountMock(), ...compareMocks()]);
    const table = await screen.findByRole('table', { name: 'Alle cijfers van Veilig Thuis, Assen' });
    expect(rows(table)).toEqual([
      ['Ontvangen meldingen', '2023*', '270'],
      ['Vervolgmeldingen tijdens betrokkenheid Veilig Thuis, totaal', '2023*', '2.285'],
      ['Vervolgmeldingen tijdens betrokkenheid Veilig Thuis, totaal (%)', '2023*', '25,5%'],
    ]);
    const series = screen.getByRole('region', { name: 'Adviezen en meldingen door de jaren heen' });
    expect(within(series).queryByRole('img')).toBeNull();
    expect(within(series).getByText(/maar één periode/)).toBeTruthy();
  });

  it('says which Veilig Thuis region it shows when the municipality has no figures of its own', async () => {
    const region = [stat({ regionCode: 'VT02', provisional: true, value: 1905 })];
    const note = 'Voor deze gemeente zijn geen eigen cijfers gepubliceerd; hieronder de cijfers van Veilig Thuis-regio Drenthe.';
    const { container } = renderPage([
      figuresMock('GM0106', region, { areaCode: 'VT02', areaName: 'Drenthe', areaLevel: 'VEILIG_THUIS_REGION', fallback: true, note }),
      estimateMock(),
      districtCountMock(),
      ...compareMocks(['VT02', 'NL01']),
    ]);
    expect(await screen.findByText(note)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Veilig Thuis: Assen');
    expect(await screen.findByRole('table', { name: 'Alle cijfers van Veilig Thuis, Drenthe' })).toBeTruthy();
    await screen.findByRole('table', { name: /per 1\.000 inwoners/ });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows the estimate as a range with its method, inputs and fallback reason', async () => {
    renderPage();
    const card = await screen.findByRole('region', { name: /Geschat aantal kinderen/ });
    expect(within(card).getByText(/^naar schatting 340 tot 480 kinderen/)).toBeTruthy();
    expect(within(card).getByText(/modelschatting .*NPM-2017.*geen telling/)).toBeTruthy();
    expect(within(card).getByText(/geen gegevens over risicofactoren per gemeente/)).toBeTruthy();
  });

  it('says so when neither the municipality nor its region has Veilig Thuis figures, and still shows the estimate', async () => {
    const mocks = [
      figuresMock('GM0106', [], { note: 'CBS heeft voor deze gemeente en haar Veilig Thuis-regio geen cijfers gepubliceerd.' }),
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

/** The per-1,000 comparison of 2023 (ontvangen meldingen only). */
function compareMocks(areas = ['GM0106', 'VT02', 'NL01']) {
  return [
    statisticsMock({ measure: 'gestarte_adviezen', regionCodes: areas, periods: ['2023'], category: null }, []),
    statisticsMock(
      { measure: 'ontvangen_meldingen', regionCodes: areas, periods: ['2023'], category: null },
      areas.map((regionCode) => stat({ regionCode, provisional: true, value: 100, per1000: 4 })),
    ),
  ];
}
