/**
 * Recognising identifying data in uploaded effect scores. The monitor stores no identifying data:
 * a line that carries something that looks like a citizen service number (BSN), a date (of birth)
 * or a person's name is refused, and the whole upload with it.
 *
 * These are refusal rules, not a guarantee: free text can never be checked for names reliably, so
 * the upload format has no free-text columns at all (every column has a closed format) and these
 * checks catch the usual mistakes (a BSN or a birth date as trajectory id, a name in a column).
 */
export type IdentifyingKind = 'BSN' | 'DATE' | 'NAME';

/** The 11-proef of the BSN on 9 digits (8 digits get a leading zero): 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const nine = digits.padStart(9, '0');
  if (/^0+$/.test(nine)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(nine[i]);
  sum -= Number(nine[8]);
  return sum % 11 === 0;
}

/** Every run of 8 or 9 digits in the text that passes the 11-proef (dots, spaces and hyphens between digit groups ignored). */
export function containsBsnLikeNumber(text: string): boolean {
  const compact = text.replace(/(?<=\d)[ .-](?=\d)/g, '');
  const runs = compact.match(/\d+/g) ?? [];
  return runs.some((run) => passesElevenTest(run));
}

const DAY = '(0?[1-9]|[12]\\d|3[01])';
const MONTH = '(0?[1-9]|1[0-2])';
const YEAR = '((19|20)\\d{2})';
const DATE_PATTERNS = [
  new RegExp(`(^|\\D)${DAY}[-/.]${MONTH}[-/.](${YEAR}|\\d{2})(\\D|$)`),
  new RegExp(`(^|\\D)${YEAR}[-/.]${MONTH}[-/.]${DAY}(\\D|$)`),
  // 8 digits that form a date: yyyymmdd or ddmmyyyy
  new RegExp(`(^|\\D)${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(\\D|$)`),
  new RegExp(`(^|\\D)(0[1-9]|[12]\\d|3[01])(0[1-9]|1[0-2])${YEAR}(\\D|$)`),
  /\b\d{1,2}\s+(jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*\.?\s+\d{2,4}\b/i,
];

/** A date such as 03-11-2015, 2015-11-03, 3/11/15, 20151103 or 3 november 2015 (a possible date of birth). */
export function containsDate(text: string): boolean {
  return DATE_PATTERNS.some((pattern) => pattern.test(text));
}

const NAME_PARTICLES = /\b(van|de|der|den|ter|ten|el|al|bin)\b/i;
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * Text that reads like a person's name: two or more words of letters of which at least two are
 * capitalised ("Fatima El Amrani", "Jan de Vries"), or a capitalised word with a name particle.
 */
export function looksLikeName(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.some((word) => !/^[\p{L}'’-]+\.?$/u.test(word))) return false;
  const capitalised = words.filter((word) => CAPITALISED_WORD.test(word.replace(/\.$/, ''))).length;
  return capitalised >= 2 || (capitalised >= 1 && NAME_PARTICLES.test(text));
}

/** The first kind of identifying data found in a value, or null. */
export function identifyingKind(text: string): IdentifyingKind | null {
  if (containsBsnLikeNumber(text)) return 'BSN';
  if (containsDate(text)) return 'DATE';
  if (looksLikeName(text)) return 'NAME';
  return null;
}

export const IDENTIFYING_MESSAGES: Record<IdentifyingKind, string> = {
  BSN: 'bevat een getal dat op een burgerservicenummer lijkt (het voldoet aan de 11-proef)',
  DATE: 'bevat een datum (mogelijk een geboortedatum)',
  NAME: 'lijkt een naam te bevatten',
};
