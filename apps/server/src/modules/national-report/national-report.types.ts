import { Max, Min } from 'class-validator';
import { ArgsType, Field, Float, Int, ObjectType } from 'type-graphql';
import { YEAR_MAX, YEAR_MIN } from '@monitor/domain';

/** Deelname, indicatoren, Veilig Thuis en schattingen, veranderingen (kept small: the query's cost multiplies the bounds). */
export const MAX_REPORT_CHAPTERS = 4;
export const MAX_REPORT_TABLES = 3;
export const MAX_REPORT_PARAGRAPHS = 4;
/** The rows of a table: the indicators of a questionnaire (19 today), the provinces or the Veilig Thuis regions (26). */
export const MAX_REPORT_ROWS = 40;
/** Years in the trend table (the report's year and at most nine before it). */
export const MAX_TREND_YEARS = 10;
/** Columns of a table: the years of the trend, or the five quantiles and n. */
export const MAX_REPORT_COLUMNS = MAX_TREND_YEARS;
export const MAX_REPORT_YEARS = 100;
export const MAX_REPORT_PRACTICE_EXAMPLES = 20;

@ObjectType('NationalReportCell', { description: 'One published number of the report; withheld numbers have no value, only a reason.' })
export class NationalReportCellType {
  @Field(() => Float, { nullable: true, description: 'The published value; null when withheld or missing.' })
  value: number | null;

  @Field(() => String, { nullable: true, description: 'Why there is no value (Dutch); null when there is one.' })
  reason: string | null;
}

@ObjectType('NationalReportRow', { description: 'One row of a table of the report.' })
export class NationalReportRowType {
  @Field({ description: 'Stable key within the table, e.g. an indicator key, "NL01" or a region code.' })
  key: string;

  @Field({ description: 'Label in Dutch.' })
  label: string;

  @Field(() => [NationalReportCellType], { description: 'One cell per column.' })
  cells: NationalReportCellType[];
}

@ObjectType('NationalReportTable', { description: 'A table of the report (with a chart of one of its columns when chartColumn is set).' })
export class NationalReportTableType {
  @Field({ description: 'Stable key within the report, e.g. "participation-provinces".' })
  key: string;

  @Field({ description: 'Heading (Dutch).' })
  title: string;

  @Field({ description: 'Unit of the values (Dutch), e.g. "gemeenten" or "% gerealiseerd".' })
  unit: string;

  @Field(() => Int, { description: 'Decimals the values are shown with.' })
  decimals: number;

  @Field({ description: 'Source of the figures (Dutch).' })
  source: string;

  @Field(() => String, { nullable: true, description: 'A note under the table (Dutch), e.g. why figures are withheld.' })
  note: string | null;

  @Field(() => [String], { description: 'Column headings (Dutch), e.g. years or "Mediaan".' })
  columns: string[];

  @Field(() => Int, { nullable: true, description: 'Index of the column drawn as a bar chart; null for a table without chart.' })
  chartColumn: number | null;

  @Field(() => [NationalReportRowType], { description: 'The rows.' })
  rows: NationalReportRowType[];
}

@ObjectType('NationalReportChapter', { description: 'A chapter of the yearly national report.' })
export class NationalReportChapterType {
  @Field({ description: 'Stable key, e.g. "participation".' })
  key: string;

  @Field({ description: 'Heading (Dutch).' })
  title: string;

  @Field(() => [String], { description: 'The text of the chapter (Dutch), generated from the published figures only.' })
  paragraphs: string[];

  @Field(() => [NationalReportTableType], { description: 'Tables (and charts).' })
  tables: NationalReportTableType[];
}

@ObjectType('NationalReportPracticeExample', { description: 'A practice example published in the report\u2019s year (participants only).' })
export class NationalReportPracticeExampleType {
  @Field(() => Int, { description: 'Number of the example (Query.practiceExample).' })
  id: number;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'The measure, in a few words.' })
  measure: string;

  @Field(() => String, { nullable: true, description: 'Municipality.' })
  municipalityName: string | null;

  @Field({ description: 'Key of the indicator the example belongs to.' })
  indicatorKey: string;

  @Field(() => String, { nullable: true, description: 'Label of that indicator (Dutch).' })
  indicatorLabel: string | null;

  @Field(() => String, { nullable: true, description: 'Band of the municipality for the indicator when the example was published (Dutch).' })
  bandLabel: string | null;
}

@ObjectType('NationalReport', {
  description:
    'The yearly national report ("stand van zaken"): chapters built from the monitor\u2019s published figures only, through the disclosure rules.',
})
export class NationalReportType {
  @Field(() => Int, { description: 'The questionnaire year the report is about.' })
  year: number;

  @Field(() => Int, { nullable: true, description: 'The previous questionnaire year it is compared with; null when there is none.' })
  previousYear: number | null;

  @Field({ description: 'Title (Dutch).' })
  title: string;

  @Field({ description: 'True when the questionnaire answers of this year are generated demo data.' })
  isDemo: boolean;

  @Field(() => Int, { description: 'The minimum number of municipalities behind any published benchmark figure.' })
  minimumGroupSize: number;

  @Field(() => [NationalReportChapterType], { description: 'The chapters, in reading order.' })
  chapters: NationalReportChapterType[];

  @Field(() => [NationalReportPracticeExampleType], {
    description: 'Practice examples published in the year: only for participants (signed in); empty for anonymous visitors and in the PDF.',
  })
  practiceExamples: NationalReportPracticeExampleType[];

  @Field({ description: 'Text about the practice examples (Dutch), e.g. that they are visible to participants only.' })
  practiceNote: string;

  @Field({ description: 'Address of the PDF of this report, printed from its web page.' })
  pdfUrl: string;
}

@ObjectType('NationalReportYear', { description: 'A year for which a national report exists.' })
export class NationalReportYearType {
  @Field(() => Int, { description: 'The questionnaire year.' })
  year: number;

  @Field({ description: 'True when that year\u2019s answers are generated demo data.' })
  isDemo: boolean;
}

@ArgsType()
export class NationalReportArgs {
  @Field(() => Int, { description: 'The questionnaire year.' })
  @Min(YEAR_MIN.monitor, { message: `year moet ${YEAR_MIN.monitor} of later zijn` })
  @Max(YEAR_MAX, { message: `year moet ${YEAR_MAX} of eerder zijn` })
  year: number;
}
