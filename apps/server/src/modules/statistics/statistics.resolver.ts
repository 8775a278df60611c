import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { StatisticMeasure, StatisticsDisclosure, StatisticValue, VeiligThuisFigures } from './statistics.types';

@ArgsType()
class StatisticsArgs {
  @Field({ description: 'Measure key (see statisticMeasures), e.g. ontvangen_meldingen.' })
  @MaxLength(100, { message: 'measure is te lang' })
  measure: string;

  @Field(() => [String], { description: 'Region codes: NL01, LD01-LD04, PVxx, VTxx, GMxxxx (at most 400).' })
  @ArrayMinSize(1, { message: 'regionCodes: geef minstens één regiocode' })
  @ArrayMaxSize(400, { message: 'regionCodes: hoogstens 400 regio\u2019s per keer' })
  regionCodes: string[];

  @Field(() => [String], { nullable: true, description: 'Periods ("2023", "2025-H1"); default: all.' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(/^\d{4}(-H[12])?$/, { each: true, message: 'periods: gebruik jaren als 2023 of halfjaren als 2025-H1' })
  periods?: string[];

  @Field({ nullable: true, description: 'Category of the table\u2019s characteristics, e.g. "Beroepsmatig totaal"; default: the total.' })
  @IsOptional()
  @MaxLength(200)
  category?: string;
}

@ArgsType()
class VeiligThuisFiguresArgs {
  @Field({ description: 'CBS municipality code, e.g. GM0363.' })
  @MaxLength(10, { message: 'municipalityCode is te lang' })
  municipalityCode: string;
}

@Resolver(() => StatisticValue)
export class StatisticsResolver {
  @Query(() => [StatisticValue], { description: 'Published Veilig Thuis figures (CBS), after disclosure control, with status and source.' })
  statistics(@Args() args: StatisticsArgs, @Ctx() ctx: Context): Promise<StatisticValue[]> {
    return ctx.services.statistics.values(ctx, args);
  }

  @Query(() => VeiligThuisFigures, {
    nullable: true,
    description:
      'Every published Veilig Thuis figure (CBS, after disclosure control) of a municipality, or of its Veilig Thuis region when none is published for it; null for an unknown municipality.',
  })
  veiligThuisFigures(@Args() args: VeiligThuisFiguresArgs, @Ctx() ctx: Context): Promise<VeiligThuisFigures | null> {
    return ctx.services.statistics.forMunicipality(ctx, args.municipalityCode);
  }

  @Query(() => [StatisticMeasure], { description: 'The measures that can be asked for, with the tables, categories and periods that have figures.' })
  statisticMeasures(@Ctx() ctx: Context): Promise<StatisticMeasure[]> {
    return ctx.services.statistics.measures(ctx);
  }

  @Query(() => StatisticsDisclosure, {
    description: 'Administrators: what disclosure control hides per CBS table and why, with the attacker audit\u2019s smallest interval width.',
  })
  statisticsDisclosure(@Ctx() ctx: Context): Promise<StatisticsDisclosure> {
    return ctx.services.statistics.disclosure(ctx.caller);
  }
}
