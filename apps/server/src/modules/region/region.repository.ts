import type { EntityManager } from 'typeorm';
import { validIn } from '../geography/geography.sql';
import { MUNICIPALITY_COLUMNS, type MunicipalityRow } from '../municipality/municipality.mapper';
import { REGION_COLUMNS, type RegionRow } from './region.mapper';

/*
 * The region module owns region and region_membership. Membership rows point at municipalities, so
 * the member lists join municipality (municipality module) in the same statement
 * (docs/architecture.md, "Cross-module reads").
 */

export function regionsInYear(db: EntityManager, year: number, type: string | null): Promise<RegionRow[]> {
  return db.query<RegionRow[]>(
    `SELECT ${REGION_COLUMNS} FROM region r
      WHERE ${validIn('r', '$1')} AND ($2::region_type IS NULL OR r.type = $2)
      ORDER BY r.type, r.code`,
    [year, type],
  );
}

export async function regionByCodeInYear(db: EntityManager, code: string, year: number): Promise<RegionRow | null> {
  const rows = await db.query<RegionRow[]>(`SELECT ${REGION_COLUMNS} FROM region r WHERE r.code = $1 AND ${validIn('r', '$2')}`, [code, year]);
  return rows[0] ?? null;
}

/** Regions of these municipalities in a classification year. */
export function regionsOfMunicipalities(db: EntityManager, municipalityIds: number[], year: number): Promise<(RegionRow & { municipality_id: number })[]> {
  return db.query<(RegionRow & { municipality_id: number })[]>(
    `SELECT rm.municipality_id, ${REGION_COLUMNS}
       FROM region_membership rm JOIN region r ON r.id = rm.region_id
      WHERE rm.municipality_id = ANY($1) AND ${validIn('rm', '$2')} AND ${validIn('r', '$2')}
      ORDER BY r.type, r.code`,
    [municipalityIds, year],
  );
}

/** Member municipalities of these regions in a classification year, by name (cross-module: municipality). */
export function membersOfRegions(db: EntityManager, regionIds: number[], year: number): Promise<(MunicipalityRow & { region_id: number })[]> {
  return db.query<(MunicipalityRow & { region_id: number })[]>(
    `SELECT rm.region_id, ${MUNICIPALITY_COLUMNS}
       FROM region_membership rm JOIN municipality m ON m.id = rm.municipality_id
      WHERE rm.region_id = ANY($1) AND ${validIn('rm', '$2')} AND ${validIn('m', '$2')}
      ORDER BY m.search_name`,
    [regionIds, year],
  );
}

export interface RegionWithMembers {
  code: string;
  name: string;
  /** codes of the current member municipalities */
  members: string[];
}

/** The current region of a type that contains this municipality, with its current members (cross-module: municipality). */
export async function currentRegionContaining(db: EntityManager, type: string, municipalityCode: string): Promise<RegionWithMembers | null> {
  const [region] = await db.query<RegionWithMembers[]>(
    `SELECT r.code, r.name, array_agg(m.code) AS members FROM region r
       JOIN region_membership rm ON rm.region_id = r.id AND rm.valid_to IS NULL JOIN municipality m ON m.id = rm.municipality_id AND m.valid_to IS NULL
      WHERE r.type = $1 AND r.valid_to IS NULL AND r.id IN (SELECT rm2.region_id FROM region_membership rm2 JOIN municipality m2 ON m2.id = rm2.municipality_id WHERE m2.code = $2 AND rm2.valid_to IS NULL)
      GROUP BY r.code, r.name`,
    [type, municipalityCode],
  );
  return region ?? null;
}

export interface RegionMembersRow {
  code: string;
  name: string;
  type: string;
  members: string[];
}

/** Current provinces, Veilig Thuis regions and safety regions with their current member codes (cross-module: municipality). */
export function currentRegionsWithMembers(db: EntityManager): Promise<RegionMembersRow[]> {
  return db.query<RegionMembersRow[]>(
    `SELECT r.code, r.name, r.type::text AS type, array_agg(m.code) AS members FROM region r
       JOIN region_membership rm ON rm.region_id = r.id AND rm.valid_to IS NULL JOIN municipality m ON m.id = rm.municipality_id AND m.valid_to IS NULL
      WHERE r.valid_to IS NULL AND r.type IN ('PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION') GROUP BY r.code, r.name, r.type ORDER BY r.type, r.code`,
  );
}
