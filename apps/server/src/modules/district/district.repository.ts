import type { EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';

/** The district module owns district and district_statistic. */

export interface DistrictRow {
  code: string;
  name: string;
  municipality_code: string;
  year: number;
  boundary: unknown;
  inhabitants: number | null;
  source: string | null;
}

/**
 * The districts of a municipality with their number of inhabitants, by code. Districts point at
 * municipalities by id, so the statement reads municipality (municipality module) to select by code
 * (docs/architecture.md, "Cross-module reads").
 */
export function districtsOf(db: EntityManager, municipalityCode: string): Promise<DistrictRow[]> {
  return db.query<DistrictRow[]>(
    `SELECT d.code, d.name, m.code AS municipality_code, d.year, d.boundary, s.value AS inhabitants, s.source
       FROM district d JOIN municipality m ON m.id = d.municipality_id
       LEFT JOIN district_statistic s ON s.district_id = d.id AND s.variable = 'aantal_inwoners'
      WHERE m.code = $1 ORDER BY d.code`,
    [municipalityCode],
  );
}

export interface DistrictBoundaries {
  /** The division year of the districts (the newest stored for the municipality), null without districts. */
  year: number | null;
  districts: { code: string; name: string; boundary: unknown }[];
}

/**
 * The district boundaries of a current municipality in its newest division year, by code; null for
 * a code that is no current municipality. The public map layer /geo/districts/<code>.geojson (geo routes).
 */
export async function districtBoundariesOf(db: EntityManager, municipalityCode: string): Promise<DistrictBoundaries | null> {
  const rows = await db.query<{ year: number | null; code: string | null; name: string | null; boundary: unknown }[]>(
    `SELECT d.year, d.code, d.name, d.boundary
       FROM municipality m
       LEFT JOIN district d ON d.municipality_id = m.id AND d.boundary IS NOT NULL
        AND d.year = (SELECT max(year) FROM district WHERE municipality_id = m.id)
      WHERE m.code = $1 AND m.valid_to IS NULL ORDER BY d.code`,
    [municipalityCode],
  );
  if (rows.length === 0) return null;
  const districts = rows.flatMap((r) => (r.code === null ? [] : [{ code: r.code, name: r.name!, boundary: r.boundary }]));
  return { year: rows[0].year, districts };
}

/** Inserts or renames a district of a year; its id. */
export async function upsertDistrict(
  db: EntityManager,
  district: { code: string; name: string; municipalityId: number | null; year: number; boundary: string | null },
): Promise<number> {
  const [row] = await rowsOf<{ id: number }>(
    db,
    `INSERT INTO district (code, name, municipality_id, year, boundary)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (code, year) DO UPDATE SET name = EXCLUDED.name, boundary = EXCLUDED.boundary RETURNING id`,
    [district.code, district.name, district.municipalityId, district.year, district.boundary],
  );
  return row.id;
}

export async function upsertDistrictStatistic(
  db: EntityManager,
  figure: { districtId: number; variable: string; year: number; value: number; source: string },
): Promise<void> {
  await db.query(
    `INSERT INTO district_statistic (district_id, variable, year, value, source) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (district_id, variable, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source`,
    [figure.districtId, figure.variable, figure.year, figure.value, figure.source],
  );
}
