import { INDICATORS_2026, MEASURES, MUNICIPALITY_RULES, NATIONAL_RATE_SOURCE, publishEstimate } from '@monitor/domain';
import type { Context } from '../../context';
import type { BenchmarkResult, BenchmarkService } from '../benchmark/benchmark.service';
import type { EstimateService } from '../estimate/estimate.service';
import type { MapLayerService } from '../map-layer/map-layer.service';
import type { MunicipalityService } from '../municipality/municipality.service';
import type { RegionService } from '../region/region.service';
import type { StatisticsService } from '../statistics/statistics.service';
import type { BlockDefinition } from './factsheet.repository';
import type { FactsheetBlockType, FactsheetFigureType } from './factsheet.types';

/** The services that own the published aggregates; each applies its own disclosure rules and release ledger. */
export interface FigureSources {
  benchmarks: BenchmarkService;
  statistics: StatisticsService;
  regions: RegionService;
  estimates: EstimateService;
  mapLayers: MapLayerService;
  municipalities: MunicipalityService;
}

/** The one estimate a factsheet can show: the national range (a regional sum could give back a withheld municipality). */
export const NATIONAL_ESTIMATE = 'NL01';
const MAP_LAYER_KEY = /^[a-z0-9:_-]{1,100}$/;
const ESTIMATE_SOURCE = `Modelschatting van de monitor (risicomodel op CBS-cijfers); landelijk tarief: ${NATIONAL_RATE_SOURCE}`;
const ESTIMATE_MISSING = 'Geen schatting: de risicofactoren van CBS zijn nog niet geladen.';
const LAYER_GONE = 'Deze kaartlaag bestaat niet (meer) of heeft nog geen cijfers.';

export const BENCHMARK_WITHHELD = 'Niet vrijgegeven: te weinig gemeenten, of de vrijgaveregels van de benchmark houden dit cijfer tegen.';
export const BENCHMARK_SOURCE = 'Monitor Aanpak Kindermishandeling: vragenlijst van de gemeenten (vrijgegeven benchmark)';
export const VT_SOURCE = 'CBS, Veilig Thuis-statistieken (na onthullingscontrole van de monitor)';
export const VT_WITHHELD = 'Niet gepubliceerd (onthullingscontrole of geen cijfer van CBS).';

/** The released statistics of a benchmark distribution with their Dutch names, in reading order. */
export const DISTRIBUTION = [
  ['p10', '10e percentiel'],
  ['q1', 'Eerste kwartiel'],
  ['median', 'Mediaan'],
  ['q3', 'Derde kwartiel'],
  ['p90', '90e percentiel'],
] as const;

/** Name and unit of a benchmark measure: an indicator key or "vt:<measure>:<period>". */
function benchmarkMeasure(measure: string): { key: string; label: string; unit: string; decimals: number } | null {
  const vt = /^vt:([a-z_]+):(\d{4}(-H[12])?)$/.exec(measure);
  if (vt && MEASURES[vt[1]]) return { key: measure, label: `${MEASURES[vt[1]].label} (${vt[2]})`, unit: 'per 1.000 inwoners', decimals: 1 };
  const indicator = INDICATORS_2026.find((i) => i.key === measure);
  return indicator ? { key: `indicator:${measure}`, label: indicator.label, unit: '% gerealiseerd', decimals: 0 } : null;
}

/** Whether a block asks for something that exists; the message says what is wrong (Dutch). */
export function problemWith(block: BlockDefinition): string | null {
  if (block.kind === 'VEILIG_THUIS')
    return MEASURES[block.measure] ? null : `onbekende Veilig Thuis-maat; kies uit: ${Object.keys(MEASURES).join(', ')}`;
  if (block.kind === 'ESTIMATE')
    return block.measure === NATIONAL_ESTIMATE ? null : `alleen de landelijke schatting kan: gebruik "${NATIONAL_ESTIMATE}"`;
  if (block.kind === 'MAP_LAYER') return MAP_LAYER_KEY.test(block.measure) ? null : 'onbekende kaartlaag; kies een laag van de kaart';
  return benchmarkMeasure(block.measure) ? null : 'onbekende indicator; gebruik een indicatorsleutel of "vt:<maat>:<periode>"';
}

/** A value is shown only when the ledger released it and it is a public aggregate (never an analysts' internal one). */
export function released(result: BenchmarkResult) {
  const a = result.aggregate;
  return a !== null && a.median !== null && a.status !== 'INTERNAL' ? a : null;
}

async function distribution(ctx: Context, sources: FigureSources, block: BlockDefinition, year: number): Promise<FactsheetBlockType> {
  const measure = benchmarkMeasure(block.measure)!;
  const shown = released(await sources.benchmarks.benchmark(ctx, measure.key, year, { type: 'ALL' }, null));
  const figures = DISTRIBUTION.map(([key, label]): FactsheetFigureType => {
    const value = shown ? shown[key] : null;
    return { key, label, value, reason: value === null ? BENCHMARK_WITHHELD : null };
  });
  return {
    ...blockBase(block, `${measure.label}: spreiding over de gemeenten, ${year}`, measure.unit, measure.decimals, BENCHMARK_SOURCE),
    note: shown ? `Op basis van ${shown.n} gemeenten.` : BENCHMARK_WITHHELD,
    figures,
  };
}

async function provinceMedians(ctx: Context, sources: FigureSources, block: BlockDefinition, year: number): Promise<FactsheetBlockType> {
  const measure = benchmarkMeasure(block.measure)!;
  const provinces = await sources.regions.list(ctx, { type: 'PROVINCE' });
  const figures = await Promise.all(
    provinces.map(async (province): Promise<FactsheetFigureType> => {
      const shown = released(await sources.benchmarks.benchmark(ctx, measure.key, year, { type: 'PROVINCE', code: province.code }, null));
      return { key: province.code, label: province.name, value: shown?.median ?? null, reason: shown ? null : BENCHMARK_WITHHELD };
    }),
  );
  return {
    ...blockBase(block, `${measure.label}: mediaan per provincie, ${year}`, measure.unit, measure.decimals, BENCHMARK_SOURCE),
    note: figures.some((f) => f.value === null) ? `Niet elke provincie heeft een vrijgegeven mediaan. ${BENCHMARK_WITHHELD}` : null,
    figures: figures.sort((a, b) => a.label.localeCompare(b.label, 'nl')),
  };
}

async function veiligThuis(ctx: Context, sources: FigureSources, block: BlockDefinition, year: number): Promise<FactsheetBlockType> {
  const period = block.period ?? String(year);
  const provinces = (await sources.regions.list(ctx, { type: 'PROVINCE' })).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const codes = ['NL01', ...provinces.map((p) => p.code)];
  const values = await sources.statistics.values(ctx, { measure: block.measure, regionCodes: codes, periods: [period] });
  const byCode = new Map(values.map((v) => [v.regionCode, v]));
  const figures = codes.map((code): FactsheetFigureType => {
    const value = byCode.get(code);
    const label = code === 'NL01' ? 'Nederland' : (provinces.find((p) => p.code === code)?.name ?? code);
    const shown = value?.status === 'PUBLISHED' ? value.value : null;
    return { key: code, label, value: shown, reason: shown === null ? VT_WITHHELD : null };
  });
  const spec = MEASURES[block.measure];
  return {
    ...blockBase(block, `${spec.label}, ${period}`, spec.unit, 0, VT_SOURCE),
    period,
    note: figures.some((f) => f.value === null) ? VT_WITHHELD : null,
    figures,
  };
}

/** The national range as the estimate module publishes it: its model's sums, rounded to tens by the estimate rules. */
async function estimate(ctx: Context, sources: FigureSources, block: BlockDefinition, year: number): Promise<FactsheetBlockType> {
  const model = await sources.estimates.model(ctx);
  const shown = model ? publishEstimate({ low: model.nationalLow, high: model.nationalHigh }, MUNICIPALITY_RULES) : null;
  const figures = (
    [
      ['low', 'Nederland, ondergrens', shown?.low ?? null],
      ['high', 'Nederland, bovengrens', shown?.high ?? null],
    ] as const
  ).map(([key, label, value]): FactsheetFigureType => ({ key, label, value, reason: value === null ? ESTIMATE_MISSING : null }));
  const children = model?.nationalChildren.toLocaleString('nl-NL');
  return {
    ...blockBase(block, `Geschat aantal kinderen dat met kindermishandeling te maken krijgt, ${year}`, 'kinderen van 0-17 jaar', 0, ESTIMATE_SOURCE),
    note: model
      ? `Een schatting, geen telling: 26 tot 37 per 1.000 van de ${children} kinderen van 0-17 jaar, afgerond op tientallen.`
      : ESTIMATE_MISSING,
    figures,
  };
}

/** A layer of the public map: every municipality with the value (or the reason it is withheld) the map shows. */
async function mapLayer(ctx: Context, sources: FigureSources, block: BlockDefinition): Promise<FactsheetBlockType> {
  const result = await sources.mapLayers.layer(ctx, block.measure);
  const layer = result?.layer;
  if (!result || !layer?.available) {
    return { ...blockBase(block, layer?.label ?? block.measure, layer?.unit ?? '', 1, layer?.source ?? ''), note: LAYER_GONE, figures: [] };
  }
  const names = new Map((await sources.municipalities.list(ctx, { first: 500 })).edges.map(({ node }) => [node.code, node.name]));
  const figures = result.values
    .map((v): FactsheetFigureType => ({
      key: v.municipalityCode,
      label: names.get(v.municipalityCode) ?? v.municipalityCode,
      value: v.value,
      reason: v.reason,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const title = layer.period ? `${layer.label}, ${layer.period}` : layer.label;
  return {
    ...blockBase(block, title, layer.unit, layer.decimals, layer.source),
    period: layer.period,
    note: figures.some((f) => f.value === null) ? 'Gemeenten zonder cijfer zijn op de kaart gearceerd; de reden staat in de tabel.' : null,
    figures,
  };
}

function blockBase(block: BlockDefinition, defaultTitle: string, unit: string, decimals: number, source: string) {
  return {
    kind: block.kind,
    measure: block.measure,
    period: block.period,
    title: block.title ?? defaultTitle,
    textMarkdown: block.textMarkdown ?? '',
    unit,
    decimals,
    source,
  };
}

/**
 * The figures of every block, read through the owning services with the given (public) context:
 * exactly what an anonymous visitor would get from those services, withheld values as withheld.
 */
export async function resolveBlocks(
  publicCtx: Context,
  sources: FigureSources,
  blocks: BlockDefinition[],
  year: number,
): Promise<FactsheetBlockType[]> {
  const resolvers = {
    BENCHMARK_DISTRIBUTION: distribution,
    PROVINCE_MEDIANS: provinceMedians,
    VEILIG_THUIS: veiligThuis,
    ESTIMATE: estimate,
    MAP_LAYER: mapLayer,
  };
  const resolved: FactsheetBlockType[] = [];
  // one at a time: the benchmark service memoises per request context
  for (const block of blocks) resolved.push(await resolvers[block.kind](publicCtx, sources, block, year));
  return resolved;
}
