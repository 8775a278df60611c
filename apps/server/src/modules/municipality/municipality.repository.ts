import type { DataSource } from 'typeorm';

/** One stored CBS figure as a plain row (no entity hydration: the map reads hundreds per request). */
export interface StatisticRow {
  municipalityId: number;
  variable: string;
  year: number;
  value: number;
  source: string;
}

/** The newest figure of some variables per municipality, and whether it has any figure at all. */
export interface LatestStatistics {
  hasAny: boolean;
  rows: StatisticRow[];
}

interface LatestRow {
  municipality_id: number;
  has_any: boolean;
  variable: string | null;
  year: number | null;
  value: number | null;
  source: string | null;
}

/** Reads municipality_statistic: every figure, or only the newest of the variables a query asks for. */
export class MunicipalityStatisticsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async all(ids: readonly number[]): Promise<StatisticRow[]> {
    return this.dataSource.query(
      `SELECT municipality_id AS "municipalityId", variable, year, value, source
         FROM municipality_statistic WHERE municipality_id = ANY($1)`,
      [[...ids]],
    );
  }

  /** One statement for any number of municipalities: the newest year per variable, chosen in SQL. */
  async latest(ids: readonly number[], variables: readonly string[]): Promise<Map<number, LatestStatistics>> {
    const rows: LatestRow[] = await this.dataSource.query(
      `SELECT k.id AS municipality_id, EXISTS (SELECT 1 FROM municipality_statistic a WHERE a.municipality_id = k.id) AS has_any,
              s.variable, s.year, s.value, s.source
         FROM unnest($1::int[]) AS k(id)
         LEFT JOIN LATERAL (
           SELECT DISTINCT ON (variable) variable, year, value, source FROM municipality_statistic
            WHERE municipality_id = k.id AND variable = ANY($2) ORDER BY variable, year DESC
         ) s ON true`,
      [[...ids], [...variables]],
    );
    const result = new Map<number, LatestStatistics>();
    for (const row of rows) {
      if (!result.has(row.municipality_id)) result.set(row.municipality_id, { hasAny: row.has_any, rows: [] });
      if (row.variable !== null) {
        result.get(row.municipality_id)!.rows.push({
          municipalityId: row.municipality_id,
          variable: row.variable,
          year: row.year!,
          value: row.value!,
          source: row.source!,
        });
      }
    }
    return result;
  }
}
