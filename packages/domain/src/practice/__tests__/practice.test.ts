import { INDICATORS_2026 } from '../../questionnaire';
import { bandAtPublication, contactProblem, isPracticeContactEmail, weakestIndicatorKeys } from '../practice';

const definition = INDICATORS_2026.find((indicator) => indicator.key === 'risicogroepen')!;
const { partial, high } = definition.thresholds;

describe('bandAtPublication', () => {
  it('bands the most recent submitted year that has a value, with the indicator thresholds', () => {
    expect(
      bandAtPublication(
        [
          { year: 2025, value: high },
          { year: 2026, value: partial - 0.1 },
        ],
        definition,
      ),
    ).toEqual({
      year: 2026,
      value: partial - 0.1,
      band: 'LOW',
    });
    expect(bandAtPublication([{ year: 2026, value: partial }], definition)?.band).toBe('PARTIAL');
    expect(bandAtPublication([{ year: 2026, value: high }], definition)?.band).toBe('HIGH');
  });

  it('skips years without a value and gives null when there is none', () => {
    expect(
      bandAtPublication(
        [
          { year: 2025, value: high },
          { year: 2026, value: null },
        ],
        definition,
      ),
    ).toEqual({ year: 2025, value: high, band: 'HIGH' });
    expect(bandAtPublication([{ year: 2026, value: null }], definition)).toBeNull();
    expect(bandAtPublication([], definition)).toBeNull();
  });
});

describe('contactProblem', () => {
  it('accepts no contact without consent, and a full contact with consent', () => {
    expect(contactProblem({ consent: false, name: null, email: null })).toBeNull();
    expect(contactProblem({ consent: true, name: 'An de Vries', email: 'an.devries@gemeente.nl' })).toBeNull();
  });

  it('refuses contact details without consent, naming the consent field', () => {
    expect(contactProblem({ consent: false, name: 'An de Vries', email: null })?.field).toBe('contactConsent');
    expect(contactProblem({ consent: false, name: null, email: 'an@gemeente.nl' })?.field).toBe('contactConsent');
  });

  it('asks for a name and a valid address when consent is given', () => {
    expect(contactProblem({ consent: true, name: null, email: 'an@gemeente.nl' })?.field).toBe('contactName');
    expect(contactProblem({ consent: true, name: 'An', email: 'geen adres' })?.field).toBe('contactEmail');
    expect(contactProblem({ consent: true, name: 'An', email: null })?.field).toBe('contactEmail');
  });
});

describe('isPracticeContactEmail', () => {
  it('accepts plain addresses and refuses the rest', () => {
    expect(isPracticeContactEmail('naam@gemeente.nl')).toBe(true);
    for (const value of ['naam@gemeente', '@gemeente.nl', 'naam gemeente@x.nl', 'naam@@x.nl', `${'a'.repeat(250)}@x.nl`]) {
      expect(isPracticeContactEmail(value)).toBe(false);
    }
  });
});

describe('weakestIndicatorKeys', () => {
  it('lists the lowest values first and leaves out indicators without a value', () => {
    const results = [
      { key: 'a', value: 80 },
      { key: 'b', value: null },
      { key: 'c', value: 20 },
      { key: 'd', value: 20 },
      { key: 'e', value: 50 },
    ];
    expect(weakestIndicatorKeys(results, 3)).toEqual(['c', 'd', 'e']);
    expect(weakestIndicatorKeys([{ key: 'b', value: null }], 3)).toEqual([]);
  });
});
