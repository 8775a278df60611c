import { formatSources, parseSources } from '../sources';

describe('sources in the editor', () => {
  it('reads one source per line: title | publisher | year | address, year and address optional', () => {
    expect(parseSources('Titel A | CBS | 2023 | https://www.cbs.nl/\n\nTitel B | Kinderombudsman')).toEqual({
      sources: [
        { title: 'Titel A', publisher: 'CBS', year: 2023, url: 'https://www.cbs.nl/' },
        { title: 'Titel B', publisher: 'Kinderombudsman', year: null, url: null },
      ],
      badLine: null,
    });
  });

  it('names the first line without a publisher or with a year that is not a year', () => {
    expect(parseSources('Goed | Uitgever\nAlleen een titel').badLine).toBe(2);
    expect(parseSources('Titel | Uitgever | twintig').badLine).toBe(1);
  });

  it('writes sources back in the same form', () => {
    const sources = [{ title: 'T', publisher: 'P', year: 2019, url: null }];
    expect(parseSources(formatSources(sources)).sources).toEqual(sources);
  });
});
