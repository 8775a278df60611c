/**
 * Contract of the CBS StatLine importer: files in the formats CBS publishes (the OData v3
 * TypedDataSet with its dimension tables, and the "CSV met statistische symbolen" download) are
 * turned into normalised observations, or into a precise list of problems (line, column, reason).
 */

/** How CBS marked a cell. */
export type CbsCellStatus =
  /** a number */
  | 'VALUE'
  /** "." : unknown, insufficiently reliable or secret */
  | 'SECRET'
  /** blank: cannot occur on logical grounds */
  | 'EMPTY';

export interface CbsObservation {
  tableId: string;
  /** measure key of the monitor, e.g. "ontvangen_meldingen" (see TableSpec.topics) */
  measure: string;
  /** category of the table's "Kenmerken" dimension (its title, e.g. "Totaal"), or "" when the table has none */
  category: string;
  /** CBS region code: NL01, LD01-LD04, PVxx, VTxx, GMxxxx, WKxxxxxx */
  regionCode: string;
  /** "2023" (year) or "2025-H1" / "2025-H2" (half-year) */
  period: string;
  /** null unless status is VALUE */
  value: number | null;
  status: CbsCellStatus;
  /** CBS marked the period provisional (* or **, or Status other than "Definitief") */
  provisional: boolean;
  /** 1-based line (CSV) or 1-based row number in TypedDataSet (JSON) it came from */
  line: number;
}

export interface CbsImportProblem {
  /** 1-based line (CSV) or TypedDataSet row number (JSON); 0 for the file as a whole */
  line: number;
  /** header title (CSV) or property key (JSON); "" for the file or row as a whole */
  column: string;
  /** Dutch, precise: what is wrong and, where possible, what was expected */
  reason: string;
}

export interface CbsParseResult {
  tableId: string;
  format: 'csv' | 'odata';
  observations: CbsObservation[];
  problems: CbsImportProblem[];
}

/** What the importer knows of one CBS table (from domain knowledge; see cbs-tables.ts). */
export interface TableSpec {
  tableId: string;
  title: string;
  /** StatLine title of the "Kenmerken" dimension, or null when the table has none (85361NED) */
  categoryDimension: string | null;
  /**
   * Optional: all category dimension titles, in order, for a table with more than one (84852NED). When set it
   * overrides categoryDimension, and an observation's category reads "Dim1: Cat1; Dim2: Cat2".
   */
  categoryDimensions?: string[];
  /** topic title as CBS prints it (CSV header without the " (unit)" suffix; OData DataProperties Title) -> measure key */
  topics: Record<string, string>;
}

/** Resolves region titles (CSV) and checks region codes (both formats). */
export interface RegionLookup {
  /** code for a StatLine region title such as "Nederland", "Noord-Nederland (LD)", "Drenthe (PV)", "Drenthe (VT)", "Assen", "Groningen (gemeente)"; undefined when unknown */
  codeForTitle(title: string): string | undefined;
  /** true when the code is a known region of a supported level */
  isKnownCode(code: string): boolean;
}
