import { periodFromKey, periodFromTitle, periodLabel } from '../cbs-periods';

describe('periodFromKey', () => {
  it('reads years and half-years', () => {
    expect(periodFromKey('2023JJ00')).toEqual({ period: '2023' });
    expect(periodFromKey('2025HJ01')).toEqual({ period: '2025-H1' });
    expect(periodFromKey('2020HJ02')).toEqual({ period: '2020-H2' });
  });

  it('rejects quarters, months and other types', () => {
    expect(periodFromKey('2021KW01')).toEqual({
      problem: 'periodetype KW wordt niet ondersteund (kwartaal); alleen jaren (JJ) en halfjaren (HJ)',
    });
    expect(periodFromKey('2023MM01')).toEqual({
      problem: 'periodetype MM wordt niet ondersteund (maand); alleen jaren (JJ) en halfjaren (HJ)',
    });
    expect('problem' in periodFromKey('2019X000')).toBe(true);
  });

  it('rejects malformed keys', () => {
    expect(periodFromKey('2023')).toEqual({
      problem: 'periodesleutel "2023" is ongeldig; verwacht bijvoorbeeld "2023JJ00" of "2025HJ01"',
    });
    expect(periodFromKey('2025HJ03')).toEqual({ problem: 'periodesleutel "2025HJ03" is ongeldig: een halfjaar is HJ01 of HJ02' });
    expect(periodFromKey('2023JJ01')).toEqual({ problem: 'periodesleutel "2023JJ01" is ongeldig: een jaar eindigt op JJ00' });
  });
});

describe('periodFromTitle', () => {
  it('reads StatLine titles with provisional marks', () => {
    expect(periodFromTitle('2023*')).toEqual({ period: '2023', provisional: true });
    expect(periodFromTitle('1e halfjaar 2025*')).toEqual({ period: '2025-H1', provisional: true });
    expect(periodFromTitle('2e halfjaar 2020')).toEqual({ period: '2020-H2', provisional: false });
    expect(periodFromTitle('2024**')).toEqual({ period: '2024', provisional: true });
    expect(periodFromTitle('2020')).toEqual({ period: '2020', provisional: false });
  });

  it('returns undefined for anything else', () => {
    for (const title of ['2021 1e kwartaal', '2023-H1', '3e halfjaar 2020', '2023***', 'Totaal', '']) {
      expect(periodFromTitle(title)).toBeUndefined();
    }
  });
});

describe('periodLabel', () => {
  it('writes Dutch labels', () => {
    expect(periodLabel('2025-H1')).toBe('1e halfjaar 2025');
    expect(periodLabel('2020-H2')).toBe('2e halfjaar 2020');
    expect(periodLabel('2023')).toBe('2023');
  });
});
