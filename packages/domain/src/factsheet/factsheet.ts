/** Lower-case words of letters and digits joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const FACTSHEET_SLUG_MIN_LENGTH = 3;
export const FACTSHEET_SLUG_MAX_LENGTH = 80;

/**
 * Addresses the factsheet pages use themselves: a factsheet called "beheer" could never be read,
 * because /factsheets/beheer is the editor's list, and one called "nieuw" never edited, because
 * /factsheets/beheer/nieuw is the form for a new factsheet.
 */
export const RESERVED_FACTSHEET_SLUGS: readonly string[] = ['beheer', 'nieuw'];

/** Whether `slug` has the form of a factsheet's address (/factsheets/<slug>). */
export function isFactsheetSlug(slug: string): boolean {
  return slug.length >= FACTSHEET_SLUG_MIN_LENGTH && slug.length <= FACTSHEET_SLUG_MAX_LENGTH && SLUG.test(slug);
}

/** Whether `slug` is an address the factsheet pages use themselves, so no factsheet may have it. */
export function isReservedFactsheetSlug(slug: string): boolean {
  return RESERVED_FACTSHEET_SLUGS.includes(slug);
}
