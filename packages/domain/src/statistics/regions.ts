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
  if (/^LD0[1-4]$/.test(code)) return 'LANDSDEEL';
  if (/^PV\d{2}$/.test(code)) return 'PROVINCE';
  if (/^VT\d{2}$/.test(code)) return 'VEILIG_THUIS_REGION';
  if (/^GM\d{4}$/.test(code)) return 'MUNICIPALITY';
  if (/^WK\d{4}[0-9A-Z]{2}$/.test(code)) return 'DISTRICT';
  return undefined;
}
