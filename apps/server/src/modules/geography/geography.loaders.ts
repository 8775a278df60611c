import type { DataSource } from 'typeorm';
import { SharedReadCache } from '../../db/shared-read-cache';
import { newestGeographyYear } from '../municipality/municipality.repository';

/** The newest classification year loaded (memoised per request, and shared until the data changes). */
export function createGeographyYearLoader(dataSource: DataSource, shared: SharedReadCache = SharedReadCache.disabled()): () => Promise<number> {
  let year: Promise<number> | undefined;
  return () =>
    (year ??= shared.get('geography:newestYear', () => newestGeographyYear(dataSource.manager)).then((newest) => newest ?? new Date().getFullYear()));
}

/** Groups keys by year so each distinct year costs one query, whatever the number of keys. */
export function groupByYear<K extends { year: number }>(keys: readonly K[]): Map<number, K[]> {
  const groups = new Map<number, K[]>();
  for (const key of keys) {
    if (!groups.has(key.year)) groups.set(key.year, []);
    groups.get(key.year)!.push(key);
  }
  return groups;
}
