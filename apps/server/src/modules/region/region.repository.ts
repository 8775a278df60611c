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
export function regionsOfMunicipalities(
  db: EntityManager,
  municipalityIds: number[],
  year: number,
): Promise<(RegionRow & { municipality_id: number })[]> {
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

/** Inserts or renames regions of a classification year; their ids by code. */
export async function upsertRegions(
  db: EntityManager,
  regions: { code: string; name: string; type: string }[],
  validFrom: number,
): Promise<Map<string, number>> {
  const rows = await db.query<{ id: number; code: string }[]>(
    `INSERT INTO region (code, name, type, valid_from)
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::region_type[], $4::int[])
     ON CONFLICT (code, valid_from) DO UPDATE SET name = EXCLUDED.name, type = EXCLUDED.type
     RETURNING id, code`,
    [regions.map((r) => r.code), regions.map((r) => r.name), regions.map((r) => r.type), regions.map(() => validFrom)],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Replaces the memberships of these municipalities starting in a year by the given (municipality, region) pairs. */
export async function replaceMemberships(db: EntityManager, municipalityIds: number[], pairs: [number, number][], validFrom: number): Promise<void> {
  await db.query('DELETE FROM region_membership WHERE municipality_id = ANY($1) AND valid_from = $2', [municipalityIds, validFrom]);
  await db.query(
    `INSERT INTO region_membership (municipality_id, region_id, valid_from)
     SELECT m, r, $3 FROM unnest($1::int[], $2::int[]) AS t(m, r)`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1]), validFrom],
  );
}

export interface MembershipRow {
  municipality_code: string;
  type: 'VEILIG_THUIS_REGION' | 'PROVINCE';
  code: string;
  name: string;
}

/** The current Veilig Thuis region and province of every current municipality (cross-module: municipality). */
export function currentVeiligThuisAndProvinceMemberships(db: EntityManager): Promise<MembershipRow[]> {
  return db.query<MembershipRow[]>(
    `SELECT m.code AS municipality_code, r.type, r.code, r.name
       FROM region_membership rm
       JOIN municipality m ON m.id = rm.municipality_id AND m.valid_to IS NULL
       JOIN region r ON r.id = rm.region_id AND r.valid_to IS NULL
      WHERE rm.valid_to IS NULL AND r.type IN ('VEILIG_THUIS_REGION', 'PROVINCE')`,
  );
}

/** Current province and Veilig Thuis region members by code (cross-module: municipality). */
export function currentProvinceAndVeiligThuisMembers(db: EntityManager): Promise<{ region: string; municipality: string }[]> {
  return db.query<{ region: string; municipality: string }[]>(
    `SELECT r.code AS region, m.code AS municipality FROM region_membership rm
       JOIN region r ON r.id = rm.region_id JOIN municipality m ON m.id = rm.municipality_id
      WHERE rm.valid_to IS NULL AND m.valid_to IS NULL AND r.type IN ('PROVINCE', 'VEILIG_THUIS_REGION')`,
  );
}

/** Names of current regions and municipalities with these codes, in one statement (cross-module: municipality). */
export function currentAreaNames(db: EntityManager, codes: string[]): Promise<{ code: string; name: string }[]> {
  return db.query<{ code: string; name: string }[]>(
    `SELECT code, name FROM region WHERE code = ANY($1) AND valid_to IS NULL
     UNION ALL SELECT code, name FROM municipality WHERE code = ANY($1) AND valid_to IS NULL`,
    [codes],
  );
}

/**
 * Every current province, Veilig Thuis region and municipality, and every district, with its kind:
 * the StatLine titles a CBS import recognises (cross-module: municipality, district).
 */
export function areaTitles(db: EntityManager): Promise<{ code: string; name: string; kind: string }[]> {
  return db.query<{ code: string; name: string; kind: string }[]>(
    `SELECT code, name, type::text AS kind FROM region WHERE valid_to IS NULL AND type IN ('PROVINCE', 'VEILIG_THUIS_REGION')
     UNION ALL SELECT code, name, 'MUNICIPALITY' FROM municipality WHERE valid_to IS NULL
     UNION ALL SELECT code, name, 'DISTRICT' FROM district`,
  );
}
