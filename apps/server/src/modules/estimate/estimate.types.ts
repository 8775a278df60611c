import type { PublishedStatus } from '@monitor/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';
import { PublishedStatusEnum } from '../statistics/statistics.types';

export const EstimateMethodEnum = enumType(['INDIRECT_STANDARDISATION', 'NATIONAL_RATE'] as const, 'EstimateMethod', 'How an estimate was made.', (method) =>
  ({
    INDIRECT_STANDARDISATION: 'National NPM-2017 rate, weighted by the municipality\u2019s share of children with the strongest available risk factor.',
    NATIONAL_RATE: 'National NPM-2017 rate times the number of children (fallback when risk-factor data is missing).',
  })[method],
);

@ObjectType({ description: 'One input of an estimate, with its year and source.' })
export class EstimateInputValue {
  @Field({ description: 'What it is (Dutch).' })
  name: string;

  @Field({ description: 'Value as shown (Dutch number format where relevant).' })
  value: string;

  @Field(() => Int, { nullable: true, description: 'Reference year.' })
  year: number | null;

  @Field({ description: 'Source.' })
  source: string;
}

@ObjectType({ description: 'Estimated number of children aged 0-17 facing abuse in a year, as a range (never a point).' })
export class AbuseEstimate {
  @Field({ description: 'Area code (GMxxxx or WKxxxxxx).' })
  areaCode: string;

  @Field(() => Int, { description: 'The year asked for.' })
  year: number;

  @Field(() => Int, { description: 'Reference year of the population data used.' })
  dataYear: number;

  @Field(() => Int, { description: 'Children aged 0-17 used (an approximation from CBS age bands, rounded to tens).' })
  children: number;

  @Field(() => Int, { nullable: true, description: 'Lower end of the range (rounded to tens); null when suppressed.' })
  low: number | null;

  @Field(() => Int, { nullable: true, description: 'Upper end of the range (rounded to tens); null when suppressed.' })
  high: number | null;

  @Field(() => PublishedStatusEnum, { description: 'Whether the range may be shown.' })
  status: PublishedStatus;

  @Field(() => EstimateMethodEnum, { description: 'How it was estimated.' })
  method: keyof typeof EstimateMethodEnum;

  @Field(() => Float, { description: 'National rate, lower bound, per 1,000 children.' })
  nationalRateLow: number;

  @Field(() => Float, { description: 'National rate, upper bound, per 1,000 children.' })
  nationalRateHigh: number;

  @Field(() => String, { nullable: true, description: 'The risk factor used, if any.' })
  riskFactor: string | null;

  @Field(() => Float, { nullable: true, description: 'Its relative risk (NPM-2017).' })
  relativeRisk: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of children with the risk factor here (0-1).' })
  share: number | null;

  @Field(() => Float, { nullable: true, description: 'Child-weighted national share (0-1).' })
  nationalShare: number | null;

  @Field({ description: 'The formula, in words and symbols (Dutch).' })
  formula: string;

  @Field({ description: 'Plain-language explanation (Dutch).' })
  explanation: string;

  @Field(() => String, { nullable: true, description: 'Why the national rate was used, when it was.' })
  fallbackReason: string | null;

  @Field(() => [EstimateInputValue], { description: 'All inputs with year and source.' })
  inputs: EstimateInputValue[];
}
