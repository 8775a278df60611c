import { REGION_CODE_PATTERN } from '../codes';

/** The parallel regional divisions a municipality belongs to; none is nested in another. */
export const REGION_TYPES = ['PROVINCE', 'VEILIG_THUIS_REGION', 'SAFETY_REGION', 'GGD_REGION', 'YOUTH_CARE_REGION'] as const;

export type RegionType = (typeof REGION_TYPES)[number];

export const REGION_TYPE_LABELS: Record<RegionType, string> = {
  PROVINCE: 'Provincie',
  VEILIG_THUIS_REGION: 'Veilig Thuis-regio',
  SAFETY_REGION: 'Veiligheidsregio',
  GGD_REGION: 'GGD-regio',
  YOUTH_CARE_REGION: 'Jeugdregio',
};

/** CBS code prefixes per division (PV20, VT08, VR13, GG3406, JZ13). */
export const REGION_CODE_PREFIX: Record<RegionType, string> = {
  PROVINCE: 'PV',
  VEILIG_THUIS_REGION: 'VT',
  SAFETY_REGION: 'VR',
  GGD_REGION: 'GG',
  YOUTH_CARE_REGION: 'JZ',
};

export function regionTypeOfCode(code: string): RegionType | undefined {
  if (!REGION_CODE_PATTERN.test(code)) return undefined;
  const prefix = code.slice(0, 2);
  return REGION_TYPES.find((type) => REGION_CODE_PREFIX[type] === prefix);
}
