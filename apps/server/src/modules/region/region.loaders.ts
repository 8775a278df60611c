import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { validIn } from '../geography/geography.sql';
import { groupByYear } from '../geography/geography.loaders';
import { MUNICIPALITY_COLUMNS, toMunicipality, type MunicipalityRow } from '../municipality/municipality.mapper';
import type { Municipality } from '../municipality/municipality.entity';
import { REGION_COLUMNS, toRegion, type RegionRow } from './region.mapper';
import type { Region } from './region.entity';

export interface YearKey {
  id: number;
  year: number;
}

const yearKey = (key: YearKey) => `${key.id}@${key.year}`;

/** Regions of each municipality in a classification year: one query per distinct year. */
export function createRegionsByMunicipalityLoader(dataSource: DataSource) {
  return new DataLoader<YearKey, Region[], string>(
    async (keys) => {
      const result = new Map<string, Region[]>();
      for (const [year, group] of groupByYear(keys)) {
        const rows: (RegionRow & { municipality_id: number })[] = await dataSource.query(
          `SELECT rm.municipality_id, ${REGION_COLUMNS}
             FROM region_membership rm JOIN region r ON r.id = rm.region_id
            WHERE rm.municipality_id = ANY($1) AND ${validIn('rm', '$2')} AND ${validIn('r', '$2')}
            ORDER BY r.type, r.code`,
          [group.map((k) => k.id), year],
        );
        for (const row of rows) {
          const k = yearKey({ id: row.municipality_id, year });
          if (!result.has(k)) result.set(k, []);
          result.get(k)!.push(toRegion(row, year));
        }
      }
      return keys.map((key) => result.get(yearKey(key)) ?? []);
    },
    { cacheKeyFn: yearKey },
  );
}

/** Member municipalities of each region in a classification year, ordered by name. */
export function createMunicipalitiesByRegionLoader(dataSource: DataSource) {
  return new DataLoader<YearKey, Municipality[], string>(
    async (keys) => {
      const result = new Map<string, Municipality[]>();
      for (const [year, group] of groupByYear(keys)) {
        const rows: (MunicipalityRow & { region_id: number })[] = await dataSource.query(
          `SELECT rm.region_id, ${MUNICIPALITY_COLUMNS}
             FROM region_membership rm JOIN municipality m ON m.id = rm.municipality_id
            WHERE rm.region_id = ANY($1) AND ${validIn('rm', '$2')} AND ${validIn('m', '$2')}
            ORDER BY m.search_name`,
          [group.map((k) => k.id), year],
        );
        for (const row of rows) {
          const k = yearKey({ id: row.region_id, year });
          if (!result.has(k)) result.set(k, []);
          result.get(k)!.push(toMunicipality(row, year));
        }
      }
      return keys.map((key) => result.get(yearKey(key)) ?? []);
    },
    { cacheKeyFn: yearKey },
  );
}
