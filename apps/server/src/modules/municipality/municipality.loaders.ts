import DataLoader from 'dataloader';
import type { Geometry } from 'geojson';
import type { DataSource } from 'typeorm';
import { MunicipalityStatistic } from './municipality-statistic.entity';
import type { YearKey } from '../region/region.loaders';

/** All stored CBS figures per municipality id. */
export function createStatisticsLoader(dataSource: DataSource) {
  return new DataLoader<number, MunicipalityStatistic[]>(async (ids) => {
    const rows = await dataSource
      .getRepository(MunicipalityStatistic)
      .createQueryBuilder('s')
      .where('s.municipalityId = ANY(:ids)', { ids: [...ids] })
      .getMany();
    const byId = new Map<number, MunicipalityStatistic[]>();
    for (const row of rows) {
      if (!byId.has(row.municipalityId)) byId.set(row.municipalityId, []);
      byId.get(row.municipalityId)!.push(row);
    }
    return ids.map((id) => byId.get(id) ?? []);
  });
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
