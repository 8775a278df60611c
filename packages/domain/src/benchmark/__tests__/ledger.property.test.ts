import fc from 'fast-check';
import { ReleaseLedger, type LedgerEntry } from '../anonymity';
import { publishedStatisticsOf, roundToGrid } from '../benchmark';

/**
 * Property-based attack suite of the release ledger. An attacker holds every release of a measure
 * and year and combines them at will; these properties must hold for random families of groups,
 * random submission histories and random values.
 */
const MINIMUM = 5;
const GRID = 5;

/** A random history: candidates (group key + contributor indices) offered to the ledger in order. */
const history = fc.array(
  fc.record({
    group: fc.constantFrom('ALL', 'P1', 'P2', 'S1', 'S2', 'C1', 'C2', 'C3'),
    members: fc.uniqueArray(fc.integer({ min: 0, max: 17 }), { maxLength: 18 }),
  }),
  { minLength: 1, maxLength: 10 },
);
const values = fc.array(
  fc.integer({ min: 0, max: 1000 }).map((v) => v / 10),
  { minLength: 18, maxLength: 18 },
);

function released(candidates: { group: string; members: number[] }[]): LedgerEntry[] {
  const ledger = new ReleaseLedger([], MINIMUM);
  const out: LedgerEntry[] = [];
  for (const c of candidates) {
    const candidate = { groupKey: c.group, contributors: new Set(c.members.map(String)) };
    if (ledger.judge(candidate).publish) {
      ledger.record(candidate);
      out.push(candidate);
    }
  }
  return out;
}

/** Every set an attacker can form: the sets of a non-empty selection intersected, minus any union of others. */
function attackerSets(sets: ReadonlySet<string>[]): Set<string>[] {
  const found: Set<string>[] = [];
  const universe = new Set(sets.flatMap((s) => [...s]));
  const choices = 3 ** sets.length; // per set: intersect with it, subtract it, or ignore it
  for (let code = 0; code < choices; code++) {
    let rest = code;
    let result = new Set(universe);
    let intersected = false;
    for (const set of sets) {
      const choice = rest % 3;
      rest = Math.floor(rest / 3);
      if (choice === 0) {
        intersected = true;
        result = new Set([...result].filter((x) => set.has(x)));
      } else if (choice === 1) result = new Set([...result].filter((x) => !set.has(x)));
    }
    if (intersected) found.push(result);
  }
  return found;
}

const statisticsOf = (set: ReadonlySet<string>, v: readonly number[]) =>
  publishedStatisticsOf(
    [...set].map((x) => v[Number(x)]),
    GRID,
    MINIMUM,
  );

describe('release ledger properties', () => {
  it('the attacker finds the target when groups are published without the ledger (the attack works)', () => {
    const around = (prefix: string) => new Set(['T', ...[1, 2, 3, 4].map((i) => `${prefix}${i}`)]);
    const isolated = attackerSets([around('a'), around('b'), around('c')]).filter((s) => s.size === 1);
    expect(isolated.map((s) => [...s][0])).toContain('T');
  });

  it('no combination of releases (intersections, differences, over time) isolates fewer than 5 contributors', () => {
    fc.assert(
      fc.property(history, (candidates) => {
        const sets = released(candidates)
          .map((e) => e.contributors)
          .slice(0, 8);
        for (const set of attackerSets(sets)) expect(set.size === 0 || set.size >= MINIMUM).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('swapping the values of two contributors of one atom changes no release (they cannot be told apart)', () => {
    fc.assert(
      fc.property(history, values, fc.nat(), (candidates, v, pick) => {
        const sets = released(candidates).map((e) => e.contributors);
        if (sets.length === 0) return;
        // the atom of a contributor: those in exactly the same released sets
        const universe = [...new Set(sets.flatMap((s) => [...s]))];
        const signature = (x: string) => sets.map((s) => (s.has(x) ? 1 : 0)).join('');
        const x = universe[pick % universe.length];
        const mates = universe.filter((y) => y !== x && signature(y) === signature(x));
        expect(mates.length).toBeGreaterThanOrEqual(MINIMUM - 1);
        for (const y of mates) {
          const swapped = [...v];
          [swapped[Number(x)], swapped[Number(y)]] = [v[Number(y)], v[Number(x)]];
          for (const s of sets) expect(statisticsOf(s, swapped)).toEqual(statisticsOf(s, v));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moving any values within their grid cells changes no release (nothing narrows a value below the grid width)', () => {
    fc.assert(
      fc.property(
        history,
        values,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), { minLength: 18, maxLength: 18 }),
        (candidates, v, offsets) => {
          const sets = released(candidates).map((e) => e.contributors);
          // every value moves to an arbitrary point of its own cell [c − 2.5, c + 2.5), order not kept
          const moved = v.map((value, i) => {
            const cell = roundToGrid(value, GRID);
            return Math.min(cell + GRID / 2 - 1e-9, cell - GRID / 2 + offsets[i] * GRID);
          });
          expect(moved.map((m) => roundToGrid(m, GRID))).toEqual(v.map((m) => roundToGrid(m, GRID)));
          for (const s of sets) expect(statisticsOf(s, moved)).toEqual(statisticsOf(s, v));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every published number is a contributor\u2019s value rounded to the grid', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
          { minLength: 5, maxLength: 60 },
        ),
        (v) => {
          const s = publishedStatisticsOf(v, GRID, MINIMUM)!;
          const cells = new Set(v.map((x) => roundToGrid(x, GRID)));
          for (const number of [s.p10, s.q1, s.median, s.q3, s.p90]) if (number !== null) expect(cells.has(number)).toBe(true);
        },
      ),
    );
  });

  it('decides on contributors only: the verdicts do not depend on the values', () => {
    // the ledger never sees values, so a refusal reveals nothing about them; checked by construction
    fc.assert(
      fc.property(history, (candidates) => {
        expect(released(candidates)).toEqual(released(candidates.map((c) => ({ ...c }))));
      }),
      { numRuns: 50 },
    );
  });
});
