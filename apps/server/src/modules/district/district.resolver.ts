import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { IsOptional, Matches, Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AbuseEstimate } from '../estimate/estimate.types';
import { District } from './district.types';

@ArgsType()
class MunicipalityCodeArgs {
  @Field({ description: 'CBS code of the municipality, e.g. GM0363.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'municipalityCode moet een CBS-gemeentecode zijn, zoals GM0363' })
  municipalityCode: string;
}

@ArgsType()
class EstimateArgs extends MunicipalityCodeArgs {
  @Field(() => Int, { nullable: true, description: 'Year the estimate is for; default: the current year.' })
  @IsOptional()
  @Min(2015, { message: 'year moet 2015 of later zijn' })
  @Max(2100, { message: 'year moet 2100 of eerder zijn' })
  year?: number;
}

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District], { description: 'The districts (wijken) of a municipality, where district data is loaded; empty otherwise.' })
  districts(@Args() { municipalityCode }: MunicipalityCodeArgs, @Ctx() ctx: Context): Promise<District[]> {
    return ctx.services.districts.forMunicipality(municipalityCode);
  }

  @Query(() => AbuseEstimate, { nullable: true, description: 'Estimated number of children aged 0-17 facing abuse (NPM-2017), as a range with inputs and formula; null for an unknown municipality.' })
  estimate(@Args() { municipalityCode, year }: EstimateArgs, @Ctx() ctx: Context): Promise<AbuseEstimate | null> {
    return ctx.services.estimates.forMunicipality(municipalityCode, year ?? new Date().getFullYear());
  }
}
