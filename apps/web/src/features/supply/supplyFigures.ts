import type { SupplyAnalysisPageQuery } from '../../gql/__generated__/graphql';
import { NO_DATA_COLOR } from '../../ui/charts/palette';

export type Analysis = SupplyAnalysisPageQuery['supplyAnalysis'];
export type DistrictSupply = Analysis['districts'][number];
export type Offer = Analysis['offers'][number];

/** Three coverage classes: a gap (below the threshold), partly covered, covered. Red-free, distinguishable in grey scale. */
export const COVERAGE_COLORS = { below: '#fdae61', partly: '#a1dab4', enough: '#2c7fb8', unknown: NO_DATA_COLOR } as const;
export type CoverageClass = keyof typeof COVERAGE_COLORS;

export function coverageClass(percent: number | null, threshold: number): CoverageClass {
  if (percent === null) return 'unknown';
  if (percent < threshold * 100) return 'below';
  return percent < 100 ? 'partly' : 'enough';
}
