export interface SourceInput {
  title: string;
  publisher: string;
  year: number | null;
  url: string | null;
}

/** "titel | uitgever | jaar | webadres", one source per line; returns the line number of the first bad line. */
export function parseSources(text: string): { sources: SourceInput[]; badLine: number | null } {
  const sources: SourceInput[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const [title = '', publisher = '', year = '', url = ''] = lines[i].split('|').map((part) => part.trim());
    const parsedYear = /^\d{4}$/.test(year) ? Number(year) : null;
    if (!title || !publisher || (year && parsedYear === null)) return { sources, badLine: i + 1 };
    sources.push({ title, publisher, year: parsedYear, url: url || null });
  }
  return { sources, badLine: null };
}

export function formatSources(sources: readonly SourceInput[]): string {
  return sources.map((s) => [s.title, s.publisher, s.year ?? '', s.url ?? ''].join(' | ')).join('\n');
}
