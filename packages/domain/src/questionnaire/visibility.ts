import { hasAnswer } from './answer-presence';
import type { AnswerValue, Answers, Condition, Question, QuestionnaireDefinition } from './questionnaire.types';

export type QuestionsByKey = ReadonlyMap<string, Question>;

export function allQuestions(definition: QuestionnaireDefinition): Question[] {
  return definition.sections.flatMap((section) => section.questions);
}

export function indexQuestions(definition: QuestionnaireDefinition): Map<string, Question> {
  return new Map(allQuestions(definition).map((question) => [question.key, question]));
}

/** Per-call memo of visibility, the questions being evaluated, and those found in a show-if cycle. */
interface VisibilityState {
  readonly visible: Map<string, boolean>;
  readonly evaluating: string[];
  readonly inCycle: Set<string>;
}

const newState = (): VisibilityState => ({ visible: new Map(), evaluating: [], inCycle: new Set() });

/**
 * Whether a show-if condition holds. With `questionsByKey`, the answer of a question that is
 * itself hidden is ignored (treated as absent), so a leaf condition on it does not hold; `not`
 * of such a leaf therefore does hold. Without `questionsByKey` the answers are taken as they are.
 */
export function evaluateCondition(condition: Condition, answers: Answers, questionsByKey?: QuestionsByKey): boolean {
  return evaluate(condition, answers, questionsByKey, newState());
}

/**
 * A question is visible when it has no show-if or its condition holds on the visible answers.
 * Questions whose visibility depends on themselves (a show-if cycle, a misconfiguration) are hidden.
 */
export function isVisible(question: Question, answers: Answers, questionsByKey: QuestionsByKey): boolean {
  return visibility(question, answers, questionsByKey, newState());
}

export function visibleQuestions(definition: QuestionnaireDefinition, answers: Answers): Question[] {
  const byKey = indexQuestions(definition);
  const state = newState();
  return allQuestions(definition).filter((question) => visibility(question, answers, byKey, state));
}

/** The answers with those of hidden questions left out (and keys unknown to the definition kept). */
export function visibleAnswers(definition: QuestionnaireDefinition, answers: Answers): Record<string, AnswerValue> {
  const byKey = indexQuestions(definition);
  const state = newState();
  const result: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(answers)) {
    if (value === undefined) continue;
    const question = byKey.get(key);
    if (!question || visibility(question, answers, byKey, state)) result[key] = value;
  }
  return result;
}

function visibility(question: Question, answers: Answers, byKey: QuestionsByKey, state: VisibilityState): boolean {
  const known = state.visible.get(question.key);
  if (known !== undefined) return known;
  if (!question.showIf) return true;
  const cycleStart = state.evaluating.indexOf(question.key);
  if (cycleStart >= 0) {
    // Every question on the cycle is hidden, whichever of them was asked about first.
    for (const key of state.evaluating.slice(cycleStart)) state.inCycle.add(key);
    return false;
  }
  state.evaluating.push(question.key);
  const holds = evaluate(question.showIf, answers, byKey, state);
  state.evaluating.pop();
  const result = holds && !state.inCycle.has(question.key);
  state.visible.set(question.key, result);
  return result;
}

function effectiveAnswer(key: string, answers: Answers, byKey: QuestionsByKey | undefined, state: VisibilityState): unknown {
  const value: unknown = answers[key];
  if (!hasAnswer(value)) return undefined;
  const question = byKey?.get(key);
  if (question && byKey && !visibility(question, answers, byKey, state)) return undefined;
  return value;
}

function evaluate(condition: Condition, answers: Answers, byKey: QuestionsByKey | undefined, state: VisibilityState): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluate(c, answers, byKey, state));
  if ('any' in condition) return condition.any.some((c) => evaluate(c, answers, byKey, state));
  if ('not' in condition) return !evaluate(condition.not, answers, byKey, state);
  const value = effectiveAnswer(condition.question, answers, byKey, state);
  if (value === undefined) return false;
  if ('answered' in condition) return true;
  if ('equals' in condition) return sameAnswer(value, condition.equals);
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  return Array.isArray(value) && value.includes(condition.includes);
}

/** Equality of answers; selections of a multiple choice compare regardless of order. */
function sameAnswer(value: unknown, expected: AnswerValue): boolean {
  if (Array.isArray(expected)) {
    if (!Array.isArray(value) || value.length !== expected.length) return false;
    const selected = new Set(value);
    return expected.every((option) => selected.has(option));
  }
  return value === expected;
}
