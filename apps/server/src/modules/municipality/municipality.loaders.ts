import DataLoader from 'dataloader';
import type { Geometry } from 'geojson';
import type { DataSource } from 'typeorm';
import type { YearKey } from '../region/region.loaders';
import { boundariesAsOf, MunicipalityStatisticsRepository, type LatestStatistics, type StatisticRow } from './municipality.repository';

/** All stored CBS figures per municipality id (plain rows). */
export function createStatisticsLoader(dataSource: DataSource) {
  const repository = new MunicipalityStatisticsRepository(dataSource);
  return new DataLoader<number, StatisticRow[]>(async (ids) => {
    const rows = await repository.all(ids);
    const byId = new Map<number, StatisticRow[]>();
    for (const row of rows) {
      if (!byId.has(row.municipalityId)) byId.set(row.municipalityId, []);
      byId.get(row.municipalityId)!.push(row);
    }
    return ids.map((id) => byId.get(id) ?? []);
  });
}

export interface LatestStatisticsKey {
  id: number;
  /** stored variables the query asks for */
  variables: readonly string[];
}

/**
 * The newest figure of only the variables a query asks for, per municipality: one SQL statement per
 * batch for the union of the variables its fields ask (the landing map asks 2 of the 22).
 */
export function createLatestStatisticsLoader(dataSource: DataSource) {
  const repository = new MunicipalityStatisticsRepository(dataSource);
  return new DataLoader<LatestStatisticsKey, LatestStatistics, string>(
    async (keys) => {
      const variables = [...new Set(keys.flatMap((k) => k.variables))].sort();
      const found = await repository.latest([...new Set(keys.map((k) => k.id))], variables);
      return keys.map((k) => {
        const figures = found.get(k.id) ?? { hasAny: false, rows: [] };
        return { hasAny: figures.hasAny, rows: figures.rows.filter((r) => k.variables.includes(r.variable)) };
      });
    },
    { cacheKeyFn: (k) => `${k.id}|${[...k.variables].sort().join(',')}` },
  );
}

/** The boundary valid in a year: the newest one stored for that year or before. */
export function createBoundaryLoader(dataSource: DataSource) {
  return new DataLoader<YearKey, Geometry | null, string>(
    async (keys) => {
      const rows = await boundariesAsOf(dataSource.manager, keys);
      const found = new Map(rows.map((r) => [`${r.municipality_id}@${r.asked}`, r.geometry]));
      return keys.map((k) => found.get(`${k.id}@${k.year}`) ?? null);
    },
    { cacheKeyFn: (k) => `${k.id}@${k.year}` },
  );
}
