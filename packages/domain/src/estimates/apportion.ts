/**
 * Splitting a whole total over parts so that the parts add up to it exactly.
 */

/**
 * Largest-remainder (Hamilton) apportionment: each part gets the floor of its exact quota
 * total × w / Σw, and the units left over go to the largest remainders (ties: earlier part).
 * The result is integers that add up to `total` exactly. Parts with weight 0 get 0.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError('total must be a non-negative integer');
  if (weights.some((w) => !Number.isFinite(w) || w < 0)) throw new RangeError('weights must be non-negative numbers');
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0) {
    if (total !== 0) throw new RangeError('cannot apportion a positive total over no parts');
    return [];
  }
  if (sum === 0) throw new RangeError('weights add up to 0');
  const quotas = weights.map((w) => (total * w) / sum);
  const result = quotas.map((q) => Math.floor(q));
  let left = total - result.reduce((s, v) => s + v, 0);
  const order = quotas.map((q, i) => ({ i, remainder: q - Math.floor(q) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    if (weights[i] === 0) continue;
    result[i] += 1;
    left -= 1;
  }
  return result;
}

/** Scales non-negative values proportionally so that they add up to `total` (real numbers). */
export function scaleToTotal(values: readonly number[], total: number): number[] {
  const sum = values.reduce((s, v) => s + v, 0);
  if (sum <= 0) throw new RangeError('values add up to 0');
  return values.map((v) => (v * total) / sum);
}
