import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';
import type { ResponseView } from './response.service';

export const ResponseStatusEnum = enumType(
  ['DRAFT', 'SUBMITTED'] as const,
  'ResponseStatus',
  'State of a response.',
  (status) => ({ DRAFT: 'Being filled in.', SUBMITTED: 'Submitted and locked.' })[status],
);

@ObjectType('Answer', { description: 'The current answer to one question.' })
export class AnswerType {
  @Field({ description: 'Question key.' })
  questionKey: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value; null when cleared.' })
  value: unknown;

  @Field(() => Int, { description: 'Version; send it as expectedVersion with the next change.' })
  version: number;

  @Field({ description: 'When it was last saved.' })
  updatedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who saved it last (name).' })
  updatedBy: string | null;
}

@ObjectType({ description: 'Progress of one section: visible questions only.' })
export class SectionProgress {
  @Field({ description: 'Section key.' })
  key: string;

  @Field(() => Int, { description: 'Visible questions.' })
  visible: number;

  @Field(() => Int, { description: 'Visible questions answered.' })
  answered: number;

  @Field(() => Int, { description: 'Visible required questions.' })
  required: number;

  @Field(() => Int, { description: 'Visible required questions answered.' })
  requiredAnswered: number;
}

@ObjectType({ description: 'How far a response is.' })
export class ResponseProgress {
  @Field(() => Int, { description: 'Share of visible required questions answered, 0-100.' })
  percentage: number;

  @Field(() => [SectionProgress], { description: 'Per section.' })
  sections: SectionProgress[];

  @Field(() => [String], { description: 'Keys of visible required questions still unanswered.' })
  missingRequired: string[];
}

@ObjectType('ResponseChange', { description: 'One entry of the full answer history of a response.' })
export class ResponseChange {
  @Field(() => ID, { description: 'Sequence number.' })
  id: string;

  @Field({ description: 'ANSWER, PREFILL (taken over from last year), SUBMIT or REOPEN.' })
  kind: string;

  @Field(() => String, { nullable: true, description: 'Question key (answer changes).' })
  questionKey: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value before.' })
  oldValue: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Value after.' })
  newValue: unknown;

  @Field(() => Int, { nullable: true, description: 'Answer version after the change.' })
  version: number | null;

  @Field(() => String, { nullable: true, description: 'Note, e.g. the reason for reopening.' })
  note: string | null;

  @Field({ description: 'When.' })
  changedAt: Date;

  @Field(() => String, { nullable: true, description: 'Who (name).' })
  changedBy: string | null;
}

@ObjectType('Response', { description: 'A municipality\u2019s response to the questionnaire of one year.' })
export class ResponseType {
  state: ResponseView;

  @Field(() => Int, { description: 'Year of the questionnaire.' })
  year: number;

  @Field({ description: 'CBS code of the municipality.' })
  municipalityCode: string;

  @Field(() => ResponseStatusEnum, { description: 'Draft or submitted.' })
  status: 'DRAFT' | 'SUBMITTED';

  @Field(() => Date, { nullable: true, description: 'When it was submitted.' })
  submittedAt: Date | null;

  @Field({ description: 'True for generated demo answers (demo mode only; not real).' })
  isDemo: boolean;
}

export function toResponseType(state: ResponseView): ResponseType {
  return {
    state,
    year: state.questionnaire.year,
    municipalityCode: state.municipalityCode,
    status: state.status,
    submittedAt: state.submittedAt,
    isDemo: state.isDemo,
  };
}

@ObjectType({ description: 'Result of taking over last year\u2019s answers.' })
export class PrefillResult {
  @Field(() => ResponseType, { description: 'The response after prefilling.' })
  response: ResponseType;

  @Field(() => Int, { description: 'How many answers were taken over.' })
  copied: number;
}
