import type { PublishedStatus, RawCell } from '@monitor/domain';
import type { EntityManager } from 'typeorm';

export interface RawValueRow {
  table_id: string;
  measure: string;
  category: string;
  region_code: string;
  period: string;
  value: number | null;
  cbs_status: RawCell['status'];
}

export type ProtectionReason = 'PRIMARY' | 'SECONDARY' | 'DERIVED';

export interface ProtectedRow {
  table_id: string;
  measure: string;
  category: string;
  region_code: string;
  period: string;
  value: number | null;
  status: PublishedStatus;
  reason: ProtectionReason | null;
  audit_lower: number | null;
  audit_upper: number | null;
  audit_consistent: boolean | null;
  per1000: number | null;
  per1000_status: PublishedStatus;
  population: number | null;
  population_year: number | null;
}

export interface PublishedValueRow extends ProtectedRow {
  provisional: boolean;
  source_title: string;
  source_url: string | null;
  source_format: string;
  imported_at: Date;
}

export interface ProtectionRunRow {
  computed_at: Date;
  protection_level: number;
  rounding_base: number;
  minimum_count: number;
  rounds: number;
  cells: number;
  relations: number;
  unprotected: number;
}

export interface MunicipalityRegionRow {
  municipality: string;
  province: string | null;
  veilig_thuis_region: string | null;
}

const PROTECTED_COLUMNS = `p.table_id, p.measure, p.category, p.region_code, p.period, p.value, p.status, p.reason, p.audit_lower, p.audit_upper,
  p.audit_consistent, p.per1000, p.per1000_status, p.population, p.population_year`;

/** SQL of the raw CBS figures (statistic_value, server only) and of their protected form (statistic_protected). */
export class StatisticsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Every raw figure: only the protection reads these. */
  rawValues(): Promise<RawValueRow[]> {
    return this.manager.query('SELECT table_id, measure, category, region_code, period, value, cbs_status FROM statistic_value');
  }

  /** Current municipalities with their province and Veilig Thuis region (the regional hierarchy). */
  municipalityRegions(): Promise<MunicipalityRegionRow[]> {
    return this.manager.query(
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

  /** A current municipality with its Veilig Thuis region (null region when it has none); null when unknown. */
  async veiligThuisRegionOf(code: string): Promise<{ name: string; region_code: string | null } | null> {
    const [row]: { name: string; region_code: string | null }[] = await this.manager.query(
      `SELECT m.name, max(r.code) FILTER (WHERE r.type = 'VEILIG_THUIS_REGION') AS region_code
         FROM municipality m
         LEFT JOIN region_membership rm ON rm.municipality_id = m.id AND rm.valid_to IS NULL
         LEFT JOIN region r ON r.id = rm.region_id AND r.valid_to IS NULL
        WHERE m.code = $1 AND m.valid_to IS NULL
        GROUP BY m.name`,
      [code],
    );
    return row ?? null;
  }

  /** Replaces the whole protected store (inside the caller's transaction). */
  async replaceProtected(rows: readonly ProtectedRow[], run: Omit<ProtectionRunRow, 'computed_at'>): Promise<void> {
    await this.manager.query('DELETE FROM statistic_protected');
    const column = <K extends keyof ProtectedRow>(key: K) => rows.map((r) => r[key]);
    for (let i = 0; i < rows.length; i += 2000) {
      const chunk = rows.slice(i, i + 2000);
      const of = <K extends keyof ProtectedRow>(key: K) => column(key).slice(i, i + chunk.length);
      await this.manager.query(
        `INSERT INTO statistic_protected (table_id, measure, category, region_code, period, value, status, reason, audit_lower, audit_upper,
                                          audit_consistent, per1000, per1000_status, population, population_year)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[], $8::text[], $9::int[], $10::int[],
                              $11::boolean[], $12::float8[], $13::text[], $14::int[], $15::int[])`,
        [
          of('table_id'),
          of('measure'),
          of('category'),
          of('region_code'),
          of('period'),
          of('value'),
          of('status'),
          of('reason'),
          of('audit_lower'),
          of('audit_upper'),
          of('audit_consistent'),
          of('per1000'),
          of('per1000_status'),
          of('population'),
          of('population_year'),
        ],
      );
    }
    await this.manager.query(
      `INSERT INTO statistic_protection_run (protection_level, rounding_base, minimum_count, rounds, cells, relations, unprotected)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [run.protection_level, run.rounding_base, run.minimum_count, run.rounds, run.cells, run.relations, run.unprotected],
    );
  }

  /** Published figures with their source; never the raw value. */
  publishedValues(measures: readonly string[], regionCodes: readonly string[], periods: readonly string[] | null): Promise<PublishedValueRow[]> {
    return this.manager.query(
      `SELECT ${PROTECTED_COLUMNS}, v.provisional, s.title AS source_title, s.url AS source_url, s.format AS source_format, s.imported_at
         FROM statistic_protected p
         JOIN statistic_value v USING (table_id, measure, category, region_code, period)
         JOIN statistic_source s ON s.id = v.source_id
        WHERE p.measure = ANY($1) AND p.region_code = ANY($2) AND ($3::text[] IS NULL OR p.period = ANY($3))`,
      [measures, regionCodes, periods],
    );
  }

  /**
   * Published rates per 1,000 inhabitants of municipalities for a measure's totals of whole years,
   * only where the population is of the period's own year.
   */
  municipalRates(measure: string): Promise<{ region_code: string; period: string; per1000: number }[]> {
    return this.manager.query(
      `SELECT region_code, period, per1000 FROM statistic_protected
        WHERE measure = $1 AND region_code LIKE 'GM%' AND category IN ('', 'Totaal') AND period ~ '^[0-9]{4}$'
          AND per1000_status = 'PUBLISHED' AND per1000 IS NOT NULL AND population_year = left(period, 4)::int`,
      [measure],
    );
  }

  /** Every protected cell (for the administrators' disclosure report). */
  allProtected(): Promise<ProtectedRow[]> {
    return this.manager.query(
      `SELECT ${PROTECTED_COLUMNS} FROM statistic_protected p ORDER BY p.table_id, p.measure, p.category, p.region_code, p.period`,
    );
  }

  async latestRun(): Promise<ProtectionRunRow | null> {
    const [run]: ProtectionRunRow[] = await this.manager.query(
      `SELECT computed_at, protection_level, rounding_base, minimum_count, rounds, cells, relations, unprotected
         FROM statistic_protection_run ORDER BY id DESC LIMIT 1`,
    );
    return run ?? null;
  }

  /** True when every raw figure has its protected form. */
  async coversAllValues(): Promise<boolean> {
    const [row]: { missing: boolean }[] = await this.manager.query(
      `SELECT EXISTS (SELECT 1 FROM statistic_value v LEFT JOIN statistic_protected p USING (table_id, measure, category, region_code, period)
                       WHERE p.table_id IS NULL) AS missing`,
    );
    return !row.missing;
  }

  async tableTitles(): Promise<Map<string, string>> {
    const rows: { table_id: string; title: string }[] = await this.manager.query(
      'SELECT DISTINCT ON (table_id) table_id, title FROM statistic_source ORDER BY table_id, id',
    );
    return new Map(rows.map((r) => [r.table_id, r.title]));
  }
}
