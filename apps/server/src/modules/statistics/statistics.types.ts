import type { PublishedStatus, StatisticRegionLevel } from '@monitor/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';

export const PublishedStatusEnum = enumType(
  ['PUBLISHED', 'SUPPRESSED', 'UNKNOWN', 'NOT_APPLICABLE'] as const satisfies readonly PublishedStatus[],
  'PublishedStatus',
  'Whether a figure may be shown (disclosure control, after CBS practice).',
  (status) =>
    ({
      PUBLISHED: 'A number that may be shown (counts rounded to 5, or 10 for districts).',
      SUPPRESSED: 'Withheld to protect small numbers (below 10, or 20 for districts), or because it would reveal another withheld figure.',
      UNKNOWN: 'Unknown, insufficiently reliable or secret at the source (CBS symbol ".").',
      NOT_APPLICABLE: 'Cannot occur (CBS blank).',
    })[status],
);

export const RegionLevelEnum = enumType(
  ['NATION', 'LANDSDEEL', 'PROVINCE', 'VEILIG_THUIS_REGION', 'MUNICIPALITY', 'DISTRICT'] as const satisfies readonly StatisticRegionLevel[],
  'StatisticRegionLevel',
  'Level of the region a figure is about.',
  (level) =>
    ({
      NATION: 'Nederland (NL01).',
      LANDSDEEL: 'Landsdeel (LD01-LD04).',
      PROVINCE: 'Provincie (PVxx).',
      VEILIG_THUIS_REGION: 'Veilig Thuis-regio (VTxx).',
      MUNICIPALITY: 'Gemeente (GMxxxx).',
      DISTRICT: 'Wijk (WKxxxxxx).',
    })[level],
);

@ObjectType({ description: 'Where a figure comes from.' })
export class StatisticSource {
  @Field({ description: 'CBS StatLine table id, e.g. 84849NED (or NIEUWS for a CBS news release).' })
  tableId: string;

  @Field({ description: 'Title of the table or release.' })
  title: string;

  @Field(() => String, { nullable: true, description: 'Web page of the source.' })
  url: string | null;

  @Field({ description: 'How it was loaded: extract, csv or odata.' })
  format: string;

  @Field({ description: 'When it was imported.' })
  importedAt: Date;
}

@ObjectType({ description: 'One published figure: a measure for a region and period, after disclosure control.' })
export class StatisticValue {
  @Field({ description: 'Measure key, e.g. ontvangen_meldingen.' })
  measure: string;

  @Field({ description: 'Category of the table\u2019s characteristics dimension, e.g. "Totaal" or "Beroepsmatig totaal"; "" when the table has none.' })
  category: string;

  @Field({ description: 'CBS region code: NL01, LDxx, PVxx, VTxx or GMxxxx.' })
  regionCode: string;

  @Field({ description: 'Region name.' })
  regionName: string;

  @Field(() => RegionLevelEnum, { description: 'Region level.' })
  regionLevel: StatisticRegionLevel;

  @Field({ description: 'Period: "2023" or "2025-H1".' })
  period: string;

  @Field({ description: 'Period in Dutch, e.g. "1e halfjaar 2025".' })
  periodLabel: string;

  @Field({ description: 'CBS marked the period provisional (*).' })
  provisional: boolean;

  @Field(() => Float, { nullable: true, description: 'The published value; null unless status is PUBLISHED.' })
  value: number | null;

  @Field(() => PublishedStatusEnum, { description: 'Whether the value may be shown.' })
  status: PublishedStatus;

  @Field(() => Float, { nullable: true, description: 'Per 1,000 inhabitants, from the unrounded count; counts only.' })
  per1000: number | null;

  @Field(() => PublishedStatusEnum, { description: 'Status of per1000.' })
  per1000Status: PublishedStatus;

  @Field(() => Int, { nullable: true, description: 'Inhabitants used for per1000 (sum of member municipalities for regions).' })
  population: number | null;

  @Field(() => Int, { nullable: true, description: 'Reference year (1 January) of that population.' })
  populationYear: number | null;

  @Field(() => StatisticSource, { description: 'Source of the figure.' })
  source: StatisticSource;
}

@ObjectType({ description: 'A measure that can be asked for with `statistics`.' })
export class StatisticMeasure {
  @Field({ description: 'Key.' })
  key: string;

  @Field({ description: 'Name (Dutch).' })
  label: string;

  @Field({ description: 'Unit: aantal or %.' })
  unit: string;

  @Field({ description: 'What it counts.' })
  description: string;

  @Field(() => [String], { description: 'CBS tables that provide it.' })
  tables: string[];

  @Field(() => [String], { description: 'Categories with figures.' })
  categories: string[];

  @Field(() => [String], { description: 'Periods with figures.' })
  periods: string[];

  @Field(() => Int, { description: 'Number of stored figures.' })
  count: number;
}
