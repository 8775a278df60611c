import { searchKeysOf } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import type { Context } from '../../context';
import { SharedReadCache } from '../../db/shared-read-cache';
import { decodeCursor, encodeCursor, type Connection } from '../../graphql/pagination';
import type { Municipality } from './municipality.entity';
import type { MunicipalitiesArgs, MunicipalityArgs, MunicipalityFilter } from './municipality.inputs';
import { toMunicipality } from './municipality.mapper';
import {
  countMunicipalities,
  municipalityByCodeInYear,
  municipalityConditions,
  municipalityPage,
  type MunicipalityConditions,
} from './municipality.repository';

/** Public reference data: readable by everyone, so no access check is needed here. */
export class MunicipalityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly shared: SharedReadCache = SharedReadCache.disabled(),
  ) {}

  async list(ctx: Context, args: MunicipalitiesArgs): Promise<Connection<Municipality>> {
    requireAccess(ctx, 'geography.read');
    const year = args.filter?.year ?? (await ctx.loaders.geographyYear());
    const after = args.after == null ? undefined : decodeCursor(args.after);
    const conditions = this.conditions(year, args.filter);
    const db = this.dataSource.manager;
    const total = await countMunicipalities(db, conditions);
    const rows = await municipalityPage(db, conditions, after ?? null, args.first + 1);
    const page = rows.slice(0, args.first);
    const edges = page.map((row) => ({ cursor: encodeCursor(row.code), node: toMunicipality(row, year) }));
    return {
      totalCount: total,
      edges,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: after !== undefined,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  async byCode(ctx: Context, args: MunicipalityArgs): Promise<Municipality | null> {
    requireAccess(ctx, 'geography.read');
    const year = args.year ?? (await ctx.loaders.geographyYear());
    // public reference data: the same row for everyone until it changes
    const row = await this.shared.get(`municipality:${args.code}:${year}`, () => municipalityByCodeInYear(this.dataSource.manager, args.code, year));
    return row ? toMunicipality(row, year) : null;
  }

  private conditions(year: number, filter: MunicipalityFilter | undefined): MunicipalityConditions {
    const search = filter?.search || undefined;
    return municipalityConditions(year, search, search ? searchKeysOf(search) : [], filter?.regionCode || undefined);
  }
}
