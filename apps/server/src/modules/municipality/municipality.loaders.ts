import DataLoader from 'dataloader';
import type { Geometry } from 'geojson';
import type { DataSource } from 'typeorm';
import type { YearKey } from '../region/region.loaders';
import { MunicipalityStatisticsRepository, type LatestStatistics, type StatisticRow } from './municipality.repository';

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

/**
 * The newest figure of only the variables a query asks for, per municipality: one loader (and one SQL
 * statement per batch) per set of variables. The landing map asks 2 of the 22 variables.
 */
export function createLatestStatisticsLoader(dataSource: DataSource): (variables: readonly string[]) => DataLoader<number, LatestStatistics> {
  const repository = new MunicipalityStatisticsRepository(dataSource);
  const loaders = new Map<string, DataLoader<number, LatestStatistics>>();
  return (variables) => {
    const wanted = [...new Set(variables)].sort();
    const key = wanted.join(',');
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader<number, LatestStatistics>(async (ids) => {
        const found = await repository.latest(ids, wanted);
        return ids.map((id) => found.get(id) ?? { hasAny: false, rows: [] });
      });
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** The boundary valid in a year: the newest one stored for that year or before. */
export function createBoundaryLoader(dataSource: DataSource) {
  return new DataLoader<YearKey, Geometry | null, string>(
    async (keys) => {
      const rows: { municipality_id: number; asked: number; geometry: Geometry }[] = await dataSource.query(
        `SELECT DISTINCT ON (k.id, k.year) k.id AS municipality_id, k.year AS asked, b.geometry
           FROM unnest($1::int[], $2::int[]) AS k(id, year)
           JOIN municipality_boundary b ON b.municipality_id = k.id AND b.year <= k.year
          ORDER BY k.id, k.year, b.year DESC`,
        [keys.map((k) => k.id), keys.map((k) => k.year)],
      );
      const found = new Map(rows.map((r) => [`${r.municipality_id}@${r.asked}`, r.geometry]));
      return keys.map((k) => found.get(`${k.id}@${k.year}`) ?? null);
    },
    { cacheKeyFn: (k) => `${k.id}@${k.year}` },
  );
}
