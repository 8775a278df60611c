import { parseCsv, CsvSyntaxError } from '../csv/parse-csv';
import { isInterventionCode } from '../supply/catalogue';
import { IDENTIFYING_MESSAGES, identifyingKind } from './identifying';

/**
 * Effect monitoring with Signs of Safety safety scales (0–10): the upload format and its validation.
 * Documented for users in docs/effect-scores-csv.md. An upload is all or nothing: one bad line and
 * nothing is stored, with the line and field named.
 */
export const RATERS = ['HELPER', 'PARENT', 'CHILD'] as const;
export type Rater = (typeof RATERS)[number];

export const RATER_LABELS: Record<Rater, string> = { HELPER: 'hulpverlener', PARENT: 'ouder', CHILD: 'kind' };
const RATER_BY_LABEL = new Map<string, Rater>(RATERS.map((rater) => [RATER_LABELS[rater], rater]));

export const SCORE_MIN = 0;
export const SCORE_MAX = 10;
/** Moments are numbered from 0 (start of the trajectory); 20 leaves room for a review every 3 months for 5 years. */
export const MOMENT_MAX = 20;
export const MAX_EFFECT_ROWS = 20_000;
/** Problems listed in one refusal (the first names the line; the rest help fix a file in one go). */
export const MAX_LISTED_PROBLEMS = 50;

export const EFFECT_CSV_COLUMNS = ['traject', 'meetmoment', 'beoordelaar', 'score', 'interventie', 'wijk'] as const;
type Column = (typeof EFFECT_CSV_COLUMNS)[number];

export interface EffectScoreRow {
  /** line of the CSV file (or position in the form, from 1) */
  line: number;
  trajectoryId: string;
  moment: number;
  rater: Rater;
  score: number;
  intervention: string;
  districtCode: string | null;
}

export interface EffectRowProblem {
  line: number;
  field: string;
  message: string;
}

export type EffectValidation = { ok: true; rows: EffectScoreRow[] } | { ok: false; problems: EffectRowProblem[] };

/** One raw line: the text of each column (as typed in the form or read from the file). */
export interface RawEffectLine {
  line: number;
  values: Record<Column, string>;
}

const TRAJECTORY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Parses and validates a CSV upload (separator ; or , taken from the header line). */
export function parseEffectCsv(text: string, municipalityCode: string): EffectValidation {
  const separator = (text.split(/\r?\n/, 1)[0] ?? '').includes(';') ? ';' : ',';
  let records;
  try {
    records = parseCsv(text, separator);
  } catch (error) {
    if (error instanceof CsvSyntaxError) return refuse(error.line, 'bestand', error.message.replace(/^regel \d+: /, ''));
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return refuse(1, 'bestand', 'het bestand is leeg');
  const columns = header.fields.map((name) => name.trim().toLowerCase());
  const headerProblem = checkHeader(columns, header.line);
  if (headerProblem) return { ok: false, problems: [headerProblem] };
  if (rows.length === 0) return refuse(header.line + 1, 'bestand', 'het bestand bevat geen scores, alleen een kopregel');
  if (rows.length > MAX_EFFECT_ROWS) return refuse(rows[MAX_EFFECT_ROWS].line, 'bestand', `meer dan ${MAX_EFFECT_ROWS} regels; splits het bestand`);
  const lines: RawEffectLine[] = [];
  for (const row of rows) {
    if (row.fields.length !== columns.length)
      return refuse(row.line, 'bestand', `${row.fields.length} velden, de kopregel heeft er ${columns.length}`);
    lines.push({ line: row.line, values: Object.fromEntries(columns.map((name, i) => [name, row.fields[i]])) as Record<Column, string> });
  }
  return validateEffectLines(lines, municipalityCode);
}

function checkHeader(columns: string[], line: number): EffectRowProblem | null {
  for (const name of columns) {
    if (!(EFFECT_CSV_COLUMNS as readonly string[]).includes(name))
      return { line, field: name || '(leeg)', message: `onbekende kolom; gebruik precies: ${EFFECT_CSV_COLUMNS.join(', ')}` };
  }
  const missing = EFFECT_CSV_COLUMNS.filter((name) => !columns.includes(name));
  if (missing.length > 0) return { line, field: missing[0], message: `kolom ontbreekt; gebruik precies: ${EFFECT_CSV_COLUMNS.join(', ')}` };
  if (new Set(columns).size !== columns.length) return { line, field: 'bestand', message: 'een kolom staat twee keer in de kopregel' };
  return null;
}

function refuse(line: number, field: string, message: string): EffectValidation {
  return { ok: false, problems: [{ line, field, message }] };
}

/** Validates lines (from a file or the form): every field, identifying data, duplicates and consistency per trajectory. */
export function validateEffectLines(lines: readonly RawEffectLine[], municipalityCode: string): EffectValidation {
  const problems: EffectRowProblem[] = [];
  const rows: EffectScoreRow[] = [];
  for (const line of lines) {
    const parsed = validateLine(line, municipalityCode);
    if ('problem' in parsed) problems.push(parsed.problem);
    else rows.push(parsed.row);
    if (problems.length >= MAX_LISTED_PROBLEMS) break;
  }
  if (problems.length === 0) problems.push(...consistencyProblems(rows));
  return problems.length > 0 ? { ok: false, problems: problems.slice(0, MAX_LISTED_PROBLEMS) } : { ok: true, rows };
}

function validateLine(raw: RawEffectLine, municipalityCode: string): { row: EffectScoreRow } | { problem: EffectRowProblem } {
  const problem = (field: string, message: string) => ({ problem: { line: raw.line, field, message } });
  for (const column of EFFECT_CSV_COLUMNS) {
    const kind = identifyingKind(raw.values[column] ?? '');
    if (kind) return problem(column, `${IDENTIFYING_MESSAGES[kind]}; de monitor slaat geen herleidbare gegevens op`);
  }
  const value = (column: Column) => (raw.values[column] ?? '').trim();
  const trajectoryId = value('traject');
  if (!TRAJECTORY_ID.test(trajectoryId) || !/\d/.test(trajectoryId))
    return problem('traject', 'gebruik het trajectnummer van uw organisatie: 1 tot 64 letters, cijfers, punten, streepjes, met minstens één cijfer');
  const moment = wholeNumber(value('meetmoment'), 0, MOMENT_MAX);
  if (moment === null) return problem('meetmoment', `een heel getal van 0 (start) tot en met ${MOMENT_MAX}`);
  const rater = RATER_BY_LABEL.get(value('beoordelaar').toLowerCase());
  if (!rater) return problem('beoordelaar', 'een van: hulpverlener, ouder, kind');
  const score = wholeNumber(value('score'), SCORE_MIN, SCORE_MAX);
  if (score === null) return problem('score', `een heel getal van ${SCORE_MIN} tot en met ${SCORE_MAX}`);
  const intervention = value('interventie');
  if (!isInterventionCode(intervention))
    return problem(
      'interventie',
      'de code van een interventie uit de catalogus: kleine letters, cijfers en streepjes, zoals signs-of-safety (hoogstens 60 tekens)',
    );
  const district = value('wijk').toUpperCase();
  if (district !== '' && !isDistrictOf(district, municipalityCode))
    return problem('wijk', `een wijkcode van uw gemeente, zoals WK${municipalityCode.slice(2)}01, of leeg`);
  return { row: { line: raw.line, trajectoryId, moment, rater, score, intervention, districtCode: district || null } };
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d{1,2}$/.test(text)) return null;
  const number = Number(text);
  return number >= min && number <= max ? number : null;
}

/** CBS district codes: WK + the 4 digits of the municipality + 2 digits or capitals (Amsterdam: WK0363AA). */
export function isDistrictOf(districtCode: string, municipalityCode: string): boolean {
  return /^WK\d{4}[0-9A-Z]{2}$/.test(districtCode) && districtCode.slice(2, 6) === municipalityCode.slice(2);
}

function consistencyProblems(rows: readonly EffectScoreRow[]): EffectRowProblem[] {
  const problems: EffectRowProblem[] = [];
  const seen = new Map<string, number>();
  const trajectories = new Map<string, EffectScoreRow>();
  for (const row of rows) {
    const key = `${row.trajectoryId}|${row.moment}|${row.rater}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      problems.push({
        line: row.line,
        field: 'beoordelaar',
        message: `dit traject heeft op dit meetmoment al een score van deze beoordelaar (regel ${earlier})`,
      });
    else seen.set(key, row.line);
    const first = trajectories.get(row.trajectoryId);
    if (!first) trajectories.set(row.trajectoryId, row);
    else if (first.intervention !== row.intervention)
      problems.push({ line: row.line, field: 'interventie', message: `andere interventie dan regel ${first.line} van hetzelfde traject` });
    else if (first.districtCode !== row.districtCode)
      problems.push({ line: row.line, field: 'wijk', message: `andere wijk dan regel ${first.line} van hetzelfde traject` });
  }
  return problems;
}
