/** The query a link hands to the playground (`/playground?query=…`), or undefined without one. */
export function queryFromUrl(search: string): string | undefined {
  const query = new URLSearchParams(search).get('query');
  return query && query.trim() ? query : undefined;
}
