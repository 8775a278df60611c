import { apportion, scaleToTotal } from '../apportion';
import { childrenAged0To17 } from '../children';

describe('apportion (largest remainder)', () => {
  it('gives integers that add up to the total exactly, the leftover units to the largest remainders', () => {
    // quotas 3.333.., 3.333.., 3.333..: one unit left, goes to the first (tie)
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // quotas 1.4, 2.1, 6.5: leftover unit to the largest remainder (6.5)
    expect(apportion(10, [14, 21, 65])).toEqual([1, 2, 7]);
    expect(apportion(0, [1, 2])).toEqual([0, 0]);
  });

  it('never gives anything to a part with weight 0 and always adds up', () => {
    for (let total = 0; total < 300; total += 7) {
      const weights = [0, 3.3, 1.7, 0, 9.1, 0.2];
      const parts = apportion(total, weights);
      expect(parts.reduce((s, v) => s + v, 0)).toBe(total);
      expect(parts[0]).toBe(0);
      expect(parts[3]).toBe(0);
    }
  });

  it('refuses what cannot be apportioned', () => {
    expect(() => apportion(5, [0, 0])).toThrow(RangeError);
    expect(() => apportion(2.5, [1])).toThrow(RangeError);
    expect(() => apportion(3, [-1, 2])).toThrow(RangeError);
  });

  it('scales real values to a total', () => {
    expect(scaleToTotal([1, 3], 10)).toEqual([2.5, 7.5]);
  });
});

describe('childrenAged0To17', () => {
  it('adds three mean one-year cohorts of 0-14 to the real 0-14 count', () => {
    expect(childrenAged0To17(28475)).toEqual({ aged0To14: 28475, aged15To17: 5695, aged0To17: 34170 });
    expect(childrenAged0To17(7)).toEqual({ aged0To14: 7, aged15To17: 1, aged0To17: 8 });
    expect(() => childrenAged0To17(-1)).toThrow(RangeError);
  });
});
