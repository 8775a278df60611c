import { demoAnswers, demoMaturity } from '../demo-answers';
import { computeIndicators } from '../indicators';
import { missingRequired } from '../progress';
import { INDICATORS_2026, QUESTIONNAIRE_2026 } from '../questionnaire-2026';
import { validateAnswer } from '../validate-answer';
import { allQuestions, indexQuestions, isVisible } from '../visibility';

const byKey = indexQuestions(QUESTIONNAIRE_2026);
const CODES = Array.from({ length: 60 }, (_, i) => `GM${String(3 + i * 17).padStart(4, '0')}`);

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const meanIndicator = (code: string, year: number) =>
  mean(
    computeIndicators(INDICATORS_2026, demoAnswers(QUESTIONNAIRE_2026, code, year), QUESTIONNAIRE_2026)
      .map((r) => r.value)
      .filter((v): v is number => v !== null),
  );

describe('demoAnswers', () => {
  it('is deterministic', () => {
    expect(demoAnswers(QUESTIONNAIRE_2026, 'GM0363', 2026)).toEqual(demoAnswers(QUESTIONNAIRE_2026, 'GM0363', 2026));
  });

  it('differs between municipalities and years', () => {
    const base = demoAnswers(QUESTIONNAIRE_2026, 'GM0363', 2026);
    expect(demoAnswers(QUESTIONNAIRE_2026, 'GM0599', 2026)).not.toEqual(base);
    expect(demoAnswers(QUESTIONNAIRE_2026, 'GM0363', 2025)).not.toEqual(base);
  });

  it.each(CODES.slice(0, 20))('gives %s valid answers to visible questions only, all required ones included', (code) => {
    for (const year of [2025, 2026]) {
      const answers = demoAnswers(QUESTIONNAIRE_2026, code, year);
      for (const [key, value] of Object.entries(answers)) {
        const question = byKey.get(key);
        expect(question).toBeDefined();
        expect([key, validateAnswer(question!, value)]).toEqual([key, null]);
        expect([key, isVisible(question!, answers, byKey)]).toEqual([key, true]);
      }
      expect(missingRequired(QUESTIONNAIRE_2026, answers)).toEqual([]);
    }
  });

  it('includes some UNKNOWN answers and exercises the show-ifs both ways', () => {
    const all = CODES.map((code) => demoAnswers(QUESTIONNAIRE_2026, code, 2026));
    const values = all.flatMap((answers) => Object.values(answers));
    const share = values.filter((v) => v === 'UNKNOWN').length / values.length;
    expect(share).toBeGreaterThan(0.02);
    expect(share).toBeLessThan(0.15);
    const conditional = allQuestions(QUESTIONNAIRE_2026).filter((q) => q.showIf);
    const everShown = conditional.filter((q) => all.some((answers) => q.key in answers));
    const everHidden = conditional.filter((q) => all.some((answers) => !isVisible(q, answers, byKey)));
    expect(everShown).toHaveLength(conditional.length);
    expect(everHidden.length).toBeGreaterThan(conditional.length / 2);
  });

  it('makes indicators vary across municipalities and across bands', () => {
    const means = CODES.map((code) => meanIndicator(code, 2026));
    expect(Math.max(...means) - Math.min(...means)).toBeGreaterThan(30);
    const bands = new Set(
      CODES.flatMap((code) => computeIndicators(INDICATORS_2026, demoAnswers(QUESTIONNAIRE_2026, code, 2026), QUESTIONNAIRE_2026).map((r) => r.band)),
    );
    expect(bands).toEqual(new Set(['LOW', 'PARTIAL', 'HIGH', null]));
  });

  it('tends to improve from one year to the next', () => {
    const changes = CODES.map((code) => meanIndicator(code, 2026) - meanIndicator(code, 2025));
    expect(mean(changes)).toBeGreaterThan(0);
    expect(changes.filter((c) => c > 0).length).toBeGreaterThan(CODES.length / 2);
    // gradual, not a fresh draw every year
    expect(Math.max(...changes.map(Math.abs))).toBeLessThan(25);
  });
});

describe('demoMaturity', () => {
  it('stays within bounds and grows over the years', () => {
    for (const code of CODES) {
      const values = [2024, 2026, 2028, 2030].map((year) => demoMaturity(code, year));
      for (const v of values) expect(v).toBeGreaterThanOrEqual(0.05);
      for (const v of values) expect(v).toBeLessThanOrEqual(0.95);
      expect(values[3]).toBeGreaterThanOrEqual(values[0]);
    }
  });
});
