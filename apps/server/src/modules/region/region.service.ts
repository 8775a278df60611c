import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import type { Context } from '../../context';
import { validIn } from '../geography/geography.sql';
import type { Region } from './region.entity';
import type { RegionArgs, RegionsArgs } from './region.inputs';
import { REGION_COLUMNS, toRegion, type RegionRow } from './region.mapper';

/** Public reference data: readable by everyone, so no access check is needed here. */
export class RegionService {
  constructor(private readonly dataSource: DataSource) {}

  async list(ctx: Context, args: RegionsArgs): Promise<Region[]> {
    requireAccess(ctx, 'geography.read');
    const year = args.year ?? (await ctx.loaders.geographyYear());
    const rows: RegionRow[] = await this.dataSource.query(
      `SELECT ${REGION_COLUMNS} FROM region r
        WHERE ${validIn('r', '$1')} AND ($2::region_type IS NULL OR r.type = $2)
        ORDER BY r.type, r.code`,
      [year, args.type ?? null],
    );
    return rows.map((row) => toRegion(row, year));
  }

  async byCode(ctx: Context, args: RegionArgs): Promise<Region | null> {
    requireAccess(ctx, 'geography.read');
    const year = args.year ?? (await ctx.loaders.geographyYear());
    const rows: RegionRow[] = await this.dataSource.query(`SELECT ${REGION_COLUMNS} FROM region r WHERE r.code = $1 AND ${validIn('r', '$2')}`, [
      args.code,
      year,
    ]);
    return rows[0] ? toRegion(rows[0], year) : null;
  }
}
