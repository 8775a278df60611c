import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { Matches, MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ResponseArgs } from '../response/response.inputs';
import { IndicatorHistoryPoint, IndicatorResult } from './indicator.types';

@ArgsType()
class IndicatorHistoryArgs {
  @Field({ description: 'CBS code of the municipality.' })
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'municipalityCode moet een CBS-gemeentecode zijn, zoals GM0363' })
  municipalityCode: string;

  @Field({ description: 'Indicator key.' })
  @MaxLength(200, { message: 'key is te lang' })
  key: string;
}

@Resolver(() => IndicatorResult)
export class IndicatorResolver {
  @Query(() => [IndicatorResult], { description: 'The policy indicators of a municipality in a year, with bands, tips and change since last year.' })
  indicators(@Args() { municipalityCode, year }: ResponseArgs, @Ctx() ctx: Context): Promise<IndicatorResult[]> {
    return ctx.services.indicators.forYear(ctx, municipalityCode, year);
  }

  @Query(() => [IndicatorHistoryPoint], { description: 'One indicator of a municipality over the years.' })
  indicatorHistory(@Args() { municipalityCode, key }: IndicatorHistoryArgs, @Ctx() ctx: Context): Promise<IndicatorHistoryPoint[]> {
    return ctx.services.indicators.history(ctx, municipalityCode, key);
  }
}
