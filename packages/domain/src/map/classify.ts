/** A class break scheme for a choropleth: `breaks[i]` is the lower bound of class i + 1. */
export interface Classification {
  /** Ascending, unique upper bounds between classes (length = classCount - 1 at most). */
  breaks: number[];
  min: number;
  max: number;
}

export interface LegendClass {
  index: number;
  /** Inclusive lower bound. */
  from: number;
  /** Exclusive upper bound, except for the last class (inclusive). */
  to: number;
  label: string;
}

function finiteSorted(values: readonly (number | null | undefined)[]): number[] {
  return values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
}

/**
 * Quantile classification into at most `classCount` classes. Missing values are ignored.
 * Each break is an observed value (the one at rank n·i/k), so whole-percent data gets whole-percent
 * breaks. Breaks that coincide (many tied values) are merged, so the result can have fewer classes
 * than asked for, but never an empty one.
 */
export function quantileClassification(values: readonly (number | null | undefined)[], classCount: number): Classification | null {
  if (!Number.isInteger(classCount) || classCount < 1) {
    throw new RangeError(`classCount must be a positive integer, got ${classCount}`);
  }
  const sorted = finiteSorted(values);
  if (sorted.length === 0) return null;
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const breaks: number[] = [];
  for (let i = 1; i < classCount; i++) {
    const b = sorted[Math.floor((sorted.length * i) / classCount)];
    if (b > min && b <= max && (breaks.length === 0 || b > breaks[breaks.length - 1])) {
      breaks.push(b);
    }
  }
  return { breaks, min, max };
}

/** Class index (0-based) of a value; null for a missing value. */
export function classIndex(value: number | null | undefined, classification: Classification): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  let i = 0;
  while (i < classification.breaks.length && value >= classification.breaks[i]) i++;
  return i;
}

export function classCountOf(classification: Classification): number {
  return classification.breaks.length + 1;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** Dutch number formatting: decimal comma, thousands dot (1.234,5). */
export function formatNumberNl(value: number, maximumFractionDigits = 1): string {
  const key = String(maximumFractionDigits);
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat('nl-NL', { maximumFractionDigits, minimumFractionDigits: 0 });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** "23%" / "23,5%", Dutch style (no space before the percent sign, as CBS writes it). */
export function formatPercentNl(value: number, maximumFractionDigits = 1): string {
  return `${formatNumberNl(value, maximumFractionDigits)}%`;
}

/** Legend entries with Dutch labels such as "18% tot 22%" and, for the last class, "22% tot en met 42%". */
export function legendClasses(classification: Classification, format: (value: number) => string = (v) => formatPercentNl(v)): LegendClass[] {
  const bounds = [classification.min, ...classification.breaks, classification.max];
  const classes: LegendClass[] = [];
  for (let i = 0; i < bounds.length - 1; i++) {
    const from = bounds[i];
    const to = bounds[i + 1];
    const last = i === bounds.length - 2;
    const label = from === to ? format(from) : `${format(from)} tot ${last ? 'en met ' : ''}${format(to)}`;
    classes.push({ index: i, from, to, label });
  }
  return classes;
}
