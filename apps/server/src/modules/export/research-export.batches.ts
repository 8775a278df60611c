import type { ResponseKeyset } from '../response/response.repository';

/**
 * Reads a table page by page along its primary key (response_id, key) and yields every page: at most
 * `pageRows` rows are ever held, however many the export has. Pages are fetched one at a time, when
 * the consumer (the file writer) asks for the next.
 */
export async function* keysetPages<T extends { response_id: number }>(
  fetchPage: (after: ResponseKeyset, limit: number) => Promise<T[]>,
  keyOf: (row: T) => string,
  pageRows: number,
): AsyncGenerator<T[]> {
  let after: ResponseKeyset = { responseId: 0, key: '' };
  for (;;) {
    const page = await fetchPage(after, pageRows);
    if (page.length > 0) yield page;
    if (page.length < pageRows) return;
    const last = page[page.length - 1];
    after = { responseId: last.response_id, key: keyOf(last) };
  }
}

/** Rows already in memory (published figures: bounded by the number of municipalities) in batches of the same size. */
export function* inBatches<T>(rows: readonly T[], batchRows: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += batchRows) yield rows.slice(start, start + batchRows);
}
