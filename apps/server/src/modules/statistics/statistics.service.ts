import {
  isTotalCategory,
  LANDSDELEN,
  levelOfCode,
  MEASURES,
  isMunicipalityCode,
  NATION_CODE,
  periodLabel,
  vtCategoryLabel,
  type Caller,
} from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess, type AccessSubject } from '../../auth/access';
import { badUserInput } from '../../graphql/errors';
import { currentAreaNames } from '../region/region.repository';
import { TABLE_PREFERENCE } from './statistics.groups';
import { StatisticsRepository, type ProtectedRow, type PublishedValueRow } from './statistics.repository';
import {
  MAX_AREA_FIGURES,
  MAX_LISTED_HIDDEN_CELLS,
  type DisclosureHiddenCell,
  type HiddenReason,
  type StatisticMeasure,
  type StatisticsDisclosure,
  type StatisticValue,
  type TableDisclosure,
  type VeiligThuisFigures,
} from './statistics.types';

export interface StatisticsQuery {
  measure: string;
  regionCodes: string[];
  periods?: string[] | null;
  category?: string | null;
}

/**
 * Veilig Thuis figures are public in their protected form only: the whole-table protection and audit
 * (StatisticsProtectionService) store it at import and start-up; this service only reads it, so raw
 * values never leave the server.
 */
export class StatisticsService {
  constructor(
    private readonly dataSource: DataSource,
    /** the protected store may still be computed at start-up */
    private readonly protectionReady: () => Promise<void> = () => Promise.resolve(),
  ) {}

  async values(ctx: AccessSubject, query: StatisticsQuery): Promise<StatisticValue[]> {
    requireAccess(ctx, 'statistics.read');
    if (!MEASURES[query.measure]) throw badUserInput('measure', `onbekende maat; kies uit: ${Object.keys(MEASURES).join(', ')}`);
    const unknownCodes = query.regionCodes.filter((code) => !levelOfCode(code) || levelOfCode(code) === 'DISTRICT');
    if (unknownCodes.length > 0)
      throw badUserInput('regionCodes', `onbekende regiocode(s): ${unknownCodes.join(', ')}; gebruik NL01, LDxx, PVxx, VTxx of GMxxxx`);

    await this.protectionReady();
    const rows = await new StatisticsRepository(this.dataSource.manager).publishedValues([query.measure], query.regionCodes, query.periods ?? null);
    const wanted = query.category ?? null;
    const chosen = preferred(rows.filter((r) => (wanted === null ? r.category === '' || r.category === 'Totaal' : r.category === wanted)));
    const names = await this.regionNames(query.regionCodes);

    return chosen
      .map((row) => toStatisticValue(row, names))
      .sort((a, b) => query.regionCodes.indexOf(a.regionCode) - query.regionCodes.indexOf(b.regionCode) || a.period.localeCompare(b.period));
  }

  /**
   * Every figure CBS publishes for a municipality (all measures, categories and periods, withheld ones
   * with their reason); when it has no published figure of its own, those of its Veilig Thuis region.
   */
  async forMunicipality(ctx: AccessSubject, code: string): Promise<VeiligThuisFigures | null> {
    requireAccess(ctx, 'statistics.read');
    if (!isMunicipalityCode(code)) throw badUserInput('municipalityCode', 'moet een CBS-gemeentecode zijn, zoals GM0363');
    await this.protectionReady();
    const repository = new StatisticsRepository(this.dataSource.manager);
    const region = await repository.veiligThuisRegionOf(code);
    if (!region) return null;
    const measures = Object.keys(MEASURES);
    const own = preferred(await repository.publishedValues(measures, [code], null));
    const ownPublished = own.some((r) => r.status === 'PUBLISHED');
    const regional = !ownPublished && region.region_code ? preferred(await repository.publishedValues(measures, [region.region_code], null)) : [];
    const fallback = !ownPublished && regional.some((r) => r.status === 'PUBLISHED');
    const areaCode = fallback ? region.region_code! : code;
    const names = await this.regionNames([code, ...(region.region_code ? [region.region_code] : [])]);
    const rows = (fallback ? regional : own).sort(
      (a, b) => periodRank(b.period) - periodRank(a.period) || a.measure.localeCompare(b.measure) || a.category.localeCompare(b.category),
    );
    const regionName = region.region_code ? (names.get(region.region_code) ?? region.region_code) : null;
    return {
      municipalityCode: code,
      municipalityName: region.name,
      areaCode,
      areaName: names.get(areaCode) ?? areaCode,
      areaLevel: levelOfCode(areaCode)!,
      fallback,
      note: fallback
        ? `Voor deze gemeente zijn geen eigen cijfers gepubliceerd; hieronder de cijfers van Veilig Thuis-regio ${regionName}.`
        : ownPublished
          ? null
          : 'CBS heeft voor deze gemeente en haar Veilig Thuis-regio geen cijfers gepubliceerd die de monitor heeft geladen.',
      regionCode: region.region_code,
      regionName,
      figures: rows.slice(0, MAX_AREA_FIGURES).map((row) => toStatisticValue(row, names)),
      truncated: rows.length > MAX_AREA_FIGURES,
    };
  }

  /** Every municipal figure of the latest year with figures up to `year`, in its published form (withheld ones without a value), for research exports. */
  async municipalFiguresOfYear(ctx: AccessSubject, year: number): Promise<StatisticValue[]> {
    requireAccess(ctx, 'statistics.read');
    await this.protectionReady();
    const rows = preferred(await new StatisticsRepository(this.dataSource.manager).municipalValuesOfYear(year));
    return rows.map((row) => toStatisticValue(row, new Map()));
  }

  async measures(ctx: AccessSubject): Promise<StatisticMeasure[]> {
    requireAccess(ctx, 'statistics.read');
    const rows = await new StatisticsRepository(this.dataSource.manager).measureSummaries();
    const stored = new Map(rows.map((r) => [r.measure, r]));
    return Object.entries(MEASURES).map(([key, m]) => ({
      key,
      label: m.label,
      unit: m.unit,
      description: m.description,
      tables: stored.get(key)?.tables ?? [],
      categories: (stored.get(key)?.categories ?? []).sort(),
      periods: stored.get(key)?.periods ?? [],
      count: stored.get(key)?.count ?? 0,
    }));
  }

  /** What the protection hides per table and why, with the audit's smallest interval (administrators). */
  async disclosure(caller: Caller): Promise<StatisticsDisclosure> {
    requireAccess({ caller }, 'statistics.readDisclosure');
    await this.protectionReady();
    const repository = new StatisticsRepository(this.dataSource.manager);
    const [run, rows, titles] = [await repository.latestRun(), await repository.allProtected(), await repository.tableTitles()];
    const byTable = new Map<string, ProtectedRow[]>();
    for (const row of rows) byTable.set(row.table_id, [...(byTable.get(row.table_id) ?? []), row]);
    return {
      computedAt: run?.computed_at ?? null,
      protectionLevel: run?.protection_level ?? 0,
      roundingBase: run?.rounding_base ?? 0,
      minimumCount: run?.minimum_count ?? 0,
      relations: run?.relations ?? 0,
      rounds: run?.rounds ?? 0,
      unprotected: run?.unprotected ?? 0,
      tables: [...byTable].map(([tableId, cells]) => tableDisclosure(tableId, titles.get(tableId) ?? tableId, cells)),
    };
  }

  private async regionNames(codes: string[]): Promise<Map<string, string>> {
    const rows = await currentAreaNames(this.dataSource.manager, codes);
    const names = new Map(rows.map((r) => [r.code, r.name]));
    names.set(NATION_CODE, 'Nederland');
    for (const [code, { name }] of Object.entries(LANDSDELEN)) names.set(code, name);
    return names;
  }
}

function toStatisticValue(row: PublishedValueRow, names: ReadonlyMap<string, string>): StatisticValue {
  const measure = MEASURES[row.measure];
  return {
    measure: row.measure,
    measureLabel: measure?.label ?? row.measure,
    unit: measure?.unit ?? 'aantal',
    category: row.category,
    categoryLabel: vtCategoryLabel(row.category),
    isTotal: isTotalCategory(row.category),
    regionCode: row.region_code,
    regionName: names.get(row.region_code) ?? row.region_code,
    regionLevel: levelOfCode(row.region_code)!,
    period: row.period,
    periodLabel: periodLabel(row.period),
    provisional: row.provisional,
    value: row.value,
    status: row.status,
    withheldReason: hiddenReason(row),
    per1000: row.per1000,
    per1000Status: row.per1000_status,
    population: row.population,
    populationYear: row.population_year,
    source: { tableId: row.table_id, title: row.source_title, url: row.source_url, format: row.source_format, importedAt: row.imported_at },
  };
}

/** Sort key of "2023", "2025-H1": by the end of the period, whole years after their second half. */
function periodRank(period: string): number {
  const match = /^(\d{4})(?:-H([12]))?$/.exec(period);
  return match ? Number(match[1]) * 10 + (match[2] ? Number(match[2]) * 3 : 7) : 0;
}

/** One value per region, period and category: from the most specific table that has it. */
function preferred(rows: PublishedValueRow[]): PublishedValueRow[] {
  const best = new Map<string, PublishedValueRow>();
  const rank = (t: string) => (TABLE_PREFERENCE.indexOf(t) === -1 ? TABLE_PREFERENCE.length : TABLE_PREFERENCE.indexOf(t));
  for (const row of rows) {
    const key = [row.measure, row.category === 'Totaal' ? '' : row.category, row.region_code, row.period].join('|');
    const current = best.get(key);
    if (!current || rank(row.table_id) < rank(current.table_id)) best.set(key, row);
  }
  return [...best.values()];
}

function hiddenReason(row: ProtectedRow): HiddenReason | null {
  if (row.status === 'PUBLISHED' || row.status === 'NOT_APPLICABLE') return null;
  if (MEASURES[row.measure]?.unit === '%') return 'DERIVED';
  if (row.reason === 'PRIMARY' || row.reason === 'SECONDARY') return row.reason;
  return 'SOURCE';
}

function tableDisclosure(tableId: string, title: string, rows: readonly ProtectedRow[]): TableDisclosure {
  const hiddenCells: DisclosureHiddenCell[] = rows.flatMap((row) => {
    const reason = hiddenReason(row);
    if (!reason) return [];
    const width = row.audit_lower !== null && row.audit_upper !== null ? row.audit_upper - row.audit_lower : null;
    return [
      {
        measure: row.measure,
        category: row.category,
        regionCode: row.region_code,
        period: row.period,
        reason,
        auditLower: row.audit_lower,
        auditUpper: row.audit_upper,
        auditWidth: width,
      },
    ];
  });
  const count = (reason: HiddenReason) => hiddenCells.filter((c) => c.reason === reason).length;
  const widths = hiddenCells.map((c) => c.auditWidth).filter((w): w is number => w !== null);
  return {
    tableId,
    title,
    cells: rows.length,
    published: rows.filter((r) => r.status === 'PUBLISHED').length,
    hiddenPrimary: count('PRIMARY'),
    hiddenSecondary: count('SECONDARY'),
    hiddenSource: count('SOURCE'),
    hiddenDerived: count('DERIVED'),
    smallestAuditWidth: widths.length > 0 ? Math.min(...widths) : null,
    hiddenCells: [...hiddenCells].sort((a, b) => (a.auditWidth ?? Infinity) - (b.auditWidth ?? Infinity)).slice(0, MAX_LISTED_HIDDEN_CELLS),
  };
}
