import { approximateYouthPopulation } from '../youth-population';

describe('approximateYouthPopulation', () => {
  it('adds three tenths of the 15-24 band to the 0-14 band', () => {
    // Groningen 2023: 238,147 inhabitants, 12 % aged 0-14, 21 % aged 15-24
    const result = approximateYouthPopulation({ inhabitants: 238147, percentAged0To14: 12, percentAged15To24: 21 });
    expect(result.aged0To14).toBe(Math.round(238147 * 0.12));
    expect(result.aged0To17).toBe(Math.round(238147 * (0.12 + 0.3 * 0.21)));
  });

  it('is never smaller than the 0-14 count and grows with the 15-24 share', () => {
    const base = { inhabitants: 10000, percentAged0To14: 15 };
    const none = approximateYouthPopulation({ ...base, percentAged15To24: 0 });
    const some = approximateYouthPopulation({ ...base, percentAged15To24: 10 });
    expect(none.aged0To17).toBe(none.aged0To14);
    expect(some.aged0To17).toBe(1500 + 300);
  });

  it('rejects negative or impossible shares', () => {
    expect(() => approximateYouthPopulation({ inhabitants: -1, percentAged0To14: 10, percentAged15To24: 10 })).toThrow(
      /inhabitants/,
    );
    expect(() => approximateYouthPopulation({ inhabitants: 10, percentAged0To14: 60, percentAged15To24: 50 })).toThrow(
      /more than 100/,
    );
    expect(() => approximateYouthPopulation({ inhabitants: 10, percentAged0To14: NaN, percentAged15To24: 5 })).toThrow(
      /percentAged0To14/,
    );
  });
});
