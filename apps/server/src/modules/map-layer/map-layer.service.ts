import { INDICATORS_2026 } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess, type AccessSubject } from '../../auth/access';
import { badUserInput } from '../../graphql/errors';
import { BenchmarkRepository } from '../benchmark/benchmark.repository';
import type { EstimateService } from '../estimate/estimate.service';
import type { RiskProfileService } from '../risk-profile/risk-profile.service';
import { currentMunicipalityHierarchy } from '../municipality/municipality.repository';
import { StatisticsRepository } from '../statistics/statistics.repository';
import type { MapLayer, MapLayerValue, MapLayerValues } from './map-layer.types';

export const DEFAULT_MAP_LAYER = 'schatting';
const VT_MEASURES: Record<string, string> = { ontvangen_meldingen: 'Ontvangen meldingen', gestarte_adviezen: 'Gestarte adviezen' };
const NO_MEDIANS =
  'Er zijn nog geen medianen per provincie vrijgegeven: een mediaan wordt pas gepubliceerd als genoeg gemeenten de vragenlijst hebben ingediend (vrijgaveregels van de benchmark).';
const NOT_PUBLISHED = 'Niet gepubliceerd.';
const VT_NOT_PUBLISHED = 'Geen cijfer van CBS voor dit jaar, of het aantal inwoners van dat jaar ontbreekt.';
const ESTIMATE_WITHHELD = 'De schatting is niet gepubliceerd: het aantal is te klein om te tonen.';
const MEDIAN_MISSING = 'Voor de provincie van deze gemeente is geen mediaan vrijgegeven.';

const round1 = (value: number) => Math.round(value * 10) / 10;
const indicatorLabel = (measure: string) =>
  INDICATORS_2026.find((i) => `indicator:${i.key}` === measure)?.label ?? measure.replace(/^indicator:/, '');

/** What the landing map can show: public figures only, each as the pages elsewhere publish it. */
export class MapLayerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly estimates: EstimateService,
    private readonly riskProfiles: RiskProfileService,
    private readonly currentYear: () => number = () => new Date().getFullYear(),
  ) {}

  async layers(ctx: AccessSubject): Promise<MapLayer[]> {
    requireAccess(ctx, 'statistics.read');
    const statistics = new StatisticsRepository(this.dataSource.manager);
    const vt = await Promise.all(Object.keys(VT_MEASURES).map(async (measure) => this.vtLayer(measure, await statistics.municipalRates(measure))));
    const medians = await new BenchmarkRepository(this.dataSource).releasedProvinceMedians();
    const medianLayers = [...new Set(medians.map((m) => m.measure))].sort().map((measure) => {
      const year = Math.max(...medians.filter((m) => m.measure === measure).map((m) => m.year));
      return this.medianLayer(measure, year);
    });
    return [
      this.estimateLayer(),
      ...this.riskProfiles.mapFactors(ctx).map((f): MapLayer => ({
        key: `risico:${f.key}`,
        group: 'RISK_FACTOR',
        label: f.label,
        unit: f.unit,
        period: null,
        decimals: 1,
        available: true,
        unavailableReason: null,
        source: f.source,
      })),
      ...vt,
      ...(medianLayers.length > 0 ? medianLayers : [{ ...this.medianLayer('indicator', null), available: false, unavailableReason: NO_MEDIANS }]),
    ];
  }

  async layer(ctx: AccessSubject, key: string): Promise<MapLayerValues | null> {
    requireAccess(ctx, 'statistics.read');
    const layer = (await this.layers(ctx)).find((l) => l.key === key);
    if (!layer) {
      if (!/^[a-z0-9:_-]{1,100}$/.test(key)) throw badUserInput('key', 'onbekende kaartlaag; zie mapLayers');
      return null;
    }
    return { layer, values: layer.available ? await this.values(ctx, layer) : [] };
  }

  private async values(ctx: AccessSubject, layer: MapLayer): Promise<MapLayerValue[]> {
    const [group, rest] = [layer.group, layer.key.slice(layer.key.indexOf(':') + 1)];
    if (group === 'ESTIMATE') {
      return (await this.estimates.ratesPerThousand(ctx, this.currentYear())).map(({ code, low, high }) =>
        low === null || high === null
          ? { municipalityCode: code, value: null, reason: ESTIMATE_WITHHELD }
          : { municipalityCode: code, value: round1((low + high) / 2), reason: null },
      );
    }
    if (group === 'RISK_FACTOR') {
      return ((await this.riskProfiles.municipalValues(ctx, rest)) ?? []).map((v) => ({
        municipalityCode: v.code,
        value: v.value,
        reason: v.reason,
      }));
    }
    const statistics = new StatisticsRepository(this.dataSource.manager);
    const municipalities = await currentMunicipalityHierarchy(this.dataSource.manager);
    if (group === 'VEILIG_THUIS') {
      const rates = new Map(
        (await statistics.municipalRates(rest)).filter((r) => r.period === layer.period).map((r) => [r.region_code, r.per1000] as const),
      );
      return municipalities.map(({ municipality }) => ({
        municipalityCode: municipality,
        value: rates.get(municipality) ?? null,
        reason: rates.has(municipality) ? null : VT_NOT_PUBLISHED,
      }));
    }
    const medians = (await new BenchmarkRepository(this.dataSource).releasedProvinceMedians()).filter(
      (m) => m.measure === rest && String(m.year) === layer.period,
    );
    const byProvince = new Map(medians.map((m) => [m.group_key.slice('PV:'.length), m.median] as const));
    return municipalities.map(({ municipality, province }) => {
      const median = province ? byProvince.get(province) : undefined;
      return { municipalityCode: municipality, value: median ?? null, reason: median === undefined ? MEDIAN_MISSING : null };
    });
  }

  private estimateLayer(): MapLayer {
    return {
      key: DEFAULT_MAP_LAYER,
      group: 'ESTIMATE',
      label: 'Geschat aantal kinderen dat met kindermishandeling te maken krijgt (midden van de bandbreedte)',
      unit: 'per 1.000 kinderen',
      period: String(this.currentYear()),
      decimals: 1,
      available: true,
      unavailableReason: null,
      source: 'Modelschatting op basis van NPM-2017 en CBS-risicofactoren; geen telling',
    };
  }

  private vtLayer(measure: string, rates: readonly { period: string }[]): MapLayer {
    const period =
      rates
        .map((r) => r.period)
        .sort()
        .at(-1) ?? null;
    return {
      key: `veilig-thuis:${measure}`,
      group: 'VEILIG_THUIS',
      label: `${VT_MEASURES[measure]} bij Veilig Thuis`,
      unit: 'per 1.000 inwoners',
      period,
      decimals: 1,
      available: period !== null,
      unavailableReason: period === null ? NOT_PUBLISHED : null,
      source: 'CBS (Veilig Thuis), inwoners op 1 januari van hetzelfde jaar',
    };
  }

  private medianLayer(measure: string, year: number | null): MapLayer {
    return {
      key: `mediaan:${measure}`,
      group: 'INDICATOR_MEDIAN',
      label: measure === 'indicator' ? 'Mediaan van een indicator per provincie' : `Mediaan per provincie: ${indicatorLabel(measure)}`,
      unit: 'score (0–100)',
      period: year === null ? null : String(year),
      decimals: 1,
      available: year !== null,
      unavailableReason: null,
      source: 'Vragenlijst van de monitor; alleen vrijgegeven medianen (benchmark)',
    };
  }
}
