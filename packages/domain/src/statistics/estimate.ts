import { roundToMultiple, type DisclosureRules } from './disclosure';

/**
 * How many children aged 0-17 are likely to face abuse: the national NPM-2017 rate range
 * (26-37 per 1,000) spread over municipalities by indirect standardisation on ONE risk factor.
 * Correlated relative risks are never multiplied (education, unemployment, migration and single
 * parenthood overlap): the strongest factor with data is used. Where a municipality lacks that
 * input, the national rate times its children is used, and the estimate says so.
 */
export const NATIONAL_RATE = { low: 0.026, high: 0.037 } as const;
export const NATIONAL_RATE_SOURCE =
  'Nationale Prevalentiestudie Mishandeling van kinderen en jeugdigen (NPM-2017), Van Berkel e.a. (2020): 26 tot 37 per 1.000 kinderen van 0 tot en met 17 jaar.';

export const RISK_FACTORS = {
  LOW_PARENTAL_EDUCATION: { relativeRisk: 4.95, label: 'laag opleidingsniveau van de ouders' },
  PARENTAL_UNEMPLOYMENT: { relativeRisk: 3.64, label: 'werkloosheid van de ouders' },
  IMMIGRANT_STATUS: { relativeRisk: 3.61, label: 'migratieachtergrond van het gezin' },
  SINGLE_PARENT: { relativeRisk: 2.29, label: 'eenoudergezin' },
} as const;
export type RiskFactor = keyof typeof RISK_FACTORS;

export interface EstimateInput {
  code: string;
  /** children aged 0-17 (may itself be an approximation); null when unknown */
  children: number | null;
  /** share (0-1) of children in families with each risk factor, where known */
  riskShares?: Partial<Record<RiskFactor, number>>;
}

export type EstimateMethod = 'INDIRECT_STANDARDISATION' | 'NATIONAL_RATE';

export interface Estimate {
  code: string;
  method: EstimateMethod;
  /** unrounded, for sums and tests; publish with publishEstimate */
  low: number;
  high: number;
  children: number;
  factor: RiskFactor | null;
  /** the municipality's share s_g and the child-weighted national share s */
  share: number | null;
  nationalShare: number | null;
  /** why the national rate was used instead */
  fallbackReason: string | null;
}

/** The factor with the highest relative risk for which at least one municipality has data. */
export function chooseFactor(inputs: readonly EstimateInput[]): RiskFactor | null {
  const available = (Object.keys(RISK_FACTORS) as RiskFactor[]).filter((factor) =>
    inputs.some((input) => input.children && input.riskShares?.[factor] !== undefined),
  );
  return available.sort((a, b) => RISK_FACTORS[b].relativeRisk - RISK_FACTORS[a].relativeRisk)[0] ?? null;
}

/**
 * E_g = N_g × P × (1 − s_g + s_g·RR) / (1 − s + s·RR), with s the child-weighted mean of s_g, so that
 * the estimates of all municipalities add up to P × all children: the national range.
 */
export function estimateAll(inputs: readonly EstimateInput[]): Estimate[] {
  const factor = chooseFactor(inputs);
  const withShare = factor ? inputs.filter((i) => i.children && i.riskShares?.[factor] !== undefined) : [];
  const totalChildren = withShare.reduce((sum, i) => sum + i.children!, 0);
  const nationalShare =
    factor && totalChildren > 0 ? withShare.reduce((sum, i) => sum + i.children! * i.riskShares![factor]!, 0) / totalChildren : null;

  return inputs.flatMap((input): Estimate[] => {
    if (input.children === null || input.children <= 0) return [];
    const share = factor ? input.riskShares?.[factor] : undefined;
    if (factor && share !== undefined && nationalShare !== null) {
      const rr = RISK_FACTORS[factor].relativeRisk;
      const weight = (1 - share + share * rr) / (1 - nationalShare + nationalShare * rr);
      return [
        {
          code: input.code,
          method: 'INDIRECT_STANDARDISATION',
          low: input.children * NATIONAL_RATE.low * weight,
          high: input.children * NATIONAL_RATE.high * weight,
          children: input.children,
          factor,
          share,
          nationalShare,
          fallbackReason: null,
        },
      ];
    }
    return [
      {
        code: input.code,
        method: 'NATIONAL_RATE',
        low: input.children * NATIONAL_RATE.low,
        high: input.children * NATIONAL_RATE.high,
        children: input.children,
        factor: null,
        share: null,
        nationalShare,
        fallbackReason: factor
          ? `Voor deze gemeente ontbreekt het aandeel kinderen met ${RISK_FACTORS[factor].label}; daarom is het landelijke tarief gebruikt.`
          : 'Er zijn geen gegevens over risicofactoren per gemeente geladen; daarom is het landelijke tarief gebruikt.',
      },
    ];
  });
}

export interface PublishedEstimate {
  low: number | null;
  high: number | null;
  status: 'PUBLISHED' | 'SUPPRESSED';
}

/** An estimate is shown as a range rounded to tens, never below the threshold of the level. */
export function publishEstimate(estimate: Pick<Estimate, 'low' | 'high'>, rules: DisclosureRules): PublishedEstimate {
  const low = roundToMultiple(estimate.low, 10);
  const high = roundToMultiple(estimate.high, 10);
  if (estimate.high < rules.minimumCount) return { low: null, high: null, status: 'SUPPRESSED' };
  return { low, high: Math.max(high, low), status: 'PUBLISHED' };
}
