import {
  EFFECT_MEASURES,
  MOMENT_MAX,
  MUNICIPALITY_CODE_PATTERN,
  RATERS,
  SCORE_MAX,
  type EffectGroupKind,
  type EffectMeasure,
  type Rater,
} from '@monitor/domain';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { enumType } from '../../graphql/enum-type';
import { Intervention } from '../supply/supply.types';

/** A CSV upload travels in a GraphQL request (body limit 100 kB): about 2,000 lines; larger files are split. */
export const MAX_EFFECT_CSV_LENGTH = 90_000;
export const MAX_FORM_SCORES = 63; // 21 moments × 3 raters
export const MAX_PUBLICATIONS_PAGE = 500;
export const MAX_SCORES_PAGE = 5_000;
export const EFFECT_PUBLICATION_STATUSES = ['PUBLISHED', 'EARLIER_RELEASE', 'PROTECTED'] as const;
export type EffectPublicationStatus = (typeof EFFECT_PUBLICATION_STATUSES)[number];

export const EffectRaterEnum = enumType(
  RATERS,
  'EffectRater',
  'Who gave a safety-scale score.',
  (rater) => ({ HELPER: 'The helper (hulpverlener).', PARENT: 'A parent (ouder).', CHILD: 'The child (kind).' })[rater],
);

export const EffectGroupKindEnum = enumType(
  ['INTERVENTION', 'DISTRICT'] as const,
  'EffectGroupKind',
  'How effect figures are grouped.',
  (kind) =>
    ({ INTERVENTION: 'All trajectories with one intervention (all municipalities).', DISTRICT: 'All trajectories in one district (wijk).' })[kind],
);

export const EffectMeasureEnum = enumType(EFFECT_MEASURES, 'EffectMeasure', 'A published effect figure.', (measure) =>
  measure === 'AGREEMENT'
    ? 'Agreement between raters at the same moment.'
    : `Change in safety (last minus first moment) as scored by the ${measure.slice(7).toLowerCase()}.`,
);

export const EffectPublicationStatusEnum = enumType(
  EFFECT_PUBLICATION_STATUSES,
  'EffectPublicationStatus',
  'Whether a group’s figures are public.',
  (s) =>
    ({
      PUBLISHED: 'The current figures are released.',
      EARLIER_RELEASE: 'The figures of an earlier release: the current ones are protected (too few trajectories changed since).',
      PROTECTED: 'Not released: too few trajectories, or releasing them would isolate trajectories against other releases.',
    })[s],
);

@ObjectType('EffectChangeFigure', { description: 'Change in safety per trajectory (score at its last moment minus its first), for one rater.' })
export class EffectChangeFigure {
  @Field(() => EffectRaterEnum, { description: 'Whose scores.' }) rater: Rater;
  @Field(() => Int, { description: 'Trajectories with scores of this rater at two or more moments.' }) n: number;
  @Field(() => Float, { description: 'Mean score at the first moment (one decimal).' }) meanFirst: number;
  @Field(() => Float, { description: 'Mean score at the last moment (one decimal).' }) meanLast: number;
  @Field(() => Float, { description: 'Mean change (one decimal); positive = safer.' }) meanChange: number;
  @Field(() => Float, { description: 'Median change.' }) medianChange: number;
  @Field(() => Float, { description: 'Share (0–1) of trajectories whose score rose by 2 points or more.' }) improvedShare: number;
}

@ObjectType('EffectRaterPair', {
  description: 'Two raters compared at the same trajectory and moment. Empty when fewer than the minimum trajectories have both.',
})
export class EffectRaterPair {
  @Field(() => EffectRaterEnum, { description: 'First rater of the pair.' }) first: Rater;
  @Field(() => EffectRaterEnum, { description: 'Second rater of the pair.' }) second: Rater;
  @Field(() => Int, { description: 'Moments where both scored (0 when not published).' }) n: number;
  @Field(() => Float, { nullable: true, description: 'Mean of first minus second: positive = the first scores safety higher.' })
  meanDifference: number | null;
  @Field(() => Float, { nullable: true, description: 'Share (0–1) of moments where both are within one point.' }) withinOnePointShare: number | null;
}

@ObjectType('EffectAgreementFigure', {
  description: 'Agreement between helper, parent and child: Krippendorff’s alpha (interval) and differences per pair.',
})
export class EffectAgreementFigure {
  @Field(() => Int, { description: 'Trajectories with at least one moment scored by two or more raters.' }) n: number;
  @Field(() => Int, { description: 'Trajectory-moments with two or more raters.' }) units: number;
  @Field(() => Float, { nullable: true, description: 'Krippendorff’s alpha, interval metric (two decimals); null without variation.' })
  alpha: number | null;
  @Field(() => [EffectRaterPair], { description: 'Parent–helper, child–helper and child–parent.' }) pairs: EffectRaterPair[];
}

@ObjectType('EffectPublication', { description: 'The published figure of one group and measure, through the release ledger.' })
export class EffectPublicationType {
  @Field(() => EffectGroupKindEnum, { description: 'Intervention or district.' }) kind: EffectGroupKind;
  @Field({ description: 'Code of the catalogue entry (e.g. signs-of-safety) or district code (WK…).' }) subject: string;
  @Field(() => Intervention, {
    nullable: true,
    description: 'The catalogue entry (name, databank, recognition level) of an INTERVENTION group; null for districts.',
  })
  intervention: Intervention | null;
  @Field(() => EffectMeasureEnum, { description: 'Which figure: change per rater, or agreement.' }) measure: EffectMeasure;
  @Field(() => EffectPublicationStatusEnum, { description: 'Released, earlier release, or protected.' }) status: EffectPublicationStatus;
  @Field(() => Date, { nullable: true, description: 'When the figures shown were released.' }) releasedAt: Date | null;
  @Field({ description: 'The figures include generated (synthetic) demo scores.' }) synthetic: boolean;
  @Field(() => EffectChangeFigure, { nullable: true, description: 'The change figures (CHANGE_* measures, when released).' })
  change: EffectChangeFigure | null;
  @Field(() => EffectAgreementFigure, { nullable: true, description: 'The agreement figures (AGREEMENT, when released).' })
  agreement: EffectAgreementFigure | null;
}

@ObjectType('EffectScore', { description: 'One stored score. The trajectory is a pseudonym; the provider’s own number is never stored.' })
export class EffectScoreType {
  @Field({ description: 'Pseudonym of the trajectory (first 16 hexadecimal characters of the HMAC-SHA256).' }) trajectory: string;
  @Field(() => Int, { description: 'Moment: 0 = start of the trajectory.' }) moment: number;
  @Field(() => EffectRaterEnum, { description: 'Who scored.' }) rater: Rater;
  @Field(() => Int, { description: 'Safety-scale score, 0–10.' }) score: number;
  @Field({ description: 'Code of the catalogue entry.' }) intervention: string;
  @Field(() => String, { nullable: true, description: 'District code (WK…), if given.' }) districtCode: string | null;
  @Field({ description: 'Generated demo score (synthetic).' }) synthetic: boolean;
  @Field({ description: 'When the trajectory was last uploaded.' }) uploadedAt: Date;
}

@ObjectType('EffectUploadResult', { description: 'What an upload stored (all lines, or nothing).' })
export class EffectUploadResult {
  @Field(() => Int, { description: 'Scores stored (new or replaced).' }) scores: number;
  @Field(() => Int, { description: 'Trajectories in the upload.' }) trajectories: number;
  @Field(() => Int, { description: 'New releases of published figures after the upload.' }) newReleases: number;
}

@ArgsType()
export class EffectPublicationsArgs {
  @Field(() => EffectGroupKindEnum, { nullable: true, description: 'Only groups of this kind.' }) kind?: EffectGroupKind | null;
  @Field(() => String, { nullable: true, description: 'One intervention code or district code.' })
  @IsOptional()
  @MaxLength(60)
  subject?: string | null;
  @Field(() => Int, { defaultValue: 200, description: `At most ${MAX_PUBLICATIONS_PAGE}.` })
  @Min(1)
  @Max(MAX_PUBLICATIONS_PAGE)
  first: number;
}

@ArgsType()
export class EffectScoresArgs {
  @Field({ description: 'CBS municipality code, e.g. GM0363.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'gebruik een CBS-gemeentecode zoals GM0363' })
  municipalityCode: string;
  @Field(() => Int, { defaultValue: 500, description: `At most ${MAX_SCORES_PAGE}.` })
  @Min(1)
  @Max(MAX_SCORES_PAGE)
  first: number;
}

@ArgsType()
export class UploadEffectScoresArgs {
  @Field({ description: 'CBS municipality code of the uploading municipality.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'gebruik een CBS-gemeentecode zoals GM0363' })
  municipalityCode: string;
  @Field({ description: 'The CSV text (format: docs/effect-scores-csv.md).' })
  @MaxLength(MAX_EFFECT_CSV_LENGTH, { message: `hoogstens ${MAX_EFFECT_CSV_LENGTH} tekens; splits het bestand` })
  csv: string;
}

@InputType('EffectScoreInput', { description: 'One score of the form.' })
export class EffectScoreInput {
  @Field(() => Int, { description: 'Moment: 0 = start.' }) @IsInt() @Min(0) @Max(MOMENT_MAX) moment: number;
  @Field(() => EffectRaterEnum, { description: 'Who scored.' }) rater: Rater;
  @Field(() => Int, { description: 'Score 0–10.' }) @IsInt() @Min(0) @Max(SCORE_MAX) score: number;
}

@InputType('EffectTrajectoryInput', { description: 'The scores of one trajectory, entered in the form.' })
export class EffectTrajectoryInput {
  @Field({ description: 'CBS municipality code of the uploading municipality.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'gebruik een CBS-gemeentecode zoals GM0363' })
  municipalityCode: string;
  @Field({ description: 'The organisation’s trajectory number; stored only as a pseudonym.' }) @MaxLength(64) trajectoryId: string;
  @Field({ description: 'Code of the catalogue entry, e.g. signs-of-safety.' }) @MaxLength(60) intervention: string;
  @Field(() => String, { nullable: true, description: 'District code of the municipality (WK…), or null.' })
  @IsOptional()
  @MaxLength(8)
  districtCode?: string | null;
  @Field(() => [EffectScoreInput], { description: 'The scores (moment, rater, score).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_FORM_SCORES)
  @ValidateNested({ each: true })
  scores: EffectScoreInput[];
}
