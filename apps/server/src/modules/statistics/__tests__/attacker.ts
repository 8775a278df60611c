import { CATEGORY_BREAKDOWNS, MEASURE_BREAKDOWNS } from '@monitor/domain';
import highsLoader from 'highs';

/**
 * The attacker of the disclosure tests, built only from what the public API returns and from public
 * knowledge (the CBS table structure, the region classification). It does not use the server's
 * protection model: its own cells, relations and integer programs, solved with HiGHS.
 */
export interface SeenCell {
  measure: string;
  category: string;
  regionCode: string;
  period: string;
  status: string;
  value: number | null;
}

interface Relation {
  total: string;
  parts: string[];
}

/** The total of every table: "" (85361NED has no categories), "Totaal", and 84852NED's two-dimensional total. */
const TOTALS = new Set(['', 'Totaal', 'Veiligheidstaxatie: Totaal; Veiligheidsbeoordeling: Totaal']);
const total = (category: string) => (TOTALS.has(category) ? 'Totaal' : category);
const cellKey = (c: { measure: string; category: string; regionCode: string; period: string }) =>
  `${c.measure}|${total(c.category)}|${c.regionCode}|${c.period}`;

/** Every relation the attacker knows, over the cells it saw (unseen cells are unknowns >= 0). */
export function attackerRelations(seen: readonly SeenCell[], regionParts: ReadonlyMap<string, readonly string[]>): Relation[] {
  const relations = new Map<string, Relation>();
  const add = (total: string, parts: string[]) => relations.set(`${total}=${parts.join('+')}`, { total, parts });
  for (const cell of seen) {
    const c = { ...cell, category: total(cell.category) };
    for (const b of CATEGORY_BREAKDOWNS) {
      if (b.total === c.category || b.parts.includes(c.category))
        add(
          cellKey({ ...c, category: b.total }),
          b.parts.map((category) => cellKey({ ...c, category })),
        );
    }
    for (const b of MEASURE_BREAKDOWNS) {
      if (c.category === 'Totaal' && (b.total === c.measure || b.parts.includes(c.measure)))
        add(
          cellKey({ ...c, measure: b.total }),
          b.parts.map((measure) => cellKey({ ...c, measure })),
        );
    }
    const year = c.period.slice(0, 4);
    add(cellKey({ ...c, period: year }), [cellKey({ ...c, period: `${year}-H1` }), cellKey({ ...c, period: `${year}-H2` })]);
    for (const [parent, children] of regionParts) {
      if (parent.split('#')[0] === c.regionCode || children.includes(c.regionCode)) {
        add(
          cellKey({ ...c, regionCode: parent.split('#')[0] }),
          children.map((regionCode) => cellKey({ ...c, regionCode })),
        );
      }
    }
  }
  const seenKeys = new Set(seen.map(cellKey));
  return [...relations.values()].filter((r) => [r.total, ...r.parts].filter((k) => seenKeys.has(k)).length >= 2);
}

export interface AttackResult {
  key: string;
  lower: number;
  upper: number;
}

/**
 * For every hidden cell: its smallest and largest integer value given every published count (as its
 * rounding interval, and at least the minimum count), hidden cells >= 0 and every relation. Figures
 * copied from CBS were rounded by CBS, so where that model is infeasible the attacker widens the
 * rounding to +-4 (CBS random rounding) and tries again.
 */
export async function attack(seen: readonly SeenCell[], regionParts: ReadonlyMap<string, readonly string[]>): Promise<AttackResult[]> {
  const highs = await highsLoader();
  const relations = attackerRelations(seen, regionParts);
  const byKey = new Map(seen.map((c) => [cellKey(c), c]));
  const hidden = [...new Set(seen.filter((c) => c.status === 'SUPPRESSED' || c.status === 'UNKNOWN').map(cellKey))];
  const results: AttackResult[] = [];
  for (const component of components(relations)) {
    const targets = hidden.filter((k) => component.cells.has(k));
    if (targets.length === 0) continue;
    for (const widen of [2, 4]) {
      const model = lpModel(simplify(component.relations, byKey), byKey, widen);
      const found = targets.map((k) => extremes(highs, model, k));
      if (found.every((f) => f !== null)) {
        targets.forEach((key, i) => results.push({ key, ...found[i] }));
        break;
      }
      if (widen === 4) throw new Error(`the published figures contradict the relations: ${targets.join(', ')}`);
    }
  }
  for (const key of hidden) if (!results.some((r) => r.key === key)) results.push({ key, lower: 0, upper: Number.POSITIVE_INFINITY });
  return results;
}

function components(relations: Relation[]): { cells: Set<string>; relations: Relation[] }[] {
  const groups: { cells: Set<string>; relations: Relation[] }[] = [];
  for (const relation of relations) {
    const members = [relation.total, ...relation.parts];
    const touching = groups.filter((g) => members.some((m) => g.cells.has(m)));
    const merged = { cells: new Set(members), relations: [relation] };
    for (const g of touching) {
      g.cells.forEach((c) => merged.cells.add(c));
      merged.relations.push(...g.relations);
      groups.splice(groups.indexOf(g), 1);
    }
    groups.push(merged);
  }
  return groups;
}

/** Unseen cells in one relation only add nothing but size: an unseen total voids its relation, an unseen part makes it ">=". */
function simplify(relations: Relation[], seen: ReadonlyMap<string, SeenCell>): { total: string; parts: string[]; op: '=' | '>=' }[] {
  let rows: { total: string; parts: string[]; op: '=' | '>=' }[] = relations.map((r) => ({ ...r, op: '=' }));
  for (;;) {
    const count = new Map<string, number>();
    rows.forEach((r) => [r.total, ...r.parts].forEach((k) => count.set(k, (count.get(k) ?? 0) + 1)));
    const lonely = (k: string) => !seen.has(k) && count.get(k) === 1;
    const next = rows
      .filter((r) => !lonely(r.total))
      .map((r) => ({ total: r.total, parts: r.parts.filter((p) => !lonely(p)), op: r.parts.some(lonely) ? ('>=' as const) : r.op }));
    if (next.length === rows.length && next.every((r, i) => r.parts.length === rows[i].parts.length)) return next;
    rows = next;
  }
}

function lpModel(
  rows: { total: string; parts: string[]; op: string }[],
  seen: ReadonlyMap<string, SeenCell>,
  widen: number,
): { body: string; names: Map<string, string> } {
  const names = new Map<string, string>();
  const n = (k: string) => names.get(k) ?? (names.set(k, `y${names.size}`), names.get(k)!);
  const constraints = rows.map((r, i) => ` k${i}: ${n(r.total)}${r.parts.map((p) => ` - ${n(p)}`).join('')} ${r.op} 0`);
  const bounds = [...names].map(([k, name]) => {
    const cell = seen.get(k);
    if (cell?.status === 'PUBLISHED') return ` ${Math.max(cell.value! - widen, widen === 2 ? 10 : 0)} <= ${name} <= ${cell.value! + widen}`;
    if (cell?.status === 'NOT_APPLICABLE') return ` ${name} = 0`;
    return ` ${name} >= 0`;
  });
  return { body: `Subject To\n${constraints.join('\n')}\nBounds\n${bounds.join('\n')}\nGeneral\n ${[...names.values()].join(' ')}\nEnd\n`, names };
}

function extremes(
  highs: Awaited<ReturnType<typeof highsLoader>>,
  model: { body: string; names: Map<string, string> },
  key: string,
): { lower: number; upper: number } | null {
  const name = model.names.get(key);
  if (!name) return { lower: 0, upper: Number.POSITIVE_INFINITY };
  const min = highs.solve(`Minimize\n obj: ${name}\n${model.body}`, { output_flag: false });
  if (min.Status === 'Infeasible') return null;
  const max = highs.solve(`Maximize\n obj: ${name}\n${model.body}`, { output_flag: false });
  const upper = max.Status === 'Optimal' ? Math.round(max.ObjectiveValue) : Number.POSITIVE_INFINITY;
  return { lower: Math.round(min.ObjectiveValue), upper };
}

export { cellKey as attackerCellKey };
