import { applySecondarySuppression, DISTRICT_RULES, publishCount, type AdditiveCell, isMunicipalityCode } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess, type AccessSubject } from '../../auth/access';
import { badUserInput } from '../../graphql/errors';
import type { EstimateService } from '../estimate/estimate.service';
import type { District } from './district.types';
import { districtsOf } from './district.repository';

/** Districts are public reference data; their figures go through the district disclosure rules. */
export class DistrictService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly estimates: EstimateService,
  ) {}

  async forMunicipality(ctx: AccessSubject, municipalityCode: string): Promise<District[]> {
    requireAccess(ctx, 'geography.read');
    if (!isMunicipalityCode(municipalityCode)) throw badUserInput('municipalityCode', 'moet een CBS-gemeentecode zijn, zoals GM0363');
    const rows = await districtsOf(this.dataSource.manager, municipalityCode);
    if (rows.length === 0) return [];

    const cells: AdditiveCell[] = rows.map((r) => {
      const raw = { value: r.inhabitants, status: r.inhabitants === null ? ('SECRET' as const) : ('VALUE' as const) };
      return { key: r.code, raw, published: publishCount(raw, DISTRICT_RULES) };
    });
    const total = cells.reduce((sum, c) => sum + (c.raw.value ?? 0), 0);
    const totalCell: AdditiveCell = {
      key: municipalityCode,
      raw: { value: total, status: 'VALUE' },
      published: publishCount({ value: total, status: 'VALUE' }, DISTRICT_RULES),
    };
    const { parts } = applySecondarySuppression(totalCell, cells, DISTRICT_RULES);
    const published = new Map(parts.map((p) => [p.key, p.published]));

    const figures = await this.estimates.forDistricts(
      municipalityCode,
      rows[0].year,
      rows.map((r) => ({ code: r.code, inhabitants: r.inhabitants })),
    );
    return rows.map((row): District => {
      const population = published.get(row.code)!;
      const found = figures.get(row.code);
      return {
        code: row.code,
        name: row.name,
        municipalityCode: row.municipality_code,
        year: row.year,
        population: population.value,
        populationStatus: population.status,
        children: found?.children ?? null,
        estimate: found?.estimate ?? null,
        boundary: row.boundary,
        source: row.source ?? 'CBS',
      };
    });
  }
}
