import { nearestRank, publishedStatisticsOf, quartileOf, roundToGrid, sizeClassOf, statisticsClassOf } from '../benchmark';

/** Independent reference: nearest rank written out as "the smallest value with at least p·n values at or below it". */
function referenceNearestRank(values: number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  return x.find((_, i) => (i + 1) / x.length >= p - 1e-12)!;
}

/** Deterministic generated data (no Math.random), e.g. indicator values 0-100. */
function generated(n: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.round((state / 2147483648) * 1000) / 10;
  });
}

describe('publishedStatisticsOf', () => {
  it.each([5, 7, 10, 19, 20, 30, 342])('equals an independent nearest-rank computation rounded to the grid for %i values', (n) => {
    const values = generated(n, n * 7 + 1);
    const s = publishedStatisticsOf(values, 5, 5)!;
    const at = (p: number) => Math.round(referenceNearestRank(values, p) / 5) * 5;
    expect(s.n).toBe(n);
    expect(s.median).toBe(at(0.5));
    if (n >= 10) expect([s.q1, s.q3]).toEqual([at(0.25), at(0.75)]);
    if (n >= 20) expect([s.p10, s.p90]).toEqual([at(0.1), at(0.9)]);
  });

  it('publishes per size class: nothing below 5, the median from 5, quartiles from 10, P10 and P90 from 20', () => {
    expect(publishedStatisticsOf([1, 2, 3, 4], 5, 5)).toBeNull();
    expect(publishedStatisticsOf([10, 20, 30, 40, 50], 5, 5)).toEqual({
      n: 5,
      grid: 5,
      statisticsClass: 'MEDIAN',
      p10: null,
      q1: null,
      median: 30,
      q3: null,
      p90: null,
    });
    const ten = publishedStatisticsOf([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 5, 5)!;
    expect([ten.statisticsClass, ten.p10, ten.q1, ten.median, ten.q3, ten.p90]).toEqual(['QUARTILES', null, 30, 50, 80, null]);
    expect(statisticsClassOf(19, 5)).toBe('QUARTILES');
    expect(statisticsClassOf(20, 5)).toBe('DECILES');
    expect(statisticsClassOf(9, 12)).toBe('NONE');
  });

  it('never interpolates between two values and never publishes the extremes', () => {
    // type-7 quartiles of five values were the five values; nearest rank of four gives no value in between
    const s = publishedStatisticsOf([12, 37, 61, 64, 98, 99], 1, 5)!;
    expect(s.median).toBe(61);
    expect(s).not.toHaveProperty('min');
    expect(s).not.toHaveProperty('max');
  });

  it('ranks with integer arithmetic (0.1 × 30 is rank 3, not 4)', () => {
    const thirty = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(nearestRank(thirty, 1, 10)).toBe(3);
    expect(nearestRank(thirty, 9, 10)).toBe(27);
    expect(() => nearestRank([], 1, 2)).toThrow(RangeError);
  });

  it('rounds half up to the grid', () => {
    expect([62.4, 62.5, 67.4, 0.2, 3.74, 3.75].map((v) => roundToGrid(v, v < 5 ? 0.5 : 5))).toEqual([60, 65, 65, 0, 3.5, 4]);
  });
});

describe('quartileOf and size classes', () => {
  it('places a value in its quarter of the published quartiles, and not at all with only a median', () => {
    const s = { q1: 20, median: 30, q3: 40 };
    expect([5, 19, 20, 29, 30, 39, 40, 60].map((v) => quartileOf(v, s))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    expect(quartileOf(50, { q1: null, median: 30, q3: null })).toBeNull();
  });

  it('uses the CBS size classes', () => {
    expect([5000, 19999, 20000, 75000, 931298].map(sizeClassOf)).toEqual(['TOT_20K', 'TOT_20K', '20K_50K', '50K_100K', '100K_PLUS']);
  });
});
