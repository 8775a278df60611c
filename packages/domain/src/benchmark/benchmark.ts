/**
 * Benchmark statistics over the values of municipalities (a distribution of municipal values, not
 * pooled sums). Quartiles use the "inclusive" linear interpolation of type 7 (as Excel's
 * QUARTILE.INC and R's default), so others can reproduce them.
 */
export interface Distribution {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty list');
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export function distributionOf(values: readonly number[]): Distribution | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const round = (v: number) => Math.round(v * 10) / 10;
  return {
    n: sorted.length,
    min: round(sorted[0]),
    q1: round(quantile(sorted, 0.25)),
    median: round(quantile(sorted, 0.5)),
    q3: round(quantile(sorted, 0.75)),
    max: round(sorted[sorted.length - 1]),
  };
}

/** 1 = lowest quarter ... 4 = highest quarter of the group. */
export function quartileOf(value: number, distribution: Distribution): 1 | 2 | 3 | 4 {
  if (value < distribution.q1) return 1;
  if (value < distribution.median) return 2;
  if (value < distribution.q3) return 3;
  return 4;
}

/** CBS size classes of municipalities by inhabitants. */
export const SIZE_CLASSES = [
  { key: 'TOT_20K', label: 'minder dan 20.000 inwoners', min: 0, max: 20_000 },
  { key: '20K_50K', label: '20.000 tot 50.000 inwoners', min: 20_000, max: 50_000 },
  { key: '50K_100K', label: '50.000 tot 100.000 inwoners', min: 50_000, max: 100_000 },
  { key: '100K_PLUS', label: '100.000 inwoners of meer', min: 100_000, max: Infinity },
] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number]['key'];

export function sizeClassOf(inhabitants: number): SizeClass {
  return SIZE_CLASSES.find((c) => inhabitants >= c.min && inhabitants < c.max)!.key;
}
