/** Progress of a streamed download: rows (CSV, counted by line ends) or bytes, towards the announced row total. */
export interface DownloadProgress {
  bytes: number;
  rows: number | null;
  totalRows: number;
}

/**
 * Downloads a research export with the session cookie, reporting progress while the server streams,
 * and hands the finished file to the browser. Resolves with the file name; rejects with an AbortError
 * when the signal is aborted (the server then records the export as cancelled).
 */
export async function downloadWithProgress(path: string, onProgress: (progress: DownloadProgress) => void, signal: AbortSignal): Promise<string> {
  const response = await fetch(path, { credentials: 'same-origin', signal });
  if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
  const totalRows = Number(response.headers.get('X-Export-Rows') ?? 0);
  const csv = (response.headers.get('Content-Type') ?? '').startsWith('text/csv');
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let lines = 0;
  onProgress({ bytes, rows: csv ? 0 : null, totalRows });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    bytes += value.length;
    if (csv) for (const byte of value) if (byte === 10) lines++;
    // the header line is not a row
    onProgress({ bytes, rows: csv ? Math.max(0, lines - 1) : null, totalRows });
  }
  const filename = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'onderzoeksexport';
  const url = URL.createObjectURL(new Blob(chunks as BlobPart[], { type: response.headers.get('Content-Type') ?? undefined }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return filename;
}

/** The quarter of the rows reached (0-4), for sparse announcements to screen readers; null when rows are not counted. */
export function quarterReached(progress: DownloadProgress): number | null {
  if (progress.rows === null || progress.totalRows <= 0) return null;
  return Math.min(4, Math.floor((progress.rows / progress.totalRows) * 4));
}
