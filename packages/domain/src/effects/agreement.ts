import { mean, type EffectScore } from './change';
import type { Rater } from './scores';

/**
 * Agreement between the raters (helper, parent, child) of the same trajectory at the same moment.
 *
 * Main measure: Krippendorff's alpha with the interval metric (Krippendorff 2011, "Computing
 * Krippendorff's alpha-reliability"), used in Dutch safety-assessment reliability studies
 * (Vial et al. 2019, research notes [E11]). It allows missing raters (children often do not score)
 * and corrects for the agreement expected by chance: 1 = full agreement, 0 = no more than chance.
 * Next to it, as the research notes advise ([E15]): how often two raters are within one point, and
 * who scores higher (mean difference per pair), because one reliability number hides direction.
 */

/**
 * Krippendorff's alpha, interval metric: 1 − D_o / D_e over the pairable values (units with at
 * least two values). D_o: mean squared difference between values of the same unit, each unit
 * weighted by 1 / (m_u − 1); D_e: mean squared difference between all pairable values.
 * Null when there are fewer than two pairable units' values or no variation at all.
 */
export function krippendorffAlphaInterval(units: readonly (readonly number[])[]): number | null {
  const pairable = units.filter((unit) => unit.length >= 2);
  const values = pairable.flat();
  const n = values.length;
  if (n < 2) return null;
  let observed = 0;
  for (const unit of pairable) observed += sumOfSquaredDifferences(unit) / (unit.length - 1);
  const expected = sumOfSquaredDifferences(values) / (n - 1);
  if (expected === 0) return null;
  return 1 - observed / expected;
}

/** Σ over ordered pairs i ≠ j of (v_i − v_j)², computed as 2·(m·Σv² − (Σv)²). */
function sumOfSquaredDifferences(values: readonly number[]): number {
  let sum = 0;
  let squares = 0;
  for (const value of values) {
    sum += value;
    squares += value * value;
  }
  return 2 * (values.length * squares - sum * sum);
}

export const RATER_PAIRS = [
  ['PARENT', 'HELPER'],
  ['CHILD', 'HELPER'],
  ['CHILD', 'PARENT'],
] as const satisfies readonly (readonly [Rater, Rater])[];

export interface PairDifference {
  first: Rater;
  second: Rater;
  /** pairs (trajectory and moment) where both scored */
  n: number;
  /** mean of first − second: positive = the first rater scores safety higher */
  meanDifference: number | null;
  /** share (0–1) of those pairs within one point of each other */
  withinOnePointShare: number | null;
}

export interface AgreementSummary {
  /** trajectory-moments with at least two raters */
  units: number;
  alpha: number | null;
  pairs: PairDifference[];
}

/** The scores per trajectory and moment (the "units" of the agreement analysis). */
export function agreementUnits(scores: readonly EffectScore[]): Map<string, Map<Rater, number>> {
  const units = new Map<string, Map<Rater, number>>();
  for (const score of scores) {
    const key = `${score.trajectory}@${score.moment}`;
    const unit = units.get(key) ?? new Map<Rater, number>();
    unit.set(score.rater, score.score);
    units.set(key, unit);
  }
  return units;
}

export function summariseAgreement(scores: readonly EffectScore[]): AgreementSummary {
  const units = [...agreementUnits(scores).values()].filter((unit) => unit.size >= 2);
  const pairs = RATER_PAIRS.map(([first, second]) => {
    const differences = units.filter((u) => u.has(first) && u.has(second)).map((u) => u.get(first)! - u.get(second)!);
    return {
      first,
      second,
      n: differences.length,
      meanDifference: differences.length > 0 ? mean(differences) : null,
      withinOnePointShare: differences.length > 0 ? differences.filter((d) => Math.abs(d) <= 1).length / differences.length : null,
    };
  });
  return { units: units.length, alpha: krippendorffAlphaInterval(units.map((u) => [...u.values()])), pairs };
}
