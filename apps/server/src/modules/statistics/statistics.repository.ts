import type { PublishedStatus, RawCell } from '@monitor/domain';
import type { EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';

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

const PROTECTED_COLUMNS = `p.table_id, p.measure, p.category, p.region_code, p.period, p.value, p.status, p.reason, p.audit_lower, p.audit_upper,
  p.audit_consistent, p.per1000, p.per1000_status, p.population, p.population_year`;

export interface VtFigureRow {
  measure: string;
  region_code: string;
  period: string;
  value: number;
}

/** A raw figure on its way in (an import or a shipped extract). */
export interface IncomingValue {
  measure: string;
  category: string;
  regionCode: string;
  period: string;
  value: number | null;
  status: string;
  provisional: boolean;
}

/**
 * The statistics module owns statistic_source, statistic_value (raw CBS figures, server only),
 * statistic_protected (their protected form) and statistic_protection_run.
 */
export class StatisticsRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Published Veilig Thuis figures of municipalities (84849NED totals) of a year (all years when null). */
  vtFigures(measures: readonly string[], year: number | null, municipalityCode: string | null): Promise<VtFigureRow[]> {
    return this.manager.query<VtFigureRow[]>(
      `SELECT measure, region_code, period, value FROM statistic_protected
        WHERE table_id = '84849NED' AND category IN ('Totaal', '') AND status = 'PUBLISHED' AND measure = ANY($1) AND region_code LIKE 'GM%'
          AND ($2::int IS NULL OR left(period, 4)::int = $2) AND ($3::text IS NULL OR region_code = $3)`,
      [[...measures], year, municipalityCode],
    );
  }

  /** Raw figures of one table, category and measure: whole years with CBS status VALUE only. */
  wholeYearValues(
    tableId: string,
    category: string,
    measure: string,
  ): Promise<{ region_code: string; period: string; value: number; provisional: boolean }[]> {
    return this.manager.query<{ region_code: string; period: string; value: number; provisional: boolean }[]>(
      `SELECT region_code, period, value, provisional FROM statistic_value
        WHERE table_id = $1 AND category = $2 AND measure = $3 AND cbs_status = 'VALUE' AND period ~ '^[0-9]{4}$'`,
      [tableId, category, measure],
    );
  }

  /** Per measure: its tables, categories, periods and number of raw figures. */
  measureSummaries(): Promise<{ measure: string; tables: string[]; categories: string[]; periods: string[]; count: number }[]> {
    return this.manager.query<{ measure: string; tables: string[]; categories: string[]; periods: string[]; count: number }[]>(
      `SELECT measure, array_agg(DISTINCT table_id) AS tables, array_agg(DISTINCT category) AS categories,
              array_agg(DISTINCT period ORDER BY period) AS periods, count(*)::int AS count
         FROM statistic_value GROUP BY measure`,
    );
  }

  async sourceWithChecksumExists(checksum: string): Promise<boolean> {
    const [existing] = await this.manager.query<{ id: number }[]>('SELECT id FROM statistic_source WHERE checksum = $1', [checksum]);
    return existing !== undefined;
  }

  /** Records an imported file; its id. */
  async insertSource(source: {
    tableId: string;
    title: string;
    format: string;
    fileName: string;
    checksum: string;
    url: string;
    rowCount: number;
    importedBy: string | null;
  }): Promise<number> {
    const [row] = await rowsOf<{ id: number }>(
      this.manager,
      `INSERT INTO statistic_source (table_id, title, format, file_name, checksum, url, row_count, imported_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [source.tableId, source.title, source.format, source.fileName, source.checksum, source.url, source.rowCount, source.importedBy],
    );
    return row.id;
  }

  /** Records a shipped extract's source (idempotent by checksum); its id. */
  async upsertExtractSource(source: {
    tableId: string;
    title: string;
    fileName: string;
    checksum: string;
    url: string;
    rowCount: number;
  }): Promise<number> {
    const [row] = await rowsOf<{ id: number }>(
      this.manager,
      `INSERT INTO statistic_source (table_id, title, format, file_name, checksum, url, row_count)
       VALUES ($1, $2, 'extract', $3, $4, $5, $6)
       ON CONFLICT (checksum) DO UPDATE SET row_count = EXCLUDED.row_count RETURNING id`,
      [source.tableId, source.title, source.fileName, source.checksum, source.url, source.rowCount],
    );
    return row.id;
  }

  /** Upserts a chunk of raw figures of one table; per figure whether it was new or changed. */
  upsertValues(tableId: string, sourceId: number, chunk: readonly IncomingValue[]): Promise<{ inserted: boolean; changed: boolean }[]> {
    return this.manager.query<{ inserted: boolean; changed: boolean }[]>(
      `WITH incoming AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::text[], $7::boolean[])
           AS t(measure, category, region_code, period, value, cbs_status, provisional)
       ), previous AS (
         SELECT v.* FROM statistic_value v JOIN incoming i USING (measure, category, region_code, period) WHERE v.table_id = $8
       ), upserted AS (
         INSERT INTO statistic_value (table_id, measure, category, region_code, period, value, cbs_status, provisional, source_id)
         SELECT $8, measure, category, region_code, period, value, cbs_status, provisional, $9 FROM incoming
         ON CONFLICT (table_id, measure, category, region_code, period) DO UPDATE
           SET value = EXCLUDED.value, cbs_status = EXCLUDED.cbs_status, provisional = EXCLUDED.provisional, source_id = EXCLUDED.source_id
         RETURNING measure, category, region_code, period, value, cbs_status, provisional
       )
       SELECT p.measure IS NULL AS inserted,
              (p.measure IS NOT NULL AND (p.value IS DISTINCT FROM u.value OR p.cbs_status <> u.cbs_status OR p.provisional <> u.provisional)) AS changed
         FROM upserted u LEFT JOIN previous p USING (measure, category, region_code, period)`,
      [
        chunk.map((o) => o.measure),
        chunk.map((o) => o.category),
        chunk.map((o) => o.regionCode),
        chunk.map((o) => o.period),
        chunk.map((o) => o.value),
        chunk.map((o) => o.status),
        chunk.map((o) => o.provisional),
        tableId,
        sourceId,
      ],
    );
  }

  /** Upserts one raw figure of a shipped extract. */
  async upsertValue(value: IncomingValue & { tableId: string; sourceId: number | undefined }): Promise<void> {
    await this.manager.query(
      `INSERT INTO statistic_value (table_id, measure, category, region_code, period, value, cbs_status, provisional, source_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (table_id, measure, category, region_code, period) DO UPDATE
         SET value = EXCLUDED.value, cbs_status = EXCLUDED.cbs_status, provisional = EXCLUDED.provisional, source_id = EXCLUDED.source_id`,
      [value.tableId, value.measure, value.category, value.regionCode, value.period, value.value, value.status, value.provisional, value.sourceId],
    );
  }

  /** Every raw figure: only the protection reads these. */
  rawValues(): Promise<RawValueRow[]> {
    return this.manager.query('SELECT table_id, measure, category, region_code, period, value, cbs_status FROM statistic_value');
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
   * Every protected municipal figure of the periods of the latest year with municipal figures up to
   * the given year (research exports; hidden ones without their value).
   */
  municipalValuesOfYear(year: number): Promise<PublishedValueRow[]> {
    return this.manager.query(
      `SELECT ${PROTECTED_COLUMNS}, v.provisional, s.title AS source_title, s.url AS source_url, s.format AS source_format, s.imported_at
         FROM statistic_protected p
         JOIN statistic_value v USING (table_id, measure, category, region_code, period)
         JOIN statistic_source s ON s.id = v.source_id
        WHERE p.region_code LIKE 'GM%'
          AND left(p.period, 4) = (SELECT max(left(period, 4)) FROM statistic_protected WHERE region_code LIKE 'GM%' AND left(period, 4) <= $1)
        ORDER BY p.region_code, p.measure, p.category, p.period`,
      [String(year)],
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
