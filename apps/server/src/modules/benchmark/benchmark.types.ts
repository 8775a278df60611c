import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';
import { GROUP_TYPES } from './benchmark.service';
import type { GroupType } from './benchmark.service';

export const GroupTypeEnum = enumType(
  GROUP_TYPES,
  'BenchmarkGroupType',
  'A comparison group of municipalities.',
  (type) =>
    ({
      ALL: 'All participating municipalities (with a submitted response or figures).',
      PROVINCE: 'The same province.',
      VEILIG_THUIS_REGION: 'The same Veilig Thuis region.',
      SAFETY_REGION: 'The same safety region (veiligheidsregio).',
      SIZE_CLASS: 'The same CBS size class (by inhabitants): TOT_20K, 20K_50K, 50K_100K, 100K_PLUS.',
      CUSTOM: 'A group defined by an NJi analyst.',
    })[type],
);

@InputType({ description: 'Which comparison group.' })
export class BenchmarkGroupInput {
  @Field(() => GroupTypeEnum, { description: 'Kind of group.' })
  type: GroupType;

  @Field({
    nullable: true,
    description:
      'Region code (PV27, VT01, VR13), size class (e.g. 100K_PLUS) or custom group key; default: the group of the municipality asked about.',
  })
  @IsOptional()
  @MaxLength(40)
  code?: string;
}

@ObjectType({ description: 'A comparison group.' })
export class BenchmarkGroup {
  @Field({ description: 'Key, e.g. ALL, PV:PV27, VT:VT01, VR:VR13, SIZE:100K_PLUS, CUSTOM:3.' })
  key: string;

  @Field(() => GroupTypeEnum, { description: 'Kind of group.' })
  type: GroupType;

  @Field({ description: 'Name (Dutch).' })
  name: string;
}

@ObjectType('Benchmark', {
  description:
    'A measure against the distribution of a comparison group (anonymous: no names, no ranks of others). Published figures are rounded nearest-rank statistics that went through the release ledger.',
})
export class Benchmark {
  @Field({ description: 'Indicator key, or "vt:<measure>:<period>" for Veilig Thuis figures per 1,000 inhabitants.' })
  measure: string;

  @Field(() => Int, { description: 'Year.' })
  year: number;

  @Field(() => BenchmarkGroup, { description: 'The comparison group.' })
  group: BenchmarkGroup;

  @Field({
    description:
      'True when figures are shown: the latest release of this group (possibly older than the newest responses, see computedAt), or for NJi staff the internal figures of an unpublished analysts\u2019 group.',
  })
  published: boolean;

  @Field({ description: 'True for the internal figures of an analysts\u2019 group that no administrator has published (only NJi staff see these).' })
  internal: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why no figures are shown: PROTECTED (too few contributors, or figures that could be combined with earlier releases; deliberately not told apart) or NO_DATA.',
  })
  withheldReason: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Number of municipalities behind the figures shown; null when nothing is shown (a withheld group does not reveal how many contribute).',
  })
  n: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Never published (the lowest value of a group is one municipality\u2019s value); always null.',
    deprecationReason: 'Extremes are never published; use p10.',
  })
  min: number | null;

  @Field(() => Float, { nullable: true, description: '10th percentile (nearest rank), from 20 municipalities.' })
  p10: number | null;

  @Field(() => Float, { nullable: true, description: 'First quartile (nearest rank), from 10 municipalities.' })
  q1: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Median (nearest rank: the lower middle value of an even number), from the minimum group size.',
  })
  median: number | null;

  @Field(() => Float, { nullable: true, description: 'Third quartile (nearest rank), from 10 municipalities.' })
  q3: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile (nearest rank), from 20 municipalities.' })
  p90: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Never published (the highest value of a group is one municipality\u2019s value); always null.',
    deprecationReason: 'Extremes are never published; use p90.',
  })
  max: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The grid every figure is rounded to: 5 points for indicators, 0.5 per 1,000 for Veilig Thuis rates.',
  })
  grid: number | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the figures shown were released ("cijfers van ..."); for internal figures, when they were computed.',
  })
  computedAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'The municipality\u2019s own value (only with municipalityCode and access to it).' })
  ownValue: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its quartile against the published (rounded) quartiles: 1 lowest ... 4 highest; null when the group publishes no quartiles.',
  })
  ownQuartile: number | null;

  @Field(() => Float, { nullable: true, description: 'Its value in the previous year.' })
  previousOwnValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Change since the previous year (points).' })
  ownChange: number | null;
}

@ObjectType({
  description: 'A comparison group defined by an analyst (members are not listed). Private to NJi staff until an administrator publishes it.',
})
export class CustomBenchmarkGroup {
  @Field({ description: 'Key to use as group code.' })
  key: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => Int, { description: 'Number of member municipalities (not the number that contribute).' })
  size: number;

  @Field({ description: 'Published by an administrator: its figures are public as far as the release ledger allows.' })
  published: boolean;
}

export const BenchmarkReleaseStatusEnum = enumType(
  ['PUBLISHED', 'EARLIER_RELEASE', 'WITHHELD', 'INTERNAL'] as const,
  'BenchmarkReleaseStatus',
  'What a comparison group shows for a measure.',
  (status) =>
    ({
      PUBLISHED: 'The figures of the current contributors are released.',
      EARLIER_RELEASE: 'The current figures are withheld; the group shows its last release (already public).',
      WITHHELD: 'Nothing released.',
      INTERNAL: 'An unpublished analysts\u2019 group: figures for NJi staff only, never released.',
    })[status],
);

export const BenchmarkWithheldReasonEnum = enumType(
  ['TOO_FEW', 'DIFFERENCING', 'OVER_TIME'] as const,
  'BenchmarkWithheldReason',
  'Why current figures are not released.',
  (reason) =>
    ({
      TOO_FEW: 'Fewer contributors than the minimum group size.',
      DIFFERENCING: 'Combined with releases of other groups it would leave fewer contributors than the minimum apart (ledger).',
      OVER_TIME:
        'Combined with this group\u2019s own earlier releases (before and after a submission) it would leave fewer than the minimum apart (ledger).',
    })[reason],
);

@ObjectType({ description: 'Disclosure state of one measure for one comparison group (administrators).' })
export class BenchmarkDisclosureRow {
  @Field({ description: 'Indicator key, or "vt:<measure>:<period>".' })
  measure: string;

  @Field(() => BenchmarkGroup, { description: 'The comparison group.' })
  group: BenchmarkGroup;

  @Field(() => BenchmarkReleaseStatusEnum, { description: 'What the group shows.' })
  status: 'PUBLISHED' | 'EARLIER_RELEASE' | 'WITHHELD' | 'INTERNAL';

  @Field(() => BenchmarkWithheldReasonEnum, { nullable: true, description: 'Why the current figures are not released.' })
  reason: 'TOO_FEW' | 'DIFFERENCING' | 'OVER_TIME' | null;

  @Field(() => Int, { description: 'Municipalities contributing now (never published).' })
  contributors: number;

  @Field(() => Int, { nullable: true, description: 'Municipalities behind the figures shown.' })
  shownN: number | null;

  @Field(() => Date, { nullable: true, description: 'When the figures shown were released.' })
  shownReleasedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'The group\u2019s last release of this measure.' })
  lastReleasedAt: Date | null;

  @Field(() => Int, { description: 'How often this group released this measure (ledger entries).' })
  releaseCount: number;
}

@ObjectType({ description: 'The benchmark side of the disclosure overview of a year (administrators).' })
export class BenchmarkDisclosure {
  @Field(() => Int, { description: 'Year.' })
  year: number;

  @Field(() => Int, { description: 'Minimum group size and minimum size of every ledger atom.' })
  minimumGroupSize: number;

  @Field(() => [BenchmarkDisclosureRow], { description: 'Per measure and group.' })
  rows: BenchmarkDisclosureRow[];
}

@InputType({ description: 'A new comparison group.' })
export class CreateBenchmarkGroupInput {
  @Field({ description: 'Name.' })
  @MinLength(3, { message: 'name: geef een naam van minstens 3 tekens' })
  @MaxLength(120)
  name: string;

  @Field(() => [String], { description: 'CBS codes of the member municipalities (at least the minimum group size).' })
  @ArrayMinSize(3, { message: 'members: minstens 3 gemeenten' })
  @ArrayMaxSize(400)
  @Matches(MUNICIPALITY_CODE_PATTERN, { each: true, message: 'members: gebruik CBS-gemeentecodes zoals GM0363' })
  members: string[];
}
