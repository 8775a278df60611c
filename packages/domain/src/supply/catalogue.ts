/**
 * The intervention catalogue and a municipality's care offer (vraag-aanbodanalyse). Databanks and
 * recognition levels as the NJi Databank Effectieve Jeugdinterventies and the Movisie Databank
 * Effectieve sociale interventies name them (research notes effects-and-supply.md §3.3).
 */
export const DATABANKS = ['NJI', 'MOVISIE', 'NONE'] as const;
export type Databank = (typeof DATABANKS)[number];

export const DATABANK_LABELS: Record<Databank, string> = {
  NJI: 'NJi Databank Effectieve Jeugdinterventies',
  MOVISIE: 'Movisie Databank Effectieve sociale interventies',
  NONE: 'Niet in een databank',
};

export const RECOGNITION_LEVELS = [
  'NOT_ASSESSED',
  'WELL_DESCRIBED',
  'WELL_FOUNDED',
  'FIRST_INDICATIONS',
  'GOOD_INDICATIONS',
  'STRONG_INDICATIONS',
  'EFFECTIVE',
] as const;
export type RecognitionLevel = (typeof RECOGNITION_LEVELS)[number];

export const RECOGNITION_LABELS: Record<RecognitionLevel, string> = {
  NOT_ASSESSED: 'Niet beoordeeld',
  WELL_DESCRIBED: 'Goed beschreven',
  WELL_FOUNDED: 'Goed onderbouwd',
  FIRST_INDICATIONS: 'Effectief volgens eerste aanwijzingen',
  GOOD_INDICATIONS: 'Effectief volgens goede aanwijzingen',
  STRONG_INDICATIONS: 'Effectief volgens sterke aanwijzingen',
  EFFECTIVE: 'Effectief',
};

/** The levels each databank awards: NJi four (goed onderbouwd; eerste, goede, sterke aanwijzingen), Movisie three. */
export const LEVELS_BY_DATABANK: Record<Databank, readonly RecognitionLevel[]> = {
  NJI: ['WELL_FOUNDED', 'FIRST_INDICATIONS', 'GOOD_INDICATIONS', 'STRONG_INDICATIONS'],
  MOVISIE: ['WELL_DESCRIBED', 'WELL_FOUNDED', 'EFFECTIVE'],
  NONE: ['NOT_ASSESSED'],
};

export function isLevelOfDatabank(databank: Databank, level: RecognitionLevel): boolean {
  return LEVELS_BY_DATABANK[databank].includes(level);
}

/**
 * "Recognised" in the gap rules means at least goed onderbouwd, as the research notes' analysis
 * design proposes (§3.4). Movisie's "goed beschreven" is a description check, not a judgement
 * that the intervention is plausible to work, so it does not count.
 */
export function isRecognised(level: RecognitionLevel): boolean {
  return level !== 'NOT_ASSESSED' && level !== 'WELL_DESCRIBED';
}

/**
 * The code of a catalogue entry: the key effect monitoring files scores under (CSV column
 * "interventie", e.g. signs-of-safety). Fixed once the entry exists, because published effect
 * figures and the release ledger are keyed by it.
 */
export const INTERVENTION_CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_INTERVENTION_CODE_LENGTH = 60;

export function isInterventionCode(value: string): boolean {
  return INTERVENTION_CODE_PATTERN.test(value) && value.length <= MAX_INTERVENTION_CODE_LENGTH;
}

/** A code proposed from a name: lower case, accents dropped, other characters as single hyphens. */
export function interventionCodeOf(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const code = plain.replace(/[^a-z0-9]+/g, '-').slice(0, MAX_INTERVENTION_CODE_LENGTH);
  return code.replace(/^-+|-+$/g, '');
}

export const TARGET_GROUPS = ['CHILDREN_0_4', 'CHILDREN_4_12', 'YOUTH_12_18', 'PARENTS', 'FAMILIES'] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  CHILDREN_0_4: 'Kinderen 0–4 jaar',
  CHILDREN_4_12: 'Kinderen 4–12 jaar',
  YOUTH_12_18: 'Jongeren 12–18 jaar',
  PARENTS: 'Ouders',
  FAMILIES: 'Gezinnen',
};

export const PREVENTION_LEVELS = ['UNIVERSAL', 'SELECTIVE', 'INDICATED', 'CARE'] as const;
export type PreventionLevel = (typeof PREVENTION_LEVELS)[number];

export const PREVENTION_LEVEL_LABELS: Record<PreventionLevel, string> = {
  UNIVERSAL: 'Universele preventie',
  SELECTIVE: 'Selectieve preventie',
  INDICATED: 'Geïndiceerde preventie',
  CARE: 'Zorg',
};

/**
 * Offers whose capacity is set against the estimated number of children facing abuse: those for
 * families where abuse is suspected or established. Universal and selective prevention reach far
 * more families than the estimate counts, so comparing them with it would say nothing.
 */
export const NEED_MATCHING_LEVELS: readonly PreventionLevel[] = ['INDICATED', 'CARE'];
