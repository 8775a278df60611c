/**
 * Benchmark statistics over the values of municipalities (a distribution of municipal values, not
 * pooled sums), as published: rounded order statistics.
 *
 * - Quantiles use the nearest rank (the value at rank ⌈p·n⌉, never an interpolation between two
 *   municipalities' values), so every published number is some member's value rounded to the grid.
 * - Each number is rounded to the measure's grid (5 points for 0–100 indicator scores, 0.5 per
 *   1,000 for Veilig Thuis rates). Rounding is monotone, so the k-th value rounded equals the k-th
 *   of the rounded values: a publication depends only on the multiset of grid cells of its
 *   contributors' values, and no change of values inside their cells changes anything published.
 * - What is published depends on the group size (exact extremes and quartiles of five values are
 *   those five values): see STATISTICS_CLASSES. Extremes (min, max) are never published.
 */
export type StatisticsClass = 'NONE' | 'MEDIAN' | 'QUARTILES' | 'DECILES';

/** From these group sizes on, a class applies (below the minimum group size: nothing). */
export const QUARTILES_FROM = 10;
export const DECILES_FROM = 20;

export interface PublishedStatistics {
  n: number;
  /** the grid every number is rounded to */
  grid: number;
  statisticsClass: Exclude<StatisticsClass, 'NONE'>;
  p10: number | null;
  q1: number | null;
  median: number;
  q3: number | null;
  p90: number | null;
}

/** The grid of a measure: indicator scores (0–100) to 5 points, Veilig Thuis rates per 1,000 to 0.5. */
export const INDICATOR_GRID = 5;
export const VEILIG_THUIS_RATE_GRID = 0.5;
export const gridOf = (measure: string): number => (measure.startsWith('vt:') ? VEILIG_THUIS_RATE_GRID : INDICATOR_GRID);

export function statisticsClassOf(n: number, minimumGroupSize: number): StatisticsClass {
  if (n < minimumGroupSize) return 'NONE';
  if (n < QUARTILES_FROM) return 'MEDIAN';
  if (n < DECILES_FROM) return 'QUARTILES';
  return 'DECILES';
}

/**
 * The value at rank ⌈n·numerator/denominator⌉ (1-based, at least 1) of a sorted list; integer
 * arithmetic, so 0.1·30 does not become rank 4 through floating point.
 */
export function nearestRank(sorted: readonly number[], numerator: number, denominator: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty list');
  const rank = Math.max(1, Math.ceil((sorted.length * numerator) / denominator));
  return sorted[rank - 1];
}

/** Half-up rounding to a multiple of the grid (monotone: a ≤ b implies round(a) ≤ round(b)). */
export function roundToGrid(value: number, grid: number): number {
  return Number((Math.round(value / grid) * grid).toFixed(6));
}

/** The published statistics of a group's values, or null when the group is too small for any. */
export function publishedStatisticsOf(values: readonly number[], grid: number, minimumGroupSize: number): PublishedStatistics | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  const statisticsClass = statisticsClassOf(sorted.length, minimumGroupSize);
  if (statisticsClass === 'NONE') return null;
  const at = (numerator: number, denominator: number) => roundToGrid(nearestRank(sorted, numerator, denominator), grid);
  const quartiles = statisticsClass !== 'MEDIAN';
  const deciles = statisticsClass === 'DECILES';
  return {
    n: sorted.length,
    grid,
    statisticsClass,
    p10: deciles ? at(1, 10) : null,
    q1: quartiles ? at(1, 4) : null,
    median: at(1, 2),
    q3: quartiles ? at(3, 4) : null,
    p90: deciles ? at(9, 10) : null,
  };
}

/**
 * 1 = lowest quarter ... 4 = highest quarter of the group, against the published (rounded)
 * quartiles; null when the group publishes no quartiles (size class MEDIAN).
 */
export function quartileOf(value: number, statistics: Pick<PublishedStatistics, 'q1' | 'median' | 'q3'>): 1 | 2 | 3 | 4 | null {
  if (statistics.q1 === null || statistics.q3 === null) return null;
  if (value < statistics.q1) return 1;
  if (value < statistics.median) return 2;
  if (value < statistics.q3) return 3;
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
