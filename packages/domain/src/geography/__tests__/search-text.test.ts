import { searchKey, searchKeysOf, searchMunicipalities } from '../search-text';

const MUNICIPALITIES = [
  { code: 'GM0518', name: "'s-Gravenhage" },
  { code: 'GM0796', name: "'s-Hertogenbosch" },
  { code: 'GM1900', name: 'Súdwest-Fryslân' },
  { code: 'GM0363', name: 'Amsterdam' },
  { code: 'GM0362', name: 'Amstelveen' },
  { code: 'GM0599', name: 'Rotterdam' },
  { code: 'GM0820', name: 'Nuenen, Gerwen en Nederwetten' },
];
const names = (query: string) => searchMunicipalities(MUNICIPALITIES, query).map((m) => m.name);

describe('searchKey', () => {
  it('drops case, diacritics and apostrophes and makes punctuation one space', () => {
    expect(searchKey('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(searchKey("'s-Gravenhage")).toBe('s gravenhage');
    expect(searchKey('’s-Hertogenbosch ')).toBe('s hertogenbosch');
    expect(searchKey('Nuenen, Gerwen en Nederwetten')).toBe('nuenen gerwen en nederwetten');
    expect(searchKey(' -- ')).toBe('');
  });
});

describe('searchKeysOf', () => {
  it('adds the official name of an alias, also while the alias is being typed', () => {
    expect(searchKeysOf('Den Haag')).toEqual(['den haag', 's gravenhage']);
    expect(searchKeysOf('den h')).toEqual(['den h', 's gravenhage']);
    expect(searchKeysOf('den')).toEqual(expect.arrayContaining(['s gravenhage', 's hertogenbosch']));
    expect(searchKeysOf('Rotterdam')).toEqual(['rotterdam']);
    expect(searchKeysOf('  ')).toEqual([]);
  });
});

describe('searchMunicipalities', () => {
  it('finds official names by their common name', () => {
    expect(names('Den Haag')).toEqual(["'s-Gravenhage"]);
    expect(names('den bosch')).toEqual(["'s-Hertogenbosch"]);
  });

  it('ignores diacritics, case and punctuation, and ranks name starts before contained text', () => {
    expect(names('sudwest fryslan')).toEqual(['Súdwest-Fryslân']);
    expect(names('gravenhage')).toEqual(["'s-Gravenhage"]);
    expect(names('ams')).toEqual(['Amstelveen', 'Amsterdam']);
    expect(names('dam')).toEqual(['Amsterdam', 'Rotterdam']);
    expect(names('gerwen')).toEqual(['Nuenen, Gerwen en Nederwetten']);
  });

  it('matches an exact code and nothing for an empty query', () => {
    expect(names('gm0363')).toEqual(['Amsterdam']);
    expect(names(' ')).toEqual([]);
  });
});
