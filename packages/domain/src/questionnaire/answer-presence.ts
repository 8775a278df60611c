/**
 * When does a stored value count as an answer? Shared by visibility, progress and indicators so
 * that they agree: absent, null, blank text and an empty selection are "not answered".
 */
export function hasAnswer(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
