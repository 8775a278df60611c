import { useMemo } from 'react';
import {
  classCountOf,
  classIndex,
  formatFigureOf,
  legendClasses,
  readableClassification,
  type Classification,
  type LegendClass,
} from '@monitor/domain';
import {
  MapLayersDocument,
  MapLayerValuesDocument,
  MunicipalityMapDocument,
  type MapLayersQuery,
  type MapLayerValuesQuery,
  type MapTable_MunicipalityFragment,
} from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { classColors, MAX_CLASSES, NO_DATA_COLOR } from '../../ui/charts/palette';
import { DEFAULT_LAYER, HOUSEHOLDS_LAYER } from './landingOperations';
import { useLandingQuery } from './landingQueries';

export { DEFAULT_LAYER, HOUSEHOLDS_LAYER };

export type MapLayerInfo = MapLayersQuery['mapLayers'][number];

export const householdsLayer = (year: number | null): MapLayerInfo => ({
  __typename: 'MapLayer',
  key: HOUSEHOLDS_LAYER,
  group: 'RISK_FACTOR',
  label: nl.home.columnShare,
  unit: '% van de huishoudens',
  period: year === null ? null : String(year),
  decimals: 0,
  available: true,
  unavailableReason: null,
  source: 'CBS',
});

export interface MapRow {
  code: string;
  name: string;
  /** The chosen figure; null when missing or withheld. */
  value: number | null;
  /** The value as every page writes it, or why it is missing. */
  shown: string;
  classIndex: number | null;
  color: string;
}

export interface MapFigures {
  layer: MapLayerInfo;
  rows: MapRow[];
  classification: Classification | null;
  legend: (LegendClass & { color: string; count: number })[];
  year: number | null;
}

/** The shared formatter: households as whole percentages, the other figures with the layer's decimals. */
export function formatLayerValue(layer: Pick<MapLayerInfo, 'key' | 'decimals'>, value: number | null): string | null {
  if (layer.key === HOUSEHOLDS_LAYER) return value === null ? null : nl.percent(value);
  return formatFigureOf(value, layer.decimals === 0 ? 'count' : 'rate');
}

export function toMapFigures(
  municipalities: readonly MapTable_MunicipalityFragment[],
  layer: MapLayerInfo,
  values: ReadonlyMap<string, { value: number | null; reason: string | null }> | null,
): MapFigures {
  const households = layer.key === HOUSEHOLDS_LAYER;
  const valueOf = (m: MapTable_MunicipalityFragment) =>
    households ? (m.keyFigures?.shareHouseholdsWithChildren ?? null) : (values?.get(m.code)?.value ?? null);
  const numbers = municipalities.map(valueOf);
  const classification = readableClassification(numbers, MAX_CLASSES, households ? 0 : layer.decimals);
  const colors = classification ? classColors(classCountOf(classification)) : [];
  const rows = municipalities
    .map((m, i): MapRow => {
      const index = classification ? classIndex(numbers[i], classification) : null;
      const reason = households ? null : (values?.get(m.code)?.reason ?? null);
      return {
        code: m.code,
        name: m.name,
        value: numbers[i],
        shown: formatLayerValue(layer, numbers[i]) ?? (reason ? nl.home.notPublished(reason) : nl.noData),
        classIndex: index,
        color: index === null ? NO_DATA_COLOR : colors[index],
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  const legend = classification
    ? legendClasses(classification, (v) => formatLayerValue(layer, v) ?? '').map((c) => ({
        ...c,
        color: colors[c.index],
        count: rows.filter((r) => r.classIndex === c.index).length,
      }))
    : [];
  const year = householdYearOf(municipalities);
  return { layer, rows, classification, legend, year: households ? year : layer.period ? Number(layer.period.slice(0, 4)) : null };
}

/** The map's accessible title and description for the chosen figure. */
export function mapTitles({ layer, year }: Pick<MapFigures, 'layer' | 'year'>): { title: string; description: string } {
  if (layer.key === HOUSEHOLDS_LAYER) return { title: nl.home.mapTitle, description: nl.home.mapDescription(year) };
  return { title: nl.home.layerMapTitle(layer.label), description: nl.home.layerMapDescription(layer.label, layer.unit, layer.period) };
}

/** The layers to choose from: the server's, plus the households key figure. */
export function useMapLayers() {
  const { data, loading, error } = useLandingQuery(MapLayersDocument);
  return { layers: data?.mapLayers ?? null, loading, error };
}

/** The layers to choose from: the server's, plus the households key figure. */
export function layerChoices(layers: readonly MapLayerInfo[], year: number | null): MapLayerInfo[] {
  return [...layers, householdsLayer(year)];
}

/** A layer's figures from the map's answers; null while its values are missing. */
export function layerFigures(
  municipalities: readonly MapTable_MunicipalityFragment[],
  layer: MapLayerInfo,
  values: MapLayerValuesQuery | undefined,
): MapFigures | null {
  if (layer.key === HOUSEHOLDS_LAYER) return toMapFigures(municipalities, layer, null);
  if (!values) return null;
  const byCode = new Map((values.mapLayer?.values ?? []).map((v) => [v.municipalityCode, v]));
  return toMapFigures(municipalities, layer, byCode);
}

/** The year of the households key figure. */
export const householdYearOf = (municipalities: readonly MapTable_MunicipalityFragment[]): number | null =>
  municipalities.find((m) => m.keyFigures)?.keyFigures?.householdYear ?? null;

export function useMapFigures(layerKey: string) {
  const map = useLandingQuery(MunicipalityMapDocument);
  const layers = useMapLayers();
  const households = layerKey === HOUSEHOLDS_LAYER;
  const values = useLandingQuery(MapLayerValuesDocument, { variables: { key: layerKey }, skip: households });
  const municipalities = map.data?.municipalities.edges.map((e) => e.node) ?? null;
  const year = municipalities ? householdYearOf(municipalities) : null;
  const choices = useMemo(() => (layers.layers ? layerChoices(layers.layers, year) : null), [layers.layers, year]);
  const layer = choices?.find((l) => l.key === layerKey) ?? null;
  const figures = useMemo(
    () => (municipalities && layer ? layerFigures(municipalities, layer, households ? undefined : values.data) : null),
    [municipalities, layer, households, values.data],
  );
  return {
    figures,
    choices,
    /** The municipalities for the search box, whatever the layer. */
    municipalities,
    loading: map.loading || layers.loading || (!households && values.loading),
    error: map.error ?? layers.error ?? values.error,
  };
}
