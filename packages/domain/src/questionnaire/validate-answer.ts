import { REALISATION_VALUES, type Question } from './questionnaire.types';

export const DEFAULT_TEXT_MAX_LENGTH = 4000;

/**
 * `null`, `undefined` and `''` mean "clear the answer": they are always valid, also for a
 * required question (required-ness is checked on submit, see `missingRequired`).
 */
export function isClearingValue(value: unknown): value is null | undefined | '' {
  return value === null || value === undefined || value === '';
}

/**
 * Checks one answer against its question. Returns a short Dutch explanation of what is wrong
 * (a fragment without capital or full stop, meant to follow the question, e.g.
 * "Aantal scholen: moet tussen 0 en 500 liggen"), or null when the value is acceptable.
 * Values are not coerced: "12" is not a number and 12 is not a text.
 * An empty selection of a multiple choice is not accepted: send null to clear the answer.
 */
export function validateAnswer(question: Question, value: unknown): string | null {
  if (isClearingValue(value)) return null;
  switch (question.type) {
    case 'YES_PARTLY_NO':
      return validateRealisation(value);
    case 'SINGLE_CHOICE':
      return validateSingleChoice(question, value);
    case 'MULTIPLE_CHOICE':
      return validateMultipleChoice(question, value);
    case 'NUMBER':
      return validateNumber(question, value);
    case 'PERCENTAGE':
      return validateNumberIn(value, 0, 100, false, 'percentage moet');
    case 'TEXT':
      return validateText(question, value);
    case 'DATE':
      return validateDate(value);
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  return JSON.stringify(value) ?? String(value);
}

function validateRealisation(value: unknown): string | null {
  if (typeof value !== 'string') return 'verwacht ja, deels, nee of weet niet (YES, PARTLY, NO of UNKNOWN)';
  if (!(REALISATION_VALUES as readonly string[]).includes(value)) {
    return `${describe(value)} is geen geldig antwoord; verwacht YES, PARTLY, NO of UNKNOWN (ja, deels, nee of weet niet)`;
  }
  return null;
}

function optionValues(question: Question): Set<string> {
  return new Set((question.options ?? []).map((option) => option.value));
}

function validateSingleChoice(question: Question, value: unknown): string | null {
  if (typeof value !== 'string') return 'verwacht één gekozen optie (tekst)';
  if (!optionValues(question).has(value)) return `${describe(value)} is geen antwoordoptie van deze vraag`;
  return null;
}

function validateMultipleChoice(question: Question, value: unknown): string | null {
  if (!Array.isArray(value)) return 'verwacht een lijst met gekozen opties';
  if (value.length === 0) return 'kies ten minste één optie (of wis het antwoord)';
  const allowed = optionValues(question);
  const seen = new Set<string>();
  for (const item of value) {
    if (typeof item !== 'string') return `verwacht opties als tekst, niet ${describe(item)}`;
    if (!allowed.has(item)) return `${describe(item)} is geen antwoordoptie van deze vraag`;
    if (seen.has(item)) return `optie ${describe(item)} is meer dan eens gekozen`;
    seen.add(item);
  }
  return null;
}

function validateNumber(question: Question, value: unknown): string | null {
  return validateNumberIn(value, question.min, question.max, question.integer === true, 'moet');
}

const formatNl = (n: number) => String(n).replace('.', ',');

function validateNumberIn(value: unknown, min: number | undefined, max: number | undefined, integer: boolean, subject: string): string | null {
  if (typeof value !== 'number') return 'verwacht een getal';
  if (!Number.isFinite(value)) return 'verwacht een eindig getal';
  if (integer && !Number.isInteger(value)) return 'verwacht een geheel getal';
  const below = min !== undefined && value < min;
  const above = max !== undefined && value > max;
  if (!below && !above) return null;
  if (min !== undefined && max !== undefined) return `${subject} tussen ${formatNl(min)} en ${formatNl(max)} liggen`;
  if (min !== undefined) return `${subject} ten minste ${formatNl(min)} zijn`;
  return `${subject} hoogstens ${formatNl(max!)} zijn`;
}

function validateText(question: Question, value: unknown): string | null {
  if (typeof value !== 'string') return 'verwacht een tekst';
  const maxLength = question.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
  // Counted in characters (code points), as a person would count them, not UTF-16 units.
  const length = [...value].length;
  if (length > maxLength) return `tekst is te lang: hoogstens ${maxLength} tekens (nu ${length})`;
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validateDate(value: unknown): string | null {
  if (typeof value !== 'string') return 'verwacht een datum als tekst (JJJJ-MM-DD)';
  const match = ISO_DATE.exec(value);
  if (!match) return `verwacht een datum als JJJJ-MM-DD, niet ${describe(value)}`;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return `${describe(value)} is geen bestaande datum`;
  }
  return null;
}
