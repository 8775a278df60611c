import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { groupByYear } from '../geography/geography.loaders';
import { toMunicipality } from '../municipality/municipality.mapper';
import type { Municipality } from '../municipality/municipality.entity';
import { toRegion } from './region.mapper';
import { membersOfRegions, regionsOfMunicipalities } from './region.repository';
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
        const rows = await regionsOfMunicipalities(
          dataSource.manager,
          group.map((k) => k.id),
          year,
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
        const rows = await membersOfRegions(
          dataSource.manager,
          group.map((k) => k.id),
          year,
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
