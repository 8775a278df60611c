export interface Searchable {
  code: string;
  name: string;
}

/** Lower case, without diacritics or punctuation: "Súdwest-Fryslân" → "sudwest fryslan". */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Names that start with the query first, then names containing it; code "GM0363" also matches. */
export function searchMunicipalities<T extends Searchable>(items: readonly T[], query: string): T[] {
  const q = normalize(query);
  if (!q) return [];
  const starts: T[] = [];
  const contains: T[] = [];
  for (const item of items) {
    const name = normalize(item.name);
    if (name.startsWith(q) || name.split(' ').some((word) => word.startsWith(q)) || normalize(item.code) === q) {
      starts.push(item);
    } else if (name.includes(q)) {
      contains.push(item);
    }
  }
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, 'nl');
  return [...starts.sort(byName), ...contains.sort(byName)];
}
