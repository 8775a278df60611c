import {
  MAX_PRACTICE_BODY,
  MAX_PRACTICE_CONTACT_EMAIL,
  MAX_PRACTICE_CONTACT_NAME,
  MAX_PRACTICE_MEASURE,
  MAX_PRACTICE_TITLE,
  type Band,
} from '@monitor/domain';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, InputType, Int, ObjectType } from 'type-graphql';
import { BandEnum } from '../indicator/indicator.types';

export const MAX_PRACTICE_PAGE = 100;

@ObjectType('PracticeContact', { description: 'The contact person of a practice example; only there when the author gave consent.' })
export class PracticeContactType {
  @Field({ description: 'Name.' })
  name: string;

  @Field({ description: 'E-mail address.' })
  email: string;
}

/** `canEdit` is decided per caller by the service; the rest is the stored example. */
@ObjectType('PracticeExample', {
  description: 'What a municipality does for a measure, tied to one indicator and to the band it had for that indicator when it published.',
})
export class PracticeExampleType {
  @Field(() => Int, { description: 'Number of the example.' })
  id: number;

  @Field({ description: 'Code of the municipality the example is about (GM + four digits).' })
  municipalityCode: string;

  @Field(() => String, { nullable: true, description: 'Current name of the municipality.' })
  municipalityName: string | null;

  @Field({ description: 'Key of the questionnaire indicator the example belongs to.' })
  indicatorKey: string;

  @Field(() => String, { nullable: true, description: 'Label of that indicator (Dutch).' })
  indicatorLabel: string | null;

  @Field({ description: 'Theme of the indicator.' })
  theme: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'The measure, in a few words: what the municipality does.' })
  measure: string;

  @Field({ description: 'The description as Markdown (raw HTML is not rendered).' })
  bodyMarkdown: string;

  @Field(() => BandEnum, {
    nullable: true,
    description: 'Band of the municipality for the indicator when the example was published; null when it had none.',
  })
  band: Band | null;

  @Field(() => String, { nullable: true, description: 'That band in Dutch, e.g. "deels gerealiseerd".' })
  bandLabel: string | null;

  @Field(() => Int, { nullable: true, description: 'Questionnaire year the band is taken from.' })
  bandYear: number | null;

  @Field(() => Number, { nullable: true, description: 'Indicator value (0-100) the band is taken from.' })
  bandValue: number | null;

  @Field(() => PracticeContactType, { nullable: true, description: 'Contact person, only when the author gave consent.' })
  contact: PracticeContactType | null;

  @Field(() => String, { nullable: true, description: 'Where the text comes from, when it was not written by the municipality itself.' })
  source: string | null;

  @Field({ description: 'Who published the example (the name at the time).' })
  authorName: string;

  @Field({ description: 'When it was published.' })
  publishedAt: Date;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;

  @Field({ description: 'Hidden by an administrator: then only administrators and the municipality itself see it.' })
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was hidden.' })
  hiddenReason: string | null;

  @Field({ description: 'Whether the caller may change this example (editors of its municipality).' })
  canEdit: boolean;
}

@InputType({ description: 'The text of a practice example.' })
export class PracticeExampleContentInput {
  @Field({ description: 'Title.' })
  @MaxLength(MAX_PRACTICE_TITLE)
  title: string;

  @Field({ description: 'The measure, in a few words.' })
  @MaxLength(MAX_PRACTICE_MEASURE)
  measure: string;

  @Field({ description: 'The description as Markdown.' })
  @MaxLength(MAX_PRACTICE_BODY)
  bodyMarkdown: string;

  @Field({ description: 'The author agrees that the contact person below is shown to all participants. Without it, no contact is stored.' })
  contactConsent: boolean;

  @Field(() => String, { nullable: true, description: 'Name of the contact person (only with consent).' })
  @IsOptional()
  @MaxLength(MAX_PRACTICE_CONTACT_NAME)
  contactName?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address of the contact person (only with consent).' })
  @IsOptional()
  @MaxLength(MAX_PRACTICE_CONTACT_EMAIL)
  contactEmail?: string | null;
}

@InputType({ description: 'A new practice example of the editor’s own municipality.' })
export class PublishPracticeExampleInput extends PracticeExampleContentInput {
  @Field({ description: 'Municipality code; editors publish for their own municipality only.' })
  @MaxLength(6)
  municipalityCode: string;

  @Field({ description: 'Key of the indicator the example belongs to.' })
  @MaxLength(100)
  indicatorKey: string;
}

@ArgsType()
export class PracticeExamplesArgs {
  @Field(() => String, { nullable: true, description: 'Only examples of this indicator.' })
  @IsOptional()
  @MaxLength(100)
  indicatorKey?: string | null;

  @Field(() => String, { nullable: true, description: 'Only examples of this theme.' })
  @IsOptional()
  @MaxLength(100)
  theme?: string | null;

  @Field(() => String, { nullable: true, description: 'Only examples of this municipality.' })
  @IsOptional()
  @MaxLength(6)
  municipalityCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Dutch full-text search over title, measure and text, ranked best first.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;

  @Field(() => Int, { defaultValue: 50, description: `At most this many examples (1-${MAX_PRACTICE_PAGE}).` })
  @Min(1)
  @Max(MAX_PRACTICE_PAGE)
  first: number;
}
