import { normalizeSearchText } from '../search-text';

describe('normalizeSearchText', () => {
  it('drops case, diacritics and apostrophes', () => {
    expect(normalizeSearchText('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(normalizeSearchText("'s-Gravenhage")).toBe('s-gravenhage');
    expect(normalizeSearchText('’s-Hertogenbosch ')).toBe('s-hertogenbosch');
  });
});
