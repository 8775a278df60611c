import fc from 'fast-check';
import highsLoader from 'highs';
import { MUNICIPALITY_RULES, publishCount, type Published, type RawCell } from '../disclosure';
import { attackerBounds, auditHiddenCells, highsSolver, reduceRelations, type MilpSolver } from '../disclosure-audit';
import { derivePercentage, deriveRate, protectStatistics } from '../disclosure-protection';
import { buildRelations, canonicalCategory, logicalCellId, regionHierarchy, type AdditiveRelation } from '../disclosure-relations';

let solver: MilpSolver;
let highs: Awaited<ReturnType<typeof highsLoader>>;
beforeAll(async () => {
  highs = await highsLoader();
  solver = highsSolver(highs);
});

const value = (v: number): RawCell => ({ value: v, status: 'VALUE' });
const LEVEL = MUNICIPALITY_RULES.roundTo;

function protect(values: Record<string, number | null>, relations: AdditiveRelation[]) {
  const cells = Object.entries(values).map(([id, v]): { id: string; raw: RawCell } => ({
    id,
    raw: v === null ? { value: null, status: 'SECRET' } : value(v),
  }));
  return protectStatistics({ cells, relations, rules: MUNICIPALITY_RULES, solver });
}

/**
 * The attacker, written independently of the module under test: one integer program per hidden cell
 * over everything published (rounding intervals with the minimum count, hidden >= 0, every relation).
 */
function attackerInterval(target: string, published: Map<string, Published>, relations: AdditiveRelation[]): [number, number] {
  const ids = [...new Set(relations.flatMap((r) => [r.total, ...r.parts]))];
  const v = (id: string) => `v${ids.indexOf(id)}`;
  const bound = (id: string) => {
    const p = published.get(id);
    if (p?.status === 'PUBLISHED') return `${Math.max(p.value! - 2, 10)} <= ${v(id)} <= ${p.value! + 2}`;
    return `0 <= ${v(id)} <= 100000`;
  };
  const model = `Subject To\n${relations.map((r, i) => ` c${i}: ${v(r.total)} - ${r.parts.map(v).join(' - ')} = 0`).join('\n')}\nBounds\n${ids.map((id) => ` ${bound(id)}`).join('\n')}\nGeneral\n ${ids.map(v).join(' ')}\nEnd\n`;
  const min = highs.solve(`Minimize\n obj: ${v(target)}\n${model}`, { output_flag: false });
  const max = highs.solve(`Maximize\n obj: ${v(target)}\n${model}`, { output_flag: false });
  return [Math.round(min.ObjectiveValue), Math.round(max.ObjectiveValue)];
}

function publishedOf(result: ReturnType<typeof protect>): Map<string, Published> {
  return new Map([...result.cells].map(([id, c]) => [id, c.published]));
}

function expectEveryHiddenCellProtected(result: ReturnType<typeof protect>, relations: AdditiveRelation[]) {
  const published = publishedOf(result);
  expect(result.unprotected).toEqual([]);
  for (const [id, cell] of result.cells) {
    if (cell.published.status === 'PUBLISHED') continue;
    const [lower, upper] = attackerInterval(id, published, relations);
    // the id in the comparison names the cell when it fails
    expect({ id, wideEnough: upper - lower >= LEVEL }).toEqual({ id, wideEnough: true });
  }
}

describe('relations', () => {
  const hierarchy = regionHierarchy([
    { municipality: 'GM0001', province: 'PV20', veiligThuisRegion: 'VT01' },
    { municipality: 'GM0002', province: 'PV20', veiligThuisRegion: 'VT01' },
  ]);

  it('treats the same figure in two tables (a shared margin) as one cell', () => {
    const a = logicalCellId({ measure: 'ontvangen_meldingen', category: 'Totaal', regionCode: 'GM0001', period: '2023' });
    const b = logicalCellId({ measure: 'ontvangen_meldingen', category: '', regionCode: 'GM0001', period: '2023' });
    const c = logicalCellId({
      measure: 'ontvangen_meldingen',
      category: 'Veiligheidstaxatie: Totaal; Veiligheidsbeoordeling: Totaal',
      regionCode: 'GM0001',
      period: '2023',
    });
    expect(new Set([a, b, c]).size).toBe(1);
    expect(canonicalCategory('Beroepsmatig totaal')).toBe('Beroepsmatig totaal');
  });

  it('links categories, the 85361NED measures, half-years and the regional hierarchy', () => {
    const cell = (measure: string, category: string, regionCode: string, period: string) => ({ measure, category, regionCode, period });
    const relations = buildRelations(
      [
        cell('ontvangen_meldingen', 'Totaal', 'GM0001', '2023'),
        cell('ontvangen_meldingen', 'Beroepsmatig totaal', 'GM0001', '2023'),
        cell('ontvangen_meldingen', 'Totaal', 'GM0001', '2023-H1'),
        cell('ontvangen_meldingen', 'Totaal', 'GM0002', '2023'),
        cell('ontvangen_meldingen', 'Totaal', 'PV20', '2023'),
        cell('vervolgmelding_totaal', '', 'GM0001', '2023'),
      ],
      hierarchy,
    );
    const kinds = (kind: string) => relations.filter((r) => r.kind === kind).map((r) => `${r.total}=${r.parts.join('+')}`);
    expect(kinds('CATEGORY')).toContainEqual(
      expect.stringMatching(/^ontvangen_meldingen\|Totaal\|GM0001\|2023=ontvangen_meldingen\|Niet beroepsmatig totaal.*Beroepsmatig totaal/),
    );
    expect(kinds('MEASURE')).toContainEqual(
      expect.stringContaining('ontvangen_meldingen|Totaal|GM0001|2023=eerste_melding|Totaal|GM0001|2023+hermelding_totaal'),
    );
    expect(kinds('PERIOD')).toEqual([
      'ontvangen_meldingen|Totaal|GM0001|2023=ontvangen_meldingen|Totaal|GM0001|2023-H1+ontvangen_meldingen|Totaal|GM0001|2023-H2',
    ]);
    expect(kinds('REGION')).toContain(
      'ontvangen_meldingen|Totaal|PV20|2023=ontvangen_meldingen|Totaal|GM0001|2023+ontvangen_meldingen|Totaal|GM0002|2023',
    );
  });

  it('drops cells absent from the data that occur once, keeping "total >= the known parts"', () => {
    const known = new Set(['T', 'a']);
    expect(reduceRelations([{ kind: 'REGION', total: 'T', parts: ['a', 'x', 'y'] }], (id) => known.has(id))).toEqual([
      { total: 'T', parts: ['a'], atLeast: true },
    ]);
    expect(reduceRelations([{ kind: 'REGION', total: 'X', parts: ['a', 'T'] }], (id) => known.has(id))).toEqual([]);
  });
});

describe('what an attacker knows of a published count', () => {
  it('is its rounding interval, never below the minimum count', () => {
    expect(attackerBounds({ value: 270, status: 'PUBLISHED' }, MUNICIPALITY_RULES)).toEqual([268, 272]);
    expect(attackerBounds({ value: 10, status: 'PUBLISHED' }, MUNICIPALITY_RULES)).toEqual([10, 12]);
    expect(attackerBounds({ value: null, status: 'SUPPRESSED' }, MUNICIPALITY_RULES)[0]).toBe(0);
    expect(attackerBounds({ value: null, status: 'NOT_APPLICABLE' }, MUNICIPALITY_RULES)).toEqual([0, 0]);
  });
});

describe('whole-table protection against the attacker', () => {
  it('protects a total with one small part', () => {
    const relations: AdditiveRelation[] = [{ kind: 'CATEGORY', total: 'T', parts: ['a', 'b', 'c'] }];
    const result = protect({ T: 100, a: 3, b: 40, c: 57 }, relations);
    expect(result.cells.get('a')!.reason).toBe('PRIMARY');
    expect([...result.cells.values()].filter((c) => c.reason === 'SECONDARY')).toHaveLength(1);
    expectEveryHiddenCellProtected(result, relations);
  });

  it('protects a year whose first half-year is small (year = H1 + H2)', () => {
    const relations: AdditiveRelation[] = [{ kind: 'PERIOD', total: 'Y', parts: ['H1', 'H2'] }];
    const result = protect({ Y: 50, H1: 6, H2: 44 }, relations);
    expect(result.cells.get('H1')!.published.status).toBe('SUPPRESSED');
    expect(result.cells.get('H2')!.published.status === 'SUPPRESSED' || result.cells.get('Y')!.published.status === 'SUPPRESSED').toBe(true);
    expectEveryHiddenCellProtected(result, relations);
  });

  it('protects one small municipality in a complete regional hierarchy', () => {
    const relations: AdditiveRelation[] = [
      { kind: 'REGION', total: 'NL', parts: ['PV1', 'PV2'] },
      { kind: 'REGION', total: 'PV1', parts: ['GM1', 'GM2', 'GM3'] },
      { kind: 'REGION', total: 'PV2', parts: ['GM4', 'GM5'] },
      { kind: 'REGION', total: 'VT1', parts: ['GM1', 'GM4'] },
      { kind: 'REGION', total: 'VT2', parts: ['GM2', 'GM3', 'GM5'] },
    ];
    const values = { GM1: 4, GM2: 30, GM3: 60, GM4: 25, GM5: 80 };
    const totals = { PV1: 94, PV2: 105, NL: 199, VT1: 29, VT2: 170 };
    const result = protect({ ...values, ...totals }, relations);
    expectEveryHiddenCellProtected(result, relations);
  });

  it('protects a cell that two tables share (one cell, two relations)', () => {
    // the received reports are the total of 84849NED's categories and of 85361NED's measures
    const relations: AdditiveRelation[] = [
      { kind: 'CATEGORY', total: 'M', parts: ['niet-beroeps', 'beroeps', 'onbekend'] },
      { kind: 'MEASURE', total: 'M', parts: ['eerste', 'her', 'vervolg', 'niet-ingedeeld'] },
    ];
    const result = protect({ M: 95, 'niet-beroeps': 12, beroeps: 80, onbekend: 3, eerste: 30, her: 33, vervolg: 30, 'niet-ingedeeld': 2 }, relations);
    expectEveryHiddenCellProtected(result, relations);
    expect(result.cells.get('M')!.published.status).toBe('PUBLISHED');
  });

  it('audits cells that are secret at the source like its own hidden cells', () => {
    // Aa en Hunze 2023: 30 = 15 + 10 + "."; the "." may not follow
    const relations: AdditiveRelation[] = [{ kind: 'MEASURE', total: 'T', parts: ['a', 'b', 'c'] }];
    const result = protect({ T: 30, a: 15, b: 10, c: null }, relations);
    expect(result.cells.get('c')!.audit!.width).toBeGreaterThanOrEqual(LEVEL);
    expectEveryHiddenCellProtected(result, relations);
  });

  it('suppresses more, never less, until every hidden cell is wide enough', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 3 }),
        (row1, row2) => {
          // a small two-way table: rows, columns and the grand total
          const cells: Record<string, number> = {};
          const relations: AdditiveRelation[] = [];
          const columns = Math.min(row1.length, row2.length);
          const rows = [row1.slice(0, columns), row2.slice(0, columns)];
          rows.forEach((row, r) => {
            row.forEach((v, c) => (cells[`r${r}c${c}`] = v));
            cells[`r${r}`] = row.reduce((s, v) => s + v, 0);
            relations.push({ kind: 'CATEGORY', total: `r${r}`, parts: row.map((_, c) => `r${r}c${c}`) });
          });
          for (let c = 0; c < columns; c++) {
            cells[`c${c}`] = rows[0][c] + rows[1][c];
            relations.push({ kind: 'REGION', total: `c${c}`, parts: [`r0c${c}`, `r1c${c}`] });
          }
          cells.T = cells.r0 + cells.r1;
          relations.push({ kind: 'PERIOD', total: 'T', parts: ['r0', 'r1'] });
          const result = protect(cells, relations);
          for (const [id, raw] of Object.entries(cells)) {
            if (publishCount(value(raw), MUNICIPALITY_RULES).status === 'SUPPRESSED')
              expect(result.cells.get(id)!.published.status).toBe('SUPPRESSED');
          }
          expectEveryHiddenCellProtected(result, relations);
        },
      ),
      { numRuns: 30, seed: 20261201 },
    );
  });

  it('reports the interval it found for every hidden cell', () => {
    const relations: AdditiveRelation[] = [{ kind: 'CATEGORY', total: 'T', parts: ['a', 'b'] }];
    const published = new Map<string, Published>([
      ['T', { value: 50, status: 'PUBLISHED' }],
      ['a', { value: null, status: 'SUPPRESSED' }],
      ['b', { value: 45, status: 'PUBLISHED' }],
    ]);
    // a = T - b in [48 - 47, 52 - 43] = [1, 9]
    expect(auditHiddenCells(['a'], relations, published, MUNICIPALITY_RULES, solver).get('a')).toEqual({
      lower: 1,
      upper: 9,
      width: 8,
      consistent: true,
    });
  });
});

describe('derived cells follow their counts', () => {
  it('computes percentages from the published counts and hides them with a part', () => {
    expect(derivePercentage({ value: 35, status: 'PUBLISHED' }, { value: 270, status: 'PUBLISHED' })).toEqual({ value: 13, status: 'PUBLISHED' });
    expect(derivePercentage({ value: null, status: 'SUPPRESSED' }, { value: 270, status: 'PUBLISHED' })).toMatchObject({
      value: null,
      status: 'SUPPRESSED',
    });
    expect(derivePercentage({ value: 10, status: 'PUBLISHED' }, { value: null, status: 'UNKNOWN' })).toMatchObject({
      value: null,
      status: 'UNKNOWN',
    });
  });

  it('computes rates from the published count, and withholds them without the population of their own year', () => {
    // 27 published as 25: the rate follows the 25 and so says nothing finer than the rounding
    const count = publishCount(value(27), MUNICIPALITY_RULES);
    expect(deriveRate(count, 1255, 1000, MUNICIPALITY_RULES)).toEqual({ value: 19.9, status: 'PUBLISHED' });
    expect(deriveRate(count, null, 1000, MUNICIPALITY_RULES)).toMatchObject({ value: null, status: 'UNKNOWN' });
    expect(deriveRate({ value: null, status: 'SUPPRESSED' }, 1255, 1000, MUNICIPALITY_RULES)).toMatchObject({ value: null, status: 'SUPPRESSED' });
  });
});
