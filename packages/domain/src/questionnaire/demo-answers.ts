import { allQuestions, indexQuestions, isVisible } from './visibility';
import type { AnswerValue, Question, QuestionnaireDefinition } from './questionnaire.types';

/**
 * Deterministic, plausible answers for demonstrations. Never present these as real data.
 *
 * Each municipality gets a "maturity" (0-1) that rises a little every year. A question's answer
 * compares that maturity with a propensity that is mostly fixed per municipality and question,
 * so a municipality's answers change gradually from year to year instead of at random.
 */
export function demoAnswers(definition: QuestionnaireDefinition, municipalityCode: string, year: number): Record<string, AnswerValue> {
  const byKey = indexQuestions(definition);
  const questions = allQuestions(definition);
  const maturity = demoMaturity(municipalityCode, year);
  const answers: Record<string, AnswerValue> = {};
  const leftOpen = new Set<string>();
  // Show-ifs refer to earlier questions, so one pass normally suffices; further passes only
  // settle definitions whose conditions point forward.
  for (let pass = 0; pass < 10; pass++) {
    let changed = false;
    for (const question of questions) {
      if (!isVisible(question, answers, byKey)) {
        if (question.key in answers) {
          delete answers[question.key];
          changed = true;
        }
        continue;
      }
      if (question.key in answers || leftOpen.has(question.key)) continue;
      const value = demoValue(question, { code: municipalityCode, year, maturity });
      if (value === undefined) leftOpen.add(question.key);
      else answers[question.key] = value;
      changed = true;
    }
    if (!changed) break;
  }
  return answers;
}

const FIRST_DEMO_YEAR = 2024;
const YEARLY_GROWTH = 0.04;

/** The municipality's demo maturity in a year, between 0.05 and 0.95. */
export function demoMaturity(municipalityCode: string, year: number): number {
  const base = 0.2 + 0.55 * unitHash(municipalityCode, 'maturity');
  const growth = YEARLY_GROWTH * (year - FIRST_DEMO_YEAR);
  const wobble = 0.06 * (unitHash(municipalityCode, year, 'wobble') - 0.5);
  return clamp(base + growth + wobble, 0.05, 0.95);
}

interface DemoContext {
  code: string;
  year: number;
  maturity: number;
}

/** Reach and monitoring are realised less often than policy (Kinderombudsman 2014, 2017). */
const AXIS_EASE: Readonly<Record<string, number>> = {
  beleid: 0.1,
  ingezet: 0.05,
  bereik: -0.15,
  monitoring: -0.2,
};

const DEMO_TEXT = 'Demodata: fictieve toelichting, niet ingevuld door een gemeente.';

function demoValue(question: Question, { code, year, maturity }: DemoContext): AnswerValue | undefined {
  const key = question.key;
  const level = maturity + (AXIS_EASE[key.slice(key.lastIndexOf('.') + 1)] ?? 0);
  // Mostly fixed per municipality and question; a fifth varies by year.
  const propensity = 0.8 * unitHash(code, key) + 0.2 * unitHash(code, year, key);
  const answersOptional = unitHash(code, year, key, 'optional') < 0.3 + 0.5 * maturity;
  if (!question.required && !answersOptional) return undefined;

  switch (question.type) {
    case 'YES_PARTLY_NO': {
      if (unitHash(code, year, key, 'unknown') < 0.03 + 0.08 * (1 - maturity)) return 'UNKNOWN';
      if (propensity < level - 0.12) return 'YES';
      if (propensity < level + 0.12) return 'PARTLY';
      return 'NO';
    }
    case 'SINGLE_CHOICE': {
      // Options are listed from most to least favourable.
      const options = question.options ?? [];
      if (options.length === 0) return undefined;
      const position = clamp(propensity + 0.5 - level, 0, 0.999);
      return options[Math.floor(position * options.length)].value;
    }
    case 'MULTIPLE_CHOICE': {
      const options = question.options ?? [];
      if (options.length === 0) return undefined;
      const draws = options.map((option) => ({ value: option.value, draw: unitHash(code, key, option.value) }));
      const chosen = draws.filter((d) => d.draw < 0.2 + 0.5 * maturity).map((d) => d.value);
      if (chosen.length > 0) return chosen;
      return [draws.reduce((a, b) => (b.draw < a.draw ? b : a)).value];
    }
    case 'NUMBER':
      return demoNumber(question, code, year);
    case 'PERCENTAGE':
      return Math.round(clamp(100 * (level + 0.3 * (propensity - 0.5)), 0, 100));
    case 'TEXT':
      return DEMO_TEXT.slice(0, question.maxLength ?? DEMO_TEXT.length);
    case 'DATE': {
      const month = 1 + Math.floor(unitHash(code, year, key, 'month') * 12);
      const day = 1 + Math.floor(unitHash(code, year, key, 'day') * 28);
      return `${year - 1}-${pad(month)}-${pad(day)}`;
    }
  }
}

/** Counts scale with a fixed per-municipality size, log-uniform up to a twentieth of the maximum. */
function demoNumber(question: Question, code: string, year: number): number {
  const min = question.min ?? 0;
  const max = question.max ?? 1000;
  const low = Math.max(min, 1);
  const high = Math.max(low + 1, max / 20);
  const position = 0.7 * unitHash(code, 'size') + 0.3 * unitHash(code, year, question.key);
  const value = clamp(Math.exp(Math.log(low) + position * (Math.log(high) - Math.log(low))), min, max);
  return question.integer ? Math.round(value) : Math.round(value * 10) / 10;
}

const pad = (n: number) => String(n).padStart(2, '0');

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** FNV-1a over the joined parts, finished with murmur3's mixer; uniform in [0, 1). */
function unitHash(...parts: readonly (string | number)[]): number {
  const text = parts.join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 0x100000000;
}
