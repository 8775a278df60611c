/**
 * The attacker's audit, as statistical offices run it (tau-ARGUS): from everything that is published
 * (rounded values, the rounding and minimum-count rules, hidden cells >= 0, every additive relation),
 * compute for each hidden cell the smallest and largest integer value it can have. A cell is protected
 * when that interval is at least the protection level wide.
 *
 * The solver is injected (HiGHS in the server and the tests), so this module stays pure.
 */
import type { DisclosureRules, Published } from './disclosure';
import type { AdditiveRelation } from './disclosure-relations';

export type MilpStatus = 'OPTIMAL' | 'INFEASIBLE' | 'UNBOUNDED' | 'OTHER';

/** Solves a model in CPLEX LP format; the objective value is only meaningful when OPTIMAL. */
export interface MilpSolver {
  solve(lp: string): { status: MilpStatus; objective: number };
}

export interface AuditInterval {
  lower: number;
  /** null: no upper bound can be derived */
  upper: number | null;
  /** upper - lower; Infinity when unbounded */
  width: number;
  /** false when the published figures contradict the relations even with widened rounding (see below) */
  consistent: boolean;
}

/** No count in these tables comes near this; above it a cell counts as unbounded. */
const UNBOUNDED = 1_000_000_000;

/**
 * What an attacker knows of one cell: an integer interval. A published count v of our conventional
 * rounding to r means x in [v - r/2, v + r/2) and, by the minimum-count rule, x >= minimumCount.
 * `widened` models figures CBS rounded itself (random rounding: x in [v - r + 1, v + r - 1]).
 */
export function attackerBounds(published: Published | undefined, rules: DisclosureRules, widened = false): [number, number] {
  if (!published) return [0, UNBOUNDED];
  if (published.status === 'NOT_APPLICABLE') return [0, 0];
  if (published.status !== 'PUBLISHED' || published.value === null) return [0, UNBOUNDED];
  const v = published.value;
  if (widened) return [Math.max(0, v - rules.roundTo + 1), v + rules.roundTo - 1];
  return [Math.max(Math.ceil(v - rules.roundTo / 2), rules.minimumCount), Math.ceil(v + rules.roundTo / 2) - 1];
}

/** Groups cells that are linked by relations (directly or through other cells). */
export function connectedComponents(relations: readonly AdditiveRelation[]): {
  componentOf: Map<string, number>;
  relationsOf: Map<number, AdditiveRelation[]>;
} {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (parent.get(node) !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const r of relations) for (const id of [r.total, ...r.parts]) if (!parent.has(id)) parent.set(id, id);
  for (const r of relations) for (const id of r.parts) parent.set(find(id), find(r.total));
  const numbers = new Map<string, number>();
  const componentOf = new Map<string, number>();
  for (const id of parent.keys()) {
    const root = find(id);
    if (!numbers.has(root)) numbers.set(root, numbers.size);
    componentOf.set(id, numbers.get(root)!);
  }
  const relationsOf = new Map<number, AdditiveRelation[]>();
  for (const r of relations) {
    const c = componentOf.get(r.total)!;
    if (!relationsOf.has(c)) relationsOf.set(c, []);
    relationsOf.get(c)!.push(r);
  }
  return { componentOf, relationsOf };
}

/**
 * Cells absent from the data that occur in one relation only carry no information but cost the solver
 * dearly (a region relation has hundreds of absent municipalities): an absent total makes its relation
 * void; an absent part turns "total = parts" into "total >= the other parts". Repeated until stable.
 */
export function reduceRelations(
  relations: readonly AdditiveRelation[],
  known: (id: string) => boolean,
): { total: string; parts: string[]; atLeast: boolean }[] {
  let rows = relations.map((r) => ({ total: r.total, parts: [...r.parts], atLeast: false }));
  for (let changed = true; changed;) {
    changed = false;
    const uses = new Map<string, number>();
    for (const row of rows) for (const id of [row.total, ...row.parts]) uses.set(id, (uses.get(id) ?? 0) + 1);
    const lonely = (id: string) => !known(id) && uses.get(id) === 1;
    const next = [];
    for (const row of rows) {
      if (lonely(row.total)) {
        changed = true;
        continue;
      }
      const parts = row.parts.filter((id) => !lonely(id));
      if (parts.length !== row.parts.length) changed = true;
      if (parts.length === 0 && parts.length !== row.parts.length) continue;
      next.push({ total: row.total, parts, atLeast: row.atLeast || parts.length !== row.parts.length });
    }
    rows = next;
  }
  return rows;
}

/** The attacker's model of one component, as CPLEX LP text without its objective. */
export function componentModel(
  relations: readonly AdditiveRelation[],
  published: ReadonlyMap<string, Published>,
  rules: DisclosureRules,
  widened = false,
): { variables: Map<string, string>; body: string } {
  const variables = new Map<string, string>();
  const name = (id: string) => {
    if (!variables.has(id)) variables.set(id, `x${variables.size}`);
    return variables.get(id)!;
  };
  const reduced = reduceRelations(relations, (id) => published.has(id));
  const rows = reduced.map((r, i) => ` r${i}: ${name(r.total)}${r.parts.map((p) => ` - ${name(p)}`).join('')} ${r.atLeast ? '>=' : '='} 0`);
  // cells in the data keep a variable even when all their relations were reduced away (then unbounded)
  for (const id of new Set(relations.flatMap((r) => [r.total, ...r.parts]))) if (published.has(id)) name(id);
  const bounds = [...variables].map(([id, v]) => {
    const [lower, upper] = attackerBounds(published.get(id), rules, widened);
    return ` ${lower} <= ${v} <= ${upper}`;
  });
  const body = `Subject To\n${rows.join('\n')}${rows.length === 0 ? ' dummy: x0 >= 0' : ''}\nBounds\n${bounds.join('\n')}\nGeneral\n ${[...variables.values()].join(' ')}\nEnd\n`;
  return { variables, body };
}

function extremes(solver: MilpSolver, body: string, variable: string): { lower: number; upper: number } | 'INFEASIBLE' {
  const min = solver.solve(`Minimize\n obj: ${variable}\n${body}`);
  if (min.status === 'INFEASIBLE') return 'INFEASIBLE';
  const max = solver.solve(`Maximize\n obj: ${variable}\n${body}`);
  if (max.status === 'INFEASIBLE') return 'INFEASIBLE';
  if (min.status !== 'OPTIMAL' || max.status !== 'OPTIMAL') throw new Error(`audit: solver answered ${min.status}/${max.status}`);
  return { lower: Math.round(min.objective), upper: Math.round(max.objective) };
}

/**
 * Feasible interval of each target cell. Published figures that came from CBS were rounded by CBS
 * already, so their relations may not close exactly; when a component's model is infeasible with
 * conventional rounding (+-2 for multiples of 5), it is solved again with the widest rounding CBS
 * uses (random rounding, +-(r-1)); only if that fails too is the component marked inconsistent.
 */
export function auditHiddenCells(
  targets: readonly string[],
  relations: readonly AdditiveRelation[],
  published: ReadonlyMap<string, Published>,
  rules: DisclosureRules,
  solver: MilpSolver,
): Map<string, AuditInterval> {
  const { componentOf, relationsOf } = connectedComponents(relations);
  const result = new Map<string, AuditInterval>();
  const byComponent = new Map<number, string[]>();
  for (const id of targets) {
    const c = componentOf.get(id);
    if (c === undefined) result.set(id, { lower: 0, upper: null, width: Infinity, consistent: true });
    else byComponent.set(c, [...(byComponent.get(c) ?? []), id]);
  }
  for (const [c, ids] of byComponent) {
    for (const [id, interval] of auditComponent(ids, relationsOf.get(c)!, published, rules, solver)) result.set(id, interval);
  }
  return result;
}

function auditComponent(
  ids: readonly string[],
  relations: readonly AdditiveRelation[],
  published: ReadonlyMap<string, Published>,
  rules: DisclosureRules,
  solver: MilpSolver,
): Map<string, AuditInterval> {
  const result = new Map<string, AuditInterval>();
  for (const widened of [false, true]) {
    const { variables, body } = componentModel(relations, published, rules, widened);
    let feasible = true;
    for (const id of ids) {
      const found = extremes(solver, body, variables.get(id)!);
      if (found === 'INFEASIBLE') {
        feasible = false;
        break;
      }
      const upper = found.upper >= UNBOUNDED ? null : found.upper;
      result.set(id, { lower: found.lower, upper, width: upper === null ? Infinity : upper - found.lower, consistent: true });
    }
    if (feasible) return result;
  }
  for (const id of ids) result.set(id, { lower: 0, upper: null, width: Infinity, consistent: false });
  return result;
}

/** The part of the `highs` package (HiGHS compiled to WebAssembly) the audit uses. */
export interface HighsLike {
  solve(problem: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number };
}

/** Adapts a loaded `highs` instance (`await require('highs')()`) to the audit's solver interface. */
export function highsSolver(highs: HighsLike): MilpSolver {
  return {
    solve(lp) {
      const solution = highs.solve(lp, { output_flag: false, mip_rel_gap: 0, mip_abs_gap: 0 });
      const status: MilpStatus =
        solution.Status === 'Optimal'
          ? 'OPTIMAL'
          : solution.Status === 'Infeasible'
            ? 'INFEASIBLE'
            : solution.Status === 'Unbounded'
              ? 'UNBOUNDED'
              : 'OTHER';
      return { status, objective: solution.ObjectiveValue };
    },
  };
}
