import type { Rater } from './scores';

/** One stored score: the trajectory is its pseudonym, never the provider's own number. */
export interface EffectScore {
  trajectory: string;
  moment: number;
  rater: Rater;
  score: number;
}

/** A trajectory counts as "improved" when its last score is at least this many points above its first. */
export const IMPROVED_POINTS = 2;

export interface TrajectoryChange {
  trajectory: string;
  first: number;
  last: number;
  /** last minus first: positive = safer */
  change: number;
}

/** Per trajectory with scores of this rater at two or more moments: the score at the last moment minus the one at the first. */
export function trajectoryChanges(scores: readonly EffectScore[], rater: Rater): TrajectoryChange[] {
  const byTrajectory = new Map<string, EffectScore[]>();
  for (const score of scores) {
    if (score.rater !== rater) continue;
    const list = byTrajectory.get(score.trajectory) ?? [];
    list.push(score);
    byTrajectory.set(score.trajectory, list);
  }
  const changes: TrajectoryChange[] = [];
  for (const [trajectory, list] of byTrajectory) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a.moment - b.moment);
    const first = sorted[0].score;
    const last = sorted[sorted.length - 1].score;
    changes.push({ trajectory, first, last, change: last - first });
  }
  return changes.sort((a, b) => (a.trajectory < b.trajectory ? -1 : a.trajectory > b.trajectory ? 1 : 0));
}

export interface ChangeSummary {
  n: number;
  meanFirst: number;
  meanLast: number;
  meanChange: number;
  medianChange: number;
  /** share (0–1) of trajectories whose score rose by IMPROVED_POINTS or more */
  improvedShare: number;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** The usual median: the middle value, or the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function summariseChange(changes: readonly TrajectoryChange[]): ChangeSummary | null {
  if (changes.length === 0) return null;
  return {
    n: changes.length,
    meanFirst: mean(changes.map((c) => c.first)),
    meanLast: mean(changes.map((c) => c.last)),
    meanChange: mean(changes.map((c) => c.change)),
    medianChange: median(changes.map((c) => c.change)),
    improvedShare: changes.filter((c) => c.change >= IMPROVED_POINTS).length / changes.length,
  };
}
