/**
 * The yearly questionnaire as data. A questionnaire version is immutable once opened; questions
 * are linked across years by their stable `key`.
 */
export const QUESTION_TYPES = ['YES_PARTLY_NO', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'PERCENTAGE', 'TEXT', 'DATE'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** Answer of a YES_PARTLY_NO question. UNKNOWN is an answer ("weet niet"), not a missing one. */
export const REALISATION_VALUES = ['YES', 'PARTLY', 'NO', 'UNKNOWN'] as const;
export type Realisation = (typeof REALISATION_VALUES)[number];

/** JSON value of an answer: string (choice, text, ISO date, realisation), string[] (multiple choice) or number. */
export type AnswerValue = string | number | string[];

/** Answers of one response by question key. Absent key = not answered. */
export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

export interface ChoiceOption {
  value: string;
  label: string;
}

/** Show-if: a question is shown only when the condition holds on other answers. */
export type Condition =
  | { question: string; equals: AnswerValue }
  | { question: string; in: readonly string[] }
  /** multiple choice contains the value */
  | { question: string; includes: string }
  | { question: string; answered: true }
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition };

export interface Question {
  /** stable across years, e.g. "preventie.voorlichting_geweldloos_opvoeden.beleid" */
  key: string;
  type: QuestionType;
  label: string;
  help?: string;
  /** required when visible (required-if-visible) */
  required: boolean;
  options?: readonly ChoiceOption[];
  /** NUMBER: inclusive range and unit; PERCENTAGE is always 0-100 */
  min?: number;
  max?: number;
  unit?: string;
  /** NUMBER: whole numbers only */
  integer?: boolean;
  /** TEXT */
  maxLength?: number;
  showIf?: Condition;
}

export interface Section {
  key: string;
  title: string;
  description?: string;
  questions: readonly Question[];
}

export interface QuestionnaireDefinition {
  year: number;
  title: string;
  introduction: string;
  sections: readonly Section[];
}

/** Indicator bands: weinig / deels / grotendeels gerealiseerd. */
export const BANDS = ['LOW', 'PARTIAL', 'HIGH'] as const;
export type Band = (typeof BANDS)[number];

/**
 * An indicator is a declared formula over answer keys. `share-realised`: the mean over the items
 * of YES = 1, PARTLY = 0.5, NO = 0, times 100; UNKNOWN and missing answers are left out (and
 * counted), never treated as NO.
 */
export interface IndicatorDefinition {
  key: string;
  label: string;
  theme: string;
  description: string;
  formula: { kind: 'share-realised'; questions: readonly string[] };
  /** at least this share of items must have a known answer for a value (default 0.5) */
  minimumKnownShare?: number;
  /** value >= high → HIGH, >= partial → PARTIAL, else LOW */
  thresholds: { partial: number; high: number };
  tips: Record<Band, readonly string[]>;
}

export interface IndicatorResult {
  key: string;
  /** 0-100, or null when too few items have a known answer */
  value: number | null;
  band: Band | null;
  /** items with YES/PARTLY/NO */
  known: number;
  /** items answered UNKNOWN */
  unknown: number;
  /** items not answered (or hidden) */
  missing: number;
  total: number;
}
