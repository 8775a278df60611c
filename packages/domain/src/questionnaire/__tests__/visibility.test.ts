import { evaluateCondition, indexQuestions, isVisible, visibleAnswers, visibleQuestions } from '../visibility';
import type { Condition, Question, QuestionnaireDefinition } from '../questionnaire.types';
import { FIXTURE } from './fixture';

const byKey = indexQuestions(FIXTURE);
const question = (key: string) => byKey.get(key)!;
const visibleKeys = (answers: Record<string, unknown>) => visibleQuestions(FIXTURE, answers as never).map((q) => q.key);

describe('evaluateCondition', () => {
  const answers = { x: 'YES', n: 3, m: ['a', 'b'], empty: '', none: [] as string[] };

  it.each([
    [{ question: 'x', equals: 'YES' }, true],
    [{ question: 'x', equals: 'NO' }, false],
    [{ question: 'n', equals: 3 }, true],
    [{ question: 'n', equals: '3' }, false],
    [{ question: 'm', equals: ['b', 'a'] }, true],
    [{ question: 'm', equals: ['a'] }, false],
    [{ question: 'x', in: ['YES', 'PARTLY'] }, true],
    [{ question: 'x', in: ['NO'] }, false],
    [{ question: 'm', includes: 'b' }, true],
    [{ question: 'm', includes: 'c' }, false],
    [{ question: 'x', includes: 'YES' }, false],
    [{ question: 'x', answered: true }, true],
    [{ question: 'missing', answered: true }, false],
    [{ question: 'empty', answered: true }, false],
    [{ question: 'none', answered: true }, false],
    [
      {
        all: [
          { question: 'x', equals: 'YES' },
          { question: 'n', equals: 3 },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { question: 'x', equals: 'YES' },
          { question: 'n', equals: 4 },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { question: 'x', equals: 'NO' },
          { question: 'n', equals: 3 },
        ],
      },
      true,
    ],
    [{ not: { question: 'x', equals: 'YES' } }, false],
    [{ not: { question: 'missing', answered: true } }, true],
  ] as [Condition, boolean][])('%j → %p', (condition, expected) => {
    expect(evaluateCondition(condition, answers)).toBe(expected);
  });

  it('ignores the answer of a hidden question when the questions are given', () => {
    const answers = { 'a.ingezet': 'NO', 'a.bereik': 'YES' };
    const condition = { question: 'a.bereik', equals: 'YES' } as const;
    expect(evaluateCondition(condition, answers)).toBe(true);
    expect(evaluateCondition(condition, answers, byKey)).toBe(false);
    expect(evaluateCondition({ not: condition }, answers, byKey)).toBe(true);
  });
});

describe('isVisible', () => {
  it('shows questions without a condition', () => {
    expect(isVisible(question('a.beleid'), {}, byKey)).toBe(true);
  });

  it('follows a chain of conditions', () => {
    expect(isVisible(question('a.aantal'), { 'a.ingezet': 'YES', 'a.bereik': 'YES' }, byKey)).toBe(true);
    expect(isVisible(question('a.bereik'), { 'a.ingezet': 'NO', 'a.bereik': 'YES' }, byKey)).toBe(false);
    // a.bereik still says YES, but it is hidden, so a.aantal is hidden too
    expect(isVisible(question('a.aantal'), { 'a.ingezet': 'NO', 'a.bereik': 'YES' }, byKey)).toBe(false);
  });

  it('hides questions in a show-if cycle instead of looping', () => {
    const cyclic: QuestionnaireDefinition = {
      ...FIXTURE,
      sections: [
        {
          key: 's',
          title: 'S',
          questions: [
            { key: 'p', type: 'YES_PARTLY_NO', label: 'p', required: true, showIf: { question: 'q', answered: true } },
            { key: 'q', type: 'YES_PARTLY_NO', label: 'q', required: true, showIf: { question: 'p', answered: true } },
            { key: 'self', type: 'TEXT', label: 's', required: false, showIf: { not: { question: 'self', answered: true } } },
          ] satisfies Question[],
        },
      ],
    };
    const cyclicByKey = indexQuestions(cyclic);
    const answers = { p: 'YES', q: 'YES', self: 'x' };
    expect(isVisible(cyclicByKey.get('p')!, answers, cyclicByKey)).toBe(false);
    expect(isVisible(cyclicByKey.get('q')!, answers, cyclicByKey)).toBe(false);
    expect(isVisible(cyclicByKey.get('self')!, answers, cyclicByKey)).toBe(false);
    expect(visibleQuestions(cyclic, answers)).toEqual([]);
  });
});

describe('visibleQuestions', () => {
  it('lists the visible questions in order', () => {
    expect(visibleKeys({})).toEqual(['a.beleid', 'a.ingezet', 'b.bronnen', 'b.geen_cbs']);
    expect(visibleKeys({ 'a.ingezet': 'PARTLY', 'a.bereik': 'YES', 'b.bronnen': ['cbs', 'anders'] })).toEqual([
      'a.beleid',
      'a.ingezet',
      'a.bereik',
      'a.aantal',
      'b.bronnen',
      'b.anders',
    ]);
  });
});

describe('visibleAnswers', () => {
  it('drops answers to hidden questions and keeps the others', () => {
    const answers = { 'a.beleid': 'YES', 'a.ingezet': 'NO', 'a.bereik': 'YES', 'a.aantal': 12, unknown_key: 'x' };
    expect(visibleAnswers(FIXTURE, answers)).toEqual({ 'a.beleid': 'YES', 'a.ingezet': 'NO', unknown_key: 'x' });
  });
});
