import {
  distributionOf,
  judgeGroups,
  MUNICIPALITY_RULES,
  publishRate,
  quartileOf,
  SIZE_CLASSES,
  sizeClassOf,
  type CandidateGroup,
  type Distribution,
} from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireRole } from '../../auth/access';
import { AccessError } from '../../auth/auth.errors';
import { assertMunicipalityAccess } from '../../auth/municipality-access';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import { PopulationTable } from '../statistics/population';

export const GROUP_TYPES = ['ALL', 'PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION', 'SIZE_CLASS', 'CUSTOM'] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

/** Veilig Thuis measures benchmarked per 1,000 inhabitants. */
export const VT_BENCHMARK_MEASURES = ['gestarte_adviezen', 'ontvangen_meldingen'] as const;

interface GroupDefinition {
  key: string;
  type: GroupType;
  name: string;
  members: Set<string>;
}

export interface AggregateRow {
  year: number;
  measure: string;
  group_key: string;
  group_name: string;
  n: number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
  published: boolean;
  withheld_reason: string | null;
  computed_at: Date;
}

export interface BenchmarkResult {
  measure: string;
  year: number;
  group: { key: string; type: GroupType; name: string };
  aggregate: AggregateRow | null;
  own: { municipalityCode: string; value: number | null; quartile: number | null; previousValue: number | null; change: number | null } | null;
}

const typeOfKey = (key: string): GroupType =>
  key === 'ALL' ? 'ALL' : ({ PV: 'PROVINCE', VT: 'VEILIG_THUIS_REGION', VR: 'SAFETY_REGION', SIZE: 'SIZE_CLASS', CUSTOM: 'CUSTOM' } as const)[key.split(':')[0] as 'PV'];

/**
 * Benchmarks of municipal values (the distribution over municipalities, not pooled sums) per
 * comparison group. Aggregates are precomputed when responses are submitted or reopened and when
 * figures are imported; queries only read them.
 */
export class BenchmarkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly minimumGroupSize: number,
  ) {}

  /**
   * Recomputes every aggregate of a year (all years when omitted), in one transaction. Recomputes
   * run one at a time (a transaction-scoped advisory lock, so also across server processes): two at
   * once, e.g. from two imports, would both delete and then insert the same keys.
   */
  async recompute(year?: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query("SELECT pg_advisory_xact_lock(hashtext('benchmark_aggregate.recompute'))");
      const groups = await this.groups(manager);
      const indicatorValues: { year: number; indicator_key: string; code: string; value: number }[] = await manager.query(
        `SELECT q.year, iv.indicator_key, m.code, iv.value FROM indicator_value iv
           JOIN response r ON r.id = iv.response_id AND r.status = 'SUBMITTED'
           JOIN questionnaire q ON q.id = r.questionnaire_id JOIN municipality m ON m.id = r.municipality_id
          WHERE iv.value IS NOT NULL AND ($1::int IS NULL OR q.year = $1)`,
        [year ?? null],
      );
      const series = new Map<string, { year: number; measure: string; values: Map<string, number> }>();
      const add = (y: number, measure: string, code: string, value: number) => {
        const key = `${y}|${measure}`;
        if (!series.has(key)) series.set(key, { year: y, measure, values: new Map() });
        series.get(key)!.values.set(code, value);
      };
      for (const v of indicatorValues) add(v.year, `indicator:${v.indicator_key}`, v.code, v.value);
      for (const v of await this.vtRates(manager, year)) add(v.year, v.measure, v.code, v.value);

      await manager.query('DELETE FROM benchmark_aggregate WHERE ($1::int IS NULL OR year = $1)', [year ?? null]);
      for (const { year: y, measure, values } of series.values()) {
        const candidates: CandidateGroup[] = groups.map((g) => ({ key: g.key, contributors: new Set([...g.members].filter((c) => values.has(c))) }));
        const verdicts = judgeGroups(candidates, this.minimumGroupSize);
        for (const [i, group] of groups.entries()) {
          const verdict = verdicts[i];
          const contributors = [...candidates[i].contributors];
          const distribution = verdict.published ? distributionOf(contributors.map((c) => values.get(c)!)) : null;
          await manager.query(
            `INSERT INTO benchmark_aggregate (year, measure, group_key, group_name, n, min, q1, median, q3, max, published, withheld_reason)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
            [y, measure, group.key, group.name, contributors.length, distribution?.min ?? null, distribution?.q1 ?? null, distribution?.median ?? null,
              distribution?.q3 ?? null, distribution?.max ?? null, distribution !== null, verdict.published ? null : verdict.reason],
          );
        }
      }
    });
  }

  /** The benchmark of one measure for one group; with a municipality, also its own value and quartile. */
  async benchmark(ctx: Context, measure: string, year: number, group: { type: GroupType; code?: string | null }, municipalityCode?: string | null): Promise<BenchmarkResult> {
    return (await this.collect(ctx, year, group, municipalityCode, [measure]))[0];
  }

  /**
   * All policy indicators (or all Veilig Thuis rates) of a year against one group: a fixed number
   * of queries, whatever the number of measures.
   */
  async benchmarks(
    ctx: Context,
    year: number,
    group: { type: GroupType; code?: string | null },
    municipalityCode?: string | null,
    scope: 'INDICATORS' | 'VEILIG_THUIS' = 'INDICATORS',
  ): Promise<BenchmarkResult[]> {
    return this.collect(ctx, year, group, municipalityCode, null, scope === 'INDICATORS' ? 'indicator:%' : 'vt:%');
  }

  private async collect(
    ctx: Context,
    year: number,
    group: { type: GroupType; code?: string | null },
    municipalityCode: string | null | undefined,
    measures: string[] | null,
    pattern = 'indicator:%',
  ): Promise<BenchmarkResult[]> {
    if (municipalityCode) await assertMunicipalityAccess(ctx, municipalityCode, 'read');
    const groups = await this.groups(this.dataSource.manager);
    const groupKey = this.groupKey(groups, group, municipalityCode ?? null);
    const aggregates: AggregateRow[] = await this.dataSource.query(
      `SELECT * FROM benchmark_aggregate WHERE year = $1 AND group_key = $2 AND ($3::text[] IS NULL OR measure = ANY($3))
         AND ($3::text[] IS NOT NULL OR measure LIKE $4) ORDER BY measure`,
      [year, groupKey, measures, pattern],
    );
    const byMeasure = new Map(aggregates.map((a) => [a.measure, a]));
    const wanted = measures ?? aggregates.map((a) => a.measure);
    const name = groups.find((g) => g.key === groupKey)?.name ?? groupKey;
    const own = municipalityCode ? await this.ownValues(municipalityCode, year) : null;
    return wanted.map((measure) => {
      const aggregate = byMeasure.get(measure);
      return {
        measure,
        year,
        group: { key: groupKey, type: typeOfKey(groupKey), name },
        aggregate: aggregate ? this.safe(aggregate) : null,
        own: municipalityCode ? this.placeOwn(municipalityCode, measure, year, own!, aggregate) : null,
      };
    });
  }

  private placeOwn(code: string, measure: string, year: number, own: Map<string, number>, aggregate: AggregateRow | undefined): BenchmarkResult['own'] {
    const value = own.get(sameMeasureIn(measure, year)) ?? null;
    const previousValue = own.get(sameMeasureIn(measure, year - 1)) ?? null;
    const distribution: Distribution | null = aggregate?.published
      ? { n: aggregate.n, min: aggregate.min!, q1: aggregate.q1!, median: aggregate.median!, q3: aggregate.q3!, max: aggregate.max! }
      : null;
    return {
      municipalityCode: code,
      value,
      quartile: value !== null && distribution ? quartileOf(value, distribution) : null,
      previousValue,
      change: value !== null && previousValue !== null ? Math.round((value - previousValue) * 10) / 10 : null,
    };
  }

  /** The municipality's own values (indicators and Veilig Thuis rates) of a year and the year before, by measure key. */
  private async ownValues(code: string, year: number): Promise<Map<string, number>> {
    const indicators: { year: number; indicator_key: string; value: number }[] = await this.dataSource.query(
      `SELECT q.year, iv.indicator_key, iv.value FROM indicator_value iv JOIN response r ON r.id = iv.response_id AND r.status = 'SUBMITTED'
         JOIN questionnaire q ON q.id = r.questionnaire_id JOIN municipality m ON m.id = r.municipality_id
        WHERE m.code = $1 AND q.year IN ($2, $2 - 1) AND iv.value IS NOT NULL`,
      [code, year],
    );
    const values = new Map(indicators.map((v) => [sameMeasureIn(`indicator:${v.indicator_key}`, v.year), v.value]));
    for (const y of [year - 1, year]) {
      for (const rate of await this.vtRates(this.dataSource.manager, y, code)) values.set(rate.measure, rate.value);
    }
    return values;
  }

  async createGroup(ctx: Context, name: string, members: string[]): Promise<{ key: string; name: string; members: string[] }> {
    requireRole(ctx.caller, ['ANALYST', 'ADMIN']);
    const unique = [...new Set(members)];
    const known: { code: string }[] = await this.dataSource.query('SELECT code FROM municipality WHERE code = ANY($1) AND valid_to IS NULL', [unique]);
    const unknown = unique.filter((c) => !known.some((k) => k.code === c));
    if (unknown.length > 0) throw badUserInput('members', `onbekende gemeentecode(s): ${unknown.join(', ')}`);
    if (unique.length < this.minimumGroupSize) throw badUserInput('members', `een vergelijkingsgroep heeft minstens ${this.minimumGroupSize} gemeenten nodig`);
    const [row] = await this.dataSource.query('INSERT INTO benchmark_group (name, members, created_by) VALUES ($1, $2, $3) RETURNING id', [name.trim(), unique, ctx.caller.userId]);
    await this.recompute();
    return { key: `CUSTOM:${row.id}`, name: name.trim(), members: unique };
  }

  async customGroups(): Promise<{ key: string; name: string; size: number }[]> {
    const rows = await this.dataSource.query('SELECT id, name, cardinality(members) AS size FROM benchmark_group ORDER BY name');
    return rows.map((r: { id: number; name: string; size: number }) => ({ key: `CUSTOM:${r.id}`, name: r.name, size: r.size }));
  }

  /** Aggregates never carry members; a withheld one carries no statistics at all. */
  private safe(row: AggregateRow): AggregateRow {
    return row.published ? row : { ...row, min: null, q1: null, median: null, q3: null, max: null };
  }

  private groupKey(groups: GroupDefinition[], group: { type: GroupType; code?: string | null }, municipalityCode: string | null): string {
    if (group.type === 'ALL') return 'ALL';
    if (group.type === 'CUSTOM') {
      if (!group.code || !/^\d+$/.test(group.code.replace(/^CUSTOM:/, ''))) throw badUserInput('group.code', 'geef de sleutel van een eigen vergelijkingsgroep');
      return `CUSTOM:${group.code.replace(/^CUSTOM:/, '')}`;
    }
    if (group.code) return `${{ PROVINCE: 'PV', VEILIG_THUIS_REGION: 'VT', SAFETY_REGION: 'VR', SIZE_CLASS: 'SIZE' }[group.type]}:${group.code}`;
    if (!municipalityCode) throw badUserInput('group.code', 'geef een regiocode, of een gemeente om de groep van af te leiden');
    const own = groups.find((g) => g.type === group.type && g.members.has(municipalityCode));
    if (!own) throw AccessError.notFound('Vergelijkingsgroep');
    return own.key;
  }

  /** Predefined groups first (accepted first by the differencing rule), then analyst-defined ones. */
  private async groups(manager: EntityManager): Promise<GroupDefinition[]> {
    const municipalities: { code: string; inhabitants: number | null }[] = await manager.query(
      `SELECT m.code, (SELECT s.value FROM municipality_statistic s WHERE s.municipality_id = m.id AND s.variable = 'inwoners' ORDER BY s.year DESC LIMIT 1) AS inhabitants
         FROM municipality m WHERE m.valid_to IS NULL`,
    );
    const regions: { code: string; name: string; type: string; members: string[] }[] = await manager.query(
      `SELECT r.code, r.name, r.type::text AS type, array_agg(m.code) AS members FROM region r
         JOIN region_membership rm ON rm.region_id = r.id AND rm.valid_to IS NULL JOIN municipality m ON m.id = rm.municipality_id AND m.valid_to IS NULL
        WHERE r.valid_to IS NULL AND r.type IN ('PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION') GROUP BY r.code, r.name, r.type ORDER BY r.type, r.code`,
    );
    const custom: { id: number; name: string; members: string[] }[] = await manager.query('SELECT id, name, members FROM benchmark_group ORDER BY id');
    const prefix = { PROVINCE: 'PV', VEILIG_THUIS_REGION: 'VT', SAFETY_REGION: 'VR' } as Record<string, string>;
    const label = { PROVINCE: 'provincie', VEILIG_THUIS_REGION: 'Veilig Thuis-regio', SAFETY_REGION: 'veiligheidsregio' } as Record<string, string>;
    return [
      { key: 'ALL', type: 'ALL', name: 'alle deelnemende gemeenten', members: new Set(municipalities.map((m) => m.code)) },
      ...regions.map((r) => ({ key: `${prefix[r.type]}:${r.code}`, type: typeOfKey(`${prefix[r.type]}:x`), name: `${label[r.type]} ${r.name}`, members: new Set(r.members) })),
      ...SIZE_CLASSES.map((c) => ({
        key: `SIZE:${c.key}`,
        type: 'SIZE_CLASS' as const,
        name: `gemeenten met ${c.label}`,
        members: new Set(municipalities.filter((m) => m.inhabitants !== null && sizeClassOf(m.inhabitants) === c.key).map((m) => m.code)),
      })),
      ...custom.map((g) => ({ key: `CUSTOM:${g.id}`, type: 'CUSTOM' as const, name: g.name, members: new Set(g.members) })),
    ];
  }

  /** Published Veilig Thuis rates per 1,000 inhabitants of municipalities (suppressed ones left out). */
  private async vtRates(manager: EntityManager, year?: number, municipalityCode?: string): Promise<{ year: number; measure: string; code: string; value: number }[]> {
    const rows: { measure: string; region_code: string; period: string; value: number | null; cbs_status: 'VALUE' | 'SECRET' | 'EMPTY' }[] = await manager.query(
      `SELECT measure, region_code, period, value, cbs_status FROM statistic_value
        WHERE table_id = '84849NED' AND category IN ('Totaal', '') AND measure = ANY($1) AND region_code LIKE 'GM%'
          AND ($2::int IS NULL OR left(period, 4)::int = $2) AND ($3::text IS NULL OR region_code = $3)`,
      [[...VT_BENCHMARK_MEASURES], year ?? null, municipalityCode ?? null],
    );
    if (rows.length === 0) return [];
    const population = await PopulationTable.load(this.dataSource);
    return rows.flatMap((r) => {
      const y = Number(r.period.slice(0, 4));
      const denominator = population.of(r.region_code, y);
      const rate = publishRate({ value: r.value, status: r.cbs_status }, denominator?.population ?? null, 1000, MUNICIPALITY_RULES);
      return rate.status === 'PUBLISHED' ? [{ year: y, measure: `vt:${r.measure}:${r.period}`, code: r.region_code, value: rate.value! }] : [];
    });
  }
}

/** The same measure in another year: indicator keys carry no year; Veilig Thuis measures end in their period. */
function sameMeasureIn(measure: string, year: number): string {
  if (measure.startsWith('vt:')) return measure.replace(/:(\d{4})(-H[12])?$/, (_all, _year, half) => `:${year}${half ?? ''}`);
  return `${measure}@${year}`;
}
