import path from 'node:path';
import type { RegionType } from '@monitor/domain';

/** Copies of the CBS/PDOK files, shipped with the server (see data/reference/SOURCES.md). */
export const REFERENCE_DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'data', 'reference');

/** Year of the CBS municipal classification in the files. */
export const GEOGRAPHY_YEAR = 2026;
/** Year of the region layers (no 2026 region maps were published). */
export const REGION_LAYER_YEAR = 2025;

export const MUNICIPALITIES_FILE = 'gemeenten_2026.csv';
export const REGIONS_FILE = 'regios_2025.csv';
export const KEY_FIGURES_FILE = 'gemeenten_kerncijfers_2023_2024.csv';
export const MUNICIPALITY_LAYER = { layer: 'gemeente', year: GEOGRAPHY_YEAR, file: 'gemeente_2026.topojson', object: 'gemeente_2026' };

export const REGION_FILE_TYPES: Record<string, RegionType> = {
  provincie: 'PROVINCE',
  veiligthuisregio: 'VEILIG_THUIS_REGION',
  veiligheidsregio: 'SAFETY_REGION',
  ggdregio: 'GGD_REGION',
  jeugdregio: 'YOUTH_CARE_REGION',
};

/** Column in the municipality file that holds the membership of each division. */
export const MEMBERSHIP_COLUMNS: Record<RegionType, string> = {
  PROVINCE: 'provincie_code',
  VEILIG_THUIS_REGION: 'veiligthuisregio_code',
  SAFETY_REGION: 'veiligheidsregio_code',
  GGD_REGION: 'ggdregio_code',
  YOUTH_CARE_REGION: 'jeugdregio_code',
};

export const REGION_LAYERS = Object.keys(REGION_FILE_TYPES).map((layer) => ({
  layer,
  year: REGION_LAYER_YEAR,
  file: `${layer}_${REGION_LAYER_YEAR}.topojson`,
  object: `${layer}_${REGION_LAYER_YEAR}`,
}));

export const BOUNDARY_SOURCE = 'CBS Gebiedsindelingen (gegeneraliseerd), via PDOK / cartomap/nl';

export const STATISTIC_SOURCES: Record<number, string> = {
  2024: 'CBS StatLine 85984NED Kerncijfers wijken en buurten 2024',
  2023: 'CBS Wijk- en buurtkaart 2023 (PDOK)',
};
