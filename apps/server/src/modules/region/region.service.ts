import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import type { Context } from '../../context';
import type { Region } from './region.entity';
import type { RegionArgs, RegionsArgs } from './region.inputs';
import { toRegion } from './region.mapper';
import { regionByCodeInYear, regionsInYear } from './region.repository';

/** Public reference data: readable by everyone, so no access check is needed here. */
export class RegionService {
  constructor(private readonly dataSource: DataSource) {}

  async list(ctx: Context, args: RegionsArgs): Promise<Region[]> {
    requireAccess(ctx, 'geography.read');
    const year = args.year ?? (await ctx.loaders.geographyYear());
    const rows = await regionsInYear(this.dataSource.manager, year, args.type ?? null);
    return rows.map((row) => toRegion(row, year));
  }

  async byCode(ctx: Context, args: RegionArgs): Promise<Region | null> {
    requireAccess(ctx, 'geography.read');
    const year = args.year ?? (await ctx.loaders.geographyYear());
    const row = await regionByCodeInYear(this.dataSource.manager, args.code, year);
    return row ? toRegion(row, year) : null;
  }
}
