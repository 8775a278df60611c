import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Municipality } from '../municipality/municipality.entity';
import { Region } from './region.entity';
import { RegionArgs, RegionsArgs } from './region.inputs';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => [Region], { description: 'All regions, optionally of one division, ordered by division and code.' })
  regions(@Args() args: RegionsArgs, @Ctx() ctx: Context): Promise<Region[]> {
    return ctx.services.regions.list(ctx, args);
  }

  @Query(() => Region, { nullable: true, description: 'One region by CBS code; null when no such region exists.' })
  region(@Args() args: RegionArgs, @Ctx() ctx: Context): Promise<Region | null> {
    return ctx.services.regions.byCode(ctx, args);
  }

  @FieldResolver(() => [Municipality], { description: 'Member municipalities, ordered by name.' })
  municipalities(@Root() region: Region, @Ctx() ctx: Context): Promise<Municipality[]> {
    return ctx.loaders.municipalitiesByRegion.load({ id: region.id, year: region.asOfYear });
  }

  @FieldResolver(() => Int, { description: 'Number of member municipalities.' })
  async municipalityCount(@Root() region: Region, @Ctx() ctx: Context): Promise<number> {
    return (await ctx.loaders.municipalitiesByRegion.load({ id: region.id, year: region.asOfYear })).length;
  }
}
