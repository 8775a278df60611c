import { MUNICIPALITY_CODE_PATTERN, YEAR_MAX, YEAR_MIN } from '@monitor/domain';
import { IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { enumType } from '../../graphql/enum-type';
import type { DisclosureRow } from './benchmark.repository';
import { typeOfKey, type BenchmarkResult } from './benchmark.service';
import { Benchmark, BenchmarkDisclosure, BenchmarkGroupInput, CreateBenchmarkGroupInput, CustomBenchmarkGroup } from './benchmark.types';

export const BenchmarkScopeEnum = enumType(
  ['INDICATORS', 'VEILIG_THUIS'] as const,
  'BenchmarkScope',
  'Which measures to benchmark.',
  (scope) =>
    ({
      INDICATORS: 'The policy indicators of the questionnaire.',
      VEILIG_THUIS: 'Veilig Thuis figures per 1,000 inhabitants (adviezen and meldingen, per period of the year).',
    })[scope],
);

@ArgsType()
class BenchmarksArgs {
  @Field(() => Int, { description: 'Year.' })
  @Min(YEAR_MIN.monitor)
  @Max(YEAR_MAX)
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
  @Field({
    description: 'Indicator key, or "vt:gestarte_adviezen:2023" / "vt:ontvangen_meldingen:2025-H1" for Veilig Thuis figures per 1,000 inhabitants.',
  })
  @MaxLength(200)
  indicatorKey: string;
}

function toBenchmark(result: BenchmarkResult): Benchmark {
  const a = result.aggregate;
  const shown = a !== null && a.median !== null;
  return {
    measure: result.measure.replace(/^indicator:/, ''),
    year: result.year,
    group: result.group,
    published: shown,
    internal: result.internal,
    // one reason for every withheld group: telling "too few" apart would reveal how many contribute
    withheldReason: shown ? null : a ? 'PROTECTED' : 'NO_DATA',
    n: shown ? a.n : null,
    min: null,
    p10: shown ? a.p10 : null,
    q1: shown ? a.q1 : null,
    median: shown ? a.median : null,
    q3: shown ? a.q3 : null,
    p90: shown ? a.p90 : null,
    max: null,
    grid: shown ? a.grid : null,
    computedAt: shown ? (a.released_at ?? a.computed_at) : null,
    ownValue: result.own?.value ?? null,
    ownQuartile: result.own?.quartile ?? null,
    previousOwnValue: result.own?.previousValue ?? null,
    ownChange: result.own?.change ?? null,
  };
}

function toDisclosureRow(row: DisclosureRow) {
  return {
    measure: row.measure.replace(/^indicator:/, ''),
    group: { key: row.group_key, type: typeOfKey(row.group_key), name: row.group_name },
    status: row.status,
    reason: row.reason,
    contributors: row.contributors,
    shownN: row.n,
    shownReleasedAt: row.released_at,
    lastReleasedAt: row.last_released_at,
    releaseCount: row.release_count,
  };
}

const measureKey = (key: string) => (key.startsWith('vt:') ? key : `indicator:${key}`);

@Resolver(() => Benchmark)
export class BenchmarkResolver {
  @Query(() => Benchmark, {
    description: 'One indicator (or Veilig Thuis rate) against a comparison group; precomputed, with "cijfers van" timestamp.',
  })
  async benchmark(@Args() { indicatorKey, year, group, municipalityCode }: BenchmarkArgs, @Ctx() ctx: Context): Promise<Benchmark> {
    return toBenchmark(await ctx.services.benchmarks.benchmark(ctx, measureKey(indicatorKey), year, group, municipalityCode));
  }

  @Query(() => [Benchmark], {
    description: 'All policy indicators (or Veilig Thuis figures per 1,000 inhabitants) of a year against a comparison group.',
  })
  async benchmarks(@Args() { year, group, municipalityCode, scope }: BenchmarkListArgs, @Ctx() ctx: Context): Promise<Benchmark[]> {
    return (await ctx.services.benchmarks.benchmarks(ctx, year, group, municipalityCode, scope)).map(toBenchmark);
  }

  @Query(() => [CustomBenchmarkGroup], {
    description: 'Comparison groups defined by analysts: all for NJi staff, the published ones for everyone else.',
  })
  benchmarkGroups(@Ctx() ctx: Context): Promise<CustomBenchmarkGroup[]> {
    return ctx.services.benchmarks.customGroups(ctx);
  }

  @Mutation(() => CustomBenchmarkGroup, {
    description: 'Defines a comparison group (analysts); private to NJi staff until an administrator publishes it.',
  })
  async createBenchmarkGroup(
    @Arg('input', () => CreateBenchmarkGroupInput, { description: 'Name and members.' }) input: CreateBenchmarkGroupInput,
    @Ctx() ctx: Context,
  ): Promise<CustomBenchmarkGroup> {
    const group = await ctx.services.benchmarks.createGroup(ctx, input.name, input.members);
    return { key: group.key, name: group.name, size: group.members.length, published: group.published };
  }

  @Mutation(() => CustomBenchmarkGroup, {
    description: 'Publishes an analysts\u2019 group (administrators); its figures are released only as far as the release ledger allows.',
  })
  publishBenchmarkGroup(@Arg('key', { description: 'Group key, e.g. CUSTOM:3.' }) key: string, @Ctx() ctx: Context): Promise<CustomBenchmarkGroup> {
    return ctx.services.benchmarks.publishGroup(ctx, key);
  }

  @Query(() => BenchmarkDisclosure, {
    description: 'Administrators: per measure and comparison group of a year, what is published or withheld and why, and when it was last released.',
  })
  async benchmarkDisclosure(@Arg('year', () => Int, { description: 'Year.' }) year: number, @Ctx() ctx: Context): Promise<BenchmarkDisclosure> {
    const rows = await ctx.services.benchmarks.disclosure(ctx, year);
    return { year, minimumGroupSize: ctx.services.benchmarks.minimum, rows: rows.map(toDisclosureRow) };
  }
}
