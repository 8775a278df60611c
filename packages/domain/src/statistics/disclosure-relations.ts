/**
 * Every additive relation the monitor knows between Veilig Thuis cells (CBS tables 84848NED, 84849NED,
 * 84852NED, 85361NED): total = sum of mutually exclusive parts. Disclosure control must protect a hidden
 * cell against all of them at once, because an attacker combines them (tau-ARGUS "linked tables").
 *
 * A logical cell is (measure, category, region, period). The same logical cell in two tables (a shared
 * margin, e.g. the total of received reports in 84849NED, 84848NED, 84852NED and 85361NED) is ONE cell:
 * it is published or hidden everywhere alike, with one value.
 */
import { isTotalCategory } from '../cbs/vt-categories';
import { LANDSDELEN, NATION_CODE } from './regions';

export interface StatisticCellKey {
  measure: string;
  category: string;
  regionCode: string;
  period: string;
}

export type RelationKind = 'CATEGORY' | 'MEASURE' | 'PERIOD' | 'REGION';

/** total = sum(parts), for the true (unrounded) counts. Cell ids as from `logicalCellId`. */
export interface AdditiveRelation {
  kind: RelationKind;
  total: string;
  parts: string[];
}

/** Every spelling of a table's "total" category (see cbs/vt-categories) is one logical category. */
export function canonicalCategory(category: string): string {
  return isTotalCategory(category) ? 'Totaal' : category;
}

export function logicalCellId(key: StatisticCellKey): string {
  return [key.measure, canonicalCategory(key.category), key.regionCode, key.period].join('|');
}

export function parseLogicalCellId(id: string): StatisticCellKey {
  const [measure, category, regionCode, period] = id.split('|');
  return { measure, category, regionCode, period };
}

/**
 * The breakdowns of the "Kenmerken adviezen/meldingen" dimension (84848NED, 84849NED) that are mutually
 * exclusive and complete: by role of the reporter, by organisation, and by duration of the violence.
 * Checked against the shipped extracts (Leeuwarden 2020: durations add up exactly; roles and
 * organisations within CBS's own rounding). Overlapping categories (e.g. "Beroep: medisch: verpleegkundige"
 * within "Beroep: medisch totaal" without its siblings) are left out: they are no complete breakdown.
 */
export const CATEGORY_BREAKDOWNS: readonly { total: string; parts: readonly string[] }[] = [
  { total: 'Totaal', parts: ['Niet beroepsmatig totaal', 'Beroepsmatig totaal', 'Rol/functie onbekend'] },
  {
    total: 'Beroepsmatig totaal',
    parts: [
      'Beroep: onderwijs: totaal',
      'Beroep: kinderopvang: totaal',
      'Beroep: medisch totaal',
      'Beroep: psychologen e.a.: totaal',
      'Beroep: paramedisch: totaal',
      'Beroep: justitie: totaal',
      'Beroepsmatig: anders',
    ],
  },
  {
    total: 'Beroep: justitie: totaal',
    parts: ['Beroep: justitie: politieagent', 'Beroep: justitie: officier van justitie', 'Beroep: justitie: anders'],
  },
  {
    total: 'Totaal',
    parts: [
      'Gezondheidszorg: totaal',
      'Geestelijke gezondheidszorg: totaal',
      'Kinderopvang',
      'Onderwijs: totaal',
      'Bureau Leerplicht',
      'Jeugdzorg: totaal',
      'Justitie en veiligheid: totaal',
      'Anders: Veilig Thuis: andere regio',
      'Anders: VT: inzet regionaal maatwerk',
      'Andere organisatie: anders',
      'Niet van toepassing',
      'Onbekend',
    ],
  },
  {
    total: 'Justitie en veiligheid: totaal',
    parts: ['J en V: politie: totaal', 'J en V: openbaar ministerie', 'J en V: reclassering', 'J en V: anders'],
  },
  {
    total: 'Totaal',
    parts: [
      'Duur geweld: niet langer dan 1 week',
      'Duur geweld: > 1 week, < 1 maand',
      'Duur geweld: > 1 maand, < 6 maanden',
      'Duur geweld: > 6 maanden, < 1 jaar',
      'Duur geweld: > 1 jaar,< 5 jaar',
      'Duur geweld: langer dan 5 jaar',
    ],
  },
];

/** 85361NED: the received reports by earlier involvement of Veilig Thuis (measures, not categories). */
export const MEASURE_BREAKDOWNS: readonly { total: string; parts: readonly string[] }[] = [
  { total: 'ontvangen_meldingen', parts: ['eerste_melding', 'hermelding_totaal', 'vervolgmelding_totaal', 'melding_niet_ingedeeld'] },
  { total: 'hermelding_totaal', parts: ['hermelding_meerdere_betrokkenen_bekend', 'hermelding_een_betrokkene_bekend'] },
  {
    total: 'vervolgmelding_totaal',
    parts: ['vervolgmelding_tijdens_veiligheidsbeoordeling', 'vervolgmelding_na_veiligheidsbeoordeling', 'vervolgmelding_tijdens_monitoring'],
  },
];

/** Parent region -> its parts (codes). Built by the server from the classification; see `regionHierarchy`. */
export type RegionHierarchy = ReadonlyMap<string, readonly string[]>;

/**
 * The regional hierarchy: Nederland = landsdelen = Veilig Thuis-regio's; landsdeel = its provinces;
 * province = its municipalities; Veilig Thuis-regio = its municipalities.
 */
export function regionHierarchy(
  municipalityRegions: readonly { municipality: string; province: string | null; veiligThuisRegion: string | null }[],
): RegionHierarchy {
  const children = new Map<string, string[]>();
  const add = (parent: string | null, child: string) => {
    if (!parent) return;
    if (!children.has(parent)) children.set(parent, []);
    if (!children.get(parent)!.includes(child)) children.get(parent)!.push(child);
  };
  for (const [code, { provinces }] of Object.entries(LANDSDELEN)) {
    add(NATION_CODE, code);
    for (const province of provinces) add(code, province);
  }
  for (const m of municipalityRegions) {
    add(m.province, m.municipality);
    add(m.veiligThuisRegion, m.municipality);
  }
  const vtRegions = [...new Set(municipalityRegions.map((m) => m.veiligThuisRegion).filter((r): r is string => !!r))].sort();
  if (vtRegions.length > 0) children.set(`${NATION_CODE}#VT`, vtRegions);
  return children;
}

/**
 * All relations among the given cells. A relation is kept when at least two of its cells exist; cells
 * of a relation that do not exist are unknowns for an attacker (non-negative, unbounded), which still
 * lets the relation bound the others (total >= sum of the known parts).
 */
export function buildRelations(cells: Iterable<StatisticCellKey>, regions: RegionHierarchy): AdditiveRelation[] {
  const present = new Set<string>();
  const slices = new Map<string, StatisticCellKey>();
  for (const cell of cells) {
    const key = { ...cell, category: canonicalCategory(cell.category) };
    present.add(logicalCellId(key));
    slices.set(logicalCellId(key), key);
  }
  const relatedRegions = new Map<string, string[]>();
  for (const [parent, children] of regions) {
    for (const code of [parent.split('#')[0], ...children]) {
      if (!relatedRegions.has(code)) relatedRegions.set(code, []);
      relatedRegions.get(code)!.push(parent);
    }
  }
  const relations: AdditiveRelation[] = [];
  const seen = new Set<string>();
  const consider = (kind: RelationKind, total: StatisticCellKey, parts: StatisticCellKey[]) => {
    const ids = { total: logicalCellId(total), parts: parts.map(logicalCellId) };
    const key = `${ids.total}=${[...ids.parts].sort().join('+')}`;
    if (seen.has(key)) return;
    seen.add(key);
    if ([ids.total, ...ids.parts].filter((id) => present.has(id)).length >= 2) relations.push({ kind, ...ids });
  };
  for (const cell of slices.values()) {
    for (const b of CATEGORY_BREAKDOWNS) {
      if (b.total === cell.category || b.parts.includes(cell.category)) {
        consider(
          'CATEGORY',
          { ...cell, category: b.total },
          b.parts.map((category) => ({ ...cell, category })),
        );
      }
    }
    for (const b of MEASURE_BREAKDOWNS) {
      if (cell.category === 'Totaal' && (b.total === cell.measure || b.parts.includes(cell.measure))) {
        consider(
          'MEASURE',
          { ...cell, measure: b.total },
          b.parts.map((measure) => ({ ...cell, measure })),
        );
      }
    }
    const year = /^(\d{4})(?:-H[12])?$/.exec(cell.period)?.[1];
    if (year)
      consider('PERIOD', { ...cell, period: year }, [
        { ...cell, period: `${year}-H1` },
        { ...cell, period: `${year}-H2` },
      ]);
    for (const parent of relatedRegions.get(cell.regionCode) ?? []) {
      const children = regions.get(parent)!;
      consider(
        'REGION',
        { ...cell, regionCode: parent.split('#')[0] },
        children.map((regionCode) => ({ ...cell, regionCode })),
      );
    }
  }
  return relations;
}
