import {
  DATABANK_LABELS,
  DATABANKS,
  GAP_KINDS,
  PREVENTION_LEVEL_LABELS,
  PREVENTION_LEVELS,
  RECOGNITION_LABELS,
  RECOGNITION_LEVELS,
  TARGET_GROUP_LABELS,
  TARGET_GROUPS,
  type Databank,
  type GapKind,
  type PreventionLevel,
  type PublishedStatus,
  type RecognitionLevel,
  type TargetGroup,
} from '@monitor/domain';
import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';
import { GeoJSONScalar } from '../../graphql/geojson.scalar';
import { PublishedStatusEnum } from '../statistics/statistics.types';

/** Districts one offer can serve (the most districts of one municipality: Amsterdam, 110 in 2024). */
export const MAX_OFFER_DISTRICTS = 120;
/** Offers one municipality can register (kept modest so the page's query stays within the cost limit). */
export const MAX_CARE_OFFERS = 150;
/** Interventions in the catalogue (the NJi databank holds about 230, Movisie over 100). */
export const MAX_INTERVENTIONS = 500;

export const DatabankEnum = enumType(DATABANKS, 'Databank', 'The intervention databank an intervention is recognised in.', (d) => DATABANK_LABELS[d]);
export const RecognitionLevelEnum = enumType(
  RECOGNITION_LEVELS,
  'RecognitionLevel',
  'Recognition level as the databank awards it (NJi: goed onderbouwd; eerste, goede, sterke aanwijzingen; Movisie: goed beschreven, goed onderbouwd, effectief).',
  (l) => RECOGNITION_LABELS[l],
);
export const TargetGroupEnum = enumType(TARGET_GROUPS, 'TargetGroup', 'Who an offer is for.', (t) => TARGET_GROUP_LABELS[t]);
export const PreventionLevelEnum = enumType(PREVENTION_LEVELS, 'PreventionLevel', 'Prevention level of an offer.', (p) => PREVENTION_LEVEL_LABELS[p]);
export const SupplyGapKindEnum = enumType(
  GAP_KINDS,
  'SupplyGapKind',
  'Kind of gap in the care offer.',
  (k) =>
    ({
      NO_RECOGNISED_OFFER: 'No offer at goed onderbouwd or higher for a target group in one or more districts.',
      CAPACITY_BELOW_NEED: 'Capacity of indicated prevention and care below the threshold share of the lower estimated need.',
      LOW_REACH: 'An offer reached fewer people last year than the threshold share of its capacity.',
    })[k],
);

@ObjectType({ description: 'An intervention in the catalogue, with its databank and recognition level as entered by NJi administrators.' })
export class Intervention {
  @Field(() => ID, { description: 'Id of the entry.' })
  id: string;

  @Field({
    description:
      'Code of the entry (lower-case words joined by hyphens, e.g. signs-of-safety): the "interventie" of effect-monitoring scores. Fixed once the entry exists.',
  })
  code: string;

  @Field({ description: 'Name of the intervention.' })
  name: string;

  @Field(() => DatabankEnum, { description: 'Databank.' })
  databank: Databank;

  @Field(() => RecognitionLevelEnum, { description: 'Recognition level.' })
  recognitionLevel: RecognitionLevel;

  @Field({ description: 'True at goed onderbouwd or higher (the level the gap rules count as recognised).' })
  recognised: boolean;

  @Field(() => String, { nullable: true, description: 'Address of the databank record.' })
  databankUrl: string | null;

  @Field({ description: 'True for generated demo entries (not real recognitions).' })
  isDemo: boolean;

  @Field({
    description:
      'True when effect monitoring shows released figures for this intervention (a group above the minimum size that passed the release rules).',
  })
  effectResultsPublished: boolean;
}

@ObjectType({ description: 'One offer of a municipality: an intervention, for whom, by whom, where, and how much.' })
export class CareOffer {
  @Field(() => ID, { description: 'Id of the offer.' })
  id: string;

  @Field({ description: 'Municipality (CBS code).' })
  municipalityCode: string;

  @Field(() => Intervention, { description: 'The catalogue entry offered.' })
  intervention: Intervention;

  @Field(() => TargetGroupEnum, { description: 'Target group.' })
  targetGroup: TargetGroup;

  @Field(() => PreventionLevelEnum, { description: 'Prevention level.' })
  preventionLevel: PreventionLevel;

  @Field({ description: 'Provider (organisation) of the offer.' })
  provider: string;

  @Field(() => [String], { description: 'Codes of the districts (wijken) served.' })
  districtCodes: string[];

  @Field(() => Int, { nullable: true, description: 'Places (participants) a year; null when not entered.' })
  capacity: number | null;

  @Field(() => Int, { nullable: true, description: 'Participants reached last year; null when not entered.' })
  reachLastYear: number | null;

  @Field(() => Int, { nullable: true, description: 'Current waiting time in weeks; null when not entered.' })
  waitingWeeks: number | null;

  @Field({ description: 'True for generated demo offers (not a real municipality\u2019s offer).' })
  isDemo: boolean;

  @Field({ description: 'Last change.' })
  updatedAt: Date;
}

@ObjectType({ description: 'Offers and capacity for one target group in one district.' })
export class TargetGroupCoverageType {
  @Field(() => TargetGroupEnum, { description: 'Target group.' })
  targetGroup: TargetGroup;

  @Field(() => Int, { description: 'Offers serving the district for this group.' })
  offers: number;

  @Field(() => Int, { description: 'Of which recognised (goed onderbouwd or higher).' })
  recognisedOffers: number;

  @Field(() => Int, { description: 'Capacity apportioned to the district (places a year).' })
  capacity: number;
}

@ObjectType({ description: 'Demand and supply in one district, under the district disclosure rules.' })
export class DistrictSupply {
  @Field({ description: 'CBS district code.' })
  code: string;

  @Field({ description: 'CBS district name.' })
  name: string;

  @Field(() => GeoJSONScalar, {
    nullable: true,
    description:
      'Boundary (generalised CBS/PDOK map, WGS84). A map of all districts of a municipality is better served by GET /geo/districts/<municipality code>.geojson (public, cached, ETag).',
  })
  boundary: unknown;

  @Field(() => Int, { nullable: true, description: 'Children 0-17 (apportioned, rounded to tens); null when withheld.' })
  children: number | null;

  @Field(() => Int, { nullable: true, description: 'Lower end of the estimated children facing abuse (tens); null when withheld.' })
  needLow: number | null;

  @Field(() => Int, { nullable: true, description: 'Upper end of the estimated children facing abuse (tens); null when withheld.' })
  needHigh: number | null;

  @Field(() => PublishedStatusEnum, { description: 'Whether the need may be shown.' })
  needStatus: PublishedStatus;

  @Field(() => Int, { description: 'Offers serving the district.' })
  offers: number;

  @Field(() => Int, { description: 'Of which recognised (goed onderbouwd or higher).' })
  recognisedOffers: number;

  @Field(() => Int, { description: 'Apportioned capacity of indicated prevention and care (places a year).' })
  matchingCapacity: number;

  @Field(() => Int, { nullable: true, description: 'matchingCapacity as a whole percentage of needLow; null when the need is withheld.' })
  capacityPercentOfNeed: number | null;

  @Field(() => Int, { nullable: true, description: 'Apportioned reach last year (tens); null when withheld or not entered.' })
  reach: number | null;

  @Field(() => PublishedStatusEnum, { description: 'Status of reach.' })
  reachStatus: PublishedStatus;

  @Field(() => [TargetGroupCoverageType], { description: 'Offers and capacity per target group.' })
  targetGroups: TargetGroupCoverageType[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Young people 0-22 with youth care in natura per 1,000 children 0-14 (CBS KWB 2022; the wijk files have no count of 0-22 year olds, so the ages differ); only where the 2022 district has the same code and name; null when withheld or missing.',
  })
  youthCarePerThousandChildren: number | null;

  @Field(() => PublishedStatusEnum, { description: 'Status of youthCarePerThousandChildren.' })
  youthCareStatus: PublishedStatus;
}

@ObjectType({ description: 'A gap in the offer, with the rule that found it.' })
export class SupplyGapType {
  @Field(() => SupplyGapKindEnum, { description: 'Kind of gap.' })
  kind: GapKind;

  @Field(() => TargetGroupEnum, { nullable: true, description: 'Target group (NO_RECOGNISED_OFFER, LOW_REACH); null otherwise.' })
  targetGroup: TargetGroup | null;

  @Field(() => ID, { nullable: true, description: 'The offer (LOW_REACH).' })
  offerId: string | null;

  @Field(() => [String], { description: 'Districts concerned.' })
  districtCodes: string[];

  @Field({ description: 'Explanation (Dutch), naming the threshold.' })
  explanation: string;
}

@ObjectType({ description: 'Expected versus observed youth care in one district (SCP wijk division 2017).' })
export class ExpectedUseDistrict {
  @Field({ description: 'CBS district code (2017 division).' })
  code: string;

  @Field({ description: 'District name (2017).' })
  name: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Observed % of young people with youth care without accommodation (SCP); null when SCP did not publish it.',
  })
  observedPercent: number | null;

  @Field(() => Float, { description: 'Expected % from the refitted model (one decimal).' })
  expectedPercent: number;

  @Field(() => Float, { nullable: true, description: 'observed / expected (two decimals).' })
  ratio: number | null;
}

@ObjectType({ description: 'Expected versus observed youth care per district, with how the expectation was made.' })
export class ExpectedUse {
  @Field(() => Int, { description: 'Year of the district division and the figures (2017).' })
  year: number;

  @Field({ description: 'Method (Dutch): a simple refit, not the SCP model itself.' })
  method: string;

  @Field(() => Float, { description: 'Share of variance explained over all districts (two decimals).' })
  rSquared: number;

  @Field(() => Int, { description: 'Districts the model was fitted on.' })
  fittedOn: number;

  @Field({ description: 'Attribution.' })
  source: string;

  @Field(() => [ExpectedUseDistrict], { description: 'The districts of the municipality in the 2017 division.' })
  districts: ExpectedUseDistrict[];
}

@ObjectType({ description: 'The thresholds of the gap rules: choices of this monitor, not standards.' })
export class SupplyThresholds {
  @Field(() => Float, { description: 'Capacity below this share of the lower estimated need is a gap (0-1).' })
  capacityShareOfNeed: number;

  @Field(() => Float, { description: 'Reach below this share of capacity is low reach (0-1).' })
  reachShareOfCapacity: number;

  @Field({ description: 'Why these thresholds (Dutch).' })
  explanation: string;
}

@ObjectType({ description: 'Demand and supply of one municipality, per district and target group.' })
export class SupplyAnalysis {
  @Field({ description: 'CBS code of the municipality.' })
  municipalityCode: string;

  @Field(() => Int, { nullable: true, description: 'Year of the district division; null when the municipality has no district data.' })
  districtYear: number | null;

  @Field(() => [DistrictSupply], { description: 'Demand and supply per district (empty when the municipality has no district data).' })
  districts: DistrictSupply[];

  @Field(() => [CareOffer], { description: 'The registered offers.' })
  offers: CareOffer[];

  @Field(() => [SupplyGapType], { description: 'Gaps found by the rules.' })
  gaps: SupplyGapType[];

  @Field(() => SupplyThresholds, { description: 'Thresholds of the gap rules.' })
  thresholds: SupplyThresholds;

  @Field(() => ExpectedUse, { nullable: true, description: 'Null when there are no SCP district figures for the municipality.' })
  expectedUse: ExpectedUse | null;

  @Field({ description: 'How capacity is apportioned and what the need is (Dutch).' })
  method: string;
}

@InputType({ description: 'A catalogue entry (NJi administrators and knowledge editors).' })
export class InterventionInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to add a new entry.' })
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code of a new entry (lower-case words joined by hyphens); leave out to derive it from the name. Cannot change later.',
  })
  @IsOptional()
  @MaxLength(60)
  code?: string | null;

  @Field({ description: 'Name of the intervention.' })
  @MaxLength(200)
  name: string;

  @Field(() => DatabankEnum, { description: 'Databank.' })
  databank: Databank;

  @Field(() => RecognitionLevelEnum, { description: 'Recognition level; must be one the databank awards.' })
  recognitionLevel: RecognitionLevel;

  @Field(() => String, { nullable: true, description: 'Address of the databank record (https://…).' })
  @IsOptional()
  @MaxLength(500)
  databankUrl?: string | null;
}

@InputType({ description: 'An offer of a municipality (its editors).' })
export class CareOfferInput {
  @Field(() => ID, { nullable: true, description: 'Leave out to add a new offer.' })
  id?: string | null;

  @Field({ description: 'CBS code of the municipality.' })
  @Matches(/^GM\d{4}$/, { message: 'municipalityCode moet een CBS-gemeentecode zijn, zoals GM0363' })
  municipalityCode: string;

  @Field(() => ID, { description: 'The catalogue entry.' })
  interventionId: string;

  @Field(() => TargetGroupEnum, { description: 'Target group.' })
  targetGroup: TargetGroup;

  @Field(() => PreventionLevelEnum, { description: 'Prevention level.' })
  preventionLevel: PreventionLevel;

  @Field({ description: 'Provider (organisation).' })
  @MaxLength(200)
  provider: string;

  @Field(() => [String], { description: 'Codes of the districts served (districts of this municipality).' })
  @ArrayMaxSize(MAX_OFFER_DISTRICTS)
  districtCodes: string[];

  @Field(() => Int, { nullable: true, description: 'Places a year; leave out when unknown.' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  capacity?: number | null;

  @Field(() => Int, { nullable: true, description: 'Participants reached last year; leave out when unknown.' })
  @IsOptional()
  @Min(0)
  @Max(1_000_000)
  reachLastYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Current waiting time in weeks; leave out when unknown.' })
  @IsOptional()
  @Min(0)
  @Max(520)
  waitingWeeks?: number | null;
}
