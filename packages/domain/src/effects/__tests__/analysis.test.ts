import { krippendorffAlphaInterval, summariseAgreement } from '../agreement';
import { median, summariseChange, trajectoryChanges, type EffectScore } from '../change';

describe('Krippendorff’s alpha (interval)', () => {
  it('reproduces the worked example of Krippendorff (2011), 4 observers, 12 units with missing values: α = 0.849', () => {
    // "Computing Krippendorff's alpha-reliability", section C: observers A–D, units 1–12 (null = missing)
    const byObserver = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3],
      [null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null],
    ];
    const units = byObserver[0].map((_, u) => byObserver.map((row) => row[u]).filter((v): v is number => v !== null));
    expect(krippendorffAlphaInterval(units)).toBeCloseTo(0.849, 3);
  });

  it('is 1 for full agreement, about 0 or below for values unrelated to the unit, null without variation', () => {
    expect(
      krippendorffAlphaInterval([
        [2, 2],
        [5, 5],
        [8, 8, 8],
      ]),
    ).toBe(1);
    // each unit holds the same spread: nothing beyond chance
    expect(
      krippendorffAlphaInterval([
        [1, 9],
        [9, 1],
        [1, 9],
      ])!,
    ).toBeLessThan(0);
    expect(
      krippendorffAlphaInterval([
        [4, 4],
        [4, 4],
      ]),
    ).toBeNull();
    expect(krippendorffAlphaInterval([[4], [5]])).toBeNull();
  });

  it('agrees with the small example by hand: units (1,2) and (3,3)', () => {
    // n = 4 values; D_o = [2·1/1 + 0] / 4 = 0.5; D_e = Σ ordered pairs (vi−vj)² / (n(n−1)) = 2·(1+4+4+1+1+0)/12 = 22/12
    expect(
      krippendorffAlphaInterval([
        [1, 2],
        [3, 3],
      ]),
    ).toBeCloseTo(1 - 0.5 / (22 / 12), 10);
  });
});

const s = (trajectory: string, moment: number, rater: EffectScore['rater'], score: number): EffectScore => ({ trajectory, moment, rater, score });

describe('change and agreement summaries', () => {
  const scores = [
    s('a', 0, 'HELPER', 2),
    s('a', 1, 'HELPER', 4),
    s('a', 2, 'HELPER', 7),
    s('b', 0, 'HELPER', 5),
    s('b', 3, 'HELPER', 4),
    s('c', 0, 'HELPER', 6),
    s('a', 0, 'PARENT', 4),
    s('a', 2, 'PARENT', 8),
    s('a', 0, 'CHILD', 3),
    s('b', 0, 'PARENT', 5),
  ];

  it('takes last minus first moment per trajectory, skipping trajectories with one moment', () => {
    expect(trajectoryChanges(scores, 'HELPER')).toEqual([
      { trajectory: 'a', first: 2, last: 7, change: 5 },
      { trajectory: 'b', first: 5, last: 4, change: -1 },
    ]);
    expect(summariseChange(trajectoryChanges(scores, 'HELPER'))).toEqual({
      n: 2,
      meanFirst: 3.5,
      meanLast: 5.5,
      meanChange: 2,
      medianChange: 2,
      improvedShare: 0.5,
    });
    expect(summariseChange(trajectoryChanges(scores, 'CHILD'))).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
  });

  it('compares raters per trajectory and moment', () => {
    const summary = summariseAgreement(scores);
    // units: a@0 (helper 2, parent 4, child 3), a@2 (helper 7, parent 8), b@0 (helper 5, parent 5)
    expect(summary.units).toBe(3);
    expect(summary.pairs).toEqual([
      { first: 'PARENT', second: 'HELPER', n: 3, meanDifference: 1, withinOnePointShare: 2 / 3 },
      { first: 'CHILD', second: 'HELPER', n: 1, meanDifference: 1, withinOnePointShare: 1 },
      { first: 'CHILD', second: 'PARENT', n: 1, meanDifference: -1, withinOnePointShare: 1 },
    ]);
    expect(summary.alpha).toBeCloseTo(
      krippendorffAlphaInterval([
        [2, 4, 3],
        [7, 8],
        [5, 5],
      ])!,
      12,
    );
  });
});
