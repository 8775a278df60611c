import { distributionOf } from '../benchmark';
import { judgeGroups, symmetricDifference, type CandidateGroup } from '../anonymity';

const group = (key: string, members: string[]): CandidateGroup => ({ key, contributors: new Set(members) });
const codes = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `GM${String(from + i).padStart(4, '0')}`);

describe('judgeGroups', () => {
  it('publishes only groups with at least 5 contributors by default, and never fewer than 3', () => {
    expect(judgeGroups([group('a', codes(4)), group('b', codes(5, 100))])).toEqual([
      { key: 'a', published: false, reason: 'TOO_FEW' },
      { key: 'b', published: true },
    ]);
    expect(judgeGroups([group('a', codes(3))], 1)[0].published).toBe(true);
    expect(judgeGroups([group('a', codes(2))], 1)[0].published).toBe(false);
  });

  it('refuses a group that differs from a published one by fewer than 5 members', () => {
    const all = codes(12);
    const verdicts = judgeGroups([group('province', all), group('province-minus-one', all.slice(1))]);
    expect(verdicts[1]).toEqual({ key: 'province-minus-one', published: false, reason: 'DIFFERENCING', conflictsWith: 'province' });
  });

  it('allows identical groups and groups that differ enough', () => {
    const all = codes(12);
    const verdicts = judgeGroups([group('a', all), group('same', all), group('far', all.slice(5))]);
    expect(verdicts.map((v) => v.published)).toEqual([true, true, true]);
  });

  it('makes differencing useless: no published pair isolates a single municipality', () => {
    // a brute-force attacker who has every published group tries every pair
    const pool = codes(30);
    const candidates = [group('all', pool), ...Array.from({ length: 25 }, (_, i) => group(`g${i}`, pool.filter((_, j) => (j * (i + 3)) % 7 !== 0 || j === i)))];
    const verdicts = judgeGroups(candidates);
    const published = candidates.filter((_, i) => verdicts[i].published);
    for (const a of published) {
      for (const b of published) {
        const d = symmetricDifference(a.contributors, b.contributors);
        expect(d === 0 || d >= 5).toBe(true);
      }
    }
  });

  it('shows why differencing matters: with means, a group minus one member reveals that member', () => {
    const values = new Map(codes(6).map((c, i) => [c, [40, 55, 61, 70, 72, 90][i]]));
    const sum = (m: string[]) => m.reduce((s, c) => s + values.get(c)!, 0);
    const revealed = sum(codes(6)) - sum(codes(6).slice(1));
    expect(revealed).toBe(values.get('GM0000'));
    // which is why only distributions (never sums or means) are published, and such pairs are refused
    expect(judgeGroups([group('a', codes(6)), group('b', codes(6).slice(1))], 5)[1].published).toBe(false);
    expect(distributionOf([...values.values()])!.median).toBe(65.5);
  });
});
