import { RESEARCH_DATASET_LABELS, RESEARCH_DATASETS, RESEARCH_FORMATS, type ResearchDataset, type ResearchFormat } from '@monitor/domain';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsInt, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';

/** Projects listed at once (the newest first). */
export const MAX_EXPORT_PROJECTS = 100;

export const ResearchDatasetEnum = enumType(
  RESEARCH_DATASETS,
  'ResearchDataset',
  'What a research export can hold.',
  (d) => RESEARCH_DATASET_LABELS[d],
);
export const ResearchFormatEnum = enumType(RESEARCH_FORMATS, 'ResearchFormat', 'File format of a research export.', (f) =>
  f === 'csv' ? 'CSV (RFC 4180, comma, UTF-8).' : f === 'xlsx' ? 'Excel workbook (sheet Gegevens, sheet Toelichting).' : 'Apache Parquet (SNAPPY).',
);

@ObjectType('ExportProject', {
  description:
    'A research project of the signed-in person. Its exports pseudonymise municipalities with a key that only the server holds: stable within the project, different in every other project.',
})
export class ExportProjectType {
  @Field(() => ID, { description: 'Identifier (use it in the download address).' })
  id: string;

  @Field({ description: 'Name of the project.' })
  name: string;

  @Field({ description: 'Purpose of the research (recorded with every export in the audit log).' })
  purpose: string;

  @Field({
    description:
      'Whether municipalities may be named where the rules allow (published figures; answers and indicators of the own municipality and sharing partners). False: every municipality is a pseudonym.',
  })
  named: boolean;

  @Field({ description: 'When the project was created.' })
  createdAt: Date;

  @Field(() => Int, { description: 'Exports made so far.' })
  exportCount: number;

  @Field(() => Date, { nullable: true, description: 'When the last export was made.' })
  lastExportAt: Date | null;
}

@ObjectType({ description: 'Rows of one kind of data in a research export.' })
export class ResearchDatasetCount {
  @Field(() => ResearchDatasetEnum, { description: 'Kind of data.' })
  dataset: ResearchDataset;

  @Field({ description: 'What it is (Dutch).' })
  label: string;

  @Field(() => Int, { description: 'Number of rows.' })
  rows: number;
}

@ObjectType({ description: 'What a research export will hold, before it is downloaded (the total the download progress counts towards).' })
export class ResearchExportPreview {
  @Field(() => [ResearchDatasetCount], { description: 'Rows per kind of data.' })
  datasets: ResearchDatasetCount[];

  @Field(() => Int, { description: 'Rows in all.' })
  totalRows: number;

  @Field(() => Int, { description: 'The most rows one export may have (server setting MONITOR_RESEARCH_EXPORT_MAX_ROWS).' })
  maxRows: number;

  @Field({ description: 'Whether the export has more rows than maxRows: its download is refused with EXPORT_TOO_LARGE.' })
  tooLarge: boolean;

  @Field({
    description:
      'Download address (GET, with the session cookie or an API token), e.g. /export/onderzoek/<id>.csv?jaar=2026&gegevens=INDICATORS,ESTIMATES.',
  })
  downloadPath: string;
}

@InputType({ description: 'A new research export project.' })
export class CreateExportProjectInput {
  @Field({ description: 'Name (1-120 characters).' })
  @MinLength(1, { message: 'name: geef het project een naam' })
  @MaxLength(120, { message: 'name: hoogstens 120 tekens' })
  name: string;

  @Field({ description: 'Purpose of the research (1-2000 characters).' })
  @MinLength(1, { message: 'purpose: beschrijf het doel' })
  @MaxLength(2000, { message: 'purpose: hoogstens 2000 tekens' })
  purpose: string;

  @Field({ defaultValue: false, description: 'Name municipalities where the rules allow (default: pseudonymise every municipality).' })
  @IsBoolean()
  named: boolean;
}

@ArgsType()
export class ExportProjectsArgs {
  @Field(() => Int, { defaultValue: 20, description: `Most recent projects to return (1-${MAX_EXPORT_PROJECTS}).` })
  @IsInt()
  @Min(1)
  @Max(MAX_EXPORT_PROJECTS)
  first: number;
}

@ArgsType()
export class ResearchExportPreviewArgs {
  @Field(() => ID, { description: 'The export project.' })
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'projectId: onbekend project' })
  projectId: string;

  @Field(() => Int, {
    description:
      'Monitor year: answers and indicators of that questionnaire year; Veilig Thuis figures of the latest year with municipal figures up to it (column jaar/periode); estimates and risk factors as published for it.',
  })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => [ResearchDatasetEnum], { description: 'Kinds of data to include (1-5).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(RESEARCH_DATASETS.length)
  @IsIn(RESEARCH_DATASETS, { each: true })
  datasets: ResearchDataset[];

  @Field(() => ResearchFormatEnum, { defaultValue: 'csv', description: 'Format of the download address.' })
  @IsIn(RESEARCH_FORMATS)
  format: ResearchFormat;
}
