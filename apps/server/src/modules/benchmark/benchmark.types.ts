import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';
import { GROUP_TYPES } from './benchmark.service';
import type { GroupType } from './benchmark.service';

export const GroupTypeEnum = enumType(GROUP_TYPES, 'BenchmarkGroupType', 'A comparison group of municipalities.', (type) =>
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

  @Field({ nullable: true, description: 'Region code (PV27, VT01, VR13), size class (e.g. 100K_PLUS) or custom group key; default: the group of the municipality asked about.' })
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

@ObjectType('Benchmark', { description: 'A measure against the distribution of a comparison group (anonymous: no names, no ranks of others).' })
export class Benchmark {
  @Field({ description: 'Indicator key, or "vt:<measure>:<period>" for Veilig Thuis figures per 1,000 inhabitants.' })
  measure: string;

  @Field(() => Int, { description: 'Year.' })
  year: number;

  @Field(() => BenchmarkGroup, { description: 'The comparison group.' })
  group: BenchmarkGroup;

  @Field({ description: 'False when withheld: too few municipalities, or it would allow differencing with another group.' })
  published: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is withheld: TOO_FEW or DIFFERENCING.' })
  withheldReason: string | null;

  @Field(() => Int, { description: 'Number of municipalities contributing.' })
  n: number;

  @Field(() => Float, { nullable: true, description: 'Lowest value (unnamed).' })
  min: number | null;

  @Field(() => Float, { nullable: true, description: 'First quartile.' })
  q1: number | null;

  @Field(() => Float, { nullable: true, description: 'Median.' })
  median: number | null;

  @Field(() => Float, { nullable: true, description: 'Third quartile.' })
  q3: number | null;

  @Field(() => Float, { nullable: true, description: 'Highest value (unnamed).' })
  max: number | null;

  @Field(() => Date, { nullable: true, description: 'When the aggregate was computed ("cijfers van ...").' })
  computedAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'The municipality\u2019s own value (only with municipalityCode and access to it).' })
  ownValue: number | null;

  @Field(() => Int, { nullable: true, description: 'Its quartile in the group: 1 lowest ... 4 highest.' })
  ownQuartile: number | null;

  @Field(() => Float, { nullable: true, description: 'Its value in the previous year.' })
  previousOwnValue: number | null;

  @Field(() => Float, { nullable: true, description: 'Change since the previous year (points).' })
  ownChange: number | null;
}

@ObjectType({ description: 'A comparison group defined by an analyst (members are not listed).' })
export class CustomBenchmarkGroup {
  @Field({ description: 'Key to use as group code.' })
  key: string;

  @Field({ description: 'Name.' })
  name: string;

  @Field(() => Int, { description: 'Number of municipalities.' })
  size: number;
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
  @Matches(/^GM\d{4}$/, { each: true, message: 'members: gebruik CBS-gemeentecodes zoals GM0363' })
  members: string[];
}
