// Compares the floor's answer with ours before timing: a floor that answers something else is no floor.
// Values are compared after a JSON round trip (dates as ISO strings); numbers within a relative 1e-9
// (the floor and our server may sum floating-point values in another order).

const close = (a, b) =>
  a === b || (typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));

/** The paths where `floor` differs from `ours` (at most `limit`), e.g. `data.estimate.low: 120 ≠ 130`. */
export function differences(ours, floor, limit = 5) {
  const found = [];
  const show = (v) => (v === undefined ? 'missing' : JSON.stringify(v)?.slice(0, 80));
  const walk = (a, b, path) => {
    if (found.length >= limit) return;
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) found.push(`${path}: ${a.length} items ≠ ${b.length} items`);
      for (let i = 0; i < Math.min(a.length, b.length); i++) walk(a[i], b[i], `${path}[${i}]`);
      return;
    }
    if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
      for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) walk(a[key], b[key], `${path}.${key}`);
      return;
    }
    if (!close(a, b)) found.push(`${path}: ${show(a)} ≠ ${show(b)}`);
  };
  walk(ours, floor, '');
  return found.map((d) => d.replace(/^\./, ''));
}
