import type { DataSource, EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';

/**
 * The SQL of the benchmark module, owner of benchmark_group, benchmark_release (the ledger, append-only)
 * and benchmark_aggregate (precomputed). The values it aggregates come from their owners: indicator
 * values from the indicator module, Veilig Thuis figures from statistics, groups from municipality and region.
 */

export type AggregateStatus = 'PUBLISHED' | 'EARLIER_RELEASE' | 'WITHHELD' | 'INTERNAL';

export interface StatisticsColumns {
  n: number | null;
  grid: number | null;
  statistics_class: string | null;
  p10: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  p90: number | null;
}

export interface ReleaseRow extends StatisticsColumns {
  id: string;
  year: number;
  measure: string;
  group_key: string;
  contributors: string[];
  released_at: Date;
}

export interface AggregateRow extends StatisticsColumns {
  year: number;
  measure: string;
  group_key: string;
  group_name: string;
  status: AggregateStatus;
  reason: 'TOO_FEW' | 'DIFFERENCING' | 'OVER_TIME' | null;
  /** how many contribute now: for administrators only, never published */
  contributors: number;
  release_id: string | null;
  released_at: Date | null;
  computed_at: Date;
}

export interface CustomGroupRow {
  id: number;
  name: string;
  members: string[];
  published_at: Date | null;
}

/** A Veilig Thuis count as published (rounded, after primary and secondary suppression). */
export interface DisclosureRow extends AggregateRow {
  release_count: number;
  last_released_at: Date | null;
}

const STATISTICS = ['n', 'grid', 'statistics_class', 'p10', 'q1', 'median', 'q3', 'p90'] as const;

export class BenchmarkRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Serialises recomputations: two at once could each pass the ledger alone and break it together. */
  async lockLedger(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('benchmark_release'))`);
  }

  /** Analysts' groups: published ones first, in the order they were published. */
  customGroups(manager: EntityManager = this.dataSource.manager): Promise<CustomGroupRow[]> {
    return manager.query('SELECT id, name, members, published_at FROM benchmark_group ORDER BY published_at NULLS LAST, id');
  }

  async customGroup(id: number): Promise<CustomGroupRow | null> {
    const [row] = await this.dataSource.query<CustomGroupRow[]>('SELECT id, name, members, published_at FROM benchmark_group WHERE id = $1', [id]);
    return row ?? null;
  }

  async insertGroup(name: string, members: string[], userId: string): Promise<number> {
    const [row]: { id: number }[] = await this.dataSource.query(
      'INSERT INTO benchmark_group (name, members, created_by) VALUES ($1, $2, $3) RETURNING id',
      [name, members, userId],
    );
    return row.id;
  }

  /** Marks a group published (once: a later call keeps the first date). */
  async markGroupPublished(id: number, userId: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE benchmark_group SET published_at = coalesce(published_at, now()), published_by = coalesce(published_by, $2) WHERE id = $1',
      [id, userId],
    );
  }

  /** Every release of a year (all years when null), of the measures matching a LIKE pattern, oldest first. */
  releases(manager: EntityManager, year: number | null, measures = '%'): Promise<ReleaseRow[]> {
    return manager.query(
      `SELECT id::text, year, measure, group_key, contributors, released_at, ${STATISTICS.join(', ')} FROM benchmark_release
        WHERE ($1::int IS NULL OR year = $1) AND measure LIKE $2 ORDER BY id`,
      [year, measures],
    );
  }

  /** Appends a release to the ledger. */
  async appendRelease(
    manager: EntityManager,
    release: { year: number; measure: string; groupKey: string; groupName: string; contributors: string[] } & Omit<StatisticsColumns, 'n'>,
  ): Promise<ReleaseRow> {
    const [row] = await rowsOf<ReleaseRow>(
      manager,
      `INSERT INTO benchmark_release (year, measure, group_key, group_name, contributors, n, grid, statistics_class, p10, q1, median, q3, p90)
       VALUES ($1, $2, $3, $4, $5, cardinality($5::text[]), $6, $7, $8, $9, $10, $11, $12)
       RETURNING id::text, year, measure, group_key, contributors, released_at, ${STATISTICS.join(', ')}`,
      [
        release.year,
        release.measure,
        release.groupKey,
        release.groupName,
        release.contributors,
        release.grid,
        release.statistics_class,
        release.p10,
        release.q1,
        release.median,
        release.q3,
        release.p90,
      ],
    );
    return row;
  }

  async deleteAggregates(manager: EntityManager, year: number | null, measures = '%'): Promise<void> {
    await manager.query('DELETE FROM benchmark_aggregate WHERE ($1::int IS NULL OR year = $1) AND measure LIKE $2', [year, measures]);
  }

  /** The aggregates of some groups for the measures matching a LIKE pattern, in one year. */
  async deleteAggregatesOf(manager: EntityManager, year: number, measures: string, groupKeys: string[]): Promise<void> {
    await manager.query('DELETE FROM benchmark_aggregate WHERE year = $1 AND measure LIKE $2 AND group_key = ANY($3)', [year, measures, groupKeys]);
  }

  /** Inserts aggregates in one statement (a recomputation writes thousands). */
  async insertAggregates(manager: EntityManager, rows: Omit<AggregateRow, 'computed_at'>[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO benchmark_aggregate (year, measure, group_key, group_name, status, reason, contributors, release_id, released_at, ${STATISTICS.join(', ')})
       SELECT year, measure, group_key, group_name, status, reason, contributors, release_id::bigint, released_at, ${STATISTICS.join(', ')}
         FROM jsonb_to_recordset($1::jsonb) AS r(year integer, measure text, group_key text, group_name text, status text, reason text, contributors integer,
           release_id text, released_at timestamptz, n integer, grid double precision, statistics_class text, p10 double precision, q1 double precision,
           median double precision, q3 double precision, p90 double precision)`,
      [JSON.stringify(rows)],
    );
  }

  /**
   * Medians of indicators per province as released under the release rules (published, or kept from an
   * earlier release); withheld and internal figures never.
   */
  releasedProvinceMedians(): Promise<{ year: number; measure: string; group_key: string; median: number }[]> {
    return this.dataSource.query(
      `SELECT year, measure, group_key, median FROM benchmark_aggregate
        WHERE group_key LIKE 'PV:%' AND measure LIKE 'indicator:%' AND status IN ('PUBLISHED', 'EARLIER_RELEASE') AND median IS NOT NULL`,
    );
  }

  aggregates(year: number, groupKey: string, measures: string[] | null, pattern: string): Promise<AggregateRow[]> {
    return this.dataSource.query(
      `SELECT *, release_id::text AS release_id FROM benchmark_aggregate WHERE year = $1 AND group_key = $2 AND ($3::text[] IS NULL OR measure = ANY($3))
         AND ($3::text[] IS NOT NULL OR measure LIKE $4) ORDER BY measure`,
      [year, groupKey, measures, pattern],
    );
  }

  async countAggregates(): Promise<number> {
    const [row]: { n: number }[] = await this.dataSource.query('SELECT count(*)::int AS n FROM benchmark_aggregate');
    return row.n;
  }

  /** For the "Openbaarmaking" page: every aggregate of a year with how often its group was released. */
  disclosure(year: number): Promise<DisclosureRow[]> {
    return this.dataSource.query(
      `SELECT a.*, a.release_id::text AS release_id,
              (SELECT max(r.released_at) FROM benchmark_release r WHERE r.year = a.year AND r.measure = a.measure AND r.group_key = a.group_key) AS last_released_at,
              (SELECT count(*)::int FROM benchmark_release r WHERE r.year = a.year AND r.measure = a.measure AND r.group_key = a.group_key) AS release_count
         FROM benchmark_aggregate a WHERE a.year = $1 ORDER BY a.measure, a.group_key`,
      [year],
    );
  }
}
