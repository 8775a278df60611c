import { isServerPage, safeReturnPath } from '../safeReturnPath';

describe('safeReturnPath', () => {
  it.each([
    ['/gemeente/GM0363', '/gemeente/GM0363'],
    ['/beheer/aanmeldingen?status=APPROVED', '/beheer/aanmeldingen?status=APPROVED'],
    ['/playground', '/playground'],
  ])('keeps the relative path %s', (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([null, '', 'gemeenten', '//evil.example/', '/\\evil.example', 'https://evil.example/', 'javascript:alert(1)', '/\nfoo'])(
    'falls back to /mijn-gemeente for %p',
    (value) => {
      expect(safeReturnPath(value)).toBe('/mijn-gemeente');
    },
  );

  it('knows which paths the server serves itself', () => {
    expect(isServerPage('/playground')).toBe(true);
    expect(isServerPage('/playground?x=1')).toBe(true);
    expect(isServerPage('/account')).toBe(false);
    expect(isServerPage('/playgrounds')).toBe(false);
  });
});
