import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { Matches } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { District } from './district.types';

@ArgsType()
export class MunicipalityCodeArgs {
  @Field({ description: 'CBS code of the municipality, e.g. GM0363.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'municipalityCode moet een CBS-gemeentecode zijn, zoals GM0363' })
  municipalityCode: string;
}

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District], { description: 'The districts (wijken) of a municipality, where district data is loaded; empty otherwise.' })
  districts(@Args() { municipalityCode }: MunicipalityCodeArgs, @Ctx() ctx: Context): Promise<District[]> {
    return ctx.services.districts.forMunicipality(ctx, municipalityCode);
  }
}
