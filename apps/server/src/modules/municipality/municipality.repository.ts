import type { Geometry } from 'geojson';
import type { DataSource, EntityManager } from 'typeorm';
import { validIn } from '../geography/geography.sql';
import { MUNICIPALITY_COLUMNS, type MunicipalityRow } from './municipality.mapper';

/*
 * The municipality module owns municipality, municipality_boundary and
 * municipality_statistic. Other modules read them through the exported functions below.
 */

/** The id of the current (not ended) municipality with this code, or null. */
export async function currentMunicipalityIdByCode(db: EntityManager, code: string): Promise<number | null> {
  const [row] = await db.query<{ id: number }[]>('SELECT id FROM municipality WHERE code = $1 AND valid_to IS NULL', [code]);
  return row?.id ?? null;
}

/** Current municipalities (code, name), ordered by code. */
export function currentMunicipalities(db: EntityManager): Promise<{ id: number; code: string; name: string }[]> {
  return db.query<{ id: number; code: string; name: string }[]>('SELECT id, code, name FROM municipality WHERE valid_to IS NULL ORDER BY code');
}

/** Current municipalities among these codes (code, name). */
export function currentMunicipalitiesByCode(db: EntityManager, codes: readonly string[]): Promise<{ id: number; code: string; name: string }[]> {
  return db.query<{ id: number; code: string; name: string }[]>(
    'SELECT id, code, name FROM municipality WHERE code = ANY($1) AND valid_to IS NULL ORDER BY code',
    [[...codes]],
  );
}

/** Current municipalities with their newest number of inhabitants (municipality_statistic 'inwoners'). */
export function currentMunicipalitiesWithInhabitants(db: EntityManager): Promise<{ code: string; inhabitants: number | null }[]> {
  return db.query<{ code: string; inhabitants: number | null }[]>(
    `SELECT m.code, (SELECT s.value FROM municipality_statistic s WHERE s.municipality_id = m.id AND s.variable = 'inwoners' ORDER BY s.year DESC LIMIT 1) AS inhabitants
       FROM municipality m WHERE m.valid_to IS NULL`,
  );
}

/** Municipalities by id, whatever their validity. */
export function municipalitiesById(db: EntityManager, ids: readonly number[]): Promise<MunicipalityRow[]> {
  return db.query<MunicipalityRow[]>(`SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.id = ANY($1)`, [[...ids]]);
}

/** The newest classification year loaded, or null on an empty database. */
export async function newestGeographyYear(db: EntityManager): Promise<number | null> {
  const rows = await db.query<{ year: number | null }[]>('SELECT max(valid_from)::int AS year FROM municipality');
  return rows[0]?.year ?? null;
}

/** Filter of a municipality list: the conditions and their parameters ($1 is the year). */
export interface MunicipalityConditions {
  where: string;
  params: unknown[];
}

/** SQL conditions for the municipality list ($1 is the classification year). */
export function municipalityConditions(
  year: number,
  search: string | undefined,
  searchKeys: string[],
  regionCode: string | undefined,
): MunicipalityConditions {
  const params: unknown[] = [year];
  const clauses = [validIn('m', '$1')];
  if (search) {
    // search_name holds the domain's searchKey of the name; aliases ("Den Haag") add official names
    params.push(
      searchKeys.map((key) => `%${escapeLike(key)}%`),
      search.trim().toUpperCase(),
    );
    clauses.push(`(m.search_name LIKE ANY($${params.length - 1}::text[]) OR m.code = $${params.length})`);
  }
  if (regionCode) {
    // cross-module read: region and region_membership (region module) filter the list in the same statement
    params.push(regionCode);
    clauses.push(`EXISTS (SELECT 1 FROM region_membership rm JOIN region r ON r.id = rm.region_id
      WHERE rm.municipality_id = m.id AND r.code = $${params.length} AND ${validIn('rm', '$1')} AND ${validIn('r', '$1')})`);
  }
  return { where: clauses.join(' AND '), params };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export async function countMunicipalities(db: EntityManager, { where, params }: MunicipalityConditions): Promise<number> {
  const [{ total }] = await db.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM municipality m WHERE ${where}`, params);
  return total;
}

/** One keyset page by code (limit rows after the code `after`). */
export function municipalityPage(
  db: EntityManager,
  { where, params }: MunicipalityConditions,
  after: string | null,
  limit: number,
): Promise<MunicipalityRow[]> {
  return db.query<MunicipalityRow[]>(
    `SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m
      WHERE ${where} AND ($${params.length + 1}::text IS NULL OR m.code > $${params.length + 1})
      ORDER BY m.code LIMIT $${params.length + 2}`,
    [...params, after, limit],
  );
}

/** The municipality with this code valid in the year, or null. */
export async function municipalityByCodeInYear(db: EntityManager, code: string, year: number): Promise<MunicipalityRow | null> {
  const rows = await db.query<MunicipalityRow[]>(`SELECT ${MUNICIPALITY_COLUMNS} FROM municipality m WHERE m.code = $1 AND ${validIn('m', '$2')}`, [
    code,
    year,
  ]);
  return rows[0] ?? null;
}

/** The boundary valid in each asked year: the newest one stored for that year or before. */
export function boundariesAsOf(
  db: EntityManager,
  keys: readonly { id: number; year: number }[],
): Promise<{ municipality_id: number; asked: number; geometry: Geometry }[]> {
  return db.query<{ municipality_id: number; asked: number; geometry: Geometry }[]>(
    `SELECT DISTINCT ON (k.id, k.year) k.id AS municipality_id, k.year AS asked, b.geometry
       FROM unnest($1::int[], $2::int[]) AS k(id, year)
       JOIN municipality_boundary b ON b.municipality_id = k.id AND b.year <= k.year
      ORDER BY k.id, k.year, b.year DESC`,
    [keys.map((k) => k.id), keys.map((k) => k.year)],
  );
}

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

/** Inserts or renames municipalities of a classification year; their ids by code. */
export async function upsertMunicipalities(
  db: EntityManager,
  municipalities: { code: string; name: string; searchName: string }[],
  validFrom: number,
): Promise<Map<string, number>> {
  const rows = await db.query<{ id: number; code: string }[]>(
    `INSERT INTO municipality (code, name, search_name, valid_from)
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::int[])
     ON CONFLICT (code, valid_from) DO UPDATE SET name = EXCLUDED.name, search_name = EXCLUDED.search_name
     RETURNING id, code`,
    [
      municipalities.map((m) => m.code),
      municipalities.map((m) => m.name),
      municipalities.map((m) => m.searchName),
      municipalities.map(() => validFrom),
    ],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function upsertBoundaries(
  db: EntityManager,
  boundaries: { municipalityId: number | undefined; geometry: string }[],
  year: number,
): Promise<void> {
  await db.query(
    `INSERT INTO municipality_boundary (municipality_id, year, geometry)
     SELECT id, $3, geometry FROM unnest($1::int[], $2::jsonb[]) AS t(id, geometry)
     ON CONFLICT (municipality_id, year) DO UPDATE SET geometry = EXCLUDED.geometry`,
    [boundaries.map((b) => b.municipalityId), boundaries.map((b) => b.geometry), year],
  );
}

export async function upsertStatistics(
  db: EntityManager,
  statistics: { municipalityId: number | undefined; variable: string; year: number; value: number; source: string }[],
): Promise<void> {
  await db.query(
    `INSERT INTO municipality_statistic (municipality_id, variable, year, value, source)
     SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::float8[], $5::text[])
     ON CONFLICT (municipality_id, variable, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source`,
    [
      statistics.map((s) => s.municipalityId),
      statistics.map((s) => s.variable),
      statistics.map((s) => s.year),
      statistics.map((s) => s.value),
      statistics.map((s) => s.source),
    ],
  );
}

/** Inhabitants (municipality_statistic 'inwoners') of the current municipalities, per year. */
export function currentInhabitantsByYear(db: EntityManager): Promise<{ code: string; year: number; value: number }[]> {
  return db.query<{ code: string; year: number; value: number }[]>(
    `SELECT m.code, s.year, s.value FROM municipality_statistic s JOIN municipality m ON m.id = s.municipality_id
      WHERE s.variable = 'inwoners' AND m.valid_to IS NULL`,
  );
}

export interface MunicipalityHierarchyRow {
  municipality: string;
  province: string | null;
  veilig_thuis_region: string | null;
}

/** Current municipalities with their province and Veilig Thuis region (cross-module: region_membership and region of the region module). */
export function currentMunicipalityHierarchy(db: EntityManager): Promise<MunicipalityHierarchyRow[]> {
  return db.query<MunicipalityHierarchyRow[]>(
    `SELECT m.code AS municipality,
            max(r.code) FILTER (WHERE r.type = 'PROVINCE') AS province,
            max(r.code) FILTER (WHERE r.type = 'VEILIG_THUIS_REGION') AS veilig_thuis_region
       FROM municipality m
       LEFT JOIN region_membership rm ON rm.municipality_id = m.id AND rm.valid_to IS NULL
       LEFT JOIN region r ON r.id = rm.region_id AND r.valid_to IS NULL
      WHERE m.valid_to IS NULL
      GROUP BY m.code`,
  );
}
