import { nl } from '../nl';
import { nlBenchmark } from '../nl.benchmark';

describe('counts in Dutch', () => {
  it('uses the singular for exactly one', () => {
    expect(nl.questionnaire.sectionProgress(0, 1)).toBe('0 van 1 verplichte vraag beantwoord');
    expect(nl.questionnaire.sectionProgress(1, 2)).toBe('1 van 2 verplichte vragen beantwoord');
    expect(nl.indicators.counts(1, 1)).toBe('Berekend uit 1 van 1 vraag met een bekend antwoord.');
    expect(nlBenchmark.benchmark.customGroupOption('Buren', 1)).toBe('Buren (1 gemeente)');
  });
});
