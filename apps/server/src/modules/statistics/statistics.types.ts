import type { PublishedStatus, StatisticRegionLevel } from '@monitor/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';

/** Hidden figures listed per table on the disclosure page (the counts cover all of them). */
export const MAX_LISTED_HIDDEN_CELLS = 500;

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

export type HiddenReason = 'PRIMARY' | 'SECONDARY' | 'SOURCE' | 'DERIVED';

export const HiddenReasonEnum = enumType(
  ['PRIMARY', 'SECONDARY', 'SOURCE', 'DERIVED'] as const satisfies readonly HiddenReason[],
  'DisclosureHiddenReason',
  'Why a Veilig Thuis figure is not published.',
  (reason) =>
    ({
      PRIMARY: 'Primary suppression: the count itself is below the minimum.',
      SECONDARY: 'Secondary suppression: publishing it would let an attacker narrow another hidden count (additive relations, audit).',
      SOURCE: 'Secret or unknown at the source (CBS ".").',
      DERIVED: 'A percentage or rate whose numerator or denominator is not published.',
    })[reason],
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

  @Field({
    description: 'Category of the table\u2019s characteristics dimension, e.g. "Totaal" or "Beroepsmatig totaal"; "" when the table has none.',
  })
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

  @Field(() => Float, {
    nullable: true,
    description:
      'Per 1,000 inhabitants, from the published (rounded) count and the population of the period\u2019s own year; null when that population is not available. Counts only.',
  })
  per1000: number | null;

  @Field(() => PublishedStatusEnum, { description: 'Status of per1000.' })
  per1000Status: PublishedStatus;

  @Field(() => Int, { nullable: true, description: 'Inhabitants used for per1000 (sum of member municipalities for regions).' })
  population: number | null;

  @Field(() => Int, { nullable: true, description: 'Reference year (1 January) of that population: always the year of the period.' })
  populationYear: number | null;

  @Field(() => StatisticSource, { description: 'Source of the figure.' })
  source: StatisticSource;

  @Field({ description: 'Name of the measure in Dutch, e.g. "Ontvangen meldingen".' })
  measureLabel: string;

  @Field({ description: 'Unit of the measure: aantal or %.' })
  unit: string;

  @Field({ description: 'The category in Dutch for display (never a CBS key or abbreviation), e.g. "Politie"; "Totaal" for the total.' })
  categoryLabel: string;

  @Field({ description: 'True when the category stands for the whole (Totaal, or a table without categories).' })
  isTotal: boolean;

  @Field(() => HiddenReasonEnum, { nullable: true, description: 'Why the value is withheld; null when it is published or cannot occur.' })
  withheldReason: HiddenReason | null;
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

@ObjectType({ description: 'A hidden figure with the attacker\u2019s interval from everything published (administrators only).' })
export class DisclosureHiddenCell {
  @Field({ description: 'Measure key.' })
  measure: string;

  @Field({ description: 'Category ("" when the table has none).' })
  category: string;

  @Field({ description: 'Region code.' })
  regionCode: string;

  @Field({ description: 'Period.' })
  period: string;

  @Field(() => HiddenReasonEnum, { description: 'Why it is hidden.' })
  reason: HiddenReason;

  @Field(() => Int, { nullable: true, description: 'Smallest value the attacker\u2019s integer program allows (counts only).' })
  auditLower: number | null;

  @Field(() => Int, { nullable: true, description: 'Largest value it allows; null when unbounded.' })
  auditUpper: number | null;

  @Field(() => Float, { nullable: true, description: 'auditUpper - auditLower; null when unbounded or not audited (percentages).' })
  auditWidth: number | null;
}

@ObjectType({ description: 'Disclosure control of one CBS table (administrators only).' })
export class TableDisclosure {
  @Field({ description: 'CBS table id.' })
  tableId: string;

  @Field({ description: 'Title of the table.' })
  title: string;

  @Field(() => Int, { description: 'Figures stored for this table.' })
  cells: number;

  @Field(() => Int, { description: 'Published figures.' })
  published: number;

  @Field(() => Int, { description: 'Hidden by primary suppression.' })
  hiddenPrimary: number;

  @Field(() => Int, { description: 'Hidden by secondary suppression.' })
  hiddenSecondary: number;

  @Field(() => Int, { description: 'Secret or unknown at the source.' })
  hiddenSource: number;

  @Field(() => Int, { description: 'Percentages hidden with a part.' })
  hiddenDerived: number;

  @Field(() => Float, { nullable: true, description: 'Smallest audit interval width of a hidden count; null when none is bounded.' })
  smallestAuditWidth: number | null;

  @Field(() => [DisclosureHiddenCell], {
    description: `The hidden figures with their reason, narrowest audit interval first (at most ${MAX_LISTED_HIDDEN_CELLS}; the counts cover all).`,
  })
  hiddenCells: DisclosureHiddenCell[];
}

@ObjectType({ description: 'Result of the last whole-table protection and audit of the Veilig Thuis figures.' })
export class StatisticsDisclosure {
  @Field(() => Date, { nullable: true, description: 'When it was computed (at import or start-up).' })
  computedAt: Date | null;

  @Field(() => Int, { description: 'Required minimum width of every hidden count\u2019s audit interval.' })
  protectionLevel: number;

  @Field(() => Int, { description: 'Published counts are multiples of this.' })
  roundingBase: number;

  @Field(() => Int, { description: 'Counts below this are suppressed.' })
  minimumCount: number;

  @Field(() => Int, { description: 'Additive relations taken into account.' })
  relations: number;

  @Field(() => Int, { description: 'Audit rounds until every hidden count passed.' })
  rounds: number;

  @Field(() => Int, { description: 'Hidden counts that could not be protected (should be 0).' })
  unprotected: number;

  @Field(() => [TableDisclosure], { description: 'Per CBS table.' })
  tables: TableDisclosure[];
}

/** Figures of one area at most (the service keeps the newest periods when there are more). */
export const MAX_AREA_FIGURES = 2500;

@ObjectType({ description: 'Veilig Thuis figures for a municipality: its own, or those of its Veilig Thuis region when CBS publishes none for it.' })
export class VeiligThuisFigures {
  @Field({ description: 'The municipality asked for (GMxxxx).' })
  municipalityCode: string;

  @Field({ description: 'Its name.' })
  municipalityName: string;

  @Field({ description: 'The area whose figures follow: the municipality, or its Veilig Thuis region (VTxx).' })
  areaCode: string;

  @Field({ description: 'Name of that area.' })
  areaName: string;

  @Field(() => RegionLevelEnum, { description: 'Level of that area.' })
  areaLevel: StatisticRegionLevel;

  @Field({ description: 'True when the figures are the region\u2019s because none are published for the municipality.' })
  fallback: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Why other figures than the municipality\u2019s are shown, or why there are none (Dutch); null when the municipality has its own.',
  })
  note: string | null;

  @Field(() => String, { nullable: true, description: 'Code of the municipality\u2019s Veilig Thuis region.' })
  regionCode: string | null;

  @Field(() => String, { nullable: true, description: 'Name of that region.' })
  regionName: string | null;

  @Field(() => [StatisticValue], {
    description: `Every figure of the area, all measures, categories and periods, published or withheld with the reason (at most ${MAX_AREA_FIGURES}, newest periods first when there are more).`,
  })
  figures: StatisticValue[];

  @Field({ description: 'True when older periods were left out to stay within the maximum.' })
  truncated: boolean;
}
