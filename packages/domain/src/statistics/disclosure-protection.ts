/**
 * Whole-table protection of Veilig Thuis counts: primary suppression (small counts), secondary
 * suppression over every additive relation, then the attacker's audit; cells that the audit can narrow
 * below the protection level get more suppression (never less) until every hidden cell passes.
 * Percentages and rates are derived afterwards from the PUBLISHED counts (see `derivePercentage`).
 */
import { publishCount, type DisclosureRules, type Published, type RawCell } from './disclosure';
import { auditHiddenCells, connectedComponents, type AuditInterval, type MilpSolver } from './disclosure-audit';
import type { AdditiveRelation } from './disclosure-relations';

export type SuppressionReason = 'PRIMARY' | 'SECONDARY';

export interface ProtectedCell {
  id: string;
  published: Published;
  reason: SuppressionReason | null;
  /** the attacker's interval for a hidden cell (suppressed, or secret at the source); null for published cells */
  audit: AuditInterval | null;
}

export interface ProtectionResult {
  cells: Map<string, ProtectedCell>;
  /** audit rounds needed until every hidden cell passed */
  rounds: number;
  /** hidden cells still narrower than the level (only when nothing more could be suppressed) */
  unprotected: string[];
}

export interface ProtectionInput {
  cells: readonly { id: string; raw: RawCell }[];
  relations: readonly AdditiveRelation[];
  rules: DisclosureRules;
  /** minimum width of the attacker's interval for every hidden cell (default: the rounding base) */
  protectionLevel?: number;
  solver: MilpSolver;
}

export function protectStatistics(input: ProtectionInput): ProtectionResult {
  const level = input.protectionLevel ?? input.rules.roundTo;
  const raw = new Map(input.cells.map((c) => [c.id, c.raw]));
  const cells = new Map<string, ProtectedCell>();
  for (const { id, raw: value } of input.cells) {
    const published = publishCount(value, input.rules);
    cells.set(id, { id, published, reason: published.status === 'SUPPRESSED' ? 'PRIMARY' : null, audit: null });
  }
  suppressSingletons(cells, raw, input.relations);

  const { componentOf } = connectedComponents(input.relations);
  let rounds = 0;
  let unprotected: string[] = [];
  for (;;) {
    rounds++;
    const targets = [...cells.keys()].filter((id) => isTarget(cells, id));
    const intervals = auditHiddenCells(targets, input.relations, publishedMap(cells), input.rules, input.solver);
    for (const [id, interval] of intervals) cells.get(id)!.audit = interval;
    const failing = targets.filter((id) => intervals.get(id)!.width < level);
    if (failing.length === 0) break;
    const chosen = new Set<string>();
    const handledComponents = new Set<number>();
    for (const id of failing) {
      // one more suppression per component and round: one hidden cell often protects several failing ones
      const component = componentOf.get(id);
      if (component !== undefined && handledComponents.has(component)) continue;
      const next = nextToSuppress(id, cells, raw, input.relations, componentOf);
      if (next) {
        chosen.add(next);
        if (component !== undefined) handledComponents.add(component);
      }
    }
    if (chosen.size === 0) {
      unprotected = failing;
      break;
    }
    for (const id of chosen) hide(cells.get(id)!);
    suppressSingletons(cells, raw, input.relations);
  }
  return { cells, rounds, unprotected };
}

function publishedMap(cells: Map<string, ProtectedCell>): Map<string, Published> {
  return new Map([...cells].map(([id, c]) => [id, c.published]));
}

function hide(cell: ProtectedCell): void {
  cell.published = { value: null, status: 'SUPPRESSED', reason: 'secondary' };
  cell.reason = 'SECONDARY';
}

const isPublished = (cells: Map<string, ProtectedCell>, id: string) => cells.get(id)?.published.status === 'PUBLISHED';
/** A hidden cell in the data: suppressed by us, or secret at the source (CBS "."); both are audited. */
const isTarget = (cells: Map<string, ProtectedCell>, id: string) => cells.get(id)?.reason != null || cells.get(id)?.published.status === 'UNKNOWN';

/**
 * The classic rule, as a fast first pass before the audit: in a relation with one cell that is not
 * published (suppressed, secret at the source, or absent from the data), that cell follows by
 * subtraction, so a second one (the smallest published part, else the total) is hidden too. Repeated
 * until nothing changes, across all relations.
 */
function suppressSingletons(cells: Map<string, ProtectedCell>, raw: Map<string, RawCell>, relations: readonly AdditiveRelation[]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const relation of relations) {
      const members = [relation.total, ...relation.parts];
      const hidden = members.filter((id) => !isPublished(cells, id) && cells.get(id)?.published.status !== 'NOT_APPLICABLE');
      if (hidden.length !== 1 || !isTarget(cells, hidden[0])) continue;
      const candidate = smallestPublished(relation.parts, cells, raw) ?? (isPublished(cells, relation.total) ? relation.total : undefined);
      if (candidate) {
        hide(cells.get(candidate)!);
        changed = true;
      }
    }
  }
}

function smallestPublished(ids: readonly string[], cells: Map<string, ProtectedCell>, raw: Map<string, RawCell>): string | undefined {
  return ids.filter((id) => isPublished(cells, id)).sort((a, b) => (raw.get(a)?.value ?? 0) - (raw.get(b)?.value ?? 0) || a.localeCompare(b))[0];
}

/** The published cell to hide next for a failing cell: the smallest published part of a relation it is in, else its smallest neighbour. */
function nextToSuppress(
  id: string,
  cells: Map<string, ProtectedCell>,
  raw: Map<string, RawCell>,
  relations: readonly AdditiveRelation[],
  componentOf: Map<string, number>,
): string | undefined {
  const mine = relations.filter((r) => r.total === id || r.parts.includes(id));
  const parts = mine.flatMap((r) => r.parts);
  const totals = mine.map((r) => r.total);
  const candidate = smallestPublished(parts, cells, raw) ?? smallestPublished(totals, cells, raw);
  if (candidate) return candidate;
  const component = componentOf.get(id);
  return smallestPublished(
    [...componentOf].filter(([, c]) => c === component).map(([other]) => other),
    cells,
    raw,
  );
}

/**
 * A percentage from the published counts: hidden when either is not published. Derived from published
 * figures only, it cannot narrow a count below its rounding interval.
 */
export function derivePercentage(part: Published, total: Published): Published {
  for (const p of [part, total]) {
    if (p.status !== 'PUBLISHED') return { value: null, status: p.status, reason: p.status === 'SUPPRESSED' ? 'part-suppressed' : undefined };
  }
  if (!total.value) return { value: null, status: 'UNKNOWN' };
  return { value: Math.round((part.value! / total.value) * 1000) / 10, status: 'PUBLISHED' };
}

/**
 * A rate per `per` inhabitants from the published (rounded) count, with the population of the figure's
 * own year. Without that population the rate is not published (UNKNOWN) rather than computed with
 * another year's.
 */
export function deriveRate(count: Published, population: number | null, per: number, rules: DisclosureRules, decimals = 1): Published {
  if (count.status !== 'PUBLISHED')
    return { value: null, status: count.status, reason: count.status === 'SUPPRESSED' ? 'part-suppressed' : undefined };
  if (population === null || population <= 0) return { value: null, status: 'UNKNOWN' };
  if (population < rules.minimumDenominator) return { value: null, status: 'SUPPRESSED', reason: 'small' };
  const factor = 10 ** decimals;
  return { value: Math.round((count.value! / population) * per * factor) / factor, status: 'PUBLISHED' };
}
