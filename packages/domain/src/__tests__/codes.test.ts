import { isDistrictCode, isMunicipalityCode, isRegionCode, isYearIn, levelOfCode, regionTypeOfCode, YEAR_MAX, YEAR_MIN } from '..';

describe('code patterns', () => {
  it('knows a municipality code by GM and four digits', () => {
    expect(['GM0363', 'GM1680'].every(isMunicipalityCode)).toBe(true);
    expect(['GM363', 'GM03630', 'gm0363', ' GM0363', 'GM0363\n', 'WK036300', '', null, 363].some(isMunicipalityCode)).toBe(false);
  });

  it('knows a district code by WK, the municipality digits and two more', () => {
    expect(['WK036300', 'WK1680AB'].every(isDistrictCode)).toBe(true);
    expect(['WK03630', 'WK0363000', 'GM0363', 'wk036300'].some(isDistrictCode)).toBe(false);
  });

  it('knows the regional divisions, and the statistics levels agree', () => {
    expect(['PV20', 'VT08', 'VR13', 'GG3406', 'JZ13'].every(isRegionCode)).toBe(true);
    expect(['PV2', 'VT008', 'GM0363', 'LD01'].some(isRegionCode)).toBe(false);
    expect(regionTypeOfCode('VT08')).toBe('VEILIG_THUIS_REGION');
    expect(['NL01', 'LD02', 'PV20', 'VT08', 'GM0363', 'WK036300', 'LD05'].map(levelOfCode)).toEqual([
      'NATION',
      'LANDSDEEL',
      'PROVINCE',
      'VEILIG_THUIS_REGION',
      'MUNICIPALITY',
      'DISTRICT',
      undefined,
    ]);
  });
});

describe('year bounds', () => {
  it('accepts whole years from the kind’s minimum up to and including the maximum', () => {
    expect(isYearIn('monitor', YEAR_MIN.monitor)).toBe(true);
    expect(isYearIn('monitor', YEAR_MIN.monitor - 1)).toBe(false);
    expect(isYearIn('monitor', YEAR_MAX)).toBe(true);
    expect(isYearIn('monitor', YEAR_MAX + 1)).toBe(false);
    expect(isYearIn('monitor', 2026.5)).toBe(false);
    expect(isYearIn('monitor', Number.NaN)).toBe(false);
  });

  it('orders the minimums from the widest (calendar) to the narrowest (estimate)', () => {
    expect(YEAR_MIN.calendar).toBeLessThan(YEAR_MIN.monitor);
    expect(YEAR_MIN.monitor).toBeLessThan(YEAR_MIN.estimate);
    expect(isYearIn('calendar', 1900)).toBe(true);
    expect(isYearIn('estimate', 2014)).toBe(false);
  });
});
