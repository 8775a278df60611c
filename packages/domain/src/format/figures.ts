/**
 * The one way the monitor writes a published figure, on every page: counts as whole numbers, rates
 * (per 1,000) and percentages with exactly one decimal, so "4,0" and "4,05" never appear side by side
 * for the same figure.
 */
export type FigureKind = 'count' | 'rate' | 'percent';

/** Text for a range or figure whose ends are not published: never "? tot ?". */
export const NOT_PUBLISHED = 'niet gepubliceerd';

export const FIGURE_DECIMALS: Record<FigureKind, number> = { count: 0, rate: 1, percent: 1 };

const fixed = new Map<number, Intl.NumberFormat>();

function fixedDecimals(value: number, decimals: number): string {
  let format = fixed.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fixed.set(decimals, format);
  }
  // -0 would print as "-0"; a rounded zero is zero.
  const rounded = Number(value.toFixed(decimals));
  return format.format(rounded === 0 ? 0 : rounded);
}

/** 1.234 */
export const formatCount = (value: number): string => fixedDecimals(value, FIGURE_DECIMALS.count);

/** 12,3 (per 1.000) */
export const formatRate = (value: number): string => fixedDecimals(value, FIGURE_DECIMALS.rate);

/** 14,6% */
export const formatPercentFigure = (value: number): string => `${fixedDecimals(value, FIGURE_DECIMALS.percent)}%`;

/** A figure of the given kind; null or a non-finite number gives null (the caller says why it is missing). */
export function formatFigureOf(value: number | null | undefined, kind: FigureKind): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (kind === 'count') return formatCount(value);
  if (kind === 'rate') return formatRate(value);
  return formatPercentFigure(value);
}

/** The figure kind of a CBS measure unit ("aantal", "%"). */
export const figureKindOfUnit = (unit: string): FigureKind => (unit === '%' ? 'percent' : 'count');

/**
 * "4.790 tot 6.820", or null when either end is missing (or the ends are in the wrong order): a range
 * with a missing end is not a range, and the caller shows NOT_PUBLISHED with its reason instead.
 */
export function formatRange(low: number | null | undefined, high: number | null | undefined, kind: FigureKind): string | null {
  const from = formatFigureOf(low, kind);
  const to = formatFigureOf(high, kind);
  if (from === null || to === null || (low as number) > (high as number)) return null;
  return from === to ? from : `${from} tot ${to}`;
}
