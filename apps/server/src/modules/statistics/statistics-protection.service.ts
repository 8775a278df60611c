import {
  buildRelations,
  derivePercentage,
  deriveRate,
  highsSolver,
  logicalCellId,
  MEASURES,
  MUNICIPALITY_RULES,
  protectStatistics,
  regionHierarchy,
  type MilpSolver,
  type ProtectedCell,
  type Published,
  type RawCell,
} from '@monitor/domain';
import highsLoader from 'highs';
import type { DataSource, EntityManager } from 'typeorm';
import { currentMunicipalityHierarchy } from '../municipality/municipality.repository';
import { PopulationTable } from './population';
import { TABLE_PREFERENCE } from './statistics.groups';
import { StatisticsRepository, type ProtectedRow, type RawValueRow } from './statistics.repository';

let solver: Promise<MilpSolver> | undefined;
/** HiGHS (WebAssembly) is loaded once per process. */
function loadSolver(): Promise<MilpSolver> {
  return (solver ??= highsLoader().then(highsSolver));
}

export interface ProtectionSummary {
  cells: number;
  relations: number;
  rounds: number;
  unprotected: number;
}

/** The denominator of every percentage in 85361NED: the received reports of the same region and period. */
const PERCENT_DENOMINATOR = 'ontvangen_meldingen';

/**
 * Computes the publishable form of every stored CBS figure at once (all tables, all relations) and
 * stores it; the public API only reads the result. Runs at every import (inside its transaction)
 * and when the shipped extracts are loaded at start-up.
 */
export class StatisticsProtectionService {
  /** Settles when the protected store is current; readers of the store wait for it. */
  private pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly protectionLevel: number,
  ) {}

  /** Resolves once a protection started in the background (at start-up) has finished. */
  async ready(): Promise<void> {
    await this.pending;
  }

  /**
   * Starts `protectIfStale` without blocking start-up (the audit takes seconds on a busy machine);
   * every read of the protected store waits for it, so nothing is served from a stale store.
   */
  protectInBackground(changed: boolean, log: (summary: ProtectionSummary) => void): Promise<void> {
    const run = this.protectIfStale(changed).then((summary) => {
      if (summary) log(summary);
    });
    this.pending = run.catch(() => undefined);
    return run;
  }

  /**
   * At start-up: protect again when the figures or the geography changed, the level changed, or the
   * store does not cover every figure; otherwise keep the stored result. Returns null when kept.
   */
  async protectIfStale(changed: boolean): Promise<ProtectionSummary | null> {
    const repository = new StatisticsRepository(this.dataSource.manager);
    const run = await repository.latestRun();
    const current =
      run !== null &&
      run.protection_level === this.protectionLevel &&
      run.rounding_base === MUNICIPALITY_RULES.roundTo &&
      run.minimum_count === MUNICIPALITY_RULES.minimumCount;
    if (!changed && current && (await repository.coversAllValues())) return null;
    return this.dataSource.transaction((manager) => this.protectAll(manager));
  }

  async protectAll(manager: EntityManager = this.dataSource.manager): Promise<ProtectionSummary> {
    const repository = new StatisticsRepository(manager);
    const rows = await repository.rawValues();
    const counts = logicalCounts(rows);
    const hierarchy = regionHierarchy(
      (await currentMunicipalityHierarchy(manager)).map((m) => ({
        municipality: m.municipality,
        province: m.province,
        veiligThuisRegion: m.veilig_thuis_region,
      })),
    );
    const relations = buildRelations(
      [...counts.values()].map((c) => c.key),
      hierarchy,
    );
    const result = protectStatistics({
      cells: [...counts.entries()].map(([id, c]) => ({ id, raw: c.raw })),
      relations,
      rules: MUNICIPALITY_RULES,
      protectionLevel: this.protectionLevel,
      solver: await loadSolver(),
    });
    const population = await PopulationTable.load(manager);
    const protectedRows = rows.map((row) => protectedRow(row, result.cells, population));
    const summary = { cells: counts.size, relations: relations.length, rounds: result.rounds, unprotected: result.unprotected.length };
    await repository.replaceProtected(protectedRows, {
      protection_level: this.protectionLevel,
      rounding_base: MUNICIPALITY_RULES.roundTo,
      minimum_count: MUNICIPALITY_RULES.minimumCount,
      ...summary,
    });
    if (result.unprotected.length > 0)
      console.warn(
        `[openbaarmaking] ${result.unprotected.length} verborgen cel(len) niet te beschermen: ${result.unprotected.slice(0, 5).join(', ')}`,
      );
    return summary;
  }
}

const isCount = (measure: string) => MEASURES[measure]?.unit !== '%';

/** One raw value per logical cell (the same figure in several tables is one cell): from the preferred table that has a number. */
function logicalCounts(
  rows: readonly RawValueRow[],
): Map<string, { key: { measure: string; category: string; regionCode: string; period: string }; raw: RawCell; rank: number }> {
  const rank = (row: RawValueRow) =>
    (row.cbs_status === 'VALUE' ? 0 : 100) + (TABLE_PREFERENCE.indexOf(row.table_id) + 1 || TABLE_PREFERENCE.length + 1);
  const cells = new Map<string, { key: { measure: string; category: string; regionCode: string; period: string }; raw: RawCell; rank: number }>();
  for (const row of rows) {
    if (!isCount(row.measure)) continue;
    const key = { measure: row.measure, category: row.category, regionCode: row.region_code, period: row.period };
    const id = logicalCellId(key);
    const current = cells.get(id);
    if (!current || rank(row) < current.rank) cells.set(id, { key, raw: { value: row.value, status: row.cbs_status }, rank: rank(row) });
  }
  return cells;
}

function protectedRow(row: RawValueRow, cells: Map<string, ProtectedCell>, population: PopulationTable): ProtectedRow {
  const key = { measure: row.measure, category: row.category, regionCode: row.region_code, period: row.period };
  const base = { table_id: row.table_id, measure: row.measure, category: row.category, region_code: row.region_code, period: row.period };
  if (!isCount(row.measure)) {
    const published = percentageOf(key, cells);
    return {
      ...base,
      value: published.value,
      status: published.status,
      reason: published.status === 'SUPPRESSED' ? 'DERIVED' : null,
      audit_lower: null,
      audit_upper: null,
      audit_consistent: null,
      per1000: null,
      per1000_status: published.status === 'PUBLISHED' ? 'UNKNOWN' : published.status,
      population: null,
      population_year: null,
    };
  }
  const cell = cells.get(logicalCellId(key))!;
  const inhabitants = population.ofYear(row.region_code, Number(row.period.slice(0, 4)));
  const rate = deriveRate(cell.published, inhabitants?.population ?? null, 1000, MUNICIPALITY_RULES);
  return {
    ...base,
    value: cell.published.value,
    status: cell.published.status,
    reason: cell.reason,
    audit_lower: cell.audit?.lower ?? null,
    audit_upper: cell.audit?.upper ?? null,
    audit_consistent: cell.audit?.consistent ?? null,
    per1000: rate.value,
    per1000_status: rate.status,
    population: inhabitants?.population ?? null,
    population_year: inhabitants?.year ?? null,
  };
}

/** pct_x = x / received reports x 100, from the published counts; no published percentage without both. */
function percentageOf(key: { measure: string; category: string; regionCode: string; period: string }, cells: Map<string, ProtectedCell>): Published {
  const unknown: Published = { value: null, status: 'UNKNOWN' };
  const part = cells.get(logicalCellId({ ...key, measure: key.measure.replace(/^pct_/, '') }))?.published ?? unknown;
  const total = cells.get(logicalCellId({ ...key, measure: PERCENT_DENOMINATOR }))?.published ?? unknown;
  return derivePercentage(part, total);
}
