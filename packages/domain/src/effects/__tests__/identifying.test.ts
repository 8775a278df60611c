import { containsBsnLikeNumber, containsDate, identifyingKind, looksLikeName, passesElevenTest } from '../identifying';

describe('11-proef', () => {
  it('accepts the BSN example numbers of the government test set and refuses near misses', () => {
    // 111222333: 9·1+8·1+7·1+6·2+5·2+4·2+3·3+2·3 − 3 = 66 = 6·11
    expect(passesElevenTest('111222333')).toBe(true);
    expect(passesElevenTest('123456782')).toBe(true); // 9+16+21+24+25+24+21+16−2 = 154 = 14·11
    expect(passesElevenTest('123456789')).toBe(false);
    expect(passesElevenTest('111222334')).toBe(false);
  });

  it('treats 8 digits as a BSN with a leading zero, and ignores other lengths and all zeros', () => {
    expect(passesElevenTest('11222333')).toBe(passesElevenTest('011222333'));
    expect(passesElevenTest('12345678')).toBe(passesElevenTest('012345678'));
    expect(passesElevenTest('1234567')).toBe(false);
    expect(passesElevenTest('1112223330')).toBe(false);
    expect(passesElevenTest('000000000')).toBe(false);
  });

  it('finds a BSN-like number inside text, also written in groups', () => {
    expect(containsBsnLikeNumber('T-111222333')).toBe(true);
    expect(containsBsnLikeNumber('1112.22.333')).toBe(true);
    expect(containsBsnLikeNumber('111 222 333')).toBe(true);
    expect(containsBsnLikeNumber('T-2024-0815')).toBe(false);
    expect(containsBsnLikeNumber('123456789')).toBe(false);
  });
});

describe('dates', () => {
  it.each(['03-11-2015', '3/11/15', '2015-11-03', '20151103', '03112015', 'geb. 3 november 2015', 'T1.03.11.2015'])('finds %s', (text) => {
    expect(containsDate(text)).toBe(true);
  });
  it.each(['T-2024-0815', 'A17', '7', 'traject-42', '2015'])('does not see a date in %s', (text) => {
    expect(containsDate(text)).toBe(false);
  });
});

describe('names', () => {
  it.each(['Fatima El Amrani', 'Jan de Vries', 'Piet Jansen', 'de Boer'])('sees a name in %s', (text) => {
    expect(looksLikeName(text)).toBe(true);
  });
  it.each(['signs-of-safety', 'T-17', 'hulpverlener', 'Jansen', 'ouder kind'])('does not see a name in %s', (text) => {
    expect(looksLikeName(text)).toBe(false);
  });
  it('reports the first kind found', () => {
    expect(identifyingKind('111222333')).toBe('BSN');
    expect(identifyingKind('2015-11-03')).toBe('DATE');
    expect(identifyingKind('Jan de Vries')).toBe('NAME');
    expect(identifyingKind('T-17')).toBeNull();
  });
});
