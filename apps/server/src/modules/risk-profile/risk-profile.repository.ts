import type { DataSource } from 'typeorm';
import { MUNICIPAL_DIVISION_YEAR } from './risk-profile.loader';

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

interface RegionRow {
  municipality_code: string;
  type: 'VEILIG_THUIS_REGION' | 'PROVINCE';
  code: string;
  name: string;
}

/** Reads the risk-factor tables (owned by this module) and, read-only, the current region memberships. */
export class RiskProfileRepository {
  constructor(private readonly dataSource: DataSource) {}

  async checksum(): Promise<string | null> {
    const [row]: { checksum: string }[] = await this.dataSource.query(`SELECT checksum FROM reference_dataset WHERE name = 'risicofactoren'`);
    return row?.checksum ?? null;
  }

  async municipalities(): Promise<RiskArea[]> {
    return this.areas(`a.level = 'MUNICIPALITY' AND a.division_year = $1`, [MUNICIPAL_DIVISION_YEAR]);
  }

  async districts(municipalityCode: string, divisionYear: number): Promise<RiskArea[]> {
    return this.areas(`a.level = 'DISTRICT' AND a.municipality_code = $1 AND a.division_year = $2`, [municipalityCode, divisionYear]);
  }

  async districtYears(municipalityCode: string): Promise<number[]> {
    const rows: { division_year: number }[] = await this.dataSource.query(
      `SELECT DISTINCT division_year FROM risk_factor_area WHERE level = 'DISTRICT' AND municipality_code = $1 ORDER BY division_year DESC`,
      [municipalityCode],
    );
    return rows.map((r) => r.division_year);
  }

  async regions(): Promise<MunicipalityRegions[]> {
    const rows: RegionRow[] = await this.dataSource.query(
      `SELECT m.code AS municipality_code, r.type, r.code, r.name
         FROM region_membership rm
         JOIN municipality m ON m.id = rm.municipality_id AND m.valid_to IS NULL
         JOIN region r ON r.id = rm.region_id AND r.valid_to IS NULL
        WHERE rm.valid_to IS NULL AND r.type IN ('VEILIG_THUIS_REGION', 'PROVINCE')`,
    );
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
