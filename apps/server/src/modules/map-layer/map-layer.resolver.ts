import { MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { MapLayer, MapLayerValues } from './map-layer.types';

@ArgsType()
class MapLayerArgs {
  @Field({ description: 'Layer key from mapLayers, e.g. "schatting".' })
  @MaxLength(100, { message: 'key is te lang' })
  key: string;
}

@Resolver()
export class MapLayerResolver {
  @Query(() => [MapLayer], { description: 'The figures the landing map can be coloured by, with whether each has figures and why not.' })
  mapLayers(@Ctx() ctx: Context): Promise<MapLayer[]> {
    return ctx.services.mapLayers.layers(ctx);
  }

  @Query(() => MapLayerValues, { nullable: true, description: 'One map layer with its value per municipality; null for an unknown key.' })
  mapLayer(@Args() args: MapLayerArgs, @Ctx() ctx: Context): Promise<MapLayerValues | null> {
    return ctx.services.mapLayers.layer(ctx, args.key);
  }
}
