import { bandOf } from '../questionnaire/indicators';
import type { Band, IndicatorDefinition } from '../questionnaire/questionnaire.types';

/**
 * Practice examples: what a municipality does for a measure, tied to one indicator and to the band
 * it had for that indicator when it published. Visible to signed-in participants only.
 */
export const MAX_PRACTICE_TITLE = 200;
export const MAX_PRACTICE_MEASURE = 300;
export const MAX_PRACTICE_BODY = 20_000;
export const MAX_PRACTICE_CONTACT_NAME = 200;
export const MAX_PRACTICE_CONTACT_EMAIL = 254;
export const MAX_PRACTICE_SOURCE = 500;

/** One submitted value of the municipality for the indicator. */
export interface SubmittedIndicatorValue {
  year: number;
  value: number | null;
}

export interface BandAtPublication {
  year: number;
  value: number;
  band: Band;
}

/**
 * The band of the municipality's most recent submitted year that has a value, banded with the
 * indicator's own thresholds (the same rule as the indicator page). Null when it has none yet.
 */
export function bandAtPublication(
  values: readonly SubmittedIndicatorValue[],
  definition: Pick<IndicatorDefinition, 'thresholds'>,
): BandAtPublication | null {
  let latest: { year: number; value: number } | null = null;
  for (const { year, value } of values) {
    if (value === null || !Number.isFinite(value)) continue;
    if (latest === null || year > latest.year) latest = { year, value };
  }
  if (latest === null) return null;
  const band = bandOf(latest.value, definition.thresholds);
  return band === null ? null : { ...latest, band };
}

/** A plain e-mail address: one @, no spaces, a dot in the domain. Deliberately simple; delivery is the proof. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export function isPracticeContactEmail(value: string): boolean {
  return value.length <= MAX_PRACTICE_CONTACT_EMAIL && EMAIL.test(value);
}

export interface PracticeContact {
  consent: boolean;
  name: string | null;
  email: string | null;
}

export type ContactProblem = { field: 'contactConsent' | 'contactName' | 'contactEmail'; message: string } | null;

/**
 * A contact person is kept only with consent: contact details without consent are refused (never
 * silently stored), and consent needs a name and a valid e-mail address.
 */
export function contactProblem({ consent, name, email }: PracticeContact): ContactProblem {
  if (!consent) {
    return name || email
      ? {
          field: 'contactConsent',
          message: 'een contactpersoon wordt alleen getoond met toestemming; vink de toestemming aan of laat de contactgegevens leeg',
        }
      : null;
  }
  if (!name) return { field: 'contactName', message: 'vul de naam van de contactpersoon in' };
  if (name.length > MAX_PRACTICE_CONTACT_NAME) return { field: 'contactName', message: `hoogstens ${MAX_PRACTICE_CONTACT_NAME} tekens` };
  if (!email || !isPracticeContactEmail(email)) return { field: 'contactEmail', message: 'vul een geldig e-mailadres in, zoals naam@gemeente.nl' };
  return null;
}

/**
 * The keys of the municipality's weakest indicators: lowest value first, only those with a value,
 * ties in the given order. For "practice examples for your weakest indicators".
 */
export function weakestIndicatorKeys(results: readonly { key: string; value: number | null }[], count: number): string[] {
  return results
    .map((result, index) => ({ ...result, index }))
    .filter((result): result is { key: string; value: number; index: number } => result.value !== null)
    .sort((a, b) => a.value - b.value || a.index - b.index)
    .slice(0, count)
    .map((result) => result.key);
}
