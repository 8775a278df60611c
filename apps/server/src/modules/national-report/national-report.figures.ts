import { MEASURES, type IndicatorDefinition } from '@monitor/domain';
import type { Context } from '../../context';
import type { BenchmarkResult, BenchmarkService } from '../benchmark/benchmark.service';
import type { EstimateService } from '../estimate/estimate.service';
import { BENCHMARK_SOURCE, BENCHMARK_WITHHELD, DISTRIBUTION, released, VT_SOURCE, VT_WITHHELD } from '../factsheet/factsheet.figures';
import type { RegionService } from '../region/region.service';
import type { StatisticsService } from '../statistics/statistics.service';
import {
  MAX_TREND_YEARS,
  type NationalReportCellType,
  NationalReportChapterType,
  NationalReportRowType,
  type NationalReportTableType,
} from './national-report.types';

/**
 * The services that own the published figures; each applies its own disclosure rules (and the
 * benchmark its release ledger). The report only reads them as an anonymous visitor and arranges
 * them in chapters: it never sees, and so never shows, more than the public pages do.
 */
export interface ReportSources {
  benchmarks: BenchmarkService;
  statistics: StatisticsService;
  regions: RegionService;
  estimates: EstimateService;
}

export interface ReportYear {
  year: number;
  isDemo: boolean;
  indicators: readonly Pick<IndicatorDefinition, 'key' | 'label'>[];
}

const PARTICIPATION_WITHHELD = 'Niet vrijgegeven: te weinig gemeenten, of de vrijgaveregels van de benchmark houden dit aantal tegen.';
const ESTIMATE_SOURCE = 'Schattingsmodel van de monitor (NPM-2017: 26 tot 37 per 1.000 kinderen; CBS-bevolkingscijfers)';
/** The Veilig Thuis key figures of the report, in the order CBS publishes them. */
const VT_MEASURES = ['gestarte_adviezen', 'ontvangen_meldingen', 'afgeronde_onderzoeken', 'afgeronde_voorwaarden_vervolg'] as const;

const number = (value: number) => value.toLocaleString('nl-NL');
const cell = (value: number | null | undefined, reason: string): NationalReportCellType =>
  value === null || value === undefined ? { value: null, reason } : { value, reason: null };

/** Everything the chapters need, read once per report. */
export interface ReportData {
  year: ReportYear;
  previous: ReportYear | null;
  /** the benchmark of every indicator over all municipalities, per year up to the report's year */
  national: Map<number, BenchmarkResult[]>;
  provinces: { code: string; name: string; results: Map<number, BenchmarkResult[]> }[];
}

export async function readReportData(ctx: Context, sources: ReportSources, year: ReportYear, earlier: ReportYear[]): Promise<ReportData> {
  const previous = earlier.at(-1) ?? null;
  const national = new Map<number, BenchmarkResult[]>();
  // one at a time: the benchmark service memoises per request context
  for (const y of [...earlier.slice(-(MAX_TREND_YEARS - 1)), year])
    national.set(y.year, await sources.benchmarks.benchmarks(ctx, y.year, { type: 'ALL' }));
  const provinces: ReportData['provinces'] = [];
  for (const province of await sources.regions.list(ctx, { type: 'PROVINCE' })) {
    const results = new Map<number, BenchmarkResult[]>();
    for (const y of previous ? [previous, year] : [year])
      results.set(y.year, await sources.benchmarks.benchmarks(ctx, y.year, { type: 'PROVINCE', code: province.code }));
    provinces.push({ code: province.code, name: province.name, results });
  }
  provinces.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { year, previous, national, provinces };
}

/**
 * Municipalities behind a group's released figures: the largest released n over the indicators
 * (every submitted response has most indicators). Null when the group released nothing.
 */
export function participantsOf(results: BenchmarkResult[] | undefined): number | null {
  const counts = (results ?? []).flatMap((r) => {
    const shown = released(r);
    return shown?.n != null ? [shown.n] : [];
  });
  return counts.length > 0 ? Math.max(...counts) : null;
}

const medianOf = (results: BenchmarkResult[] | undefined, key: string) => {
  const result = results?.find((r) => r.measure === `indicator:${key}`);
  return result ? (released(result)?.median ?? null) : null;
};

export function participationChapter(data: ReportData): NationalReportChapterType {
  const years = data.previous ? [data.previous.year, data.year.year] : [data.year.year];
  const now = participantsOf(data.national.get(data.year.year));
  const before = data.previous ? participantsOf(data.national.get(data.previous.year)) : null;
  const paragraphs = [
    now === null
      ? `Voor ${data.year.year} zijn nog geen landelijke cijfers vrijgegeven: te weinig gemeenten, of de vrijgaveregels houden ze tegen.`
      : `In ${data.year.year} vulden ${number(now)} gemeenten de vragenlijst in en dienden die in.` +
        (before !== null ? ` In ${data.previous!.year} waren dat er ${number(before)}.` : ''),
    'Aantallen per provincie staan er alleen bij als de benchmark van die provincie is vrijgegeven; anders staat er een kruisje (×).',
  ];
  const base = { unit: 'gemeenten', decimals: 0, source: BENCHMARK_SOURCE, columns: years.map(String), chartColumn: years.length - 1 };
  const nationalRow: NationalReportRowType = {
    key: 'NL01',
    label: 'Nederland',
    cells: years.map((y) => cell(participantsOf(data.national.get(y)), PARTICIPATION_WITHHELD)),
  };
  const provinceRows = data.provinces.map((p) => ({
    key: p.code,
    label: p.name,
    cells: years.map((y) => cell(participantsOf(p.results.get(y)), PARTICIPATION_WITHHELD)),
  }));
  const withheld = provinceRows.some((r) => r.cells.some((c) => c.value === null));
  return {
    key: 'participation',
    title: 'Deelname aan de vragenlijst',
    paragraphs,
    tables: [
      { ...base, key: 'participation-national', title: 'Deelnemende gemeenten, Nederland', note: null, chartColumn: null, rows: [nationalRow] },
      {
        ...base,
        key: 'participation-provinces',
        title: 'Deelnemende gemeenten per provincie',
        note: withheld ? PARTICIPATION_WITHHELD : null,
        rows: provinceRows,
      },
    ],
  };
}

function distributionTable(data: ReportData): NationalReportTableType {
  const results = data.national.get(data.year.year) ?? [];
  const rows = data.year.indicators.map((indicator): NationalReportRowType => {
    const result = results.find((r) => r.measure === `indicator:${indicator.key}`);
    const shown = result ? released(result) : null;
    return {
      key: indicator.key,
      label: indicator.label,
      cells: [...DISTRIBUTION.map(([key]) => cell(shown?.[key], BENCHMARK_WITHHELD)), cell(shown?.n, BENCHMARK_WITHHELD)],
    };
  });
  return {
    key: 'indicator-distribution',
    title: `Spreiding van de indicatoren over de gemeenten, ${data.year.year}`,
    unit: '% gerealiseerd',
    decimals: 0,
    source: BENCHMARK_SOURCE,
    note: rows.some((r) => r.cells.some((c) => c.value === null)) ? BENCHMARK_WITHHELD : null,
    columns: [...DISTRIBUTION.map(([, label]) => label), 'Aantal gemeenten'],
    chartColumn: 2,
    rows,
  };
}

function trendTable(data: ReportData): NationalReportTableType {
  const years = [...data.national.keys()].sort((a, b) => a - b);
  const rows = data.year.indicators.map((indicator) => ({
    key: indicator.key,
    label: indicator.label,
    cells: years.map((y) => cell(medianOf(data.national.get(y), indicator.key), BENCHMARK_WITHHELD)),
  }));
  return {
    key: 'indicator-trend',
    title: 'Landelijke trend: mediaan per indicator en jaar',
    unit: '% gerealiseerd',
    decimals: 0,
    source: BENCHMARK_SOURCE,
    note: years.length < 2 ? 'De monitor heeft voor dit jaar nog geen eerdere jaren om mee te vergelijken.' : null,
    columns: years.map(String),
    chartColumn: null,
    rows,
  };
}

export function indicatorChapter(data: ReportData): NationalReportChapterType {
  const distribution = distributionTable(data);
  const medians = distribution.rows.flatMap((r) => (r.cells[2].value === null ? [] : [{ label: r.label, value: r.cells[2].value }]));
  medians.sort((a, b) => b.value - a.value);
  const paragraphs = [
    'Per indicator staat hier hoe de gemeenten verdeeld zijn: de helft van de gemeenten zit tussen het eerste en het derde kwartiel. ' +
      'De cijfers zijn de vrijgegeven benchmark van alle deelnemende gemeenten, afgerond; geen gemeente is herkenbaar.',
  ];
  if (medians.length > 0)
    paragraphs.push(
      `De hoogste mediaan heeft ‘${medians[0].label}’ (${number(medians[0].value)} %), de laagste ‘${medians.at(-1)!.label}’ (${number(medians.at(-1)!.value)} %).`,
    );
  return { key: 'indicators', title: 'Indicatoren: spreiding en trend', paragraphs, tables: [distribution, trendTable(data)] };
}

export function changesChapter(data: ReportData): NationalReportChapterType {
  const title = 'Wat veranderde sinds vorig jaar';
  if (!data.previous) return { key: 'changes', title, paragraphs: ['Er is geen eerder jaar in de monitor om mee te vergelijken.'], tables: [] };
  const [before, now] = [data.previous.year, data.year.year];
  const changes = data.year.indicators.flatMap((indicator) => {
    const a = medianOf(data.national.get(before), indicator.key);
    const b = medianOf(data.national.get(now), indicator.key);
    return a === null || b === null ? [] : [{ indicator, a, b, change: Math.round((b - a) * 10) / 10 }];
  });
  const largest = changes.sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || x.indicator.label.localeCompare(y.indicator.label, 'nl'));
  const participation = [participantsOf(data.national.get(before)), participantsOf(data.national.get(now))];
  const paragraphs = [
    largest.length === 0
      ? `Er zijn geen indicatoren met een vrijgegeven mediaan in zowel ${before} als ${now}.`
      : `De mediaan veranderde het meest bij ‘${largest[0].indicator.label}’: van ${number(largest[0].a)} naar ${number(largest[0].b)} % gerealiseerd.`,
  ];
  if (participation[0] !== null && participation[1] !== null)
    paragraphs.push(`Het aantal deelnemende gemeenten ging van ${number(participation[0])} naar ${number(participation[1])}.`);
  const table: NationalReportTableType = {
    key: 'changes-indicators',
    title: `Grootste veranderingen in de mediaan, ${before}–${now}`,
    unit: '% gerealiseerd',
    decimals: 0,
    source: BENCHMARK_SOURCE,
    note: 'Alleen indicatoren met een vrijgegeven mediaan in beide jaren; de verschillen zijn procentpunten.',
    columns: [String(before), String(now), 'Verschil'],
    chartColumn: 2,
    rows: largest
      .slice(0, 5)
      .map((c) => ({ key: c.indicator.key, label: c.indicator.label, cells: [cell(c.a, ''), cell(c.b, ''), cell(c.change, '')] })),
  };
  return { key: 'changes', title, paragraphs, tables: [table] };
}

/** The latest calendar year up to `year` with a published national Veilig Thuis figure, or null. */
async function veiligThuisYear(ctx: Context, sources: ReportSources, year: number): Promise<number | null> {
  const values = await sources.statistics.values(ctx, { measure: 'ontvangen_meldingen', regionCodes: ['NL01'] });
  const years = values.filter((v) => v.status === 'PUBLISHED' && /^\d{4}$/.test(v.period)).map((v) => Number(v.period));
  const upTo = years.filter((y) => y <= year);
  return upTo.length > 0 ? Math.max(...upTo) : null;
}

async function veiligThuisTables(ctx: Context, sources: ReportSources, vtYear: number): Promise<NationalReportTableType[]> {
  const periods = [String(vtYear - 1), String(vtYear)];
  const nationalRows: NationalReportRowType[] = [];
  for (const measure of VT_MEASURES) {
    const values = await sources.statistics.values(ctx, { measure, regionCodes: ['NL01'], periods });
    const byPeriod = new Map(values.map((v) => [v.period, v.status === 'PUBLISHED' ? v.value : null]));
    nationalRows.push({ key: measure, label: MEASURES[measure].label, cells: periods.map((p) => cell(byPeriod.get(p), VT_WITHHELD)) });
  }
  const regions = (await sources.regions.list(ctx, { type: 'VEILIG_THUIS_REGION' })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const values = await sources.statistics.values(ctx, {
    measure: 'ontvangen_meldingen',
    regionCodes: regions.map((r) => r.code),
    periods: [String(vtYear)],
  });
  const byRegion = new Map(values.map((v) => [v.regionCode, v.status === 'PUBLISHED' ? v.value : null]));
  const regionRows = regions.map((r) => ({ key: r.code, label: r.name, cells: [cell(byRegion.get(r.code), VT_WITHHELD)] }));
  const base = { unit: 'aantal', decimals: 0, source: VT_SOURCE };
  const withheld = (rows: NationalReportRowType[]) => (rows.some((r) => r.cells.some((c) => c.value === null)) ? VT_WITHHELD : null);
  return [
    {
      ...base,
      key: 'vt-national',
      title: 'Veilig Thuis: landelijke kerncijfers',
      note: withheld(nationalRows),
      columns: periods,
      chartColumn: null,
      rows: nationalRows,
    },
    {
      ...base,
      key: 'vt-regions',
      title: `Ontvangen meldingen per Veilig Thuis-regio, ${vtYear}`,
      note: withheld(regionRows),
      columns: [String(vtYear)],
      chartColumn: 0,
      rows: regionRows,
    },
  ];
}

async function estimateTable(ctx: Context, sources: ReportSources): Promise<NationalReportTableType | null> {
  const model = await sources.estimates.model(ctx);
  if (!model) return null;
  return {
    key: 'estimate-national',
    title: 'Geschat aantal kinderen dat in een jaar te maken krijgt met kindermishandeling',
    unit: 'kinderen',
    decimals: 0,
    source: ESTIMATE_SOURCE,
    note: 'Een bandbreedte, geen telling: de som van de schattingen van alle gemeenten.',
    columns: ['Aantal'],
    chartColumn: null,
    rows: [
      { key: 'children', label: 'Kinderen van 0 tot en met 17 jaar', cells: [cell(model.nationalChildren, '')] },
      { key: 'low', label: 'Schatting, ondergrens (26 per 1.000)', cells: [cell(model.nationalLow, '')] },
      { key: 'high', label: 'Schatting, bovengrens (37 per 1.000)', cells: [cell(model.nationalHigh, '')] },
    ],
  };
}

export async function veiligThuisChapter(ctx: Context, sources: ReportSources, year: number): Promise<NationalReportChapterType> {
  const vtYear = await veiligThuisYear(ctx, sources, year);
  const tables = vtYear === null ? [] : await veiligThuisTables(ctx, sources, vtYear);
  const estimate = await estimateTable(ctx, sources);
  if (estimate) tables.push(estimate);
  const meldingen = tables[0]?.rows.find((r) => r.key === 'ontvangen_meldingen')?.cells[1]?.value ?? null;
  const paragraphs = [
    vtYear === null
      ? `De monitor heeft geen gepubliceerde landelijke Veilig Thuis-cijfers over ${year} of eerder.`
      : `De meest recente landelijke Veilig Thuis-cijfers tot en met ${year} zijn die over ${vtYear}` +
        (meldingen !== null ? `: Veilig Thuis ontving toen ${number(meldingen)} meldingen.` : '.') +
        ' Het CBS rondt af op vijftallen en publiceert geen kleine aantallen; de monitor past dezelfde regels toe.',
  ];
  if (estimate)
    paragraphs.push(
      `Naar schatting krijgen ${number(estimate.rows[1].cells[0].value!)} tot ${number(estimate.rows[2].cells[0].value!)} kinderen per jaar te maken met kindermishandeling.`,
    );
  return { key: 'veilig-thuis', title: 'Veilig Thuis en schattingen', paragraphs, tables };
}
