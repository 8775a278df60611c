import type { Classification } from './classify';

const roundTo = (value: number, decimals: number) => Number(value.toFixed(decimals));

function classCounts(sorted: readonly number[], breaks: readonly number[]): number[] {
  const counts = new Array<number>(breaks.length + 1).fill(0);
  let c = 0;
  for (const v of sorted) {
    while (c < breaks.length && v >= breaks[c]) c++;
    counts[c]++;
  }
  return counts;
}

/**
 * Class breaks for a choropleth that never give a one-point band such as "4,0 tot 4,0" or "42 tot en
 * met 42": quantile breaks rounded to the precision the legend shows (`decimals`), kept only when they
 * lie strictly between the shown minimum and maximum and strictly above the previous break; a class
 * left without any value is merged with its neighbour. So every class holds at least one value and
 * has a lower bound below its upper bound as the legend writes them. Only when all values are equal
 * is there a single class of one value. Missing values are ignored; null when there are none.
 */
export function readableClassification(values: readonly (number | null | undefined)[], maxClasses: number, decimals: number): Classification | null {
  if (!Number.isInteger(maxClasses) || maxClasses < 1) throw new RangeError(`maxClasses must be a positive integer, got ${maxClasses}`);
  if (!Number.isInteger(decimals) || decimals < 0) throw new RangeError(`decimals must be a non-negative integer, got ${decimals}`);
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  const shownMin = roundTo(min, decimals);
  const shownMax = roundTo(max, decimals);

  let breaks: number[] = [];
  for (let i = 1; i < maxClasses; i++) {
    const b = roundTo(sorted[Math.floor((sorted.length * i) / maxClasses)], decimals);
    if (b > shownMin && b < shownMax && (breaks.length === 0 || b > breaks[breaks.length - 1])) breaks.push(b);
  }
  // Rounding can leave a class empty (all its values rounded past a break): merge it away.
  for (let counts = classCounts(sorted, breaks); counts.includes(0); counts = classCounts(sorted, breaks)) {
    const empty = counts.indexOf(0);
    breaks = breaks.filter((_, i) => i !== (empty === breaks.length ? empty - 1 : empty));
  }
  return { breaks, min, max };
}
