import { neutraliseFormula, neutraliseRow } from '../neutralise-formula';

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("https://example.org","klik")'],
    ['+31 6 12345678'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['\uFF1D1+1'],
    ['\uFF0B1'],
    ['\uFF0D1'],
    ['\uFF20SUM(A1)'],
  ])('prefixes %j with a single quote', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each([['Ja'], ['12'], [''], ['een = teken halverwege'], ["'al geciteerd"], ['Amsterdam-Noord']])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });

  it('neutralises the text values of a row and keeps other values', () => {
    const date = new Date('2026-01-01T00:00:00Z');
    expect(neutraliseRow({ answer: '=1+1', version: 3, updatedAt: date, label: 'Vraag', empty: null })).toEqual({
      answer: "'=1+1",
      version: 3,
      updatedAt: date,
      label: 'Vraag',
      empty: null,
    });
  });
});
