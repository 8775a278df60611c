import { Atoms, ReleaseLedger, type LedgerEntry } from '../anonymity';
import { publishedStatisticsOf } from '../benchmark';

const entry = (groupKey: string, members: string[]): LedgerEntry => ({ groupKey, contributors: new Set(members) });
const codes = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `GM${String(from + i).padStart(4, '0')}`);

/** Feeds candidates in order; returns the verdicts and records the released ones. */
function releaseInOrder(candidates: LedgerEntry[], minimum = 5) {
  const ledger = new ReleaseLedger([], minimum);
  return candidates.map((c) => {
    const verdict = ledger.judge(c);
    if (verdict.publish) ledger.record(c);
    return verdict;
  });
}

describe('the release ledger', () => {
  it('publishes only groups with at least 5 contributors by default, and never fewer than 3', () => {
    expect(releaseInOrder([entry('a', codes(4)), entry('b', codes(5, 100))])).toEqual([{ publish: false, reason: 'TOO_FEW' }, { publish: true }]);
    expect(releaseInOrder([entry('a', codes(3))], 1)[0].publish).toBe(true);
    expect(releaseInOrder([entry('a', codes(2))], 1)[0].publish).toBe(false);
  });

  it('refuses a group that differs from a released one by fewer than 5 contributors', () => {
    const all = codes(12);
    const verdicts = releaseInOrder([entry('province', all), entry('province-minus-one', all.slice(1))]);
    expect(verdicts[1]).toEqual({ publish: false, reason: 'DIFFERENCING', smallestAtom: 1 });
  });

  it('allows identical groups and disjoint ones, and nested groups whose rest is large enough', () => {
    const all = codes(15);
    const verdicts = releaseInOrder([entry('a', all), entry('same', all), entry('far', codes(5, 100)), entry('inner', all.slice(5))]);
    expect(verdicts.map((v) => v.publish)).toEqual([true, true, true, true]);
  });

  it('refuses the intersection attack: three groups around a target that pairwise differ in six or more', () => {
    // target T; A = T+a1..a4, B = T+b1..b4, C = T+c1..c4: pairwise 8 apart (the old pairwise rule published all three)
    const others = (prefix: string) => [1, 2, 3, 4].map((i) => `${prefix}${i}`);
    const verdicts = releaseInOrder([entry('A', ['T', ...others('a')]), entry('B', ['T', ...others('b')]), entry('C', ['T', ...others('c')])]);
    expect(verdicts.map((v) => v.publish)).toEqual([true, false, false]);
    expect(verdicts[1]).toMatchObject({ reason: 'DIFFERENCING', smallestAtom: 1 });
  });

  it('refuses a group read before and after one municipality submits (over time), until five more have come', () => {
    const five = codes(5);
    const ledger = new ReleaseLedger([entry('G', five)]);
    expect(ledger.judge(entry('G', [...five, 'AMSTERDAM']))).toEqual({ publish: false, reason: 'OVER_TIME', smallestAtom: 1 });
    const later = [...five, 'AMSTERDAM', ...codes(4, 50)];
    expect(ledger.judge(entry('G', later))).toEqual({ publish: true });
  });

  it('treats a resubmitted value as a new contributor: reopening one response blocks an update', () => {
    const ledger = new ReleaseLedger([entry('G', ['A#1', 'B#1', 'C#1', 'D#1', 'E#1', 'F#1'])]);
    expect(ledger.judge(entry('G', ['A#2', 'B#1', 'C#1', 'D#1', 'E#1', 'F#1'])).publish).toBe(false);
  });

  it('shows why differencing matters: with means, a group minus one member reveals that member', () => {
    const values = new Map(codes(6).map((c, i) => [c, [40, 55, 61, 70, 72, 90][i]]));
    const sum = (m: string[]) => m.reduce((s, c) => s + values.get(c)!, 0);
    expect(sum(codes(6)) - sum(codes(6).slice(1))).toBe(values.get('GM0000'));
    // which is why only rounded order statistics (never sums or means) are published, and such pairs are refused
    expect(releaseInOrder([entry('a', codes(6)), entry('b', codes(6).slice(1))])[1].publish).toBe(false);
    expect(publishedStatisticsOf([...values.values()], 5, 5)!.median).toBe(60);
  });
});

describe('Atoms', () => {
  it('groups contributors by the sets that hold them', () => {
    const atoms = Atoms.of([new Set(['a', 'b', 'c', 'd']), new Set(['c', 'd', 'e'])]);
    const sorted = atoms
      .list()
      .map((a) => a.sort().join(''))
      .sort();
    expect(sorted).toEqual(['ab', 'cd', 'e']);
    expect(atoms.smallestWith(new Set(['a', 'c']))).toBe(1);
    expect(atoms.smallestWith(new Set(['a', 'b']))).toBe(1);
    expect(atoms.smallestWith(new Set(['a', 'b', 'c', 'd']))).toBe(1);
    expect(Atoms.of([new Set(['a', 'b'])]).smallestWith(new Set(['a', 'b', 'x', 'y']))).toBe(2);
  });
});
