import {
  gridOf,
  hasScope,
  MUNICIPALITY_RULES,
  deriveRate,
  publishedStatisticsOf,
  quartileOf,
  ReleaseLedger,
  SIZE_CLASSES,
  sizeClassOf,
  type Caller,
  type PublishedStatistics,
} from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { SharedReadCache } from '../../db/shared-read-cache';
import { badUserInput } from '../../graphql/errors';
import { submittedValuesWithVersion } from '../indicator/indicator.repository';
import { currentMunicipalitiesByCode, currentMunicipalitiesWithInhabitants } from '../municipality/municipality.repository';
import { currentRegionsWithMembers } from '../region/region.repository';
import { PopulationTable } from '../statistics/population';
import { StatisticsRepository } from '../statistics/statistics.repository';
import { BenchmarkRepository, type AggregateRow, type DisclosureRow, type ReleaseRow, type StatisticsColumns } from './benchmark.repository';

export const GROUP_TYPES = ['ALL', 'PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION', 'SIZE_CLASS', 'CUSTOM'] as const;
export type GroupType = (typeof GROUP_TYPES)[number];

/** Veilig Thuis measures benchmarked per 1,000 inhabitants. */
export const VT_BENCHMARK_MEASURES = ['gestarte_adviezen', 'ontvangen_meldingen'] as const;
/**
 * Which measures a recompute covers. Measures are judged independently (one ledger per measure
 * and year), so recomputing the indicators and the Veilig Thuis rates apart gives the same result.
 */
export type MeasureKind = 'all' | 'indicators' | 'veiligThuis';
const MEASURE_PATTERN: Record<MeasureKind, string> = { all: '%', indicators: 'indicator:%', veiligThuis: 'vt:%' };

interface GroupDefinition {
  key: string;
  type: GroupType;
  name: string;
  members: Set<string>;
  /** false for an analyst's group that no administrator has published: never released */
  published: boolean;
}

/** One municipality's value of a measure, with its version (the ledger's contributor identity). */
interface Contribution {
  identity: string;
  value: number;
}

type NewAggregate = Omit<AggregateRow, 'computed_at'>;

interface Series {
  year: number;
  measure: string;
  values: Map<string, Contribution>;
}

export interface BenchmarkResult {
  measure: string;
  year: number;
  group: { key: string; type: GroupType; name: string };
  aggregate: AggregateRow | null;
  /** the figures are those of an unpublished analysts' group (only NJi staff get here) */
  internal: boolean;
  own: { municipalityCode: string; value: number | null; quartile: number | null; previousValue: number | null; change: number | null } | null;
}

export const typeOfKey = (key: string): GroupType =>
  key === 'ALL'
    ? 'ALL'
    : ({ PV: 'PROVINCE', VT: 'VEILIG_THUIS_REGION', VR: 'SAFETY_REGION', SIZE: 'SIZE_CLASS', CUSTOM: 'CUSTOM' } as const)[key.split(':')[0] as 'PV'];

/** NJi staff (in the browser, or with a token that may read municipal data) see analysts' unpublished groups. */
export function seesInternalBenchmarks(caller: Caller): boolean {
  if (caller.kind === 'anonymous' || (caller.role !== 'ADMIN' && caller.role !== 'ANALYST')) return false;
  return caller.kind !== 'token' || hasScope(caller.scopes, 'MUNICIPALITY_READ');
}

const statisticsColumns = (s: PublishedStatistics | null): StatisticsColumns => ({
  n: s?.n ?? null,
  grid: s?.grid ?? null,
  statistics_class: s?.statisticsClass ?? null,
  p10: s?.p10 ?? null,
  q1: s?.q1 ?? null,
  median: s?.median ?? null,
  q3: s?.q3 ?? null,
  p90: s?.p90 ?? null,
});

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Benchmarks of municipal values (the distribution over municipalities, not pooled sums) per
 * comparison group. Aggregates are precomputed when responses are submitted or reopened and when
 * figures are imported; queries only read them. Every published aggregate goes through the release
 * ledger (docs/decisions/0002-benchmark-release-ledger.md).
 */
export class BenchmarkService {
  private readonly repository: BenchmarkRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly minimumGroupSize: number,
    /** groups, aggregates and own values are the same for every caller allowed to see them */
    private readonly shared: SharedReadCache = SharedReadCache.disabled(),
  ) {
    this.repository = new BenchmarkRepository(dataSource);
  }

  /**
   * Recomputes every aggregate of a year (all years when omitted), in one transaction, through the
   * ledger. Recomputes run one at a time (a transaction-scoped advisory lock, so also across server
   * processes): two at once, e.g. from two imports, would both judge against the same releases.
   */
  async recompute(year?: number, measures: MeasureKind = 'all'): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.repository.lockLedger(manager);
      const groups = await this.groups(manager);
      const series = await this.series(manager, year ?? null, measures);
      const releases = new Map<string, ReleaseRow[]>();
      for (const release of await this.repository.releases(manager, year ?? null, MEASURE_PATTERN[measures])) {
        const key = `${release.year}|${release.measure}`;
        if (!releases.has(key)) releases.set(key, []);
        releases.get(key)!.push(release);
      }
      await this.repository.deleteAggregates(manager, year ?? null, MEASURE_PATTERN[measures]);
      const aggregates: NewAggregate[] = [];
      for (const s of series.values())
        aggregates.push(...(await this.decideSeries(manager, s, groups, releases.get(`${s.year}|${s.measure}`) ?? [])));
      await this.repository.insertAggregates(manager, aggregates);
    });
  }

  /**
   * After one municipality's response of a year was submitted or reopened: only its policy
   * indicators changed, so only the indicator aggregates of the groups it belongs to can change.
   * Every other group keeps the same contributors, so a full recompute would find its earlier
   * release again; judging the affected groups in the same order gives the same result, faster.
   */
  async recomputeAround(year: number, municipalityCode: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.repository.lockLedger(manager);
      const groups = (await this.groups(manager)).filter((g) => g.members.has(municipalityCode));
      const series = await this.series(manager, year, 'indicators');
      const releases = new Map<string, ReleaseRow[]>();
      for (const release of await this.repository.releases(manager, year, MEASURE_PATTERN.indicators)) {
        const key = `${release.year}|${release.measure}`;
        if (!releases.has(key)) releases.set(key, []);
        releases.get(key)!.push(release);
      }
      await this.repository.deleteAggregatesOf(
        manager,
        year,
        MEASURE_PATTERN.indicators,
        groups.map((g) => g.key),
      );
      const aggregates: NewAggregate[] = [];
      for (const s of series.values())
        aggregates.push(...(await this.decideSeries(manager, s, groups, releases.get(`${s.year}|${s.measure}`) ?? [])));
      await this.repository.insertAggregates(manager, aggregates);
    });
  }

  /**
   * One measure and year: each group in order (predefined first, then published analysts' groups
   * in the order they were published) is released when the ledger allows it; otherwise it keeps
   * showing its last release, if any. Unpublished analysts' groups get internal figures only.
   */
  private async decideSeries(manager: EntityManager, series: Series, groups: GroupDefinition[], previous: ReleaseRow[]): Promise<NewAggregate[]> {
    const aggregates: NewAggregate[] = [];
    const ledger = new ReleaseLedger(
      previous.map((r) => ({ groupKey: r.group_key, contributors: new Set(r.contributors) })),
      this.minimumGroupSize,
    );
    const grid = gridOf(series.measure);
    for (const group of groups) {
      const members = [...group.members].filter((c) => series.values.has(c));
      const contributors = members.map((c) => series.values.get(c)!.identity).sort();
      const statistics = publishedStatisticsOf(
        members.map((c) => series.values.get(c)!.value),
        grid,
        ledger.minimum,
      );
      const base = { year: series.year, measure: series.measure, group_key: group.key, group_name: group.name, contributors: contributors.length };
      if (!group.published) {
        aggregates.push({
          ...base,
          ...statisticsColumns(statistics),
          status: 'INTERNAL',
          reason: statistics ? null : 'TOO_FEW',
          release_id: null,
          released_at: null,
        });
        continue;
      }
      const own = previous.filter((r) => r.group_key === group.key);
      let release = [...own].reverse().find((r) => r.grid === grid && sameSet(r.contributors, contributors));
      let reason: AggregateRow['reason'] = null;
      if (!release) {
        const verdict = ledger.judge({ groupKey: group.key, contributors: new Set(contributors) });
        if (verdict.publish && statistics) {
          release = await this.repository.appendRelease(manager, {
            year: series.year,
            measure: series.measure,
            groupKey: group.key,
            groupName: group.name,
            contributors,
            ...statisticsColumns(statistics),
          });
          ledger.record({ groupKey: group.key, contributors: new Set(contributors) });
          previous.push(release);
        } else reason = verdict.publish ? 'TOO_FEW' : verdict.reason;
      }
      const shown = release ?? own.at(-1) ?? null;
      aggregates.push({
        ...base,
        ...(shown ? statisticsColumns(releaseStatistics(shown)) : statisticsColumns(null)),
        status: reason === null ? 'PUBLISHED' : shown ? 'EARLIER_RELEASE' : 'WITHHELD',
        reason,
        release_id: shown?.id ?? null,
        released_at: shown?.released_at ?? null,
      });
    }
    return aggregates;
  }

  /** Every measure of a year (all years when null): indicator values and Veilig Thuis rates per municipality. */
  private async series(manager: EntityManager, year: number | null, measures: MeasureKind): Promise<Map<string, Series>> {
    const series = new Map<string, Series>();
    const add = (y: number, measure: string, code: string, contribution: Contribution) => {
      const key = `${y}|${measure}`;
      if (!series.has(key)) series.set(key, { year: y, measure, values: new Map() });
      series.get(key)!.values.set(code, contribution);
    };
    for (const v of measures === 'veiligThuis' ? [] : await submittedValuesWithVersion(manager, year)) {
      // a resubmitted response is a new contributor, whether or not its value changed
      add(v.year, `indicator:${v.indicator_key}`, v.code, {
        identity: `${v.code}#${v.response_id}@${new Date(v.submitted_at).toISOString()}`,
        value: v.value,
      });
    }
    if (measures !== 'indicators')
      for (const v of await this.vtRates(manager, year)) add(v.year, v.measure, v.code, { identity: `${v.code}=${v.value}`, value: v.value });
    return series;
  }

  /** The benchmark of one measure for one group; with a municipality, also its own value and quartile. */
  async benchmark(
    ctx: Context,
    measure: string,
    year: number,
    group: { type: GroupType; code?: string | null },
    municipalityCode?: string | null,
  ): Promise<BenchmarkResult> {
    await requireAccess(ctx, 'benchmark.read', { municipalityCode });
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
    await requireAccess(ctx, 'benchmark.read', { municipalityCode });
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
    // one request asks for several groups (the detail page: five); groups and own values are read once
    const groups = await this.perRequest(ctx, 'groups', () => this.groups(this.dataSource.manager));
    const groupKey = this.groupKey(groups, group, municipalityCode ?? null);
    const definition = groups.find((g) => g.key === groupKey);
    // an unpublished analysts' group looks exactly like one that does not exist
    if (group.type === 'CUSTOM' && (!definition || (!definition.published && !seesInternalBenchmarks(ctx.caller))))
      throw AccessError.notFound('Vergelijkingsgroep');
    const aggregates = await this.aggregatesOf(year, groupKey, measures, pattern);
    const byMeasure = new Map(aggregates.map((a) => [a.measure, a]));
    const wanted = measures ?? aggregates.map((a) => a.measure);
    const kind = wanted.every((m) => m.startsWith('indicator:')) ? 'indicators' : wanted.every((m) => m.startsWith('vt:')) ? 'veiligThuis' : 'all';
    const own = municipalityCode
      ? await this.perRequest(ctx, `own:${municipalityCode}:${year}:${kind}`, () => this.ownValues(municipalityCode, year, kind))
      : null;
    return wanted.map((measure) => {
      const aggregate = byMeasure.get(measure) ?? null;
      return {
        measure,
        year,
        group: { key: groupKey, type: typeOfKey(groupKey), name: definition?.name ?? groupKey },
        aggregate,
        internal: aggregate?.status === 'INTERNAL',
        own: municipalityCode ? this.placeOwn(municipalityCode, measure, year, own!, aggregate) : null,
      };
    });
  }

  private readonly requests = new WeakMap<Context, Map<string, Promise<unknown>>>();

  /** Computes a value once per GraphQL request (the context lives as long as the request). */
  private perRequest<T>(ctx: Context, key: string, compute: () => Promise<T>): Promise<T> {
    let memo = this.requests.get(ctx);
    if (!memo) this.requests.set(ctx, (memo = new Map<string, Promise<unknown>>()));
    if (!memo.has(key)) memo.set(key, this.shared.get(`benchmark:${key}`, compute));
    return memo.get(key) as Promise<T>;
  }

  /**
   * The aggregates of a group in a year: of the named measures, or else of those matching the LIKE
   * prefix pattern. Read per year and group (shared between requests), then picked in memory.
   */
  private async aggregatesOf(year: number, groupKey: string, measures: string[] | null, pattern: string): Promise<AggregateRow[]> {
    const all = await this.shared.get(`benchmark:aggregates:${year}:${groupKey}`, () => this.repository.aggregates(year, groupKey, null, '%'));
    if (measures) return all.filter((a) => measures.includes(a.measure));
    const prefix = pattern.replace(/%$/, '');
    return all.filter((a) => a.measure.startsWith(prefix));
  }

  /** The own value against the figures shown (published, rounded): never against unpublished ones. */
  private placeOwn(code: string, measure: string, year: number, own: Map<string, number>, aggregate: AggregateRow | null): BenchmarkResult['own'] {
    const value = own.get(sameMeasureIn(measure, year)) ?? null;
    const previousValue = own.get(sameMeasureIn(measure, year - 1)) ?? null;
    const shown = aggregate && aggregate.median !== null ? aggregate : null;
    return {
      municipalityCode: code,
      value,
      quartile: value !== null && shown ? quartileOf(value, { q1: shown.q1, median: shown.median!, q3: shown.q3 }) : null,
      previousValue,
      change: value !== null && previousValue !== null ? Math.round((value - previousValue) * 10) / 10 : null,
    };
  }

  /** The municipality's own values (indicators and/or Veilig Thuis rates) of a year and the year before, by measure key. */
  private async ownValues(code: string, year: number, measures: MeasureKind): Promise<Map<string, number>> {
    const indicators = measures === 'veiligThuis' ? [] : await submittedValuesWithVersion(this.dataSource.manager, year, code);
    const values = new Map(indicators.map((v) => [sameMeasureIn(`indicator:${v.indicator_key}`, v.year), v.value]));
    for (const y of measures === 'indicators' ? [] : [year - 1, year]) {
      for (const rate of await this.vtRates(this.dataSource.manager, y, code)) values.set(rate.measure, rate.value);
    }
    return values;
  }

  async createGroup(ctx: Context, name: string, members: string[]): Promise<{ key: string; name: string; members: string[]; published: boolean }> {
    requireAccess(ctx, 'benchmark.createGroup');
    const unique = [...new Set(members)];
    const known = (await currentMunicipalitiesByCode(this.dataSource.manager, unique)).map((m) => m.code);
    const unknown = unique.filter((c) => !known.includes(c));
    if (unknown.length > 0) throw badUserInput('members', `onbekende gemeentecode(s): ${unknown.join(', ')}`);
    if (unique.length < this.minimumGroupSize)
      throw badUserInput('members', `een vergelijkingsgroep heeft minstens ${this.minimumGroupSize} gemeenten nodig`);
    const id = await this.repository.insertGroup(name.trim(), unique, ctx.caller.userId);
    await this.recompute();
    return { key: `CUSTOM:${id}`, name: name.trim(), members: unique, published: false };
  }

  /** ADMIN: makes an analysts' group public; its figures are then released only as far as the ledger allows. */
  async publishGroup(ctx: Context, key: string): Promise<{ key: string; name: string; size: number; published: boolean }> {
    requireAccess(ctx, 'benchmark.publishGroup');
    const id = Number(key.replace(/^CUSTOM:/, ''));
    const group = Number.isInteger(id) ? await this.repository.customGroup(id) : null;
    if (!group) throw AccessError.notFound('Vergelijkingsgroep');
    await this.repository.markGroupPublished(id, ctx.caller.userId);
    await this.recompute();
    return { key: `CUSTOM:${id}`, name: group.name, size: group.members.length, published: true };
  }

  /** Analysts' groups: NJi staff see all, everyone else only the published ones. */
  async customGroups(ctx: Context): Promise<{ key: string; name: string; size: number; published: boolean }[]> {
    await requireAccess(ctx, 'benchmark.read');
    const internal = seesInternalBenchmarks(ctx.caller);
    const rows = await this.repository.customGroups();
    return rows
      .filter((r) => internal || r.published_at !== null)
      .map((r) => ({ key: `CUSTOM:${r.id}`, name: r.name, size: r.members.length, published: r.published_at !== null }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }

  /** ADMIN: per measure and group of a year, what is published and why not. */
  async disclosure(ctx: Context, year: number): Promise<DisclosureRow[]> {
    requireAccess(ctx, 'benchmark.readDisclosure');
    return this.repository.disclosure(year);
  }

  get minimum(): number {
    return this.minimumGroupSize;
  }

  private groupKey(groups: GroupDefinition[], group: { type: GroupType; code?: string | null }, municipalityCode: string | null): string {
    if (group.type === 'ALL') return 'ALL';
    if (group.type === 'CUSTOM') {
      if (!group.code || !/^\d+$/.test(group.code.replace(/^CUSTOM:/, '')))
        throw badUserInput('group.code', 'geef de sleutel van een eigen vergelijkingsgroep');
      return `CUSTOM:${group.code.replace(/^CUSTOM:/, '')}`;
    }
    if (group.code) return `${{ PROVINCE: 'PV', VEILIG_THUIS_REGION: 'VT', SAFETY_REGION: 'VR', SIZE_CLASS: 'SIZE' }[group.type]}:${group.code}`;
    if (!municipalityCode) throw badUserInput('group.code', 'geef een regiocode, of een gemeente om de groep van af te leiden');
    const own = groups.find((g) => g.type === group.type && g.members.has(municipalityCode));
    if (!own) throw AccessError.notFound('Vergelijkingsgroep');
    return own.key;
  }

  /** Predefined groups first (released first by the ledger), then published analysts' groups, then unpublished ones. */
  private async groups(manager: EntityManager): Promise<GroupDefinition[]> {
    const municipalities = await currentMunicipalitiesWithInhabitants(manager);
    const regions = await currentRegionsWithMembers(manager);
    const custom = await this.repository.customGroups(manager);
    const prefix = { PROVINCE: 'PV', VEILIG_THUIS_REGION: 'VT', SAFETY_REGION: 'VR' } as Record<string, string>;
    const label = { PROVINCE: 'provincie', VEILIG_THUIS_REGION: 'Veilig Thuis-regio', SAFETY_REGION: 'veiligheidsregio' } as Record<string, string>;
    return [
      { key: 'ALL', type: 'ALL', name: 'alle deelnemende gemeenten', members: new Set(municipalities.map((m) => m.code)), published: true },
      ...regions.map((r) => ({
        key: `${prefix[r.type]}:${r.code}`,
        type: typeOfKey(`${prefix[r.type]}:x`),
        name: `${label[r.type]} ${r.name}`,
        members: new Set(r.members),
        published: true,
      })),
      ...SIZE_CLASSES.map((c) => ({
        key: `SIZE:${c.key}`,
        type: 'SIZE_CLASS' as const,
        name: `gemeenten met ${c.label}`,
        members: new Set(municipalities.filter((m) => m.inhabitants !== null && sizeClassOf(m.inhabitants) === c.key).map((m) => m.code)),
        published: true,
      })),
      ...custom.map((g) => ({
        key: `CUSTOM:${g.id}`,
        type: 'CUSTOM' as const,
        name: g.name,
        members: new Set(g.members),
        published: g.published_at !== null,
      })),
    ];
  }

  /** Published Veilig Thuis rates per 1,000 inhabitants of municipalities (suppressed ones left out). */
  private async vtRates(
    manager: EntityManager,
    year: number | null,
    municipalityCode?: string,
  ): Promise<{ year: number; measure: string; code: string; value: number }[]> {
    const rows = await new StatisticsRepository(manager).vtFigures(VT_BENCHMARK_MEASURES, year, municipalityCode ?? null);
    if (rows.length === 0) return [];
    const population = await PopulationTable.load(this.dataSource.manager);
    return rows.flatMap((r) => {
      const y = Number(r.period.slice(0, 4));
      // from the published (rounded) count and the population of the figure's own year, as the
      // Veilig Thuis pages do: a rate must not narrow a count below its rounding interval
      const rate = deriveRate(
        { value: r.value, status: 'PUBLISHED' },
        population.ofYear(r.region_code, y)?.population ?? null,
        1000,
        MUNICIPALITY_RULES,
      );
      return rate.status === 'PUBLISHED' ? [{ year: y, measure: `vt:${r.measure}:${r.period}`, code: r.region_code, value: rate.value! }] : [];
    });
  }
}

/** The statistics a release published. */
function releaseStatistics(release: ReleaseRow): PublishedStatistics {
  return {
    n: release.n!,
    grid: release.grid!,
    statisticsClass: release.statistics_class as PublishedStatistics['statisticsClass'],
    p10: release.p10,
    q1: release.q1,
    median: release.median!,
    q3: release.q3,
    p90: release.p90,
  };
}

/** The same measure in another year: indicator keys carry no year; Veilig Thuis measures end in their period. */
function sameMeasureIn(measure: string, year: number): string {
  if (measure.startsWith('vt:')) return measure.replace(/:(\d{4})(-H[12])?$/, (_all, _year, half) => `:${year}${half ?? ''}`);
  return `${measure}@${year}`;
}
