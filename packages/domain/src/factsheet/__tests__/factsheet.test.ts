import { isFactsheetSlug, isReservedFactsheetSlug } from '../factsheet';

describe('factsheet addresses', () => {
  it('accepts lower-case words of letters and digits joined by single hyphens, 3 to 80 characters', () => {
    expect(isFactsheetSlug('stand-2026')).toBe(true);
    expect(isFactsheetSlug('abc')).toBe(true);
    expect(isFactsheetSlug('a'.repeat(80))).toBe(true);
  });

  it('refuses other forms', () => {
    for (const slug of ['ab', 'a'.repeat(81), 'Stand-2026', 'stand--2026', '-stand', 'stand-', 'stand 2026', 'stand_2026', 'één']) {
      expect([slug, isFactsheetSlug(slug)]).toEqual([slug, false]);
    }
  });

  it('reserves the editor routes /factsheets/beheer and /factsheets/beheer/nieuw, and only addresses the pages use', () => {
    expect(isFactsheetSlug('beheer')).toBe(true); // the form is fine: it is reserved, not malformed
    expect(isReservedFactsheetSlug('beheer')).toBe(true);
    expect(isFactsheetSlug('nieuw')).toBe(true);
    expect(isReservedFactsheetSlug('nieuw')).toBe(true);
    expect(isReservedFactsheetSlug('nieuw-beleid')).toBe(false);
    expect(isReservedFactsheetSlug('beheer-2026')).toBe(false);
    expect(isReservedFactsheetSlug('stand-2026')).toBe(false);
  });
});
