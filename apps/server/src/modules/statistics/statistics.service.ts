import {
  applySecondarySuppression,
  LANDSDELEN,
  levelOfCode,
  MEASURES,
  MUNICIPALITY_RULES,
  NATION_CODE,
  periodLabel,
  publishCount,
  publishRate,
  type AdditiveCell,
  type Published,
  type RawCell,
} from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { badUserInput } from '../../graphql/errors';
import { ADDITIVE_GROUPS, TABLE_PREFERENCE } from './statistics.groups';
import { PopulationTable } from './population';
import type { StatisticMeasure, StatisticValue } from './statistics.types';

interface StoredValue {
  table_id: string;
  measure: string;
  category: string;
  region_code: string;
  period: string;
  value: number | null;
  cbs_status: RawCell['status'];
  provisional: boolean;
  source_title: string;
  source_url: string | null;
  source_format: string;
  imported_at: Date;
}

export interface StatisticsQuery {
  measure: string;
  regionCodes: string[];
  periods?: string[] | null;
  category?: string | null;
}

/** Veilig Thuis figures are public once published through the disclosure module; raw values never leave. */
export class StatisticsService {
  constructor(private readonly dataSource: DataSource) {}

  async values(query: StatisticsQuery): Promise<StatisticValue[]> {
    const definition = MEASURES[query.measure];
    if (!definition) throw badUserInput('measure', `onbekende maat; kies uit: ${Object.keys(MEASURES).join(', ')}`);
    const unknownCodes = query.regionCodes.filter((code) => !levelOfCode(code) || levelOfCode(code) === 'DISTRICT');
    if (unknownCodes.length > 0) throw badUserInput('regionCodes', `onbekende regiocode(s): ${unknownCodes.join(', ')}; gebruik NL01, LDxx, PVxx, VTxx of GMxxxx`);

    const rows = await this.load(query.measure, query.regionCodes, query.periods ?? null);
    const wanted = query.category ?? null;
    const chosen = preferred(rows.filter((r) => (wanted === null ? r.category === '' || r.category === 'Totaal' : r.category === wanted)));
    const published = this.protect(chosen, await this.siblings(chosen));
    const population = await PopulationTable.load(this.dataSource);
    const names = await this.regionNames(query.regionCodes);

    return chosen
      .map((row): StatisticValue => {
        const cell = published.get(keyOf(row))!;
        const denominator = definition.unit === 'aantal' ? population.of(row.region_code, Number(row.period.slice(0, 4))) : null;
        const rate = denominator && cell.status === 'PUBLISHED' ? publishRate(rawOf(row), denominator.population, 1000, MUNICIPALITY_RULES) : null;
        return {
          measure: row.measure,
          category: row.category,
          regionCode: row.region_code,
          regionName: names.get(row.region_code) ?? row.region_code,
          regionLevel: levelOfCode(row.region_code)!,
          period: row.period,
          periodLabel: periodLabel(row.period),
          provisional: row.provisional,
          value: cell.value,
          status: cell.status,
          per1000: rate?.value ?? null,
          per1000Status: rate?.status ?? (cell.status === 'PUBLISHED' ? 'UNKNOWN' : cell.status),
          population: denominator?.population ?? null,
          populationYear: denominator?.year ?? null,
          source: { tableId: row.table_id, title: row.source_title, url: row.source_url, format: row.source_format, importedAt: row.imported_at },
        };
      })
      .sort((a, b) => query.regionCodes.indexOf(a.regionCode) - query.regionCodes.indexOf(b.regionCode) || a.period.localeCompare(b.period));
  }

  async measures(): Promise<StatisticMeasure[]> {
    const rows: { measure: string; tables: string[]; categories: string[]; periods: string[]; count: number }[] = await this.dataSource.query(
      `SELECT measure, array_agg(DISTINCT table_id) AS tables, array_agg(DISTINCT category) AS categories,
              array_agg(DISTINCT period ORDER BY period) AS periods, count(*)::int AS count
         FROM statistic_value GROUP BY measure`,
    );
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

  private async load(measures: string | string[], regionCodes: string[], periods: string[] | null): Promise<StoredValue[]> {
    return this.dataSource.query(
      `SELECT v.table_id, v.measure, v.category, v.region_code, v.period, v.value, v.cbs_status, v.provisional,
              s.title AS source_title, s.url AS source_url, s.format AS source_format, s.imported_at
         FROM statistic_value v JOIN statistic_source s ON s.id = v.source_id
        WHERE v.measure = ANY($1) AND v.region_code = ANY($2) AND ($3::text[] IS NULL OR v.period = ANY($3))`,
      [Array.isArray(measures) ? measures : [measures], regionCodes, periods],
    );
  }

  /** The other cells of the additive groups the chosen cells belong to, for secondary suppression. */
  private async siblings(rows: StoredValue[]): Promise<StoredValue[]> {
    const measures = new Set<string>();
    for (const row of rows) for (const group of ADDITIVE_GROUPS) if (group.tableId === row.table_id && [group.total, ...group.parts].includes(row.measure)) {
      [group.total, ...group.parts].forEach((m) => measures.add(m));
    }
    if (measures.size === 0) return [];
    return this.load([...measures], [...new Set(rows.map((r) => r.region_code))], [...new Set(rows.map((r) => r.period))]);
  }

  private protect(rows: StoredValue[], siblings: StoredValue[]): Map<string, Published> {
    const result = new Map<string, Published>();
    for (const row of rows) {
      result.set(keyOf(row), MEASURES[row.measure].unit === '%' ? publishPercentage(row) : publishCount(rawOf(row), MUNICIPALITY_RULES));
    }
    const all = new Map([...siblings, ...rows].map((r) => [keyOf(r), r]));
    for (const group of ADDITIVE_GROUPS) {
      for (const row of rows.filter((r) => r.table_id === group.tableId && [group.total, ...group.parts].includes(r.measure))) {
        const cellOf = (measure: string): AdditiveCell | undefined => {
          const stored = all.get(keyOf({ ...row, measure }));
          return stored ? { key: measure, raw: rawOf(stored), published: publishCount(rawOf(stored), MUNICIPALITY_RULES) } : undefined;
        };
        const total = cellOf(group.total);
        const parts = group.parts.map(cellOf);
        if (!total || parts.some((p) => p === undefined)) continue;
        const protectedGroup = applySecondarySuppression(total, parts as AdditiveCell[], MUNICIPALITY_RULES);
        const mine = [protectedGroup.total, ...protectedGroup.parts].find((c) => c.key === row.measure)!;
        if (mine.published.status !== 'PUBLISHED') result.set(keyOf(row), mine.published);
      }
    }
    return result;
  }

  private async regionNames(codes: string[]): Promise<Map<string, string>> {
    const rows: { code: string; name: string }[] = await this.dataSource.query(
      `SELECT code, name FROM region WHERE code = ANY($1) AND valid_to IS NULL
       UNION ALL SELECT code, name FROM municipality WHERE code = ANY($1) AND valid_to IS NULL`,
      [codes],
    );
    const names = new Map(rows.map((r) => [r.code, r.name]));
    names.set(NATION_CODE, 'Nederland');
    for (const [code, { name }] of Object.entries(LANDSDELEN)) names.set(code, name);
    return names;
  }
}

function keyOf(row: Pick<StoredValue, 'table_id' | 'measure' | 'category' | 'region_code' | 'period'>): string {
  return [row.table_id, row.measure, row.category, row.region_code, row.period].join('|');
}

function rawOf(row: StoredValue): RawCell {
  return { value: row.value, status: row.cbs_status };
}

/** Percentages as CBS published them (computed by CBS from unrounded counts). */
function publishPercentage(row: StoredValue): Published {
  if (row.cbs_status === 'EMPTY') return { value: null, status: 'NOT_APPLICABLE' };
  if (row.value === null) return { value: null, status: 'UNKNOWN' };
  return { value: Math.round(row.value * 10) / 10, status: 'PUBLISHED' };
}

/** One value per region, period and category: from the most specific table that has it. */
function preferred(rows: StoredValue[]): StoredValue[] {
  const best = new Map<string, StoredValue>();
  const rank = (t: string) => (TABLE_PREFERENCE.indexOf(t) === -1 ? TABLE_PREFERENCE.length : TABLE_PREFERENCE.indexOf(t));
  for (const row of rows) {
    const key = [row.measure, row.category === 'Totaal' ? '' : row.category, row.region_code, row.period].join('|');
    const current = best.get(key);
    if (!current || rank(row.table_id) < rank(current.table_id)) best.set(key, row);
  }
  return [...best.values()];
}
