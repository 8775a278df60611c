import type { Role } from '../access/roles';

/**
 * Research exports: what an analyst can select, in which formats, and the rule that decides whether a
 * municipality appears by name or by its per-project pseudonym.
 */
export const RESEARCH_DATASETS = ['INDICATORS', 'ANSWERS', 'VEILIG_THUIS', 'ESTIMATES', 'RISK_PROFILES'] as const;
export type ResearchDataset = (typeof RESEARCH_DATASETS)[number];

export const RESEARCH_FORMATS = ['csv', 'xlsx', 'parquet'] as const;
export type ResearchFormat = (typeof RESEARCH_FORMATS)[number];

export const RESEARCH_DATASET_LABELS: Record<ResearchDataset, string> = {
  INDICATORS: 'Indicatoren (ingediende vragenlijsten)',
  ANSWERS: 'Antwoorden (ingediende vragenlijsten)',
  VEILIG_THUIS: 'Veilig Thuis-cijfers (CBS, na onthullingscontrole)',
  ESTIMATES: 'Schattingen kindermishandeling per 1.000 kinderen',
  RISK_PROFILES: 'Risicoprofielen (risicofactoren per gemeente)',
};

/** Datasets that are a municipality's own (unpublished) data rather than published figures. */
export function isMunicipalDataset(dataset: ResearchDataset): boolean {
  return dataset === 'INDICATORS' || dataset === 'ANSWERS';
}

export interface NamingRequest {
  /** the project asked for names (projects are pseudonymised unless created with names) */
  projectNamed: boolean;
  dataset: ResearchDataset;
  requesterRole: Role;
  requesterMunicipalityCode: string | null;
  /** municipalities under an active sharing agreement with the requester's municipality */
  sharingPartners: readonly string[];
  municipalityCode: string;
}

/**
 * Whether a municipality may appear by name in a research export.
 * - Pseudonymised projects never name anyone.
 * - Published figures (Veilig Thuis, estimates, risk profiles) are public by name on the monitor
 *   itself, so a named project may name them.
 * - A municipality's answers and indicators are named only where a sharing agreement says so: the
 *   requester's own municipality and its partners under an active agreement ("see each other's
 *   answers and indicators by name"). NJi staff may read every municipality's answers in the monitor
 *   (to support them), but no agreement lets NJi put names under those answers in a research file:
 *   for NJi staff they stay pseudonymised.
 */
export function mayNameMunicipality(request: NamingRequest): boolean {
  if (!request.projectNamed) return false;
  if (!isMunicipalDataset(request.dataset)) return true;
  if (request.requesterMunicipalityCode === null) return false;
  if (request.requesterRole !== 'MUNICIPAL_EDITOR' && request.requesterRole !== 'MUNICIPAL_VIEWER') return false;
  return request.municipalityCode === request.requesterMunicipalityCode || request.sharingPartners.includes(request.municipalityCode);
}

/** Shape of a pseudonym: "P" and 12 hex digits (48 bits of an HMAC-SHA256 of the municipality code). */
export const PSEUDONYM_PATTERN = /^P[0-9a-f]{12}$/;
