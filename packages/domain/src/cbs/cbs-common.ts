import type { CbsCellStatus, CbsImportProblem, CbsObservation } from './cbs.types';

/** At most this many problems are listed; the rest are summarised in a final "en nog N problemen". */
export const MAX_PROBLEMS = 500;

export const NOT_UTF8 = 'het bestand is geen UTF-8; sla het op als UTF-8 (CSV met statistische symbolen)';

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let extra: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      extra = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      extra = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      extra = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + extra >= bytes.length) return i;
    let cp = b & (0xff >> (extra + 2));
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/** Decodes strict UTF-8 (BOM removed) or returns the problem, with the line of the first bad byte when known. */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: CbsImportProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    let line = 0;
    if (offset >= 0) {
      line = 1;
      for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    }
    const where = offset >= 0 ? ` (eerste ongeldige byte 0x${bytes[offset].toString(16).toUpperCase().padStart(2, '0')} op positie ${offset})` : '';
    return { problem: { line, column: '', reason: `${NOT_UTF8}${where}` } };
  }
}

export type ParsedCell = { status: 'VALUE'; value: number } | { status: Exclude<CbsCellStatus, 'VALUE'>; value: null };

/**
 * One cell as CBS writes it: right-aligned number with "." as decimal separator ("  143210", "    28.5"),
 * "." (padded) = SECRET, "" = EMPTY. A decimal comma ("15925512,5", plain CSV) is accepted too; neither format
 * uses thousands separators. Returns undefined when the text is not a number.
 */
export function parseCbsCell(text: string): ParsedCell | undefined {
  const t = text.trim();
  if (t === '') return { status: 'EMPTY', value: null };
  if (t === '.') return { status: 'SECRET', value: null };
  if (!/^[-+]?\d+(?:[.,]\d+)?$/.test(t)) return undefined;
  return { status: 'VALUE', value: Number(t.replace(',', '.')) };
}

/** Collects problems, sorts them by line (stable) and caps the list. */
export class ProblemList {
  private readonly items: CbsImportProblem[] = [];

  add(line: number, column: string, reason: string): void {
    this.items.push({ line, column, reason });
  }

  push(problem: CbsImportProblem): void {
    this.items.push(problem);
  }

  get size(): number {
    return this.items.length;
  }

  result(): CbsImportProblem[] {
    const sorted = this.items
      .map((p, i) => ({ p, i }))
      .sort((a, b) => a.p.line - b.p.line || a.i - b.i)
      .map((x) => x.p);
    if (sorted.length <= MAX_PROBLEMS) return sorted;
    const rest = sorted.length - MAX_PROBLEMS;
    return [...sorted.slice(0, MAX_PROBLEMS), { line: 0, column: '', reason: `en nog ${rest} ${rest === 1 ? 'probleem' : 'problemen'}` }];
  }
}

/** Tracks (category, region, period) per line and reports both lines of a duplicate. */
export class DuplicateTracker {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly problems: ProblemList,
    private readonly unit: 'regel' | 'rij',
  ) {}

  check(line: number, category: string, region: string, period: string, column = ''): void {
    const key = JSON.stringify([category, region, period]);
    const first = this.seen.get(key);
    const what = `${category === '' ? '' : `categorie "${category}", `}regio ${region}, periode ${period}`;
    if (first === undefined) {
      this.seen.set(key, line);
      return;
    }
    this.problems.add(first, column, `dubbele ${this.unit}: ${what} staat ook op ${this.unit} ${line}`);
    this.problems.add(line, column, `dubbele ${this.unit}: ${what} staat ook op ${this.unit} ${first}`);
  }
}

/** Builds the result; problems come sorted by line and capped. */
export function finish(
  tableId: string,
  format: 'csv' | 'odata',
  observations: CbsObservation[],
  problems: ProblemList,
): { tableId: string; format: 'csv' | 'odata'; observations: CbsObservation[]; problems: CbsImportProblem[] } {
  const list = problems.result();
  // With problems the caller imports nothing; returning no observations makes that impossible to get wrong.
  return { tableId, format, observations: list.length > 0 ? [] : observations, problems: list };
}
