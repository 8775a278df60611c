/**
 * Anonymity of benchmark groups: the release ledger rule (docs/decisions/0002-benchmark-release-ledger.md).
 *
 * Contributors are value identities (a municipality's value in one version: a resubmitted
 * response is a new contributor). For one measure and year, take every contributor set ever
 * released plus the candidate, and group the contributors by their membership signature (the atoms
 * of the Boolean algebra the sets generate). The candidate is released only when every non-empty
 * atom holds at least `minimumGroupSize` contributors. Every combination of releases (pairs,
 * intersections of three or more, differences, before/after a submission) is then a union of atoms,
 * and swapping two contributors of one atom changes no release: no combination tells a contributor
 * apart from the others of its atom.
 *
 * The verdict looks only at who contributes, never at values, so a refusal reveals nothing about
 * values either.
 */
export const ABSOLUTE_MINIMUM_GROUP_SIZE = 3;
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;

export interface LedgerEntry {
  /** the group that published (or would publish) this contributor set */
  groupKey: string;
  /** value identities, e.g. "GM0363#812@2026-03-01T10:00:00.000Z" */
  contributors: ReadonlySet<string>;
}

export type WithheldReason = 'TOO_FEW' | 'DIFFERENCING' | 'OVER_TIME';
export type LedgerVerdict = { publish: true } | { publish: false; reason: WithheldReason; smallestAtom?: number };

export function effectiveMinimum(configured: number): number {
  return Math.max(ABSOLUTE_MINIMUM_GROUP_SIZE, Math.floor(configured));
}

/**
 * The atoms of a family of sets: contributors grouped by which sets hold them. Built by refining
 * one set at a time (each set splits every atom into its inside and outside part).
 */
export class Atoms {
  private readonly atomOf = new Map<string, number>();
  private readonly sizes = new Map<number, number>();
  private nextId = 0;

  static of(sets: Iterable<ReadonlySet<string>>): Atoms {
    const atoms = new Atoms();
    for (const set of sets) atoms.refine(set);
    return atoms;
  }

  /** The smallest atom when `set` is added (without adding it); Infinity for no atoms. */
  smallestWith(set: ReadonlySet<string>): number {
    const inside = new Map<number, number>();
    let outsideAll = 0;
    for (const member of set) {
      const atom = this.atomOf.get(member);
      if (atom === undefined) outsideAll++;
      else inside.set(atom, (inside.get(atom) ?? 0) + 1);
    }
    let smallest = outsideAll > 0 ? outsideAll : Infinity;
    for (const [atom, size] of this.sizes) {
      const within = inside.get(atom) ?? 0;
      for (const part of [within, size - within]) if (part > 0) smallest = Math.min(smallest, part);
    }
    return smallest;
  }

  /** Adds a set: every atom splits into its part inside and its part outside the set. */
  refine(set: ReadonlySet<string>): void {
    const split = new Map<number, number>();
    const newcomers = this.nextId++;
    for (const member of set) {
      const atom = this.atomOf.get(member);
      let target: number;
      if (atom === undefined) target = newcomers;
      else {
        if (!split.has(atom)) split.set(atom, this.nextId++);
        target = split.get(atom)!;
        this.sizes.set(atom, this.sizes.get(atom)! - 1);
        if (this.sizes.get(atom) === 0) this.sizes.delete(atom);
      }
      this.atomOf.set(member, target);
      this.sizes.set(target, (this.sizes.get(target) ?? 0) + 1);
    }
  }

  /** The atoms as lists of contributors (for tests and audits). */
  list(): string[][] {
    const groups = new Map<number, string[]>();
    for (const [member, atom] of this.atomOf) {
      if (!groups.has(atom)) groups.set(atom, []);
      groups.get(atom)!.push(member);
    }
    return [...groups.values()];
  }
}

/**
 * The ledger of one measure and year: the contributor sets released so far. `judge` decides on a
 * candidate; `record` adds a released one.
 */
export class ReleaseLedger {
  private readonly entries: LedgerEntry[] = [];
  private readonly atoms = new Atoms();
  readonly minimum: number;

  constructor(released: Iterable<LedgerEntry>, minimumGroupSize = DEFAULT_MINIMUM_GROUP_SIZE) {
    this.minimum = effectiveMinimum(minimumGroupSize);
    for (const entry of released) this.record(entry);
  }

  judge(candidate: LedgerEntry): LedgerVerdict {
    if (candidate.contributors.size < this.minimum) return { publish: false, reason: 'TOO_FEW' };
    const smallest = this.atoms.smallestWith(candidate.contributors);
    if (smallest >= this.minimum) return { publish: true };
    // Why: does it already fail against this group's own earlier releases (before/after), or only with other groups?
    const own = Atoms.of(this.entries.filter((e) => e.groupKey === candidate.groupKey).map((e) => e.contributors));
    const reason = own.smallestWith(candidate.contributors) < this.minimum ? 'OVER_TIME' : 'DIFFERENCING';
    return { publish: false, reason, smallestAtom: smallest };
  }

  record(entry: LedgerEntry): void {
    this.entries.push(entry);
    this.atoms.refine(entry.contributors);
  }

  /** The atoms of everything recorded (for audits). */
  atomList(): string[][] {
    return this.atoms.list();
  }
}
