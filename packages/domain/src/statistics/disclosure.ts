/**
 * Disclosure control, after CBS practice (see docs: rounding to 5, small counts secret, `.`).
 * Raw counts stay on the server; everything published (API, exports, UI) goes through here.
 */
export type PublishedStatus =
  /** a (rounded) number that may be shown */
  | 'PUBLISHED'
  /** withheld to protect small numbers; shown as a symbol */
  | 'SUPPRESSED'
  /** CBS published "." or no figure exists */
  | 'UNKNOWN'
  /** cannot occur (CBS blank) */
  | 'NOT_APPLICABLE';

export interface Published {
  value: number | null;
  status: PublishedStatus;
  /** why a cell is suppressed: 'small' (own count) or 'secondary' (would reveal another cell) */
  reason?: 'small' | 'secondary' | 'part-suppressed';
}

export interface DisclosureRules {
  /** published counts are rounded to a multiple of this */
  roundTo: number;
  /** counts below this (raw, or after rounding) are suppressed */
  minimumCount: number;
  /** rates need at least this many in the denominator (inhabitants) */
  minimumDenominator: number;
}

export const MUNICIPALITY_RULES: DisclosureRules = { roundTo: 5, minimumCount: 10, minimumDenominator: 100 };
/** Stricter for districts (wijken): fewer people, so easier to recognise. */
export const DISTRICT_RULES: DisclosureRules = { roundTo: 10, minimumCount: 20, minimumDenominator: 1000 };

/** The raw cell as stored. */
export interface RawCell {
  value: number | null;
  /** CBS status of the source cell */
  status: 'VALUE' | 'SECRET' | 'EMPTY';
}

export function roundToMultiple(value: number, multiple: number): number {
  return Math.round(value / multiple) * multiple;
}

export function publishCount(cell: RawCell, rules: DisclosureRules): Published {
  if (cell.status === 'EMPTY') return { value: null, status: 'NOT_APPLICABLE' };
  if (cell.status === 'SECRET' || cell.value === null) return { value: null, status: 'UNKNOWN' };
  const rounded = roundToMultiple(cell.value, rules.roundTo);
  if (cell.value < rules.minimumCount || rounded < rules.minimumCount) return { value: null, status: 'SUPPRESSED', reason: 'small' };
  return { value: rounded, status: 'PUBLISHED' };
}

/**
 * A rate per `per` (e.g. per 1,000 inhabitants), computed from the UNROUNDED count and denominator;
 * withheld when the count is not published or the denominator is too small. With an exact population
 * this can narrow the count below its rounding interval: the published Veilig Thuis figures use
 * `deriveRate` (from the published count) instead; kept for the benchmark module until it moves over.
 */
export function publishRate(count: RawCell, denominator: number | null, per: number, rules: DisclosureRules, decimals = 1): Published {
  const published = publishCount(count, rules);
  if (published.status !== 'PUBLISHED')
    return { value: null, status: published.status, reason: published.status === 'SUPPRESSED' ? 'part-suppressed' : undefined };
  if (denominator === null || denominator <= 0) return { value: null, status: 'UNKNOWN' };
  if (denominator < rules.minimumDenominator) return { value: null, status: 'SUPPRESSED', reason: 'small' };
  const factor = 10 ** decimals;
  return { value: Math.round((count.value! / denominator) * per * factor) / factor, status: 'PUBLISHED' };
}

/**
 * A percentage of a total, from unrounded values; withheld when part or total is. Like `publishRate`
 * it can narrow hidden counts; published figures use `derivePercentage` (from published counts).
 */
export function publishShare(part: RawCell, total: RawCell, rules: DisclosureRules): Published {
  const publishedPart = publishCount(part, rules);
  const publishedTotal = publishCount(total, rules);
  for (const p of [publishedPart, publishedTotal]) {
    if (p.status !== 'PUBLISHED') return { value: null, status: p.status, reason: p.status === 'SUPPRESSED' ? 'part-suppressed' : undefined };
  }
  return { value: Math.round((part.value! / total.value!) * 1000) / 10, status: 'PUBLISHED' };
}

export interface AdditiveCell<K = string> {
  key: K;
  raw: RawCell;
  published: Published;
}

/**
 * Secondary suppression for an additive group (total = sum of mutually exclusive parts, e.g. a
 * municipality and its districts). When the total is published, the suppressed parts could be
 * derived by subtraction; so at least two parts must be suppressed, and together they must hold at
 * least `minimumCount`, otherwise more parts (smallest first) are suppressed, and as a last resort
 * the total. Returns new cells; the input is not changed.
 */
export function applySecondarySuppression<K>(
  total: AdditiveCell<K>,
  parts: readonly AdditiveCell<K>[],
  rules: DisclosureRules,
): { total: AdditiveCell<K>; parts: AdditiveCell<K>[] } {
  const result = parts.map((p) => ({ ...p, published: { ...p.published } }));
  const resultTotal = { ...total, published: { ...total.published } };
  if (resultTotal.published.status !== 'PUBLISHED') return { total: resultTotal, parts: result };

  const hidden = () => result.filter((p) => p.published.status === 'SUPPRESSED' || p.published.status === 'UNKNOWN');
  const hiddenSum = () => hidden().reduce((sum, p) => sum + (p.raw.value ?? 0), 0);
  const exposed = () => result.filter((p) => p.published.status === 'PUBLISHED').sort((a, b) => (a.raw.value ?? 0) - (b.raw.value ?? 0));

  while (hidden().length > 0 && (hidden().length === 1 || hiddenSum() < rules.minimumCount)) {
    const next = exposed()[0];
    if (!next) {
      resultTotal.published = { value: null, status: 'SUPPRESSED', reason: 'secondary' };
      break;
    }
    next.published = { value: null, status: 'SUPPRESSED', reason: 'secondary' };
  }
  return { total: resultTotal, parts: result };
}
