import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { renderRoute } from '../../../../test/render';
import CbsImportPage from '../CbsImportPage';
import { ndjsonReader, type ImportReport } from '../uploadCbsFile';

/** A scripted XMLHttpRequest: the test pushes upload progress, streamed lines and the end. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = { onprogress: null };
  onprogress: (() => void) | null = null;
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  // test helpers
  uploaded(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ loaded, total, lengthComputable: true }));
  }
  stream(status: number, text: string) {
    this.status = status;
    this.responseText += text;
    act(() => this.onprogress?.());
  }
  async finish(status: number, text = '') {
    this.status = status;
    this.responseText += text;
    await act(async () => this.onload?.());
  }
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

const baseReport: ImportReport = {
  ok: true,
  fileName: 'assen.csv',
  tableId: '84849NED',
  format: 'csv',
  observations: 4,
  inserted: 3,
  updated: 1,
  unchanged: 0,
  alreadyImported: false,
  problems: [],
  preview: [],
};

const original = globalThis.XMLHttpRequest;
beforeEach(() => {
  FakeXhr.last = null;
  Object.assign(globalThis, { XMLHttpRequest: FakeXhr });
});
afterEach(() => Object.assign(globalThis, { XMLHttpRequest: original }));

function renderPage() {
  return renderRoute(<CbsImportPage />, { path: '/beheer/cbs-import' });
}

const csvFile = () => new File(['"Kenmerken";"Regio\'s"\n'], 'assen.csv', { type: 'text/csv' });

describe('CbsImportPage', () => {
  it('asks for a file, and for the table of a CSV file, before sending anything', async () => {
    const user = userEvent.setup();
    const { container } = renderPage();
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(within(screen.getByRole('link', { name: 'Kies een bestand.' })).getByText('Kies een bestand.')).toBeTruthy();

    await user.upload(screen.getByLabelText('Bestand'), csvFile());
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(screen.getByRole('link', { name: 'Kies de CBS-tabel van dit CSV-bestand.' })).toBeTruthy();
    expect(screen.getByLabelText('CBS-tabel').getAttribute('aria-invalid')).toBe('true');
    expect(FakeXhr.last).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows upload progress, then the server phases, then the summary', async () => {
    const user = userEvent.setup();
    const { container } = renderPage();
    const file = csvFile();
    await user.upload(screen.getByLabelText('Bestand'), file);
    await user.selectOptions(screen.getByLabelText('CBS-tabel'), '84849NED');
    await user.click(screen.getByRole('button', { name: 'Importeren' }));

    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/import/cbs?table=84849NED&name=assen.csv');
    expect(xhr.headers['x-monitor-import']).toBe('1');
    expect(xhr.body).toBe(file);
    expect(screen.getByRole('button', { name: 'Bezig met importeren…' })).toHaveProperty('disabled', true);

    xhr.uploaded(50, 200);
    const bar = screen.getByRole<HTMLProgressElement>('progressbar', { name: 'Voortgang van de import' });
    expect(bar.value).toBe(50);
    expect(bar.max).toBe(200);
    expect(screen.getByText('1/5 · Bestand versturen: 25%')).toBeTruthy();

    // A line may arrive in pieces.
    xhr.stream(200, line({ progress: { phase: 'lezen', done: 0, total: 200 } }) + '{"progress":{"phase":"importeren",');
    expect(screen.getByText('2/5 · Bestand lezen…')).toBeTruthy();
    expect(bar.hasAttribute('value')).toBe(false);
    xhr.stream(200, '"done":2,"total":4}}\n');
    expect(screen.getByText('4/5 · Importeren: 2 van 4 cijfers')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Importeren');

    await xhr.finish(200, line({ progress: { phase: 'klaar', done: 4, total: 4 } }) + line({ report: baseReport }));
    expect(screen.getByRole('heading', { name: 'Import geslaagd' })).toBeTruthy();
    expect(screen.getByText('assen.csv (tabel 84849NED): 4 cijfers gelezen.')).toBeTruthy();
    expect(screen.getByText('3 nieuw, 1 bijgewerkt, 0 ongewijzigd.')).toBeTruthy();
    expect(document.activeElement?.className).toBe('monitor-import-result');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says when the file was imported before', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.upload(screen.getByLabelText('Bestand'), new File(['{}'], 'bundel.json', { type: 'application/json' }));
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    expect(FakeXhr.last!.url).toBe('/import/cbs?name=bundel.json');
    await FakeXhr.last!.finish(200, line({ report: { ...baseReport, alreadyImported: true, inserted: 0, updated: 0, unchanged: 4 } }));
    expect(screen.getByText('Dit bestand was al geïmporteerd; er is niets gewijzigd.')).toBeTruthy();
  });

  it('lists every problem with line, column and reason, and says nothing changed', async () => {
    const user = userEvent.setup();
    const { container } = renderPage();
    await user.upload(screen.getByLabelText('Bestand'), csvFile());
    await user.selectOptions(screen.getByLabelText('CBS-tabel'), '84849NED');
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    FakeXhr.last!.stream(200, line({ progress: { phase: 'controleren', done: 0, total: 0 } }));
    expect(screen.getByText('3/5 · Controleren…')).toBeTruthy();
    await FakeXhr.last!.finish(
      200,
      line({
        report: {
          ...baseReport,
          ok: false,
          inserted: 0,
          updated: 0,
          problems: [
            { line: 0, column: '', reason: 'het bestand bevat geen cijfers' },
            { line: 7, column: "Regio's", reason: 'onbekende regio "Atlantis"' },
            { line: 9, column: '', reason: 'dubbele regel' },
          ],
        },
      }),
    );
    expect(screen.getByRole('heading', { name: 'Import afgewezen' })).toBeTruthy();
    expect(screen.getByText('Er is niets gewijzigd.')).toBeTruthy();
    // The phase it stopped in is gone: no "Controleren…" under a rejection.
    expect(screen.queryAllByText(/Controleren/)).toEqual([]);
    expect(screen.queryByRole('progressbar')).toBeNull();
    const table = screen.getByRole('table', { name: 'Problemen in assen.csv' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Regel', 'Kolom', 'Reden']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      );
    expect(rows).toEqual([
      ['hele bestand', 'hele regel', 'het bestand bevat geen cijfers'],
      ['7', "Regio's", 'onbekende regio "Atlantis"'],
      ['9', 'hele regel', 'dubbele regel'],
    ]);
    expect(await axe(container)).toHaveNoViolations();
  });

  it("shows the server's message for a refused request", async () => {
    const user = userEvent.setup();
    renderPage();
    await user.upload(screen.getByLabelText('Bestand'), csvFile());
    await user.selectOptions(screen.getByLabelText('CBS-tabel'), '84849NED');
    await user.click(screen.getByRole('button', { name: 'Importeren' }));
    await FakeXhr.last!.finish(403, JSON.stringify({ error: { code: 'FORBIDDEN', message: 'Alleen beheerders mogen CBS-cijfers importeren.' } }));
    expect(screen.getByText('Alleen beheerders mogen CBS-cijfers importeren.')).toBeTruthy();
    expect(screen.getByText('Er is niets gewijzigd.')).toBeTruthy();
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});

describe('ndjsonReader', () => {
  it('emits complete lines only, across chunks', () => {
    const seen: unknown[] = [];
    const reader = ndjsonReader((value) => seen.push(value));
    reader.push('{"a":1}\n{"b"');
    expect(seen).toEqual([{ a: 1 }]);
    reader.push(':2}\n\n');
    reader.push('{"c":3}');
    reader.flush();
    expect(seen).toEqual([{ a: 1 }, { b: 2 }, { c: 3 }]);
  });
});
