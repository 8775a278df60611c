import { interventionCodeOf, isInterventionCode } from '..';

describe('intervention codes', () => {
  it('proposes a code from a name: lower case, no accents, hyphens between words', () => {
    expect(interventionCodeOf('Signs of Safety')).toBe('signs-of-safety');
    expect(interventionCodeOf('  Café-aanpak: één  gezin, één plan! ')).toBe('cafe-aanpak-een-gezin-een-plan');
    expect(isInterventionCode(interventionCodeOf('Demo: oudercursus positief opvoeden'))).toBe(true);
  });

  it('keeps a proposed code within 60 characters without a trailing hyphen', () => {
    const code = interventionCodeOf(`${'a'.repeat(59)} b`);
    expect(code).toBe('a'.repeat(59));
    expect(isInterventionCode(code)).toBe(true);
  });

  it('accepts only lower-case words joined by single hyphens', () => {
    expect(isInterventionCode('veilig-verder')).toBe(true);
    for (const wrong of ['Veilig-verder', 'veilig--verder', '-veilig', 'veilig verder', '', 'a'.repeat(61)])
      expect(isInterventionCode(wrong)).toBe(false);
  });
});
