/**
 * Anonymity of benchmark groups. An aggregate is published only when at least `minimumGroupSize`
 * municipalities contribute (never fewer than 3). Overlapping groups could reveal one
 * municipality's value by differencing (a group, and the same group minus one member): so two
 * published groups must either have exactly the same contributors, or differ in at least
 * `minimumGroupSize` of them. Groups are accepted in the order given (predefined groups first);
 * a group that would break the rule with an already accepted one is withheld.
 */
export const ABSOLUTE_MINIMUM_GROUP_SIZE = 3;
export const DEFAULT_MINIMUM_GROUP_SIZE = 5;

export interface CandidateGroup {
  key: string;
  /** the municipalities that contribute a value */
  contributors: ReadonlySet<string>;
}

export type GroupVerdict =
  | { key: string; published: true }
  | { key: string; published: false; reason: 'TOO_FEW' | 'DIFFERENCING'; conflictsWith?: string };

export function effectiveMinimum(configured: number): number {
  return Math.max(ABSOLUTE_MINIMUM_GROUP_SIZE, Math.floor(configured));
}

export function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const x of a) if (!b.has(x)) count++;
  for (const x of b) if (!a.has(x)) count++;
  return count;
}

export function judgeGroups(groups: readonly CandidateGroup[], minimumGroupSize = DEFAULT_MINIMUM_GROUP_SIZE): GroupVerdict[] {
  const minimum = effectiveMinimum(minimumGroupSize);
  const accepted: CandidateGroup[] = [];
  return groups.map((group): GroupVerdict => {
    if (group.contributors.size < minimum) return { key: group.key, published: false, reason: 'TOO_FEW' };
    const conflict = accepted.find((other) => {
      const difference = symmetricDifference(group.contributors, other.contributors);
      return difference > 0 && difference < minimum;
    });
    if (conflict) return { key: group.key, published: false, reason: 'DIFFERENCING', conflictsWith: conflict.key };
    accepted.push(group);
    return { key: group.key, published: true };
  });
}
