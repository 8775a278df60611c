/**
 * Spreadsheet formula ("CSV") injection, per the OWASP CSV Injection guidance: a cell whose text
 * starts with = + - @ (or their full-width forms), a tab or a carriage return can be read as a
 * formula by Excel, LibreOffice or Google Sheets. Such text gets a leading single quote, which makes
 * the spreadsheet show it as plain text. Used for every text cell of the CSV and XLSX exports.
 */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Whether text would be read as a formula by a spreadsheet (see above). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The same for every text value of an export row; numbers, dates and booleans are left as they are. */
export function neutraliseRow<T extends Record<string, unknown>>(row: T): T {
  const safe: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) safe[key] = typeof value === 'string' ? neutraliseFormula(value) : value;
  return safe as T;
}
