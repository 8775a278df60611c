import { CsvSyntaxError, parseCsv, parseCsvObjects } from '../parse-csv';

describe('parseCsv', () => {
  it('reads quoted fields with separators, escaped quotes and line breaks', () => {
    const text = 'code,naam\nGM0820,"Nuenen, Gerwen en Nederwetten"\nX,"zei ""hoi""\nen ging"\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['code', 'naam'] },
      { line: 2, fields: ['GM0820', 'Nuenen, Gerwen en Nederwetten'] },
      { line: 3, fields: ['X', 'zei "hoi"\nen ging'] },
    ]);
  });

  it('accepts CRLF, a byte order mark and a missing final newline; skips blank lines', () => {
    expect(parseCsv('\ufeffa;b\r\n\r\n1;2', ';')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
    ]);
  });

  it('keeps empty fields', () => {
    expect(parseCsv('a,,c\n')[0].fields).toEqual(['a', '', 'c']);
  });

  it('reports an unclosed quote with the line it starts on', () => {
    expect(() => parseCsv('a\n"open\nstill')).toThrow(new CsvSyntaxError(2, 'aanhalingsteken wordt niet afgesloten'));
  });

  it('reports text after a closing quote', () => {
    expect(() => parseCsv('"a"b,c')).toThrow(/regel 1: tekst na een afsluitend aanhalingsteken/);
  });
});

describe('parseCsvObjects', () => {
  it('keys every row by the header', () => {
    expect(parseCsvObjects('code,naam\nGM0014,Groningen\n')).toEqual([{ line: 2, values: { code: 'GM0014', naam: 'Groningen' } }]);
  });

  it('names the line of a row with the wrong number of fields', () => {
    expect(() => parseCsvObjects('a,b\n1,2\n3\n')).toThrow(/regel 3: 1 velden, de kopregel heeft er 2/);
  });
});
