import type { LedgerEntry } from '../../benchmark/anonymity';
import type { EffectScore } from '../change';
import { contributorOf, decideEffectReleases, effectCandidates, type EffectTrajectory } from '../release';

function trajectory(id: string, intervention: string, district: string | null, helper: [number, number], parent?: number): EffectTrajectory {
  const scores: EffectScore[] = [
    { trajectory: id, moment: 0, rater: 'HELPER', score: helper[0] },
    { trajectory: id, moment: 1, rater: 'HELPER', score: helper[1] },
  ];
  if (parent !== undefined) scores.push({ trajectory: id, moment: 0, rater: 'PARENT', score: parent });
  return { trajectory: id, version: 'v1', intervention, districtCode: district, scores };
}

const many = (prefix: string, count: number, intervention: string, district: string | null) =>
  Array.from({ length: count }, (_, i) => trajectory(`${prefix}${i}`, intervention, district, [3, 3 + (i % 4)], 4));

describe('effect releases', () => {
  it('builds candidates per intervention then district, only with trajectories that have the measure', () => {
    const candidates = effectCandidates([...many('a', 3, 'sos', 'WK036301'), trajectory('x', 'sos', null, [1, 2])]);
    expect(candidates.map((c) => [c.groupKey, c.trajectories.length])).toEqual([
      ['INTERVENTION:sos|CHANGE_HELPER', 4],
      ['INTERVENTION:sos|AGREEMENT', 3],
      ['DISTRICT:WK036301|CHANGE_HELPER', 3],
      ['DISTRICT:WK036301|AGREEMENT', 3],
    ]);
  });

  it('publishes groups of at least 10 trajectories and withholds smaller ones', () => {
    const decisions = decideEffectReleases([...many('a', 12, 'sos', null), ...many('b', 9, 'veilig-verder', null)], []);
    expect(decisions.map((d) => [d.candidate.groupKey, d.outcome])).toEqual([
      ['INTERVENTION:sos|CHANGE_HELPER', 'NEW_RELEASE'],
      ['INTERVENTION:sos|AGREEMENT', 'NEW_RELEASE'],
      ['INTERVENTION:veilig-verder|CHANGE_HELPER', 'WITHHELD'],
      ['INTERVENTION:veilig-verder|AGREEMENT', 'WITHHELD'],
    ]);
    const released = decisions[0];
    expect(released.outcome === 'NEW_RELEASE' && released.statistics).toEqual({
      change: { rater: 'HELPER', n: 12, meanFirst: 3, meanLast: 4.5, meanChange: 1.5, medianChange: 1.5, improvedShare: 0.5 },
    });
  });

  it('refuses a district that would isolate fewer than 10 trajectories from the intervention figure (differencing)', () => {
    // intervention of 15 published; then a district holding 14 of them would leave 1 trajectory apart
    const all = [...many('a', 14, 'sos', 'WK036301'), ...many('b', 1, 'sos', null)];
    const decisions = decideEffectReleases(all, []);
    const district = decisions.find((d) => d.candidate.groupKey === 'DISTRICT:WK036301|CHANGE_HELPER')!;
    expect(district).toMatchObject({ outcome: 'WITHHELD', reason: 'DIFFERENCING' });
  });

  it('keeps an unchanged group, and refuses an update of fewer than 10 new trajectories (before/after)', () => {
    const first = many('a', 10, 'sos', null);
    const released: LedgerEntry[] = [{ groupKey: 'INTERVENTION:sos|CHANGE_HELPER', contributors: new Set(first.map(contributorOf)) }];
    expect(decideEffectReleases(first, released)[0].outcome).toBe('UNCHANGED');
    const after = [...first, trajectory('new', 'sos', null, [2, 9])];
    expect(decideEffectReleases(after, released)[0]).toMatchObject({ outcome: 'WITHHELD', reason: 'OVER_TIME' });
  });

  it('leaves rater pairs out when fewer than 10 trajectories have both raters', () => {
    const decisions = decideEffectReleases(many('a', 10, 'sos', null), []);
    const agreement = decisions.find((d) => d.candidate.measure === 'AGREEMENT')!;
    if (agreement.outcome !== 'NEW_RELEASE' || !('agreement' in agreement.statistics)) throw new Error('expected a release');
    const pairs = agreement.statistics.agreement.pairs;
    expect(pairs[0]).toMatchObject({ first: 'PARENT', second: 'HELPER', n: 10, meanDifference: 1 });
    expect(pairs[1]).toEqual({ first: 'CHILD', second: 'HELPER', n: 0, meanDifference: null, withinOnePointShare: null });
  });
});
