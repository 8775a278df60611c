import { MUNICIPALITY_CODE_PATTERN, YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import { ArrayMaxSize, ArrayMinSize, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, InputType, Int } from 'type-graphql';

export const MAX_ANSWERS_PER_SAVE = 200;

@InputType({ description: 'One answer to save, with the version it was based on.' })
export class AnswerInput {
  @Field({ description: 'Question key.' })
  @MaxLength(200, { message: 'questionKey is te lang' })
  questionKey: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The value (see QuestionType); null or "" clears the answer.' })
  value: unknown;

  @Field(() => Int, { description: 'Version of the answer this change is based on: 0 when it had none.' })
  @Min(0, { message: 'expectedVersion kan niet negatief zijn' })
  expectedVersion: number;
}

@InputType({ description: 'A batch of answers: saved all together, or none at all.' })
export class SaveAnswersInput {
  @Field({ description: 'CBS code of the municipality.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'municipalityCode moet een CBS-gemeentecode zijn, zoals GM0363' })
  municipalityCode: string;

  @Field(() => Int, { description: 'Year of the questionnaire.' })
  @Min(YEAR_MIN.monitor, { message: `year moet ${YEAR_MIN.monitor} of later zijn` })
  @Max(YEAR_MAX, { message: `year moet ${YEAR_MAX} of eerder zijn` })
  year: number;

  @Field(() => [AnswerInput], { description: `The answers (1-${MAX_ANSWERS_PER_SAVE}).` })
  @ArrayMinSize(1, { message: 'answers mag niet leeg zijn' })
  @ArrayMaxSize(MAX_ANSWERS_PER_SAVE, { message: `answers: hoogstens ${MAX_ANSWERS_PER_SAVE} antwoorden per keer` })
  @ValidateNested({ each: true })
  answers: AnswerInput[];
}

@ArgsType()
export class ResponseArgs {
  @Field({ description: 'CBS code of the municipality.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'municipalityCode moet een CBS-gemeentecode zijn, zoals GM0363' })
  municipalityCode: string;

  @Field(() => Int, { description: 'Year of the questionnaire.' })
  @Min(YEAR_MIN.monitor, { message: `year moet ${YEAR_MIN.monitor} of later zijn` })
  @Max(YEAR_MAX, { message: `year moet ${YEAR_MAX} of eerder zijn` })
  year: number;
}

@ArgsType()
export class ReopenArgs extends ResponseArgs {
  @Field({ description: 'Why it is reopened (recorded in the history and audit log).' })
  @MaxLength(1000, { message: 'reason mag hoogstens 1000 tekens hebben' })
  reason: string;
}
