import {
  DISTRICT_RULES,
  estimateAll,
  MUNICIPALITY_RULES,
  NATIONAL_RATE,
  NATIONAL_RATE_SOURCE,
  publishEstimate,
  RISK_FACTORS,
  roundToMultiple,
  type DisclosureRules,
  type Estimate,
  type EstimateInput,
  type RiskFactor,
} from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { youthPopulationOf } from '../municipality/municipality.key-figures';
import type { MunicipalityStatistic } from '../municipality/municipality-statistic.entity';
import type { AbuseEstimate } from './estimate.types';

/** Stored variable holding the share (0-1) of children with a risk factor, per municipality. */
export const RISK_SHARE_VARIABLE: Record<RiskFactor, string> = {
  LOW_PARENTAL_EDUCATION: 'aandeel_kinderen_laagopgeleide_ouders',
  PARENTAL_UNEMPLOYMENT: 'aandeel_kinderen_werkloze_ouders',
  IMMIGRANT_STATUS: 'aandeel_kinderen_migratieachtergrond',
  SINGLE_PARENT: 'aandeel_kinderen_eenoudergezin',
};

const FORMULA =
  'E = N × P × (1 − s_g + s_g × RR) / (1 − s + s × RR), met N het aantal kinderen van 0–17 jaar, P het landelijke tarief ' +
  '(26 tot 37 per 1.000), s_g het aandeel kinderen met de risicofactor in de gemeente, s het landelijke (naar kinderen gewogen) ' +
  'aandeel en RR het relatieve risico. Zonder gegevens over risicofactoren: E = N × P.';

export interface AreaEstimate {
  estimate: Estimate;
  dataYear: number;
  source: string;
  method: string;
}

/** Estimates are derived from public data only; they are shown as ranges with their inputs. */
export class EstimateService {
  constructor(private readonly dataSource: DataSource) {}

  /** All municipalities at once: the standardisation needs the national mix. */
  async municipalities(): Promise<Map<string, AreaEstimate>> {
    const rows: (MunicipalityStatistic & { code: string })[] = await this.dataSource.query(
      `SELECT m.code, s.municipality_id AS "municipalityId", s.variable, s.year, s.value, s.source
         FROM municipality_statistic s JOIN municipality m ON m.id = s.municipality_id WHERE m.valid_to IS NULL`,
    );
    const byCode = new Map<string, MunicipalityStatistic[]>();
    for (const row of rows) {
      if (!byCode.has(row.code)) byCode.set(row.code, []);
      byCode.get(row.code)!.push(row);
    }
    const youth = new Map([...byCode].map(([code, stats]) => [code, youthPopulationOf(stats)]));
    const inputs: EstimateInput[] = [...byCode].map(([code, stats]) => ({
      code,
      children: youth.get(code)?.aged0To17 ?? null,
      riskShares: Object.fromEntries(
        (Object.keys(RISK_SHARE_VARIABLE) as RiskFactor[]).flatMap((factor) => {
          const found = stats.filter((s) => s.variable === RISK_SHARE_VARIABLE[factor]).sort((a, b) => b.year - a.year)[0];
          return found ? [[factor, found.value]] : [];
        }),
      ),
    }));
    return new Map(
      estimateAll(inputs).map((estimate) => {
        const y = youth.get(estimate.code)!;
        return [estimate.code, { estimate, dataYear: y.year, source: y.source, method: y.method }];
      }),
    );
  }

  async forMunicipality(code: string, year: number): Promise<AbuseEstimate | null> {
    const found = (await this.municipalities()).get(code);
    return found ? present(code, year, found, MUNICIPALITY_RULES, []) : null;
  }
}

/** Turns an estimate into what may be shown, with its explanation and inputs. */
export function present(areaCode: string, year: number, area: AreaEstimate, rules: DisclosureRules, extraInputs: AbuseEstimate['inputs']): AbuseEstimate {
  const { estimate } = area;
  const published = publishEstimate(estimate, rules);
  const factor = estimate.factor ? RISK_FACTORS[estimate.factor] : null;
  const children = roundToMultiple(estimate.children, 10);
  return {
    areaCode,
    year,
    dataYear: area.dataYear,
    children,
    low: published.low,
    high: published.high,
    status: published.status,
    method: estimate.method,
    nationalRateLow: NATIONAL_RATE.low * 1000,
    nationalRateHigh: NATIONAL_RATE.high * 1000,
    riskFactor: factor?.label ?? null,
    relativeRisk: factor?.relativeRisk ?? null,
    share: estimate.share,
    nationalShare: estimate.nationalShare,
    formula: FORMULA,
    explanation:
      estimate.method === 'INDIRECT_STANDARDISATION'
        ? `Naar schatting ${published.low ?? '?'} tot ${published.high ?? '?'} kinderen: het landelijke tarief, gewogen naar het aandeel kinderen met ${factor!.label} (relatief risico ${factor!.relativeRisk}). Alleen de sterkste risicofactor wordt gebruikt, omdat risicofactoren samenhangen.`
        : `Naar schatting ${published.low ?? '?'} tot ${published.high ?? '?'} kinderen: het landelijke tarief van 26 tot 37 per 1.000 kinderen, toegepast op ongeveer ${children.toLocaleString('nl-NL')} kinderen van 0–17 jaar.`,
    fallbackReason: estimate.fallbackReason,
    inputs: [
      { name: 'Kinderen van 0–17 jaar (benadering)', value: children.toLocaleString('nl-NL'), year: area.dataYear, source: `${area.source}. ${area.method}` },
      { name: 'Landelijk tarief', value: '26 tot 37 per 1.000 kinderen', year: 2017, source: NATIONAL_RATE_SOURCE },
      ...(factor
        ? [
            { name: `Aandeel kinderen met ${factor.label}`, value: `${((estimate.share ?? 0) * 100).toFixed(1)}%`, year: null, source: 'CBS' },
            { name: 'Relatief risico', value: String(factor.relativeRisk), year: 2017, source: 'NPM-2017' },
          ]
        : []),
      ...extraInputs,
    ],
  };
}
