import { missingRequired, overallProgress, sectionProgress } from '../progress';
import type { QuestionnaireDefinition } from '../questionnaire.types';
import { FIXTURE } from './fixture';

describe('sectionProgress', () => {
  it('counts only visible questions', () => {
    expect(sectionProgress(FIXTURE, {})).toEqual([
      { key: 'a', answered: 0, required: 2, requiredAnswered: 0, visible: 2 },
      { key: 'b', answered: 0, required: 2, requiredAnswered: 0, visible: 2 },
    ]);
  });

  it('counts UNKNOWN as answered and ignores answers to hidden questions', () => {
    const answers = {
      'a.beleid': 'UNKNOWN',
      'a.ingezet': 'YES',
      'a.bereik': 'YES',
      'a.aantal': 3,
      'b.bronnen': ['cbs'],
      'b.geen_cbs': 'NO', // hidden: cbs is chosen
    };
    expect(sectionProgress(FIXTURE, answers)).toEqual([
      { key: 'a', answered: 4, required: 3, requiredAnswered: 3, visible: 4 },
      { key: 'b', answered: 1, required: 1, requiredAnswered: 1, visible: 1 },
    ]);
  });

  it('does not count blank text or an empty selection as an answer', () => {
    const [, b] = sectionProgress(FIXTURE, { 'b.bronnen': [], 'b.geen_cbs': '  ' });
    expect(b).toMatchObject({ answered: 0, requiredAnswered: 0 });
  });
});

describe('overallProgress', () => {
  it('is the rounded-down share of visible required questions answered', () => {
    expect(overallProgress(FIXTURE, {})).toBe(0);
    // 1 of 4 visible required
    expect(overallProgress(FIXTURE, { 'a.beleid': 'YES' })).toBe(25);
    // ingezet YES makes bereik visible and required: 2 of 5
    expect(overallProgress(FIXTURE, { 'a.beleid': 'YES', 'a.ingezet': 'YES' })).toBe(40);
  });

  it('reaches 100 only when complete', () => {
    const many: QuestionnaireDefinition = {
      ...FIXTURE,
      sections: [
        {
          key: 's',
          title: 'S',
          questions: Array.from({ length: 300 }, (_, i) => ({ key: `q${i}`, type: 'TEXT' as const, label: '', required: true })),
        },
      ],
    };
    const answers = Object.fromEntries(Array.from({ length: 299 }, (_, i) => [`q${i}`, 'x']));
    expect(overallProgress(many, answers)).toBe(99);
    expect(overallProgress(many, { ...answers, q299: 'x' })).toBe(100);
  });

  it('is 100 when nothing is required', () => {
    expect(overallProgress({ ...FIXTURE, sections: [] }, {})).toBe(100);
  });
});

describe('missingRequired', () => {
  it('lists visible required questions without answer, in order', () => {
    expect(missingRequired(FIXTURE, {})).toEqual(['a.beleid', 'a.ingezet', 'b.bronnen', 'b.geen_cbs']);
    expect(missingRequired(FIXTURE, { 'a.beleid': 'NO', 'a.ingezet': 'PARTLY', 'b.bronnen': ['cbs'] })).toEqual(['a.bereik']);
  });

  it('does not ask for hidden questions', () => {
    expect(missingRequired(FIXTURE, { 'a.beleid': 'NO', 'a.ingezet': 'NO', 'b.bronnen': ['cbs'] })).toEqual([]);
  });
});
