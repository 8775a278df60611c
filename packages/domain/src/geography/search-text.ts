/**
 * One search rule for the whole monitor (web list, GraphQL filter, the municipality.search_name
 * column): lower case, without diacritics, every run of punctuation or space one space.
 * "Súdwest-Fryslân" → "sudwest fryslan", "'s-Gravenhage" → "s gravenhage".
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Names people use for a municipality whose official name differs (alias → official name). */
export const SEARCH_ALIASES: Readonly<Record<string, string>> = {
  'Den Haag': "'s-Gravenhage",
  'Den Bosch': "'s-Hertogenbosch",
  Hertogenbosch: "'s-Hertogenbosch",
  Nuenen: 'Nuenen, Gerwen en Nederwetten',
  'Súdwest Fryslân': 'Súdwest-Fryslân',
  Hengelo: 'Hengelo (O.)',
};

const ALIAS_KEYS = Object.entries(SEARCH_ALIASES).map(([alias, official]) => [searchKey(alias), searchKey(official)] as const);

/**
 * The keys a query matches: its own key, plus the official name of every alias the query starts
 * (so "den h" already finds 's-Gravenhage). Empty when the query has no letters or digits.
 */
export function searchKeysOf(query: string): string[] {
  const key = searchKey(query);
  if (!key) return [];
  const keys = new Set([key]);
  for (const [alias, official] of ALIAS_KEYS) if (alias.startsWith(key) || key.startsWith(alias)) keys.add(official);
  return [...keys];
}

export interface Searchable {
  code: string;
  name: string;
}

/**
 * Names that start with the query (or one of its words does) first, then names containing it;
 * an exact code ("GM0363") also matches. Alphabetical within each group.
 */
export function searchMunicipalities<T extends Searchable>(items: readonly T[], query: string): T[] {
  const keys = searchKeysOf(query);
  if (keys.length === 0) return [];
  const code = query.trim().toUpperCase();
  const starts: T[] = [];
  const contains: T[] = [];
  for (const item of items) {
    const name = searchKey(item.name);
    if (item.code === code || keys.some((k) => name.startsWith(k) || name.split(' ').some((word) => word.startsWith(k)))) starts.push(item);
    else if (keys.some((k) => name.includes(k))) contains.push(item);
  }
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, 'nl');
  return [...starts.sort(byName), ...contains.sort(byName)];
}
