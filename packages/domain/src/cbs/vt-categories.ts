/**
 * Dutch labels and the total/part structure of the categories ("kenmerken") of the CBS Veilig Thuis
 * tables, so that pages never show a CBS key or an abbreviated title and never draw a total next to
 * its own parts.
 */

/** Categories that stand for the whole table (no breakdown). */
export const TOTAL_CATEGORIES: readonly string[] = ['', 'Totaal', 'T001038', 'Veiligheidstaxatie: Totaal; Veiligheidsbeoordeling: Totaal'];

export const isTotalCategory = (category: string) => TOTAL_CATEGORIES.includes(category);

const LABELS: Record<string, string> = {
  '': 'Totaal',
  Totaal: 'Totaal',
  T001038: 'Totaal',
  'Veiligheidstaxatie: Totaal; Veiligheidsbeoordeling: Totaal': 'Totaal',
  'Niet beroepsmatig totaal': 'Niet-beroepsmatige melders (buren, familie, betrokkenen)',
  'Beroepsmatig totaal': 'Beroepsmatige melders',
  'Rol/functie onbekend': 'Melder onbekend',
  'Gezondheidszorg: totaal': 'Gezondheidszorg',
  'Geestelijke gezondheidszorg: totaal': 'Geestelijke gezondheidszorg',
  Kinderopvang: 'Kinderopvang',
  'Onderwijs: totaal': 'Onderwijs',
  'Bureau Leerplicht': 'Bureau Leerplicht',
  'Jeugdzorg: totaal': 'Jeugdzorg',
  'Justitie en veiligheid: totaal': 'Justitie en veiligheid',
  'J en V: politie: totaal': 'Politie',
  'J en V: openbaar ministerie': 'Openbaar Ministerie',
  'J en V: reclassering': 'Reclassering',
  'J en V: anders': 'Overig justitie en veiligheid',
  'Andere organisatie: anders': 'Andere organisatie',
  'Anders: Veilig Thuis: andere regio': 'Veilig Thuis uit een andere regio',
  'Anders: VT: inzet regionaal maatwerk': 'Veilig Thuis: regionaal maatwerk',
  'Beroep: medisch totaal': 'Medisch beroep',
  'Beroep: medisch: verpleegkundige': 'Verpleegkundige',
  'Beroep: paramedisch: totaal': 'Paramedisch beroep',
  'Beroep: psychologen e.a.: totaal': 'Psycholoog en verwante beroepen',
  'Beroep: onderwijs: totaal': 'Beroep in het onderwijs',
  'Beroep: kinderopvang: totaal': 'Beroep in de kinderopvang',
  'Beroep: justitie: totaal': 'Beroep bij justitie',
  'Beroep: justitie: politieagent': 'Politieagent',
  'Beroep: justitie: officier van justitie': 'Officier van justitie',
  'Beroep: justitie: anders': 'Ander beroep bij justitie',
  'Beroepsmatig: anders': 'Ander beroep',
  'Duur geweld: niet langer dan 1 week': 'Niet langer dan een week',
  'Duur geweld: > 1 week, < 1 maand': 'Een week tot een maand',
  'Duur geweld: > 1 maand, < 6 maanden': 'Een tot zes maanden',
  'Duur geweld: > 6 maanden, < 1 jaar': 'Zes maanden tot een jaar',
  'Duur geweld: > 1 jaar,< 5 jaar': 'Een tot vijf jaar',
  'Duur geweld: langer dan 5 jaar': 'Langer dan vijf jaar',
  'Niet van toepassing': 'Niet van toepassing',
  Onbekend: 'Onbekend',
};

/** A CBS key such as T001038 or A047598: never shown as such. */
const CBS_KEY = /^[A-Z]{1,2}\d{5,7}$/;

/**
 * The Dutch label of a category: a fixed label for the known ones; otherwise the CBS title with its
 * "Dimensie: " prefixes and "totaal" suffix tidied, and "Categorie zonder naam" for a bare CBS key.
 */
export function vtCategoryLabel(category: string): string {
  const known = LABELS[category];
  if (known !== undefined) return known;
  if (CBS_KEY.test(category.trim())) return 'Categorie zonder naam';
  const last = category
    .split(';')
    .map((p) => p.trim())
    .filter((p) => !/: Totaal$/i.test(p));
  const text = (last.length > 0 ? last : [category])
    .join('; ')
    .replace(/:\s*totaal$/i, '')
    .replace(/\bVT\b/g, 'Veilig Thuis');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface VtCategoryGroup {
  key: string;
  /** Heading of the breakdown, in Dutch. */
  heading: string;
  /** The category whose parts these are (shown as a figure, never as a bar beside them). */
  total: string | null;
  parts: readonly string[];
}

/**
 * Breakdowns of the Veilig Thuis tables 84848NED/84849NED: each lists parts of one total, which the
 * page draws apart from that total. A category appears as a part in one group only.
 */
export const VT_CATEGORY_GROUPS: readonly VtCategoryGroup[] = [
  {
    key: 'melders',
    heading: 'Wie meldde: beroepsmatig of niet',
    total: 'Totaal',
    parts: ['Niet beroepsmatig totaal', 'Beroepsmatig totaal', 'Rol/functie onbekend'],
  },
  {
    key: 'organisaties',
    heading: 'Beroepsmatige melders naar organisatie',
    total: 'Beroepsmatig totaal',
    parts: [
      'Gezondheidszorg: totaal',
      'Geestelijke gezondheidszorg: totaal',
      'Kinderopvang',
      'Onderwijs: totaal',
      'Bureau Leerplicht',
      'Jeugdzorg: totaal',
      'Justitie en veiligheid: totaal',
      'Andere organisatie: anders',
      'Anders: Veilig Thuis: andere regio',
      'Anders: VT: inzet regionaal maatwerk',
    ],
  },
  {
    key: 'justitie',
    heading: 'Justitie en veiligheid naar organisatie',
    total: 'Justitie en veiligheid: totaal',
    parts: ['J en V: politie: totaal', 'J en V: openbaar ministerie', 'J en V: reclassering', 'J en V: anders'],
  },
  {
    key: 'beroepen',
    heading: 'Beroepsmatige melders naar beroep',
    total: 'Beroepsmatig totaal',
    parts: [
      'Beroep: medisch totaal',
      'Beroep: paramedisch: totaal',
      'Beroep: psychologen e.a.: totaal',
      'Beroep: onderwijs: totaal',
      'Beroep: kinderopvang: totaal',
      'Beroep: justitie: totaal',
      'Beroepsmatig: anders',
    ],
  },
  {
    key: 'duur',
    heading: 'Hoe lang het geweld al duurde',
    total: 'Totaal',
    parts: [
      'Duur geweld: niet langer dan 1 week',
      'Duur geweld: > 1 week, < 1 maand',
      'Duur geweld: > 1 maand, < 6 maanden',
      'Duur geweld: > 6 maanden, < 1 jaar',
      'Duur geweld: > 1 jaar,< 5 jaar',
      'Duur geweld: langer dan 5 jaar',
      'Niet van toepassing',
      'Onbekend',
    ],
  },
];
