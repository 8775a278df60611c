import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { enumType } from '../../graphql/enum-type';
import type { BenchmarkResult } from './benchmark.service';
import { Benchmark, BenchmarkGroupInput, CreateBenchmarkGroupInput, CustomBenchmarkGroup } from './benchmark.types';

export const BenchmarkScopeEnum = enumType(['INDICATORS', 'VEILIG_THUIS'] as const, 'BenchmarkScope', 'Which measures to benchmark.', (scope) =>
  ({
    INDICATORS: 'The policy indicators of the questionnaire.',
    VEILIG_THUIS: 'Veilig Thuis figures per 1,000 inhabitants (adviezen and meldingen, per period of the year).',
  })[scope],
);

@ArgsType()
class BenchmarksArgs {
  @Field(() => Int, { description: 'Year.' })
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => BenchmarkGroupInput, { description: 'Comparison group.' })
  group: BenchmarkGroupInput;

  @Field({ nullable: true, description: 'A municipality to place in the group (needs access to its data).' })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE_PATTERN, { message: 'municipalityCode moet een CBS-gemeentecode zijn, zoals GM0363' })
  municipalityCode?: string;
}

@ArgsType()
class BenchmarkListArgs extends BenchmarksArgs {
  @Field(() => BenchmarkScopeEnum, { nullable: true, defaultValue: 'INDICATORS', description: 'Indicators (default) or Veilig Thuis figures.' })
  scope: 'INDICATORS' | 'VEILIG_THUIS';
}

@ArgsType()
class BenchmarkArgs extends BenchmarksArgs {
  @Field({ description: 'Indicator key, or "vt:gestarte_adviezen:2023" / "vt:ontvangen_meldingen:2025-H1" for Veilig Thuis figures per 1,000 inhabitants.' })
  @MaxLength(200)
  indicatorKey: string;
}

function toBenchmark(result: BenchmarkResult): Benchmark {
  const a = result.aggregate;
  return {
    measure: result.measure.replace(/^indicator:/, ''),
    year: result.year,
    group: result.group,
    published: a?.published ?? false,
    withheldReason: a ? a.withheld_reason : 'NO_DATA',
    n: a?.n ?? 0,
    min: a?.min ?? null,
    q1: a?.q1 ?? null,
    median: a?.median ?? null,
    q3: a?.q3 ?? null,
    max: a?.max ?? null,
    computedAt: a?.computed_at ?? null,
    ownValue: result.own?.value ?? null,
    ownQuartile: result.own?.quartile ?? null,
    previousOwnValue: result.own?.previousValue ?? null,
    ownChange: result.own?.change ?? null,
  };
}

const measureKey = (key: string) => (key.startsWith('vt:') ? key : `indicator:${key}`);

@Resolver(() => Benchmark)
export class BenchmarkResolver {
  @Query(() => Benchmark, { description: 'One indicator (or Veilig Thuis rate) against a comparison group; precomputed, with "cijfers van" timestamp.' })
  async benchmark(@Args() { indicatorKey, year, group, municipalityCode }: BenchmarkArgs, @Ctx() ctx: Context): Promise<Benchmark> {
    return toBenchmark(await ctx.services.benchmarks.benchmark(ctx, measureKey(indicatorKey), year, group, municipalityCode));
  }

  @Query(() => [Benchmark], { description: 'All policy indicators (or Veilig Thuis figures per 1,000 inhabitants) of a year against a comparison group.' })
  async benchmarks(@Args() { year, group, municipalityCode, scope }: BenchmarkListArgs, @Ctx() ctx: Context): Promise<Benchmark[]> {
    return (await ctx.services.benchmarks.benchmarks(ctx, year, group, municipalityCode, scope)).map(toBenchmark);
  }

  @Query(() => [CustomBenchmarkGroup], { description: 'Comparison groups defined by analysts.' })
  benchmarkGroups(@Ctx() ctx: Context): Promise<CustomBenchmarkGroup[]> {
    return ctx.services.benchmarks.customGroups();
  }

  @Mutation(() => CustomBenchmarkGroup, { description: 'Defines a comparison group (analysts); aggregates are recomputed.' })
  async createBenchmarkGroup(@Arg('input', () => CreateBenchmarkGroupInput, { description: 'Name and members.' }) input: CreateBenchmarkGroupInput, @Ctx() ctx: Context): Promise<CustomBenchmarkGroup> {
    const group = await ctx.services.benchmarks.createGroup(ctx, input.name, input.members);
    return { key: group.key, name: group.name, size: group.members.length };
  }
}
