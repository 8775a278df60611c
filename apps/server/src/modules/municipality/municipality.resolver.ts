import type { Geometry } from 'geojson';
import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { GeoJSONScalar } from '../../graphql/geojson.scalar';
import type { Connection } from '../../graphql/pagination';
import { Region } from '../region/region.entity';
import { RegionTypeArgs } from '../region/region.inputs';
import { Municipality } from './municipality.entity';
import { MunicipalitiesArgs, MunicipalityArgs } from './municipality.inputs';
import { keyFiguresOf, keyFigureVariables } from './municipality.key-figures';
import { MunicipalityConnection, MunicipalityKeyFigures, YouthPopulation } from './municipality.types';

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => MunicipalityConnection, { description: 'Municipalities ordered by CBS code, a page at a time (Relay connection).' })
  municipalities(@Args() args: MunicipalitiesArgs, @Ctx() ctx: Context): Promise<Connection<Municipality>> {
    return ctx.services.municipalities.list(ctx, args);
  }

  @Query(() => Municipality, { nullable: true, description: 'One municipality by CBS code; null when no such municipality exists.' })
  municipality(@Args() args: MunicipalityArgs, @Ctx() ctx: Context): Promise<Municipality | null> {
    return ctx.services.municipalities.byCode(ctx, args);
  }

  @FieldResolver(() => [Region], { description: 'The regions this municipality belongs to, one per division (optionally one division).' })
  async regions(@Root() municipality: Municipality, @Args() { type }: RegionTypeArgs, @Ctx() ctx: Context): Promise<Region[]> {
    const regions = await ctx.loaders.regionsByMunicipality.load({ id: municipality.id, year: municipality.asOfYear });
    return type ? regions.filter((r) => r.type === type) : regions;
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The province this municipality lies in.' })
  async province(@Root() municipality: Municipality, @Ctx() ctx: Context): Promise<Region | null> {
    const regions = await ctx.loaders.regionsByMunicipality.load({ id: municipality.id, year: municipality.asOfYear });
    return regions.find((r) => r.type === 'PROVINCE') ?? null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Number of inhabitants on 1 January of the newest year available (CBS).' })
  async population(@Root() municipality: Municipality, @Ctx() ctx: Context): Promise<number | null> {
    const { hasAny, rows } = await ctx.loaders.latestStatistics.load({ id: municipality.id, variables: ['inwoners'] });
    return keyFiguresOf(rows, hasAny)?.population ?? null;
  }

  @FieldResolver(() => YouthPopulation, {
    nullable: true,
    description:
      'Children aged 0-14 (CBS count, 1 January 2023) and 0-17 (plus an approximation of 15-17 as three mean one-year cohorts of 0-14; see `method`). Null when unknown, or when the municipality\u2019s abuse estimate is withheld (the count would let it be recomputed).',
  })
  async youthPopulation(@Root() municipality: Municipality, @Ctx() ctx: Context): Promise<YouthPopulation | null> {
    return ctx.services.estimates.youthPopulation(municipality.code);
  }

  @FieldResolver(() => MunicipalityKeyFigures, { nullable: true, description: 'CBS key figures: population, households, age distribution.' })
  async keyFigures(
    @Root() municipality: Municipality,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MunicipalityKeyFigures | null> {
    const { hasAny, rows } = await ctx.loaders.latestStatistics.load({ id: municipality.id, variables: keyFigureVariables(info) });
    return keyFiguresOf(rows, hasAny);
  }

  @FieldResolver(() => GeoJSONScalar, {
    nullable: true,
    description: 'Boundary as a GeoJSON geometry (generalised CBS/PDOK map, WGS84; not for street-level use).',
  })
  boundary(@Root() municipality: Municipality, @Ctx() ctx: Context): Promise<Geometry | null> {
    return ctx.loaders.boundary.load({ id: municipality.id, year: municipality.asOfYear });
  }
}
