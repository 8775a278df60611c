import type { PublishedStatus } from '@monitor/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PublishedStatusEnum } from '../statistics/statistics.types';

@ObjectType({ description: 'A comparison value for a risk factor: the same factor for a larger or comparable area.' })
export class RiskProfileComparison {
  @Field({
    description:
      'VEILIG_THUIS_REGION, PROVINCE, SIZE_CLASS (municipalities of the same size class), NETHERLANDS, or MUNICIPALITY (for a district: all districts of its municipality).',
  })
  kind: string;

  @Field(() => String, { nullable: true, description: 'Code of the area (VTxx, PVxx, GMxxxx, NL01); null for a size class.' })
  code: string | null;

  @Field({ description: 'Name (Dutch).' })
  name: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Weighted mean over the areas with a value (weights: inhabitants, households or children, as the unit says), one decimal.',
  })
  value: number | null;

  @Field(() => Int, { description: 'Number of areas with a value in the comparison.' })
  areas: number;
}

@ObjectType({ description: 'One risk factor of an area, with its source year and comparisons.' })
export class RiskProfileValue {
  @Field({ description: 'Stable key of the factor, e.g. pct_laag_opgeleid_15_75.' })
  key: string;

  @Field({ description: 'What it is (Dutch).' })
  label: string;

  @Field({ description: 'Unit (Dutch).' })
  unit: string;

  @Field(() => Float, { nullable: true, description: 'The value (one decimal); null when not published (missing, never zero) or withheld.' })
  value: number | null;

  @Field(() => PublishedStatusEnum, { description: 'PUBLISHED; UNKNOWN when no value exists; SUPPRESSED when withheld by the disclosure rules.' })
  status: PublishedStatus;

  @Field(() => String, { nullable: true, description: 'Why the value is withheld or missing (Dutch).' })
  reason: string | null;

  @Field(() => Int, { nullable: true, description: 'Source year of the value.' })
  year: number | null;

  @Field({ description: 'Source (Dutch).' })
  source: string;

  @Field({ description: 'True for the factors the estimate model uses.' })
  inModel: boolean;

  @Field(() => [RiskProfileComparison], {
    description:
      'The same factor for the Veilig Thuis region, the province, municipalities of the same size class and the Netherlands (districts: their municipality and the Netherlands, same year only).',
  })
  comparisons: RiskProfileComparison[];
}

@ObjectType({ description: 'Risk factors of a municipality or district (public CBS and SCP figures), each with its year, against comparison areas.' })
export class RiskProfile {
  @Field({ description: 'GMxxxx or WKxxxxxx.' })
  areaCode: string;

  @Field({ description: 'Name.' })
  areaName: string;

  @Field({ description: 'MUNICIPALITY or DISTRICT.' })
  level: string;

  @Field({ description: 'Municipality (2026 code).' })
  municipalityCode: string;

  @Field(() => Int, { description: 'Year of the area division (2026 for municipalities; 2017, 2021, 2022 or 2024 for districts).' })
  divisionYear: number;

  @Field(() => String, { nullable: true, description: 'Size class by inhabitants (municipalities), Dutch.' })
  sizeClass: string | null;

  @Field(() => [RiskProfileValue], { description: 'The factors.' })
  values: RiskProfileValue[];

  @Field({ description: 'Attribution to show with the figures.' })
  attribution: string;
}
