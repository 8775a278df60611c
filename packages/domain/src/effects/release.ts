import { ReleaseLedger, type LedgerEntry, type WithheldReason } from '../benchmark/anonymity';
import { summariseAgreement } from './agreement';
import { summariseChange, trajectoryChanges, type EffectScore } from './change';
import type { Rater } from './scores';

/**
 * Publishing effect figures through the release ledger of the benchmarks (ReleaseLedger,
 * docs/decisions/0002-benchmark-release-ledger.md), with trajectories as contributors. One ledger
 * holds every effect release (all groups and measures), so no combination of published groups,
 * raters or moments isolates fewer than the minimum number of trajectories.
 */

/** Minimum number of trajectories per published figure: 10 families, by analogy with CBS count rules (research notes §1.5). */
export const EFFECT_MINIMUM_GROUP_SIZE = 10;

export type EffectGroupKind = 'INTERVENTION' | 'DISTRICT';
export const EFFECT_MEASURES = ['CHANGE_HELPER', 'CHANGE_PARENT', 'CHANGE_CHILD', 'AGREEMENT'] as const;
export type EffectMeasure = (typeof EFFECT_MEASURES)[number];

export const changeMeasureOf = (rater: Rater): EffectMeasure => `CHANGE_${rater}`;

/** A trajectory as the ledger sees it: pseudonym, version (its last upload) and its scores. */
export interface EffectTrajectory {
  trajectory: string;
  /** changes whenever the trajectory's scores are uploaded again (not when its values change: see ADR 0002) */
  version: string;
  intervention: string;
  districtCode: string | null;
  scores: EffectScore[];
}

export interface PublishedChange {
  rater: Rater;
  n: number;
  meanFirst: number;
  meanLast: number;
  meanChange: number;
  medianChange: number;
  improvedShare: number;
}

export interface PublishedPair {
  first: Rater;
  second: Rater;
  n: number;
  meanDifference: number | null;
  withinOnePointShare: number | null;
}

export interface PublishedAgreement {
  n: number;
  units: number;
  alpha: number | null;
  pairs: PublishedPair[];
}

export type EffectStatistics = { change: PublishedChange } | { agreement: PublishedAgreement };

export interface EffectCandidate {
  groupKey: string;
  kind: EffectGroupKind;
  subject: string;
  measure: EffectMeasure;
  trajectories: EffectTrajectory[];
  contributors: ReadonlySet<string>;
}

export const contributorOf = (t: EffectTrajectory): string => `${t.trajectory}@${t.version}`;

export function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}
const oneDecimal = (value: number) => Number(roundTo(value, 0.1).toFixed(1));
const twoDecimals = (value: number) => Number(roundTo(value, 0.01).toFixed(2));

function qualifies(trajectory: EffectTrajectory, measure: EffectMeasure): boolean {
  if (measure === 'AGREEMENT') return summariseAgreement(trajectory.scores).units > 0;
  const rater = measure.slice('CHANGE_'.length) as Rater;
  return new Set(trajectory.scores.filter((s) => s.rater === rater).map((s) => s.moment)).size >= 2;
}

/** Every candidate, in the fixed order of judgement: interventions, then districts; per group the measures in EFFECT_MEASURES order. */
export function effectCandidates(trajectories: readonly EffectTrajectory[]): EffectCandidate[] {
  const groups = new Map<string, { kind: EffectGroupKind; subject: string; members: EffectTrajectory[] }>();
  const add = (kind: EffectGroupKind, subject: string, t: EffectTrajectory) => {
    const key = `${kind}:${subject}`;
    const group = groups.get(key) ?? { kind, subject, members: [] };
    group.members.push(t);
    groups.set(key, group);
  };
  for (const t of trajectories) {
    add('INTERVENTION', t.intervention, t);
    if (t.districtCode) add('DISTRICT', t.districtCode, t);
  }
  const order = (kind: EffectGroupKind) => (kind === 'INTERVENTION' ? 0 : 1);
  const sorted = [...groups.entries()].sort(([a, ga], [b, gb]) => order(ga.kind) - order(gb.kind) || (a < b ? -1 : a > b ? 1 : 0));
  return sorted.flatMap(([key, group]) =>
    EFFECT_MEASURES.map((measure) => {
      const members = group.members.filter((t) => qualifies(t, measure));
      return {
        groupKey: `${key}|${measure}`,
        kind: group.kind,
        subject: group.subject,
        measure,
        trajectories: members,
        contributors: new Set(members.map(contributorOf)),
      };
    }).filter((candidate) => candidate.trajectories.length > 0),
  );
}

/** The published figures of a candidate: rounded, and rater pairs only when enough trajectories take part. */
export function effectStatistics(candidate: EffectCandidate, minimum = EFFECT_MINIMUM_GROUP_SIZE): EffectStatistics {
  const scores = candidate.trajectories.flatMap((t) => t.scores);
  if (candidate.measure !== 'AGREEMENT') {
    const rater = candidate.measure.slice('CHANGE_'.length) as Rater;
    const summary = summariseChange(trajectoryChanges(scores, rater))!;
    return {
      change: {
        rater,
        n: summary.n,
        meanFirst: oneDecimal(summary.meanFirst),
        meanLast: oneDecimal(summary.meanLast),
        meanChange: oneDecimal(summary.meanChange),
        medianChange: summary.medianChange,
        improvedShare: twoDecimals(summary.improvedShare),
      },
    };
  }
  return { agreement: publishedAgreement(candidate.trajectories, minimum) };
}

function publishedAgreement(trajectories: readonly EffectTrajectory[], minimum: number): PublishedAgreement {
  const summary = summariseAgreement(trajectories.flatMap((t) => t.scores));
  const pairs = summary.pairs.map((pair) => {
    const takingPart = trajectories.filter((t) =>
      summariseAgreement(t.scores).pairs.some((p) => p.first === pair.first && p.second === pair.second && p.n > 0),
    );
    const enough = takingPart.length >= minimum;
    return {
      first: pair.first,
      second: pair.second,
      n: enough ? pair.n : 0,
      meanDifference: enough && pair.meanDifference !== null ? oneDecimal(pair.meanDifference) : null,
      withinOnePointShare: enough && pair.withinOnePointShare !== null ? twoDecimals(pair.withinOnePointShare) : null,
    };
  });
  return { n: trajectories.length, units: summary.units, alpha: summary.alpha === null ? null : twoDecimals(summary.alpha), pairs };
}

export type EffectDecision =
  | { candidate: EffectCandidate; outcome: 'NEW_RELEASE'; statistics: EffectStatistics }
  | { candidate: EffectCandidate; outcome: 'UNCHANGED' }
  | { candidate: EffectCandidate; outcome: 'WITHHELD'; reason: WithheldReason };

/**
 * Judges every candidate against the ledger of earlier releases, in order. A group whose
 * contributors did not change keeps its release; a changed one is released only when the ledger
 * allows it (otherwise it keeps its earlier release, if any).
 */
export function decideEffectReleases(
  trajectories: readonly EffectTrajectory[],
  released: readonly LedgerEntry[],
  minimum = EFFECT_MINIMUM_GROUP_SIZE,
): EffectDecision[] {
  const ledger = new ReleaseLedger(released, minimum);
  const latest = new Map<string, ReadonlySet<string>>();
  for (const entry of released) latest.set(entry.groupKey, entry.contributors);
  return effectCandidates(trajectories).map((candidate): EffectDecision => {
    if (sameSet(latest.get(candidate.groupKey), candidate.contributors)) return { candidate, outcome: 'UNCHANGED' };
    const verdict = ledger.judge({ groupKey: candidate.groupKey, contributors: candidate.contributors });
    if (!verdict.publish) return { candidate, outcome: 'WITHHELD', reason: verdict.reason };
    ledger.record({ groupKey: candidate.groupKey, contributors: candidate.contributors });
    return { candidate, outcome: 'NEW_RELEASE', statistics: effectStatistics(candidate, ledger.minimum) };
  });
}

function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string>): boolean {
  return a !== undefined && a.size === b.size && [...a].every((member) => b.has(member));
}
