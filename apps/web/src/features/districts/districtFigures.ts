import { classCountOf, classIndex, formatNumberNl, legendClasses, quantileClassification, type LegendClass } from '@monitor/domain';
import type { DistrictTable_DistrictFragment } from '../../gql/__generated__/graphql';
import { vt } from '../../i18n/nl.veiligThuis';
import { classColors, MAX_CLASSES, NO_DATA_COLOR } from '../../ui/charts/palette';

export type District = DistrictTable_DistrictFragment;
export type ColourBy = 'children' | 'estimate';

/** The children, or the midpoint of the published estimate range; null when not shown. */
export function districtValue(district: District, by: ColourBy): number | null {
  if (by === 'children') return district.children;
  const e = district.estimate;
  if (!e || e.status !== 'PUBLISHED' || e.low === null || e.high === null) return null;
  return (e.low + e.high) / 2;
}

export function districtLabel(district: District, by: ColourBy): string {
  if (by === 'children') return vt.districts.areaChildren(district.name, district.children);
  const e = district.estimate;
  const shown = e && e.status === 'PUBLISHED';
  return vt.districts.areaEstimate(district.name, shown ? e.low : null, shown ? e.high : null);
}

export interface DistrictShading {
  colors: Map<string, string>;
  legend: (LegendClass & { color: string; count: number })[];
  missingCount: number;
}

/** Quantile classes of the chosen figure, coloured light to dark, with a Dutch legend. */
export function shadeDistricts(districts: readonly District[], by: ColourBy): DistrictShading {
  const values = districts.map((d) => districtValue(d, by));
  const classification = quantileClassification(values, MAX_CLASSES);
  const colors = new Map<string, string>();
  if (!classification) {
    districts.forEach((d) => colors.set(d.code, NO_DATA_COLOR));
    return { colors, legend: [], missingCount: districts.length };
  }
  const palette = classColors(classCountOf(classification));
  const indexes = values.map((v) => classIndex(v, classification));
  districts.forEach((d, i) => colors.set(d.code, indexes[i] === null ? NO_DATA_COLOR : palette[indexes[i]]));
  const legend = legendClasses(classification, (v) => formatNumberNl(v, 0)).map((c) => ({
    ...c,
    color: palette[c.index],
    count: indexes.filter((i) => i === c.index).length,
  }));
  return { colors, legend, missingCount: indexes.filter((i) => i === null).length };
}
