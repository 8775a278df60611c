/** "1 vraag", "0 vragen", "2 vragen": a count with the Dutch singular only for exactly one. */
export function countOf(count: number, one: string, many: string, format: (n: number) => string = String): string {
  return `${format(count)} ${count === 1 ? one : many}`;
}
