import { ArrayMaxSize, IsInt, IsOptional, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import { enumType } from '../../graphql/enum-type';

export const MAX_FACTSHEETS_PAGE = 100;
export const MAX_BLOCKS = 20;
/** Every municipality of a map layer (342 in 2025, room for the years the list still changes). */
export const MAX_FIGURES = 400;
export const MAX_FACTSHEET_MARKDOWN = 20_000;
export const MAX_BLOCK_TEXT = 5_000;

export const FACTSHEET_BLOCK_KINDS = ['BENCHMARK_DISTRIBUTION', 'PROVINCE_MEDIANS', 'VEILIG_THUIS', 'ESTIMATE', 'MAP_LAYER'] as const;
export type FactsheetBlockKind = (typeof FACTSHEET_BLOCK_KINDS)[number];

export const FactsheetBlockKindEnum = enumType(
  FACTSHEET_BLOCK_KINDS,
  'FactsheetBlockKind',
  'Which published aggregate a factsheet block shows.',
  (kind) =>
    ({
      BENCHMARK_DISTRIBUTION:
        'The released distribution over all municipalities (10th percentile, quartiles, median, 90th percentile) of a policy indicator or a Veilig Thuis rate.',
      PROVINCE_MEDIANS: 'The released median of a policy indicator or Veilig Thuis rate per province.',
      VEILIG_THUIS: 'A Veilig Thuis figure (CBS, disclosure-protected) for the Netherlands and per province.',
      ESTIMATE: 'The published national estimate of abused children (measure "NL01"): the range of the estimate module, rounded to tens.',
      MAP_LAYER: 'A layer of the landing map (measure: its key, e.g. "schatting"): one value per municipality as the public map shows it.',
    })[kind],
);

export const FactsheetStatusEnum = enumType(['DRAFT', 'PUBLISHED'] as const, 'FactsheetStatus', 'Draft (NJi only) or published.', (status) =>
  status === 'DRAFT'
    ? 'The current draft, with figures as the public services give them now.'
    : 'A published revision, with its figures as published.',
);

@ObjectType('FactsheetFigure', { description: 'One number of a block, as published; withheld numbers have no value, only a reason.' })
export class FactsheetFigureType {
  @Field({ description: 'Stable key within the block, e.g. "median" or "PV27".' })
  key: string;

  @Field({ description: 'Label in Dutch.' })
  label: string;

  @Field(() => Float, { nullable: true, description: 'The published value; null when withheld or missing.' })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'Why there is no value (Dutch); null when there is one.' })
  reason: string | null;
}

@ObjectType('FactsheetBlock', { description: 'One chart (with its table) of a factsheet: a published aggregate of the monitor.' })
export class FactsheetBlockType {
  @Field(() => FactsheetBlockKindEnum, { description: 'Which aggregate.' })
  kind: FactsheetBlockKind;

  @Field({
    description:
      'Indicator key, "vt:<measure>:<period>" for a Veilig Thuis rate, a Veilig Thuis measure (VEILIG_THUIS), "NL01" (ESTIMATE) or a map layer key (MAP_LAYER).',
  })
  measure: string;

  @Field(() => String, { nullable: true, description: 'Period of a Veilig Thuis figure, e.g. "2024".' })
  period: string | null;

  @Field({ description: 'Heading (Dutch).' })
  title: string;

  @Field({ description: 'Text shown with the block as Markdown (may be empty); see textHtml.' })
  textMarkdown: string;

  @Field({ description: 'Unit (Dutch), e.g. "% gerealiseerd" or "aantal".' })
  unit: string;

  @Field(() => Int, { description: 'Decimals the values are shown with.' })
  decimals: number;

  @Field({ description: 'Source of the figures (Dutch).' })
  source: string;

  @Field(() => String, { nullable: true, description: 'A note under the chart (Dutch), e.g. why figures are withheld.' })
  note: string | null;

  @Field(() => [FactsheetFigureType], { description: `The numbers (at most ${MAX_FIGURES}).` })
  figures: FactsheetFigureType[];
}

/** A factsheet as shown: a publication, or (for NJi) the draft with figures as they are now. */
@ObjectType('Factsheet', { description: 'A factsheet of NJi: text and charts built from the monitor\u2019s published aggregates.' })
export class FactsheetType {
  @Field({ description: 'Address: lower-case words joined by hyphens.' })
  slug: string;

  @Field(() => FactsheetStatusEnum, { description: 'Draft or published revision.' })
  status: 'DRAFT' | 'PUBLISHED';

  @Field({ description: 'Title.' })
  title: string;

  @Field(() => Int, { description: 'The year the figures are about.' })
  year: number;

  @Field({ description: 'Introduction as Markdown.' })
  introMarkdown: string;

  @Field({ description: 'Conclusion as Markdown.' })
  conclusionMarkdown: string;

  @Field(() => [FactsheetBlockType], { description: `Charts in order (at most ${MAX_BLOCKS}).` })
  blocks: FactsheetBlockType[];

  @Field(() => Int, { nullable: true, description: 'Number of the publication (1, 2, ...); null for a draft.' })
  revision: number | null;

  @Field(() => Date, { nullable: true, description: 'When this revision was published; null for a draft.' })
  publishedAt: Date | null;

  @Field(() => Int, { description: 'Version of the draft (for saving without overwriting someone else\u2019s change).' })
  version: number;

  @Field(() => Int, { nullable: true, description: 'Latest published revision; null when never published.' })
  publishedRevision: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When an administrator took the factsheet offline (drafts only); null when it is online or was never published.',
  })
  unpublishedAt: Date | null;
}

@InputType({ description: 'One block of a factsheet: which published aggregate to show.' })
export class FactsheetBlockInput {
  @Field(() => FactsheetBlockKindEnum, { description: 'Which aggregate.' })
  kind: FactsheetBlockKind;

  @Field({
    description:
      'Indicator key or "vt:<measure>:<period>" (benchmarks), a Veilig Thuis measure key (VEILIG_THUIS), "NL01" (ESTIMATE) or a map layer key (MAP_LAYER).',
  })
  @MinLength(1)
  @MaxLength(200)
  measure: string;

  @Field(() => String, { nullable: true, description: 'Period of a Veilig Thuis figure, e.g. "2024"; default: the factsheet year.' })
  @IsOptional()
  @MaxLength(20)
  period?: string | null;

  @Field(() => String, { nullable: true, description: 'Own heading; default: the name of the aggregate.' })
  @IsOptional()
  @MaxLength(200)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Text shown with the block, as Markdown (a text block between the figures).' })
  @IsOptional()
  @MaxLength(MAX_BLOCK_TEXT)
  textMarkdown?: string | null;
}

@InputType({ description: 'The draft of a factsheet (new or changed).' })
export class SaveFactsheetInput {
  @Field({ description: 'Address; a new slug creates a new factsheet.' })
  @MaxLength(80)
  slug: string;

  @Field(() => Int, { description: 'The version the editor started from: 0 for a new factsheet. Fails with CONFLICT when someone saved in between.' })
  @Min(0)
  expectedVersion: number;

  @Field({ description: 'Title.' })
  @MinLength(1)
  @MaxLength(200)
  title: string;

  @Field(() => Int, { description: 'The year the figures are about.' })
  @IsInt()
  @Min(YEAR_MIN.monitor)
  @Max(YEAR_MAX)
  year: number;

  @Field({ description: 'Introduction as Markdown.' })
  @MaxLength(MAX_FACTSHEET_MARKDOWN)
  introMarkdown: string;

  @Field({ description: 'Conclusion as Markdown.' })
  @MaxLength(MAX_FACTSHEET_MARKDOWN)
  conclusionMarkdown: string;

  @Field(() => [FactsheetBlockInput], { description: `Blocks in order (at most ${MAX_BLOCKS}).` })
  @ArrayMaxSize(MAX_BLOCKS)
  @ValidateNested({ each: true })
  blocks: FactsheetBlockInput[];
}

@ArgsType()
export class FactsheetsArgs {
  @Field(() => Int, { defaultValue: 50, description: `At most this many, newest publication first (1-${MAX_FACTSHEETS_PAGE}).` })
  @Min(1)
  @Max(MAX_FACTSHEETS_PAGE)
  first: number;
}

@ArgsType()
export class FactsheetArgs {
  @Field({ description: 'Address of the factsheet.' })
  @MaxLength(80)
  slug: string;
}
