import { YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import { IsOptional, Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { MunicipalityCodeArgs } from '../district/district.resolver';
import { RiskProfile } from './risk-profile.types';

@ArgsType()
class DistrictProfileArgs extends MunicipalityCodeArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'Year of the district division (2017, 2021, 2022 or 2024); default: the newest with data for the municipality.',
  })
  @IsOptional()
  @Min(YEAR_MIN.monitor, { message: `year moet ${YEAR_MIN.monitor} of later zijn` })
  @Max(YEAR_MAX, { message: `year moet ${YEAR_MAX} of eerder zijn` })
  year?: number;
}

@Resolver(() => RiskProfile)
export class RiskProfileResolver {
  @Query(() => RiskProfile, {
    nullable: true,
    description:
      'Risk factors of a municipality with their source years, against its Veilig Thuis region, province, municipalities of the same size class and the Netherlands; null for an unknown municipality.',
  })
  riskProfile(@Args() { municipalityCode }: MunicipalityCodeArgs, @Ctx() ctx: Context): Promise<RiskProfile | null> {
    return ctx.services.riskProfiles.forMunicipality(ctx, municipalityCode);
  }

  @Query(() => [RiskProfile], {
    description:
      'Risk factors of the districts (wijken) of a municipality in one division year, under the district disclosure rules; empty when there is no district data for that year.',
  })
  districtRiskProfiles(@Args() { municipalityCode, year }: DistrictProfileArgs, @Ctx() ctx: Context): Promise<RiskProfile[]> {
    return ctx.services.riskProfiles.forDistricts(ctx, municipalityCode, year);
  }

  @Query(() => [Int], { description: 'Years of the district divisions with risk-factor data for a municipality, newest first.' })
  districtRiskProfileYears(@Args() { municipalityCode }: MunicipalityCodeArgs, @Ctx() ctx: Context): Promise<number[]> {
    return ctx.services.riskProfiles.districtYears(ctx, municipalityCode);
  }
}
