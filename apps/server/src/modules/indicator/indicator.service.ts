import { BAND_LABELS, indicatorChange } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import type { Context } from '../../context';
import { SharedReadCache } from '../../db/shared-read-cache';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service';
import { storedIndicatorValues, type StoredIndicatorValue } from './indicator.repository';
import type { IndicatorHistoryPoint, IndicatorResult } from './indicator.types';

export class IndicatorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly questionnaires: QuestionnaireService,
    private readonly shared: SharedReadCache = SharedReadCache.disabled(),
  ) {}

  /** Every indicator of the year's questionnaire with the stored value, band, tips and change since last year. */
  async forYear(ctx: Context, municipalityCode: string, year: number): Promise<IndicatorResult[]> {
    await requireAccess(ctx, 'municipality.readIndicators', { municipalityCode });
    // the same for everyone allowed to read them: computed once per data generation, not per request
    return this.shared.get(`indicator:results:${municipalityCode}:${year}`, () => this.results(municipalityCode, year));
  }

  /** Called after the access check of forYear. */
  private async results(municipalityCode: string, year: number): Promise<IndicatorResult[]> {
    const [questionnaire, stored] = await Promise.all([this.questionnaires.requireYear(year), this.values(municipalityCode, year)]);
    const current = new Map(stored.filter((v) => v.year === year).map((v) => [v.indicator_key, v]));
    return questionnaire.indicators.map((definition) => {
      const value = current.get(definition.key);
      const previous = stored
        .filter((v) => v.indicator_key === definition.key && v.year < year && v.value !== null)
        .sort((a, b) => b.year - a.year)[0];
      const band = value?.band ?? null;
      return {
        key: definition.key,
        label: definition.label,
        theme: definition.theme,
        description: definition.description,
        computed: value !== undefined,
        value: value?.value ?? null,
        band,
        bandLabel: band ? BAND_LABELS[band] : null,
        tips: band ? [...definition.tips[band]] : [],
        known: value?.known ?? null,
        unknown: value?.unknown ?? null,
        missing: value?.missing ?? null,
        total: value?.total ?? null,
        previousYear: previous?.year ?? null,
        previousValue: previous?.value ?? null,
        change: value?.value != null && previous ? indicatorChange(value.value, previous.value) : null,
        computedAt: value?.computed_at ?? null,
      };
    });
  }

  /** The time series of one indicator, linked across years by its key. */
  async history(ctx: Context, municipalityCode: string, key: string): Promise<IndicatorHistoryPoint[]> {
    await requireAccess(ctx, 'municipality.readIndicators', { municipalityCode });
    return (await this.values(municipalityCode))
      .filter((v) => v.indicator_key === key)
      .sort((a, b) => a.year - b.year)
      .map((v) => ({ year: v.year, value: v.value, band: v.band, isDemo: v.is_demo }));
  }

  /** Called after the access check; the same for everyone allowed to read them, so shared between requests. */
  private values(municipalityCode: string, upToYear?: number): Promise<StoredIndicatorValue[]> {
    return this.shared.get(`indicator:values:${municipalityCode}:${upToYear ?? 'all'}`, () =>
      storedIndicatorValues(this.dataSource.manager, municipalityCode, upToYear ?? null),
    );
  }
}
