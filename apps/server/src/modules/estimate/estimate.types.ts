import type { PublishedStatus } from '@monitor/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';
import { PublishedStatusEnum } from '../statistics/statistics.types';

export const EstimateMethodEnum = enumType(
  ['RISK_MODEL', 'INDIRECT_STANDARDISATION', 'NATIONAL_RATE'] as const,
  'EstimateMethod',
  'How an estimate was made.',
  (method) =>
    ({
      RISK_MODEL:
        'National NPM-2017 range distributed by a Poisson model of youth protection on five risk factors at once, rescaled so that all municipalities add up to the national range (see `model`).',
      INDIRECT_STANDARDISATION:
        'National NPM-2017 rate, weighted by the municipality\u2019s share of children with the strongest available risk factor.',
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

@ObjectType({ description: 'One risk factor of the estimate model for one area: its value, the national mean and its effect.' })
export class EstimateFactorEffect {
  @Field({ description: 'Factor key: LOW_INCOME, LOW_EDUCATION, MIGRATION_OUTSIDE_EUROPE, SINGLE_PARENT or SOCIAL_ASSISTANCE.' })
  factor: string;

  @Field({ description: 'What it is (Dutch).' })
  label: string;

  @Field({ description: 'Unit of value and nationalMean (Dutch).' })
  unit: string;

  @Field(() => Float, { nullable: true, description: 'The area\u2019s value (one decimal); null when not published for the area.' })
  value: number | null;

  @Field(() => Float, { description: 'Child-weighted national mean (one decimal).' })
  nationalMean: number;

  @Field(() => Float, {
    nullable: true,
    description: 'How much this factor moves the estimate, in percent (e.g. 12.5 = 12.5 % higher than with the national mean); null when withheld.',
  })
  effectPercent: number | null;

  @Field({
    description: 'True when the value is missing and the national mean (municipalities) or the municipality\u2019s value (districts) was used.',
  })
  missing: boolean;

  @Field(() => Int, { nullable: true, description: 'Source year of the value.' })
  year: number | null;

  @Field({
    description: 'Where the value comes from: AREA (published for this area) or MUNICIPALITY (a district without its own value) or NATIONAL_MEAN.',
  })
  origin: string;
}

@ObjectType({ description: 'A coefficient of the estimate model.' })
export class ModelCoefficient {
  @Field({ description: 'Factor key.' })
  factor: string;

  @Field({ description: 'What it is (Dutch).' })
  label: string;

  @Field({ description: 'Unit of the factor (Dutch).' })
  unit: string;

  @Field(() => Int, { description: 'Source year of the municipal values.' })
  year: number;

  @Field(() => Float, { description: 'Child-weighted national mean.' })
  nationalMean: number;

  @Field(() => Float, { description: 'Child-weighted standard deviation between municipalities.' })
  standardDeviation: number;

  @Field(() => Float, { description: 'Poisson coefficient per standard deviation (log scale, four decimals).' })
  coefficient: number;

  @Field(() => Float, {
    description: 'exp(coefficient): the relative risk of one standard deviation more, all other factors equal (three decimals).',
  })
  relativeRiskPerStandardDeviation: number;
}

@ObjectType({ description: 'Validation of the estimate model on municipalities it was not fitted on.' })
export class ModelValidation {
  @Field({ description: 'How it was validated (Dutch).' })
  method: string;

  @Field(() => Int, { description: 'Number of folds of the cross-validation.' })
  folds: number;

  @Field(() => Int, { description: 'Municipalities with the outcome and all factors (the validation set).' })
  municipalities: number;

  @Field(() => Float, {
    description: 'Out-of-sample share of the deviance of the national-rate model that the model explains (0-1, three decimals).',
  })
  devianceExplained: number;

  @Field(() => Float, {
    description: 'The same for the single-factor check (low education, RR 4.95), which is not fitted (three decimals; can be negative).',
  })
  singleFactorDevianceExplained: number;

  @Field(() => Float, { description: 'Spearman rank correlation between predicted and observed youth protection, out of sample (three decimals).' })
  rankCorrelation: number;
}

@ObjectType({ description: 'The model that distributes the national NPM-2017 range over municipalities and districts.' })
export class EstimateModel {
  @Field({ description: 'The registered outcome the model was fitted on (Dutch).' })
  outcome: string;

  @Field(() => Int, { description: 'Year of the outcome.' })
  outcomeYear: number;

  @Field({ description: 'The method in words (Dutch).' })
  method: string;

  @Field({ description: 'How children aged 0-17 are counted (Dutch).' })
  childrenMethod: string;

  @Field(() => Int, { description: 'Municipalities the model was fitted on (with the outcome and all factors).' })
  fittedOn: number;

  @Field(() => Float, { description: 'In-sample share of deviance explained (0-1, three decimals).' })
  devianceExplained: number;

  @Field(() => [ModelCoefficient], { description: 'The factors and their coefficients.' })
  coefficients: ModelCoefficient[];

  @Field(() => ModelValidation, { description: 'Out-of-sample validation.' })
  validation: ModelValidation;

  @Field(() => Int, { description: 'Children aged 0-17 in all municipalities together.' })
  nationalChildren: number;

  @Field(() => Int, {
    description: 'Sum of the unrounded lower ends over all municipalities: exactly 26 per 1,000 of nationalChildren (rounded to a whole number).',
  })
  nationalLow: number;

  @Field(() => Int, { description: 'Sum of the unrounded upper ends over all municipalities: exactly 37 per 1,000 of nationalChildren.' })
  nationalHigh: number;
}

@ObjectType({ description: 'The single-factor indirect standardisation, kept as a check next to the model.' })
export class SingleFactorCheck {
  @Field({ description: 'The factor (Dutch).' })
  factor: string;

  @Field(() => Float, { description: 'Its relative risk (NPM-2017).' })
  relativeRisk: number;

  @Field(() => Int, { nullable: true, description: 'Lower end, rounded to tens.' })
  low: number | null;

  @Field(() => Int, { nullable: true, description: 'Upper end, rounded to tens.' })
  high: number | null;

  @Field(() => Float, { nullable: true, description: 'Share used here (0-1): persons 15-75 with a low education level, as a stand-in for parents.' })
  share: number | null;

  @Field(() => Float, { nullable: true, description: 'Child-weighted national share (0-1).' })
  nationalShare: number | null;
}

@ObjectType({ description: 'Estimated number of children aged 0-17 facing abuse in a year, as a range (never a point).' })
export class AbuseEstimate {
  @Field({ description: 'Area code (GMxxxx or WKxxxxxx).' })
  areaCode: string;

  @Field(() => Int, { description: 'The year asked for.' })
  year: number;

  @Field(() => Int, { description: 'Reference year of the population data used.' })
  dataYear: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Children aged 0-17 used (CBS count of 0-14 plus an approximation of 15-17, rounded to tens); null when the estimate is withheld, so that it cannot be recomputed.',
  })
  children: number | null;

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

  @Field(() => String, { nullable: true, description: 'Single-factor methods only: the risk factor used. For RISK_MODEL see `effects` and `check`.' })
  riskFactor: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'RISK_MODEL: the estimate per child relative to the national rate (1 = national rate), two decimals; null when withheld. Single-factor methods: the relative risk of the factor.',
  })
  relativeRisk: number | null;

  @Field(() => Float, { nullable: true, description: 'Single-factor methods only: share of children with the risk factor here (0-1).' })
  share: number | null;

  @Field(() => Float, { nullable: true, description: 'Single-factor methods only: child-weighted national share (0-1).' })
  nationalShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower end per 1,000 children aged 0-17 (one decimal); null when withheld.' })
  ratePerThousandLow: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end per 1,000 children aged 0-17 (one decimal); null when withheld.' })
  ratePerThousandHigh: number | null;

  @Field(() => [EstimateFactorEffect], {
    description:
      'RISK_MODEL: each risk factor, its value, the national mean and how much it moves the estimate. Effects are empty when the estimate is withheld.',
  })
  effects: EstimateFactorEffect[];

  @Field(() => SingleFactorCheck, {
    nullable: true,
    description: 'The single-factor indirect standardisation (low education, RR 4.95), shown next to the model as a check; null when withheld.',
  })
  check: SingleFactorCheck | null;

  @Field(() => EstimateModel, {
    nullable: true,
    description: 'The model behind RISK_MODEL estimates: method, coefficients, data years and out-of-sample validation.',
  })
  model: EstimateModel | null;

  @Field({ description: 'The formula, in words and symbols (Dutch).' })
  formula: string;

  @Field({ description: 'Plain-language explanation (Dutch).' })
  explanation: string;

  @Field(() => String, { nullable: true, description: 'Why the national rate was used, when it was.' })
  fallbackReason: string | null;

  @Field(() => [EstimateInputValue], { description: 'All inputs with year and source.' })
  inputs: EstimateInputValue[];
}

@ObjectType({ description: 'The police input of a domestic-violence estimate: Veilig Thuis reports by justice and police (CBS 84849NED).' })
export class PoliceInvolvementInput {
  @Field({
    description: 'MUNICIPALITY (its own published figure) or VEILIG_THUIS_REGION (the municipality has none; its region\u2019s figure is used).',
  })
  level: string;

  @Field({ description: 'Code of the area the figure belongs to (GMxxxx or VTxx).' })
  areaCode: string;

  @Field({ description: 'Name of that area.' })
  areaName: string;

  @Field(() => Int, { description: 'Year of the figure.' })
  year: number;

  @Field(() => Int, { description: 'Reports as published by CBS (rounded to 5 by CBS).' })
  reports: number;

  @Field({ description: 'True when CBS marks the figure as provisional.' })
  provisional: boolean;

  @Field(() => Float, { description: 'The shrunken police factor (y + 50) / (e + 50) applied to the weight (two decimals).' })
  factor: number;
}

@ObjectType({
  description: 'A weighted ESTIMATE (not a count) of people aged 16 and over who were victims of domestic violence in a year, as a range.',
})
export class DomesticViolenceEstimate {
  @Field({ description: 'Municipality code.' })
  areaCode: string;

  @Field({ description: 'Always true: this is a model estimate, not registered cases.' })
  isEstimate: boolean;

  @Field(() => Int, { nullable: true, description: 'Lower end (rounded to tens); null when withheld.' })
  low: number | null;

  @Field(() => Int, { nullable: true, description: 'Upper end (rounded to tens); null when withheld.' })
  high: number | null;

  @Field(() => PublishedStatusEnum, { description: 'Whether the range may be shown.' })
  status: PublishedStatus;

  @Field(() => Int, { nullable: true, description: 'People aged 16 and over used (rounded to hundreds); null when withheld.' })
  adults: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower end per 100 people aged 16+ (one decimal).' })
  percentLow: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end per 100 people aged 16+ (one decimal).' })
  percentHigh: number | null;

  @Field(() => Float, { description: 'National prevalence used (percent of people aged 16+).' })
  nationalPrevalence: number;

  @Field(() => Int, { description: 'Year of the national prevalence survey.' })
  prevalenceYear: number;

  @Field(() => PoliceInvolvementInput, {
    nullable: true,
    description: 'Police involvement used, where CBS publishes it for the municipality or its Veilig Thuis region; null otherwise.',
  })
  police: PoliceInvolvementInput | null;

  @Field({ description: 'The method in words (Dutch).' })
  method: string;

  @Field({ description: 'Plain-language explanation (Dutch).' })
  explanation: string;

  @Field(() => [EstimateInputValue], { description: 'All inputs with year and source.' })
  inputs: EstimateInputValue[];
}
