import {
  DISTRICT_CODE_PATTERN,
  LANDSDEEL_CODE_PATTERN,
  MUNICIPALITY_CODE_PATTERN,
  PROVINCE_CODE_PATTERN,
  VEILIG_THUIS_REGION_CODE_PATTERN,
} from '../codes';

/** The four landsdelen (CBS) and their provinces; not in the region maps, so kept here. */
export const LANDSDELEN: Record<string, { name: string; provinces: readonly string[] }> = {
  LD01: { name: 'Noord-Nederland', provinces: ['PV20', 'PV21', 'PV22'] },
  LD02: { name: 'Oost-Nederland', provinces: ['PV23', 'PV24', 'PV25'] },
  LD03: { name: 'West-Nederland', provinces: ['PV26', 'PV27', 'PV28', 'PV29'] },
  LD04: { name: 'Zuid-Nederland', provinces: ['PV30', 'PV31'] },
};

export const NATION_CODE = 'NL01';

export type StatisticRegionLevel = 'NATION' | 'LANDSDEEL' | 'PROVINCE' | 'VEILIG_THUIS_REGION' | 'MUNICIPALITY' | 'DISTRICT';

export function levelOfCode(code: string): StatisticRegionLevel | undefined {
  if (code === NATION_CODE) return 'NATION';
  if (LANDSDEEL_CODE_PATTERN.test(code)) return 'LANDSDEEL';
  if (PROVINCE_CODE_PATTERN.test(code)) return 'PROVINCE';
  if (VEILIG_THUIS_REGION_CODE_PATTERN.test(code)) return 'VEILIG_THUIS_REGION';
  if (MUNICIPALITY_CODE_PATTERN.test(code)) return 'MUNICIPALITY';
  if (DISTRICT_CODE_PATTERN.test(code)) return 'DISTRICT';
  return undefined;
}
