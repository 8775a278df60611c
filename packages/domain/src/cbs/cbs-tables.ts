import type { TableSpec } from './cbs.types';

/**
 * What the importer knows of the CBS Veilig Thuis tables (see /work/shared/data/cbs-format.md, section 4).
 *
 * Topic titles are written as StatLine prints them in a CSV header, i.e. the group path joined with "/"
 * ("Group/Sub/Topic"), without the " (unit)" suffix. Where the group of a topic is not known the bare title
 * is used. Matching (see `matchTopic`) accepts a header path that equals the spec path, or of which one is a
 * segment-wise suffix of the other, provided exactly one topic (of the right unit) fits. So
 * "Gestarte adviezen", "Adviezen, meldingen en diensten/Gestarte adviezen" and an OData topic whose
 * ParentID chain yields either both map to `gestarte_adviezen`, while
 * "Ontvangen meldingen/Hermelding/Totaal (aantal)" and "Ontvangen meldingen (relatief)/Hermelding/Totaal (%)"
 * map to different keys.
 *
 * The OData keys of topics and of the "Kenmerken" dimension are not known (cbs-format.md [U]); they are read from
 * DataProperties at import time and never derived from these titles.
 */

export type MeasureUnit = 'aantal' | '%';

export interface MeasureSpec {
  label: string;
  unit: MeasureUnit;
  description: string;
}

const T85361 = 'Ontvangen meldingen';
const T85361_PCT = 'Ontvangen meldingen (relatief)';
const HERMELDING = 'Hermelding';
const VERVOLG = 'Vervolgmelding tijdens betrokkenheid VT';

export const CBS_TABLES: Record<string, TableSpec> = {
  '84849NED': {
    tableId: '84849NED',
    title: 'Huiselijk geweld; rol/functie, organisatie, duur geweld, regio',
    categoryDimension: 'Kenmerken adviezen/meldingen',
    topics: {
      'Gestarte adviezen': 'gestarte_adviezen',
      'Ontvangen meldingen': 'ontvangen_meldingen',
    },
  },
  '84848NED': {
    tableId: '84848NED',
    title: 'Huiselijk geweld; rol/functie, organisatie, duur geweld, Veilig Thuis-regio',
    categoryDimension: 'Kenmerken adviezen/meldingen',
    topics: {
      'Gestarte adviezen': 'gestarte_adviezen',
      'Ontvangen meldingen': 'ontvangen_meldingen',
    },
  },
  '84851NED': {
    tableId: '84851NED',
    title: 'Huiselijk geweld; aard geweld, aanvullende informatie, regio',
    categoryDimension: 'Kenmerken adviezen, meldingen, diensten',
    topics: {
      'Adviezen, meldingen en diensten/Gestarte adviezen': 'gestarte_adviezen',
      'Adviezen, meldingen en diensten/Ontvangen meldingen': 'ontvangen_meldingen',
      'Adviezen, meldingen en diensten/Casussen met ontvangen melding(en)': 'casussen_met_melding',
      'Adviezen, meldingen en diensten/Afgeronde diensten/Afgeronde diensten onderzoek': 'afgeronde_onderzoeken',
      'Adviezen, meldingen en diensten/Afgeronde diensten/Afgeronde diensten voorwaarden en vervolg': 'afgeronde_voorwaarden_vervolg',
    },
  },
  '84852NED': {
    tableId: '84852NED',
    title: 'Huiselijk geweld; veiligheidsbeoordeling en -taxatie Veilig Thuis, regio',
    // [I] Two category dimensions, inferred from the extracts' kenmerk
    // "Veiligheidstaxatie: Totaal; Veiligheidsbeoordeling: Totaal". Verify against DataProperties.
    categoryDimension: 'Veiligheidstaxatie',
    categoryDimensions: ['Veiligheidstaxatie', 'Veiligheidsbeoordeling'],
    // [I] Only this topic was seen; the table may hold more.
    topics: {
      'Ontvangen meldingen': 'ontvangen_meldingen',
    },
  },
  '85361NED': {
    tableId: '85361NED',
    title: 'Huiselijk geweld; meldingen naar eerdere betrokkenheid Veilig Thuis, regio',
    categoryDimension: null,
    topics: {
      [`${T85361}/Ontvangen meldingen, totaal`]: 'ontvangen_meldingen',
      [`${T85361}/1e melding, geen betrokkenen bekend VT`]: 'eerste_melding',
      [`${T85361}/${HERMELDING}/Totaal`]: 'hermelding_totaal',
      [`${T85361}/${HERMELDING}/Meerdere betrokkenen al bekend bij VT`]: 'hermelding_meerdere_betrokkenen_bekend',
      [`${T85361}/${HERMELDING}/Eén betrokkene al bekend bij VT`]: 'hermelding_een_betrokkene_bekend',
      [`${T85361}/${VERVOLG}/Totaal`]: 'vervolgmelding_totaal',
      [`${T85361}/${VERVOLG}/Tijdens veiligheidsbeoordeling`]: 'vervolgmelding_tijdens_veiligheidsbeoordeling',
      [`${T85361}/${VERVOLG}/Na veiligheidsbeoordeling`]: 'vervolgmelding_na_veiligheidsbeoordeling',
      [`${T85361}/${VERVOLG}/Tijdens monitoring door VT`]: 'vervolgmelding_tijdens_monitoring',
      [`${T85361}/Melding niet ingedeeld`]: 'melding_niet_ingedeeld',
      [`${T85361_PCT}/Ontvangen meldingen, totaal`]: 'pct_ontvangen_meldingen',
      [`${T85361_PCT}/1e melding, geen betrokkenen bekend VT`]: 'pct_eerste_melding',
      [`${T85361_PCT}/${HERMELDING}/Totaal`]: 'pct_hermelding_totaal',
      [`${T85361_PCT}/${HERMELDING}/Meerdere betrokkenen al bekend bij VT`]: 'pct_hermelding_meerdere_betrokkenen_bekend',
      [`${T85361_PCT}/${HERMELDING}/Eén betrokkene al bekend bij VT`]: 'pct_hermelding_een_betrokkene_bekend',
      [`${T85361_PCT}/${VERVOLG}/Totaal`]: 'pct_vervolgmelding_totaal',
      [`${T85361_PCT}/${VERVOLG}/Tijdens veiligheidsbeoordeling`]: 'pct_vervolgmelding_tijdens_veiligheidsbeoordeling',
      [`${T85361_PCT}/${VERVOLG}/Na veiligheidsbeoordeling`]: 'pct_vervolgmelding_na_veiligheidsbeoordeling',
      [`${T85361_PCT}/${VERVOLG}/Tijdens monitoring`]: 'pct_vervolgmelding_tijdens_monitoring',
      [`${T85361_PCT}/Melding niet ingedeeld`]: 'pct_melding_niet_ingedeeld',
    },
  },
};

const PCT_OF_TOTAL = 'Aandeel in het totaal aantal ontvangen meldingen in de periode (niet optelbaar).';

export const MEASURES: Record<string, MeasureSpec> = {
  gestarte_adviezen: {
    label: 'Gestarte adviezen',
    unit: 'aantal',
    description: 'Aantal adviezen dat Veilig Thuis in de periode heeft gestart.',
  },
  ontvangen_meldingen: {
    label: 'Ontvangen meldingen',
    unit: 'aantal',
    description: 'Aantal meldingen dat Veilig Thuis in de periode heeft ontvangen.',
  },
  casussen_met_melding: {
    label: 'Casussen met ontvangen melding(en)',
    unit: 'aantal',
    description: 'Aantal casussen waarover Veilig Thuis in de periode één of meer meldingen ontving.',
  },
  afgeronde_onderzoeken: {
    label: 'Afgeronde diensten onderzoek',
    unit: 'aantal',
    description: 'Aantal door Veilig Thuis afgeronde onderzoeken.',
  },
  afgeronde_voorwaarden_vervolg: {
    label: 'Afgeronde diensten voorwaarden en vervolg',
    unit: 'aantal',
    description: 'Aantal afgeronde diensten "voorwaarden scheppen en vervolg inzetten".',
  },
  eerste_melding: {
    label: '1e melding, geen betrokkenen bekend bij Veilig Thuis',
    unit: 'aantal',
    description: 'Ontvangen meldingen waarbij geen van de betrokkenen al bekend was bij Veilig Thuis.',
  },
  hermelding_totaal: {
    label: 'Hermeldingen, totaal',
    unit: 'aantal',
    description: 'Ontvangen meldingen waarbij één of meer betrokkenen al bekend waren bij Veilig Thuis.',
  },
  hermelding_meerdere_betrokkenen_bekend: {
    label: 'Hermelding, meerdere betrokkenen al bekend',
    unit: 'aantal',
    description: 'Hermeldingen waarbij meerdere betrokkenen al bekend waren bij Veilig Thuis.',
  },
  hermelding_een_betrokkene_bekend: {
    label: 'Hermelding, één betrokkene al bekend',
    unit: 'aantal',
    description: 'Hermeldingen waarbij één betrokkene al bekend was bij Veilig Thuis.',
  },
  vervolgmelding_totaal: {
    label: 'Vervolgmeldingen tijdens betrokkenheid Veilig Thuis, totaal',
    unit: 'aantal',
    description: 'Meldingen ontvangen terwijl Veilig Thuis al bij het gezin betrokken was.',
  },
  vervolgmelding_tijdens_veiligheidsbeoordeling: {
    label: 'Vervolgmelding tijdens veiligheidsbeoordeling',
    unit: 'aantal',
    description: 'Vervolgmeldingen ontvangen tijdens de veiligheidsbeoordeling.',
  },
  vervolgmelding_na_veiligheidsbeoordeling: {
    label: 'Vervolgmelding na veiligheidsbeoordeling',
    unit: 'aantal',
    description: 'Vervolgmeldingen ontvangen na de veiligheidsbeoordeling.',
  },
  vervolgmelding_tijdens_monitoring: {
    label: 'Vervolgmelding tijdens monitoring door Veilig Thuis',
    unit: 'aantal',
    description: 'Vervolgmeldingen ontvangen terwijl Veilig Thuis de situatie monitorde.',
  },
  melding_niet_ingedeeld: {
    label: 'Melding niet ingedeeld',
    unit: 'aantal',
    description: 'Ontvangen meldingen die niet naar eerdere betrokkenheid zijn ingedeeld.',
  },
  pct_ontvangen_meldingen: {
    label: 'Ontvangen meldingen, totaal (%)',
    unit: '%',
    description: 'Totaal van de ontvangen meldingen als percentage (100%).',
  },
  pct_eerste_melding: { label: '1e melding (%)', unit: '%', description: PCT_OF_TOTAL },
  pct_hermelding_totaal: { label: 'Hermeldingen, totaal (%)', unit: '%', description: PCT_OF_TOTAL },
  pct_hermelding_meerdere_betrokkenen_bekend: {
    label: 'Hermelding, meerdere betrokkenen al bekend (%)',
    unit: '%',
    description: PCT_OF_TOTAL,
  },
  pct_hermelding_een_betrokkene_bekend: {
    label: 'Hermelding, één betrokkene al bekend (%)',
    unit: '%',
    description: PCT_OF_TOTAL,
  },
  pct_vervolgmelding_totaal: {
    label: 'Vervolgmeldingen tijdens betrokkenheid Veilig Thuis, totaal (%)',
    unit: '%',
    description: PCT_OF_TOTAL,
  },
  pct_vervolgmelding_tijdens_veiligheidsbeoordeling: {
    label: 'Vervolgmelding tijdens veiligheidsbeoordeling (%)',
    unit: '%',
    description: PCT_OF_TOTAL,
  },
  pct_vervolgmelding_na_veiligheidsbeoordeling: {
    label: 'Vervolgmelding na veiligheidsbeoordeling (%)',
    unit: '%',
    description: PCT_OF_TOTAL,
  },
  pct_vervolgmelding_tijdens_monitoring: {
    label: 'Vervolgmelding tijdens monitoring door Veilig Thuis (%)',
    unit: '%',
    description: PCT_OF_TOTAL,
  },
  pct_melding_niet_ingedeeld: { label: 'Melding niet ingedeeld (%)', unit: '%', description: PCT_OF_TOTAL },
};

/** The category dimension titles of a table, in order ([] when it has none). */
export function categoryDimensionsOf(spec: TableSpec): string[] {
  if (spec.categoryDimensions && spec.categoryDimensions.length > 0) return [...spec.categoryDimensions];
  return spec.categoryDimension === null ? [] : [spec.categoryDimension];
}

/**
 * Category label of an observation: the single category title, or for tables with several category dimensions
 * "Dim1: Cat1; Dim2: Cat2" (e.g. "Veiligheidstaxatie: Totaal; Veiligheidsbeoordeling: Totaal").
 */
export function categoryLabel(parts: readonly { dimension: string; title: string }[]): string {
  if (parts.length === 0) return '';
  if (parts.length === 1) return parts[0].title;
  return parts.map((p) => `${p.dimension}: ${p.title}`).join('; ');
}

/** Splits a CSV topic header "Group/Sub/Topic (unit)" into its path and unit. The unit is the last "(...)" group. */
export function splitTopicHeader(header: string): { path: string; unit: string | undefined } {
  const match = /^(.*\S)\s+\(([^()]+)\)$/.exec(header.trim());
  if (!match) return { path: header.trim(), unit: undefined };
  return { path: match[1], unit: match[2] };
}

function segments(path: string): string[] {
  return path.split('/').map((s) => s.trim());
}

function endsWith(long: string[], short: string[]): boolean {
  if (short.length > long.length) return false;
  const offset = long.length - short.length;
  return short.every((s, i) => long[offset + i] === s);
}

export type TopicMatch =
  | { measure: string; specPath: string }
  | { measure?: undefined; reason: 'unknown' }
  | { measure?: undefined; reason: 'ambiguous'; candidates: string[] }
  | { measure?: undefined; reason: 'unit'; expectedUnit: MeasureUnit };

/**
 * Finds the measure for a topic path ("Group/Sub/Topic", without unit) and optional unit ("aantal", "%").
 * Exact path match first; otherwise a unique spec topic of which the path is a segment-wise suffix (or the
 * other way around); the unit, when given, narrows the candidates.
 */
export function matchTopic(spec: TableSpec, path: string, unit?: string): TopicMatch {
  const unitFits = (measure: string) => unit === undefined || MEASURES[measure]?.unit === normaliseUnit(unit);
  const exact = spec.topics[path];
  if (exact !== undefined && unitFits(exact)) return { measure: exact, specPath: path };
  const wanted = segments(path);
  const candidates = Object.entries(spec.topics).filter(([specPath, measure]) => {
    const have = segments(specPath);
    return (endsWith(have, wanted) || endsWith(wanted, have)) && unitFits(measure);
  });
  if (candidates.length === 1) return { measure: candidates[0][1], specPath: candidates[0][0] };
  if (candidates.length === 0) {
    if (exact !== undefined) return { reason: 'unit', expectedUnit: MEASURES[exact].unit };
    return { reason: 'unknown' };
  }
  return { reason: 'ambiguous', candidates: candidates.map(([p]) => p) };
}

function normaliseUnit(unit: string): string {
  const u = unit.trim().toLowerCase();
  return u === 'percentage' || u === 'procent' ? '%' : u;
}

/** Expected CSV header texts of a table's topics, e.g. "Gestarte adviezen (aantal)". */
export function expectedTopicHeaders(spec: TableSpec): string[] {
  return Object.entries(spec.topics).map(([path, measure]) => `${path} (${MEASURES[measure]?.unit ?? '?'})`);
}
