/**
 * Normalises a name or search term for matching: lower case, without diacritics and apostrophes.
 * The database column municipality.search_name applies the same rule in SQL.
 */
export function normalizeSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .toLowerCase()
    .trim();
}
