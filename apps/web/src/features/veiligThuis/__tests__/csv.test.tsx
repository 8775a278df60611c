import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../../test/render';
import { assenAdviezen, assenMeldingen, stat } from '../../../../test/fixtures/veiligThuis';
import { BOM, buildCsv } from '../../../app/figures/csv';
import { compareCsv, compareRows } from '../CompareSection';
import { seriesCsv, seriesRows, SeriesSection } from '../SeriesSection';

const readBlob = (blob: Blob) =>
  new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(blob);
  });

describe('CSV export', () => {
  it('is ;-separated UTF-8 with a BOM and CRLF, quoting only where needed', () => {
    const text = buildCsv(
      ['Melder', 'Aantal'],
      [
        ['Gezondheidszorg: totaal', '15'],
        ['Zeg "hoi"; dag', '–'],
      ],
    );
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('Melder;Aantal\r\nGezondheidszorg: totaal;15\r\n"Zeg ""hoi""; dag";–\r\n');
  });

  it('holds the published values as shown, symbols for the rest, and marks provisional periods', () => {
    const csv = seriesCsv('GM0106', seriesRows(assenAdviezen, assenMeldingen));
    expect(csv.fileName).toBe('veilig-thuis-adviezen-meldingen-GM0106.csv');
    expect(buildCsv(csv.header, csv.rows).slice(1).split('\r\n')).toEqual([
      'Periode;Voorlopig;Gestarte adviezen;Ontvangen meldingen',
      '2020;nee;.;–',
      '2023;ja;525;270',
      '',
    ]);
  });

  it('writes rates with a decimal comma and the population year', () => {
    const a = [
      stat({ measure: 'gestarte_adviezen', value: 525, per1000: 7.6 }),
      stat({ measure: 'gestarte_adviezen', regionCode: 'NL01', value: 143_210, per1000: 8 }),
    ];
    const m = [stat({ value: 270, per1000: 3.9 }), stat({ regionCode: 'NL01', status: 'SUPPRESSED', per1000Status: 'SUPPRESSED' })];
    const csv = compareCsv('x.csv', compareRows(['GM0106', 'VT02', 'NL01'], a, m));
    expect(csv.rows).toEqual([
      ['Assen (gemeente)', '2023', 'nee', '7,6', '3,9', '69414', '2023'],
      ['Nederland (land)', '2023', 'nee', '8,0', '–', '17811291', '2023'],
    ]);
  });

  it('is generated in the browser when the button is pressed', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    const createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:test';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('veilig-thuis-adviezen-meldingen-GM0106.csv');
    });

    renderRoute(<SeriesSection name="Assen" code="GM0106" adviezen={assenAdviezen} meldingen={assenMeldingen} />);
    await user.click(screen.getByRole('button', { name: /^Download CSV/ }));

    expect(click).toHaveBeenCalledTimes(1);
    expect(blobs[0].type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await readBlob(blobs[0]));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('2023;ja;525;270');
    click.mockRestore();
  });
});
