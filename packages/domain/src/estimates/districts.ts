import { apportion } from './apportion';
import { effectsOf, relativeRiskOf, type FactorEffect, type ModelArea, type RiskModel } from './risk-model';

/**
 * Districts (wijken) of one municipality, consistent with it by construction:
 * - children: the municipality's count of children 0-17 apportioned over its districts by the
 *   districts' own child weights (largest remainder), so they add up to it exactly;
 * - estimates: the municipality's range split in proportion to children × the district's relative
 *   risk under the same model, with the factors published per district and the municipality's
 *   values for the others, so they add up to the municipality's range exactly.
 */
export interface DistrictInput {
  code: string;
  /** relative weight for the children, e.g. inhabitants × share aged 0-14; 0 when unknown */
  childWeight: number;
  factors: ModelArea['factors'];
}

export interface MunicipalTotals {
  children: number;
  low: number;
  high: number;
  factors: ModelArea['factors'];
}

export interface DistrictEstimate {
  code: string;
  children: number;
  /** the district's rate per child relative to its municipality's */
  relativeRisk: number;
  low: number;
  high: number;
  effects: FactorEffect[];
}

export function estimateDistricts(model: RiskModel, municipality: MunicipalTotals, districts: readonly DistrictInput[]): DistrictEstimate[] {
  if (districts.length === 0) return [];
  const children = apportion(
    municipality.children,
    districts.map((d) => d.childWeight),
  );
  const effects = districts.map((d) => effectsOf(model, d.factors, municipality.factors));
  const rr = effects.map(relativeRiskOf);
  const weights = districts.map((_, i) => children[i] * rr[i]);
  const total = weights.reduce((s, w) => s + w, 0);
  const allChildren = children.reduce((s, c) => s + c, 0);
  return districts.map((d, i) => ({
    code: d.code,
    children: children[i],
    relativeRisk: total > 0 ? (rr[i] * allChildren) / total : 1,
    low: total > 0 ? (municipality.low * weights[i]) / total : 0,
    high: total > 0 ? (municipality.high * weights[i]) / total : 0,
    effects: effects[i],
  }));
}
