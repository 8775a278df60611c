import { searchKeysOf } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import type { Context } from '../../context';
import { decodeCursor, encodeCursor, type Connection } from '../../graphql/pagination';
import { validIn } from '../geography/geography.sql';
import type { Municipality } from './municipality.entity';
import type { MunicipalitiesArgs, MunicipalityArgs, MunicipalityFilter } from './municipality.inputs';
import { MUNICIPALITY_COLUMNS, toMunicipality, type MunicipalityRow } from './municipality.mapper';

/** Public reference data: readable by everyone, so no access check is needed here. */
export class MunicipalityService {
  constructor(private readonly dataSource: DataSource) {}

  async list(ctx: Context, args: MunicipalitiesArgs): Promise<Connection<Municipality>> {
    requireAccess(ctx, 'geography.read');
    const year = args.filter?.year ?? (await ctx.loaders.geographyYear());
    const after = args.after == null ? undefined : decodeCursor(args.after);
    const { where, params } = this.conditions(year, args.filter);

    const [{ total }] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM municipality m WHERE ${where}`, params);
    const rows = await this.dataSource.query<MunicipalityRow[]>(
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m
        WHERE ${where} AND ($${params.length + 1}::text IS NULL OR m.code > $${params.length + 1})
        ORDER BY m.code LIMIT $${params.length + 2}`,
      [...params, after ?? null, args.first + 1],
    );
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
    const rows: MunicipalityRow[] = await this.dataSource.query(
      `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.code = $1 AND ${validIn('m', '$2')}`,
      [args.code, year],
    );
    return rows[0] ? toMunicipality(rows[0], year) : null;
  }

  private conditions(year: number, filter: MunicipalityFilter | undefined) {
    const params: unknown[] = [year];
    const clauses = [validIn('m', '$1')];
    if (filter?.search) {
      // search_name holds the domain's searchKey of the name; aliases ("Den Haag") add official names
      params.push(
        searchKeysOf(filter.search).map((key) => `%${escapeLike(key)}%`),
        filter.search.trim().toUpperCase(),
      );
      clauses.push(`(m.search_name LIKE ANY($${params.length - 1}::text[]) OR m.code = $${params.length})`);
    }
    if (filter?.regionCode) {
      params.push(filter.regionCode);
      clauses.push(`EXISTS (SELECT 1 FROM region_membership rm JOIN region r ON r.id = rm.region_id
        WHERE rm.municipality_id = m.id AND r.code = $${params.length} AND ${validIn('rm', '$1')} AND ${validIn('r', '$1')})`);
    }
    return { where: clauses.join(' AND '), params };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
