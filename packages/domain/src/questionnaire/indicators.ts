import { hasAnswer } from './answer-presence';
import { indexQuestions, isVisible, type QuestionsByKey } from './visibility';
import type { Answers, Band, IndicatorDefinition, IndicatorResult, QuestionnaireDefinition } from './questionnaire.types';

export const DEFAULT_MINIMUM_KNOWN_SHARE = 0.5;

export const BAND_LABELS: Readonly<Record<Band, string>> = {
  LOW: 'weinig gerealiseerd',
  PARTIAL: 'deels gerealiseerd',
  HIGH: 'grotendeels gerealiseerd',
};

const REALISATION_SCORE: Readonly<Record<string, number>> = { YES: 1, PARTLY: 0.5, NO: 0 };

export function bandOf(value: number | null | undefined, thresholds: IndicatorDefinition['thresholds']): Band | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (value >= thresholds.high) return 'HIGH';
  if (value >= thresholds.partial) return 'PARTIAL';
  return 'LOW';
}

const roundToOneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Share realised over the indicator's items: YES = 1, PARTLY = 0.5, NO = 0, times 100.
 * UNKNOWN is counted as unknown and missing/hidden (with `questionsByKey`) or invalid answers as
 * missing; neither is scored. The band is taken from the rounded value, so what is shown and
 * the band agree.
 */
export function computeIndicator(definition: IndicatorDefinition, answers: Answers, questionsByKey?: QuestionsByKey): IndicatorResult {
  const items = definition.formula.questions;
  let known = 0;
  let unknown = 0;
  let score = 0;
  for (const key of items) {
    const value = answers[key];
    const question = questionsByKey?.get(key);
    if (!hasAnswer(value) || (question && questionsByKey && !isVisible(question, answers, questionsByKey))) continue;
    if (value === 'UNKNOWN') unknown++;
    else if (typeof value === 'string' && value in REALISATION_SCORE) {
      known++;
      score += REALISATION_SCORE[value];
    }
  }
  const total = items.length;
  const minimumShare = definition.minimumKnownShare ?? DEFAULT_MINIMUM_KNOWN_SHARE;
  const enoughKnown = total > 0 && known > 0 && known / total >= minimumShare;
  const value = enoughKnown ? roundToOneDecimal((score / known) * 100) : null;
  return {
    key: definition.key,
    value,
    band: bandOf(value, definition.thresholds),
    known,
    unknown,
    missing: total - known - unknown,
    total,
  };
}

export function computeIndicators(
  definitions: readonly IndicatorDefinition[],
  answers: Answers,
  questionnaire: QuestionnaireDefinition,
): IndicatorResult[] {
  const byKey = indexQuestions(questionnaire);
  return definitions.map((definition) => computeIndicator(definition, answers, byKey));
}

type IndicatorValue = Pick<IndicatorResult, 'value'> | number | null | undefined;

const valueOf = (v: IndicatorValue) => (typeof v === 'number' ? v : (v?.value ?? null));

/** Change in percentage points (one decimal), or null when either value is missing. */
export function indicatorChange(current: IndicatorValue, previous: IndicatorValue): number | null {
  const now = valueOf(current);
  const before = valueOf(previous);
  if (now === null || before === null) return null;
  return roundToOneDecimal(now - before);
}
