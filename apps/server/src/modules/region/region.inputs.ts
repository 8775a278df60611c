import { REGION_CODE_PATTERN, type RegionType, YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import { IsOptional, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { RegionTypeEnum } from './region-type.enum';

@ArgsType()
export class RegionsArgs {
  @Field(() => RegionTypeEnum, { nullable: true, description: 'Only regions of this division; default: all divisions.' })
  @IsOptional()
  type?: RegionType;

  @Field(() => Int, { nullable: true, description: 'Classification year; default: the newest year loaded.' })
  @IsOptional()
  @Min(YEAR_MIN.calendar, { message: `year moet ${YEAR_MIN.calendar} of later zijn` })
  @Max(YEAR_MAX, { message: `year moet ${YEAR_MAX} of eerder zijn` })
  year?: number;
}

@ArgsType()
export class RegionArgs {
  @Field({ description: 'CBS region code, e.g. PV27, VT08, VR13, GG3406 or JZ13.' })
  @Matches(REGION_CODE_PATTERN, { message: 'code moet een CBS-regiocode zijn, zoals PV27, VT08, VR13, GG3406 of JZ13' })
  code: string;

  @Field(() => Int, { nullable: true, description: 'Classification year; default: the newest year loaded.' })
  @IsOptional()
  @Min(YEAR_MIN.calendar, { message: `year moet ${YEAR_MIN.calendar} of later zijn` })
  @Max(YEAR_MAX, { message: `year moet ${YEAR_MAX} of eerder zijn` })
  year?: number;
}

@ArgsType()
export class RegionTypeArgs {
  @Field(() => RegionTypeEnum, { nullable: true, description: 'Only regions of this division.' })
  @IsOptional()
  type?: RegionType;
}
