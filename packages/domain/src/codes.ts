/**
 * THE code patterns and year bounds, shared by server inputs, REST routes and web pages. The
 * database enforces the same code patterns with CHECK constraints (migrations CreateGeography,
 * CreateStatistics, CreateRiskFactors: '^GM[0-9]{4}$' and '^WK[0-9]{4}[0-9A-Z]{2}$').
 */

/** CBS municipality code: GM and four digits (GM0363 = Amsterdam). */
export const MUNICIPALITY_CODE_PATTERN = /^GM\d{4}$/;
/** CBS district (wijk) code: WK, the four digits of the municipality, two more digits or capitals. */
export const DISTRICT_CODE_PATTERN = /^WK\d{4}[0-9A-Z]{2}$/;
/** CBS landsdeel code: LD01 to LD04. */
export const LANDSDEEL_CODE_PATTERN = /^LD0[1-4]$/;
export const PROVINCE_CODE_PATTERN = /^PV\d{2}$/;
export const VEILIG_THUIS_REGION_CODE_PATTERN = /^VT\d{2}$/;
/** Codes of the regional divisions a municipality belongs to (PV20, VT08, VR13, GG3406, JZ13). */
export const REGION_CODE_PATTERN = /^(PV\d{2}|VT\d{2}|VR\d{2}|GG\d{4}|JZ\d{2})$/;

export function isMunicipalityCode(code: unknown): code is string {
  return typeof code === 'string' && MUNICIPALITY_CODE_PATTERN.test(code);
}

export function isDistrictCode(code: unknown): code is string {
  return typeof code === 'string' && DISTRICT_CODE_PATTERN.test(code);
}

export function isRegionCode(code: unknown): code is string {
  return typeof code === 'string' && REGION_CODE_PATTERN.test(code);
}

/**
 * The earliest year each kind of input may name:
 * - `calendar`: geography queries and years in URLs. CBS municipal divisions are asked for by year,
 *   and nothing in the Netherlands' municipal history predates 1800; it only keeps nonsense out.
 * - `monitor`: questionnaires, responses, benchmarks, sharing and district figures; the monitor has
 *   no year before 2000.
 * - `estimate`: the estimate model's figures (police and CBS) start in 2015.
 */
export const YEAR_MIN = { calendar: 1800, monitor: 2000, estimate: 2015 } as const;
export type YearKind = keyof typeof YEAR_MIN;

/** The latest year any input may name: far enough ahead for every plan, and it rejects typos like 20266. */
export const YEAR_MAX = 2100;

export function isYearIn(kind: YearKind, year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_MIN[kind] && year <= YEAR_MAX;
}
