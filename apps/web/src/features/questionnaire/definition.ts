import {
  formatNumberNl,
  validateAnswer,
  type AnswerValue,
  type Answers,
  type Condition,
  type Question,
  type QuestionnaireDefinition,
} from '@monitor/domain';
import type { QuestionnaireForm_QuestionnaireFragment } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { fieldMessage } from '../../ui/forms/apiError';

type ApiQuestionnaire = Pick<QuestionnaireForm_QuestionnaireFragment, 'year' | 'title' | 'introduction' | 'sections'>;

/** The questionnaire from the API as the domain's definition, so show-if, validation and progress use the same rules as the server. */
export function toDefinition(questionnaire: ApiQuestionnaire): QuestionnaireDefinition {
  return {
    year: questionnaire.year,
    title: questionnaire.title,
    introduction: questionnaire.introduction,
    sections: questionnaire.sections.map((section) => ({
      key: section.key,
      title: section.title,
      description: section.description ?? undefined,
      questions: section.questions.map((q): Question => ({
        key: q.key,
        type: q.type,
        label: q.label,
        help: q.help ?? undefined,
        required: q.required,
        options: q.options.map(({ value, label }) => ({ value, label })),
        min: q.min ?? undefined,
        max: q.max ?? undefined,
        unit: q.unit ?? undefined,
        integer: q.integer,
        maxLength: q.maxLength ?? undefined,
        showIf: (q.showIf ?? undefined) as Condition | undefined,
      })),
    })),
  };
}

/** A stored JSON value as an answer; null, blanks and empty selections are "no answer". */
export function asAnswer(value: unknown): AnswerValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number') return value;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map(String);
  return undefined;
}

export function answersFrom(list: ReadonlyArray<{ questionKey: string; value: unknown }>): Record<string, AnswerValue | undefined> {
  const answers: Record<string, AnswerValue | undefined> = {};
  for (const answer of list) {
    const value = asAnswer(answer.value);
    if (value !== undefined) answers[answer.questionKey] = value;
  }
  return answers;
}

/** Element id of a question's (first) input; the key's dots become dashes. */
export const questionId = (key: string) => `vraag-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;

export const DEFAULT_TEXT_LENGTH = 4000;

export const characterCount = (text: string) => [...text].length;

/** "12,5", "12.5", "1.000" and "1 000" as numbers; null when it is not a number. */
export function parseNumber(text: string): number | null {
  let clean = text.replace(/[\s\u00a0]/g, '');
  if (clean === '') return null;
  if (clean.includes(',')) clean = clean.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(clean)) clean = clean.replace(/\./g, '');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(clean)) return null;
  const value = Number(clean);
  return Number.isFinite(value) ? value : null;
}

/** A number for in a text input, Dutch style ("12,5"). */
export const numberForInput = (value: AnswerValue | undefined) =>
  typeof value === 'number' ? String(value).replace('.', ',') : typeof value === 'string' ? value : '';

/**
 * Reads what was typed into a NUMBER or PERCENTAGE field: the value to save (undefined = clear)
 * and, when it cannot be saved, the Dutch message for next to the field.
 */
export function readNumberInput(question: Question, text: string): { value: AnswerValue | undefined; problem: string | null } {
  if (text.trim() === '') return { value: undefined, problem: null };
  const value = parseNumber(text);
  if (value === null) return { value: undefined, problem: nl.questionnaire.notANumber };
  if (question.type === 'NUMBER' && question.integer && !Number.isInteger(value)) {
    return { value, problem: nl.questionnaire.notAnInteger };
  }
  return { value, problem: answerProblem(question, value) };
}

/** The domain's check of one answer, as a sentence for next to the field; null when fine. */
export function answerProblem(question: Question, value: AnswerValue | undefined): string | null {
  const problem = validateAnswer(question, value);
  return problem ? fieldMessage(problem) : null;
}

/** Range and unit of a number question, e.g. "Vul een getal in van 0 tot en met 500 (scholen)." */
export function numberHint(question: Question): string {
  const t = nl.questionnaire;
  if (question.type === 'PERCENTAGE') return t.percentageRange;
  const min = question.min ?? 0;
  const range = question.max !== undefined ? t.range(formatNumberNl(min, 2), formatNumberNl(question.max, 2), question.unit ?? null) : '';
  return [range, question.integer ? t.integerOnly : ''].filter(Boolean).join(' ');
}

/** An answer in Dutch, as the user chose it: "Ja", option labels, "12 scholen", "15 maart 2026". */
export function formatAnswer(question: Question | undefined, value: unknown): string {
  const answer = asAnswer(value);
  if (answer === undefined) return nl.questionnaire.emptyValue;
  if (!question) return Array.isArray(answer) ? answer.join(', ') : String(answer);
  const optionLabel = (v: string) => question.options?.find((o) => o.value === v)?.label ?? v;
  switch (question.type) {
    case 'YES_PARTLY_NO':
      return nl.answerLabels[String(answer)] ?? String(answer);
    case 'SINGLE_CHOICE':
      return optionLabel(String(answer));
    case 'MULTIPLE_CHOICE':
      return (Array.isArray(answer) ? answer : [String(answer)]).map(optionLabel).join(', ');
    case 'NUMBER':
      return typeof answer === 'number' ? `${formatNumberNl(answer, 2)}${question.unit ? ` ${question.unit}` : ''}` : String(answer);
    case 'PERCENTAGE':
      return typeof answer === 'number' ? `${formatNumberNl(answer, 1)}%` : String(answer);
    case 'DATE':
      return typeof answer === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(answer) ? nl.date(answer) : String(answer);
    case 'TEXT':
      return String(answer);
  }
}

/** Where each question is: its section, for links to questions in other sections. */
export function sectionOfQuestion(definition: QuestionnaireDefinition): Map<string, { key: string; title: string }> {
  const map = new Map<string, { key: string; title: string }>();
  for (const section of definition.sections) {
    for (const question of section.questions) map.set(question.key, { key: section.key, title: section.title });
  }
  return map;
}

export type LocalAnswers = Answers;
