import { YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import { IsOptional, Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { MunicipalityCodeArgs } from '../district/district.resolver';
import { AbuseEstimate, DomesticViolenceEstimate, EstimateModel } from './estimate.types';

@ArgsType()
class EstimateArgs extends MunicipalityCodeArgs {
  @Field(() => Int, { nullable: true, description: 'Year the estimate is for; default: the current year.' })
  @IsOptional()
  @Min(YEAR_MIN.estimate, { message: `year moet ${YEAR_MIN.estimate} of later zijn` })
  @Max(YEAR_MAX, { message: `year moet ${YEAR_MAX} of eerder zijn` })
  year?: number;
}

@Resolver()
export class EstimateResolver {
  @Query(() => AbuseEstimate, {
    nullable: true,
    description:
      'Estimated number of children aged 0-17 facing abuse in a year: the NPM-2017 national range distributed by a risk model (see `model`), as a range with inputs, factor effects, the single-factor check and the formula; null for an unknown municipality. Withheld (status SUPPRESSED) for small numbers, together with the inputs that would give it back.',
  })
  estimate(@Args() { municipalityCode, year }: EstimateArgs, @Ctx() ctx: Context): Promise<AbuseEstimate | null> {
    return ctx.services.estimates.forMunicipality(ctx, municipalityCode, year ?? new Date().getFullYear());
  }

  @Query(() => EstimateModel, {
    nullable: true,
    description:
      'The model behind the estimates of abused children: method, coefficients, data years, national totals and out-of-sample validation; null when no risk factors are loaded.',
  })
  estimateModel(@Ctx() ctx: Context): Promise<EstimateModel | null> {
    return ctx.services.estimates.model(ctx);
  }

  @Query(() => DomesticViolenceEstimate, {
    nullable: true,
    description:
      'Weighted ESTIMATE of people aged 16+ who were victims of domestic violence in a year (national prevalence distributed by risk profile and, where published, police reports to Veilig Thuis), as a range with method and inputs; null for an unknown municipality.',
  })
  domesticViolenceEstimate(@Args() { municipalityCode }: MunicipalityCodeArgs, @Ctx() ctx: Context): Promise<DomesticViolenceEstimate | null> {
    return ctx.services.estimates.domesticViolence(ctx, municipalityCode);
  }
}
