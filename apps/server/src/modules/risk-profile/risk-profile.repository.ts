import type { DataSource, EntityManager } from 'typeorm';
import { loadedChecksum } from '../reference-data/reference-data.repository';
import { currentVeiligThuisAndProvinceMemberships } from '../region/region.repository';
import { MUNICIPAL_DIVISION_YEAR, type AreaRow } from './risk-profile.loader';

export interface StoredValue {
  value: number;
  year: number;
}

export interface RiskArea {
  code: string;
  name: string;
  municipalityCode: string | null;
  divisionYear: number;
  source: string;
  values: Map<string, StoredValue>;
}

export interface MunicipalityRegions {
  code: string;
  veiligThuisRegion: { code: string; name: string } | null;
  province: { code: string; name: string } | null;
}

interface AreaValueRow {
  code: string;
  name: string;
  municipality_code: string | null;
  division_year: number;
  source: string;
  variable: string | null;
  value: number | null;
  data_year: number | null;
}

/** Reads the risk-factor tables (owned by this module); region memberships come from the region module. */
export class RiskProfileRepository {
  constructor(private readonly dataSource: DataSource) {}

  async checksum(): Promise<string | null> {
    return loadedChecksum(this.dataSource.manager, 'risicofactoren');
  }

  async municipalities(): Promise<RiskArea[]> {
    return this.areas(`a.level = 'MUNICIPALITY' AND a.division_year = $1`, [MUNICIPAL_DIVISION_YEAR]);
  }

  async districts(municipalityCode: string, divisionYear: number): Promise<RiskArea[]> {
    return this.areas(`a.level = 'DISTRICT' AND a.municipality_code = $1 AND a.division_year = $2`, [municipalityCode, divisionYear]);
  }

  /** Every district of a division year, all municipalities (for models fitted over all districts). */
  async allDistricts(divisionYear: number): Promise<RiskArea[]> {
    return this.areas(`a.level = 'DISTRICT' AND a.division_year = $1`, [divisionYear]);
  }

  async districtYears(municipalityCode: string): Promise<number[]> {
    const rows: { division_year: number }[] = await this.dataSource.query(
      `SELECT DISTINCT division_year FROM risk_factor_area WHERE level = 'DISTRICT' AND municipality_code = $1 ORDER BY division_year DESC`,
      [municipalityCode],
    );
    return rows.map((r) => r.division_year);
  }

  async regions(): Promise<MunicipalityRegions[]> {
    const rows = await currentVeiligThuisAndProvinceMemberships(this.dataSource.manager);
    const byCode = new Map<string, MunicipalityRegions>();
    for (const row of rows) {
      const entry = byCode.get(row.municipality_code) ?? { code: row.municipality_code, veiligThuisRegion: null, province: null };
      const region = { code: row.code, name: row.name };
      if (row.type === 'VEILIG_THUIS_REGION') entry.veiligThuisRegion = region;
      else entry.province = region;
      byCode.set(row.municipality_code, entry);
    }
    return [...byCode.values()];
  }

  private async areas(where: string, parameters: unknown[]): Promise<RiskArea[]> {
    const rows: AreaValueRow[] = await this.dataSource.query(
      `SELECT a.code, a.name, a.municipality_code, a.division_year, a.source, v.variable, v.value, v.data_year
         FROM risk_factor_area a LEFT JOIN risk_factor_value v ON v.area_id = a.id
        WHERE ${where} ORDER BY a.code`,
      parameters,
    );
    const byCode = new Map<string, RiskArea>();
    for (const row of rows) {
      let area = byCode.get(row.code);
      if (!area) {
        area = {
          code: row.code,
          name: row.name,
          municipalityCode: row.municipality_code,
          divisionYear: row.division_year,
          source: row.source,
          values: new Map(),
        };
        byCode.set(row.code, area);
      }
      if (row.variable !== null && row.value !== null && row.data_year !== null)
        area.values.set(row.variable, { value: row.value, year: row.data_year });
    }
    return [...byCode.values()];
  }
}

/**
 * Replaces every risk-factor area with its values, and the municipality crosswalk (old codes to the
 * 2026 division) that ships with them: the risk-profile module owns risk_factor_area,
 * risk_factor_value and municipality_crosswalk.
 */
export async function replaceRiskFactors(manager: EntityManager, areas: AreaRow[], crosswalk: Record<string, string>[]): Promise<void> {
  await manager.query('DELETE FROM risk_factor_area');
  await manager.query('DELETE FROM municipality_crosswalk');
  await insertAreas(manager, areas);
  await manager.query(
    `INSERT INTO municipality_crosswalk (old_code, old_name, code_2026, name_2026, relation, area_share, merger_year)
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::varchar[], $4::text[], $5::text[], $6::float8[], $7::int[])`,
    [
      crosswalk.map((r) => r.old_code),
      crosswalk.map((r) => r.old_name),
      crosswalk.map((r) => r.code_2026),
      crosswalk.map((r) => r.name_2026),
      crosswalk.map((r) => r.relation),
      crosswalk.map((r) => Number(r.area_share)),
      crosswalk.map((r) => Number(r.merger_year)),
    ],
  );
}

async function insertAreas(manager: EntityManager, areas: AreaRow[]): Promise<void> {
  const rows = await manager.query<{ id: number; code: string; division_year: number }[]>(
    `INSERT INTO risk_factor_area (level, code, name, division_year, municipality_code, source)
     SELECT * FROM unnest($1::text[], $2::varchar[], $3::text[], $4::int[], $5::varchar[], $6::text[])
     RETURNING id, code, division_year`,
    [
      areas.map((a) => a.level),
      areas.map((a) => a.code),
      areas.map((a) => a.name),
      areas.map((a) => a.divisionYear),
      areas.map((a) => a.municipalityCode),
      areas.map((a) => a.source),
    ],
  );
  const idOf = new Map(rows.map((r) => [`${r.code}|${r.division_year}`, r.id]));
  const values = areas.flatMap((area) => area.values.map((v) => ({ id: idOf.get(`${area.code}|${area.divisionYear}`)!, ...v })));
  await manager.query(
    `INSERT INTO risk_factor_value (area_id, variable, value, data_year)
     SELECT * FROM unnest($1::int[], $2::text[], $3::float8[], $4::int[])`,
    [values.map((v) => v.id), values.map((v) => v.variable), values.map((v) => v.value), values.map((v) => v.year)],
  );
}
