import { searchKey as normalize, searchMunicipalities } from '@monitor/domain';

const list = [
  { code: 'GM0363', name: 'Amsterdam' },
  { code: 'GM0358', name: 'Aalsmeer' },
  { code: 'GM0362', name: 'Amstelveen' },
  { code: 'GM1900', name: 'Súdwest-Fryslân' },
  { code: 'GM0518', name: '’s-Gravenhage' },
  { code: 'GM0637', name: 'Zoetermeer' },
];

describe('searchMunicipalities', () => {
  it('ignores case, accents and punctuation', () => {
    expect(normalize('Súdwest-Fryslân')).toBe('sudwest fryslan');
    expect(normalize('’s-Gravenhage')).toBe('s gravenhage');
    expect(searchMunicipalities(list, 'FRYSLAN').map((m) => m.name)).toEqual(['Súdwest-Fryslân']);
    expect(searchMunicipalities(list, 'gravenhage').map((m) => m.name)).toEqual(['’s-Gravenhage']);
  });

  it('puts names starting with the query before names containing it', () => {
    expect(searchMunicipalities(list, 'mee').map((m) => m.name)).toEqual(['Aalsmeer', 'Zoetermeer']);
    expect(searchMunicipalities(list, 'ams').map((m) => m.name)).toEqual(['Amstelveen', 'Amsterdam']);
    expect(searchMunicipalities(list, 'ste').map((m) => m.name)).toEqual(['Amstelveen', 'Amsterdam']);
  });

  it('finds a municipality by its exact CBS code and returns nothing for an empty query', () => {
    expect(searchMunicipalities(list, 'gm0363').map((m) => m.name)).toEqual(['Amsterdam']);
    expect(searchMunicipalities(list, '  ')).toEqual([]);
  });
});
