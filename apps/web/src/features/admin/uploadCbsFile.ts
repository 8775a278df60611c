/** The CBS import endpoint of the server (administrators, session cookie). */
export const IMPORT_URL = '/import/cbs';
/** The server refuses imports without this header (a CORS preflight guards against CSRF). */
export const IMPORT_HEADER = 'x-monitor-import';

/**
 * Failures of the upload itself, seen only in the browser (no answer, an unreadable answer, cancelled):
 * not error codes of the server, which come from the registry in @monitor/domain.
 */
export const UPLOAD_FAILURE = { NETWORK: 'NETWORK', ABORTED: 'ABORTED', BAD_RESPONSE: 'BAD_RESPONSE', UNKNOWN: 'ERROR' } as const;

export type ImportPhase = 'uploaden' | 'lezen' | 'controleren' | 'importeren' | 'beschermen' | 'klaar';

export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ImportProblem {
  line: number;
  column: string;
  reason: string;
}

export interface ImportPreviewRow {
  measure: string;
  category: string;
  regionCode: string;
  period: string;
  value: number | null;
  status: string;
  provisional: boolean;
}

export interface ImportReport {
  ok: boolean;
  fileName: string;
  tableId: string | null;
  format: 'csv' | 'odata' | null;
  observations: number;
  inserted: number;
  updated: number;
  unchanged: number;
  alreadyImported: boolean;
  problems: ImportProblem[];
  preview: ImportPreviewRow[];
}

export type ImportResult = { kind: 'report'; report: ImportReport } | { kind: 'error'; status: number; code: string; message: string | null };

/** Splits newline-delimited JSON as it streams in; complete lines only. */
export function ndjsonReader(onLine: (value: unknown) => void) {
  let buffer = '';
  return {
    push(chunk: string) {
      buffer += chunk;
      let end: number;
      while ((end = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, end).trim();
        buffer = buffer.slice(end + 1);
        if (line) onLine(JSON.parse(line));
      }
    },
    flush() {
      const line = buffer.trim();
      buffer = '';
      if (line) onLine(JSON.parse(line));
    },
  };
}

function parseError(status: number, text: string): ImportResult {
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
    return { kind: 'error', status, code: body.error?.code ?? UPLOAD_FAILURE.UNKNOWN, message: body.error?.message ?? null };
  } catch {
    return { kind: 'error', status, code: status === 0 ? UPLOAD_FAILURE.NETWORK : UPLOAD_FAILURE.UNKNOWN, message: null };
  }
}

/**
 * Posts the raw file with XMLHttpRequest (fetch reports no upload progress): first the upload
 * progress, then the server's streamed progress lines, then its report.
 */
export function uploadCbsFile(
  { file, tableId }: { file: File; tableId: string | null },
  onProgress: (progress: ImportProgress) => void,
): { result: Promise<ImportResult>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const params = new URLSearchParams();
  if (tableId) params.set('table', tableId);
  params.set('name', file.name);

  const result = new Promise<ImportResult>((resolve) => {
    let report: ImportReport | null = null;
    let streamError: string | null = null;
    let seen = 0;
    const reader = ndjsonReader((value) => {
      const line = value as { progress?: ImportProgress; report?: ImportReport; error?: { code?: string } };
      if (line.progress) onProgress(line.progress);
      if (line.report) report = line.report;
      if (line.error) streamError = line.error.code ?? UPLOAD_FAILURE.UNKNOWN;
    });
    const consume = () => {
      const text = xhr.responseText ?? '';
      reader.push(text.slice(seen));
      seen = text.length;
    };

    xhr.upload.onprogress = (event) => {
      onProgress({ phase: 'uploaden', done: event.loaded, total: event.lengthComputable ? event.total : file.size });
    };
    xhr.onprogress = () => {
      if (xhr.status === 200) {
        try {
          consume();
        } catch {
          // An incomplete line; the rest follows.
        }
      }
    };
    xhr.onload = () => {
      if (xhr.status !== 200) {
        resolve(parseError(xhr.status, xhr.responseText ?? ''));
        return;
      }
      try {
        consume();
        reader.flush();
      } catch {
        resolve({ kind: 'error', status: 200, code: UPLOAD_FAILURE.BAD_RESPONSE, message: null });
        return;
      }
      if (report) resolve({ kind: 'report', report });
      else resolve({ kind: 'error', status: 200, code: streamError ?? UPLOAD_FAILURE.BAD_RESPONSE, message: null });
    };
    xhr.onerror = () => resolve({ kind: 'error', status: 0, code: UPLOAD_FAILURE.NETWORK, message: null });
    xhr.onabort = () => resolve({ kind: 'error', status: 0, code: UPLOAD_FAILURE.ABORTED, message: null });

    xhr.open('POST', `${IMPORT_URL}?${params.toString()}`);
    xhr.setRequestHeader(IMPORT_HEADER, '1');
    xhr.send(file);
  });

  return { result, abort: () => xhr.abort() };
}
