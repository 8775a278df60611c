import { QUESTION_TYPES, type QuestionType } from '@monitor/domain';
import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';

export const QuestionTypeEnum = enumType(
  QUESTION_TYPES,
  'QuestionType',
  'Kind of question and of its answer value.',
  (type) =>
    ({
      YES_PARTLY_NO: 'Realisation: "YES", "PARTLY", "NO" or "UNKNOWN" (weet niet).',
      SINGLE_CHOICE: 'One option value (string).',
      MULTIPLE_CHOICE: 'A list of option values.',
      NUMBER: 'A number within min-max, in `unit`.',
      PERCENTAGE: 'A number from 0 to 100.',
      TEXT: 'Free text of at most `maxLength` characters.',
      DATE: 'A date as YYYY-MM-DD.',
    })[type],
);

export const QUESTIONNAIRE_STATUSES = ['DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED'] as const;
export type QuestionnaireStatus = (typeof QUESTIONNAIRE_STATUSES)[number];
export const QuestionnaireStatusEnum = enumType(
  QUESTIONNAIRE_STATUSES,
  'QuestionnaireStatus',
  'Where a questionnaire version is in its year.',
  (status) =>
    ({
      DRAFT: 'Being prepared by NJi; can still be edited.',
      SCHEDULED: 'Opened (immutable) but its opening date has not come yet.',
      OPEN: 'Municipalities can fill it in.',
      CLOSED: 'Past its closing date.',
    })[status],
);

@ObjectType({ description: 'An option of a choice question.' })
export class ChoiceOption {
  @Field({ description: 'Stored value.' })
  value: string;

  @Field({ description: 'Label shown (Dutch).' })
  label: string;
}

@ObjectType('Question', { description: 'A question; its key links the same question across years.' })
export class QuestionType_ {
  @Field({ description: 'Stable key, the same across years.' })
  key: string;

  @Field(() => QuestionTypeEnum, { description: 'Kind of question.' })
  type: QuestionType;

  @Field({ description: 'The question (Dutch).' })
  label: string;

  @Field(() => String, { nullable: true, description: 'Help text: what counts as which answer.' })
  help: string | null;

  @Field({ description: 'Must be answered before submitting, when visible.' })
  required: boolean;

  @Field(() => [ChoiceOption], { description: 'Options of choice questions (empty otherwise).' })
  options: ChoiceOption[];

  @Field(() => Float, { nullable: true, description: 'NUMBER: lowest allowed value.' })
  min: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER: highest allowed value.' })
  max: number | null;

  @Field(() => String, { nullable: true, description: 'NUMBER: unit, e.g. "professionals".' })
  unit: string | null;

  @Field({ description: 'NUMBER: whole numbers only.' })
  integer: boolean;

  @Field(() => Int, { nullable: true, description: 'TEXT: maximum number of characters.' })
  maxLength: number | null;

  @Field(() => GraphQLJSON, {
    nullable: true,
    description:
      'Show-if condition on other answers, e.g. {"question":"x","in":["YES","PARTLY"]}, {"all":[...]}, {"any":[...]}, {"not":...}; null = always shown.',
  })
  showIf: unknown;
}

@ObjectType('QuestionnaireSection', { description: 'A section (theme) of the questionnaire.' })
export class QuestionnaireSection {
  @Field({ description: 'Stable key.' })
  key: string;

  @Field({ description: 'Title (Dutch).' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Introduction to the section.' })
  description: string | null;

  @Field(() => [QuestionType_], { description: 'Questions, in order.' })
  questions: QuestionType_[];
}

@ObjectType({ description: 'Band thresholds of an indicator (0-100).' })
export class IndicatorThresholds {
  @Field(() => Float, { description: 'From this value: "deels gerealiseerd".' })
  partial: number;

  @Field(() => Float, { description: 'From this value: "grotendeels gerealiseerd".' })
  high: number;
}

@ObjectType({ description: 'How a policy indicator is computed from the answers.' })
export class IndicatorDefinitionInfo {
  @Field({ description: 'Stable key.' })
  key: string;

  @Field({ description: 'Name (Dutch).' })
  label: string;

  @Field({ description: 'Theme it belongs to.' })
  theme: string;

  @Field({ description: 'What it measures.' })
  description: string;

  @Field(() => [String], { description: 'Keys of the questions it is computed from (share realised: yes 1, partly 0.5, no 0; unknown left out).' })
  questionKeys: string[];

  @Field(() => IndicatorThresholds, { description: 'Band thresholds.' })
  thresholds: IndicatorThresholds;
}

@ObjectType('Questionnaire', { description: 'The questionnaire of one year (one immutable version once opened).' })
export class Questionnaire {
  id: number;

  @Field(() => Int, { description: 'Year (round).' })
  year: number;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'Introduction for respondents.' })
  introduction: string;

  @Field({ description: 'First day it can be filled in (YYYY-MM-DD).' })
  opensOn: string;

  @Field({ description: 'Last day it can be filled in (YYYY-MM-DD).' })
  closesOn: string;

  @Field(() => QuestionnaireStatusEnum, { description: 'Draft, scheduled, open or closed.' })
  status: QuestionnaireStatus;

  @Field({ description: 'True for the demo version of an earlier year (demo mode only; not real).' })
  isDemo: boolean;

  @Field(() => [QuestionnaireSection], { description: 'Sections with their questions.' })
  sections: QuestionnaireSection[];

  @Field(() => [IndicatorDefinitionInfo], { description: 'The policy indicators computed from this questionnaire.' })
  indicators: IndicatorDefinitionInfo[];
}
