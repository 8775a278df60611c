import { distributionOf, quantile, quartileOf, sizeClassOf } from '../benchmark';

/** Independent reference: the type-7 definition written out differently (h = (n−1)p + 1, 1-based). */
function referenceQuantile(values: number[], p: number): number {
  const x = [...values].sort((a, b) => a - b);
  const h = (x.length - 1) * p + 1;
  const lo = Math.floor(h);
  return x[lo - 1] + (h - lo) * ((x[Math.min(lo, x.length - 1)] ?? x[lo - 1]) - x[lo - 1]);
}

/** Deterministic generated data (no Math.random), e.g. indicator values 0-100. */
function generated(n: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.round((state / 2147483648) * 1000) / 10;
  });
}

describe('distributionOf', () => {
  it.each([1, 2, 5, 7, 20, 342])('equals an independent computation for %i values', (n) => {
    const values = generated(n, n * 7 + 1);
    const d = distributionOf(values)!;
    const round = (v: number) => Math.round(v * 10) / 10;
    expect(d).toEqual({
      n,
      min: round(Math.min(...values)),
      q1: round(referenceQuantile(values, 0.25)),
      median: round(referenceQuantile(values, 0.5)),
      q3: round(referenceQuantile(values, 0.75)),
      max: round(Math.max(...values)),
    });
  });

  it('matches textbook cases', () => {
    expect(distributionOf([1, 2, 3, 4])).toEqual({ n: 4, min: 1, q1: 1.8, median: 2.5, q3: 3.3, max: 4 });
    expect(quantile([10, 20, 30, 40, 50], 0.5)).toBe(30);
    expect(distributionOf([])).toBeNull();
  });
});

describe('quartileOf and size classes', () => {
  it('places a value in its quarter', () => {
    const d = distributionOf([10, 20, 30, 40, 50])!;
    expect([5, 19, 20, 29, 30, 39, 40, 60].map((v) => quartileOf(v, d))).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('uses the CBS size classes', () => {
    expect([5000, 19999, 20000, 75000, 931298].map(sizeClassOf)).toEqual(['TOT_20K', 'TOT_20K', '20K_50K', '50K_100K', '100K_PLUS']);
  });
});
