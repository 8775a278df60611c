import { INDICATORS_2026, QUESTIONNAIRE_2026 } from '../questionnaire-2026';
import { validateAnswer } from '../validate-answer';
import { allQuestions } from '../visibility';
import type { AnswerValue, Condition, Question } from '../questionnaire.types';

const questions = allQuestions(QUESTIONNAIRE_2026);
const position = new Map(questions.map((q, i) => [q.key, i]));

function referencedKeys(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(referencedKeys);
  if ('any' in condition) return condition.any.flatMap(referencedKeys);
  if ('not' in condition) return referencedKeys(condition.not);
  return [condition.question];
}

function sampleAnswer(question: Question): AnswerValue {
  switch (question.type) {
    case 'YES_PARTLY_NO':
      return 'PARTLY';
    case 'SINGLE_CHOICE':
      return question.options![0].value;
    case 'MULTIPLE_CHOICE':
      return question.options!.slice(0, 2).map((o) => o.value);
    case 'NUMBER':
      return question.min ?? 0;
    case 'PERCENTAGE':
      return 80;
    case 'TEXT':
      return 'Toelichting.';
    case 'DATE':
      return '2025-11-30';
  }
}

describe('QUESTIONNAIRE_2026', () => {
  it('is the 2026 questionnaire', () => {
    expect(QUESTIONNAIRE_2026.year).toBe(2026);
    expect(QUESTIONNAIRE_2026.title).toBe('Monitor Aanpak Kindermishandeling en Huiselijk Geweld 2026');
    expect(QUESTIONNAIRE_2026.introduction.length).toBeGreaterThan(200);
  });

  it('has unique section and question keys', () => {
    const sectionKeys = QUESTIONNAIRE_2026.sections.map((s) => s.key);
    expect(new Set(sectionKeys).size).toBe(sectionKeys.length);
    expect(position.size).toBe(questions.length);
    for (const q of questions) expect(q.key).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/);
  });

  it('asks each of the ten prevention measures on five axes, reach and monitoring only when deployed', () => {
    const measures = new Set(questions.filter((q) => q.key.startsWith('preventie.')).map((q) => q.key.split('.')[1]));
    expect(measures.size).toBe(10);
    for (const measure of measures) {
      for (const axis of ['beleid', 'ingezet', 'doelgroep', 'bereik', 'monitoring']) {
        const q = questions[position.get(`preventie.${measure}.${axis}`)!];
        expect(q).toMatchObject({ type: 'YES_PARTLY_NO', required: true });
        if (axis === 'bereik' || axis === 'monitoring') {
          expect(q.showIf).toEqual({ question: `preventie.${measure}.ingezet`, in: ['YES', 'PARTLY'] });
        } else {
          expect(q.showIf).toBeUndefined();
        }
      }
    }
  });

  it('only refers to earlier questions in show-ifs', () => {
    for (const q of questions.filter((q) => q.showIf)) {
      for (const key of referencedKeys(q.showIf!)) {
        expect(position.has(key)).toBe(true);
        expect(position.get(key)!).toBeLessThan(position.get(q.key)!);
      }
    }
  });

  it('refers only to existing options in show-ifs', () => {
    for (const q of questions.filter((q) => q.showIf && 'includes' in q.showIf)) {
      const condition = q.showIf as { question: string; includes: string };
      const target = questions[position.get(condition.question)!];
      expect(target.options!.map((o) => o.value)).toContain(condition.includes);
    }
  });

  it('has options with unique values for choice questions, and only there', () => {
    for (const q of questions) {
      if (q.type === 'SINGLE_CHOICE' || q.type === 'MULTIPLE_CHOICE') {
        const values = q.options!.map((o) => o.value);
        expect(values.length).toBeGreaterThan(1);
        expect(new Set(values).size).toBe(values.length);
      } else {
        expect(q.options).toBeUndefined();
      }
    }
  });

  it('gives every question a label and most a help text', () => {
    for (const q of questions) expect(q.label.trim()).not.toBe('');
    const withHelp = questions.filter((q) => q.help).length;
    expect(withHelp / questions.length).toBeGreaterThan(0.8);
  });

  it('requires the realisation and choice questions but not free text and numbers', () => {
    for (const q of questions) {
      if (q.type === 'YES_PARTLY_NO') expect(q.required).toBe(true);
      if (['TEXT', 'NUMBER', 'PERCENTAGE', 'DATE'].includes(q.type)) expect(q.required).toBe(false);
    }
  });

  it('has a sensible range on every number question', () => {
    for (const q of questions.filter((q) => q.type === 'NUMBER')) {
      expect(q).toMatchObject({ min: 0, integer: true });
      expect(q.max).toBeGreaterThan(0);
      expect(q.unit).toBeTruthy();
    }
  });

  it('accepts a sample answer for every question', () => {
    for (const q of questions) expect([q.key, validateAnswer(q, sampleAnswer(q))]).toEqual([q.key, null]);
  });

  it('limits the regional vision explanation to 2000 characters', () => {
    expect(questions[position.get('regiovisie.toelichting')!]).toMatchObject({ type: 'TEXT', maxLength: 2000 });
  });
});

describe('INDICATORS_2026', () => {
  it('has 19 indicators with unique keys', () => {
    expect(INDICATORS_2026).toHaveLength(19);
    expect(new Set(INDICATORS_2026.map((i) => i.key)).size).toBe(19);
  });

  it('is built from existing yes/partly/no questions, each used once per indicator', () => {
    for (const indicator of INDICATORS_2026) {
      const items = indicator.formula.questions;
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(new Set(items).size).toBe(items.length);
      for (const key of items) {
        expect([indicator.key, key, position.has(key)]).toEqual([indicator.key, key, true]);
        expect(questions[position.get(key)!].type).toBe('YES_PARTLY_NO');
      }
    }
  });

  it('has a description, ordered thresholds and tips for every band', () => {
    for (const indicator of INDICATORS_2026) {
      expect(indicator.label).toBeTruthy();
      expect(indicator.theme).toBeTruthy();
      expect(indicator.description).toMatch(/^In hoeverre .+\.$/);
      expect(0 < indicator.thresholds.partial && indicator.thresholds.partial < indicator.thresholds.high).toBe(true);
      expect(indicator.thresholds.high).toBeLessThanOrEqual(100);
      for (const band of ['LOW', 'PARTIAL', 'HIGH'] as const) {
        expect(indicator.tips[band].length).toBeGreaterThanOrEqual(1);
        expect(indicator.tips[band].length).toBeLessThanOrEqual(3);
        for (const tip of indicator.tips[band]) expect(tip).toMatch(/^[A-Z].+\.$/);
      }
    }
  });

  it('covers each prevention measure with its own indicator', () => {
    const prevention = INDICATORS_2026.filter((i) => i.theme === 'Preventie');
    expect(prevention).toHaveLength(10);
  });
});
