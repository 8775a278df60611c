import { nl } from '../../i18n/nl';
import { NO_DATA_COLOR } from '../../ui/charts/palette';
import type { GeoArea } from '../../ui/map/AreaPathsMap';
import { HOUSEHOLDS_LAYER, type MapLayerInfo, type MapRow } from './useMapFigures';

/**
 * The landing map's areas: every projected municipality with its colour and spoken label. Shared by
 * the React map and the server-rendered markup of the landing page, so both draw the same map.
 */
export function municipalityAreas(
  rows: readonly MapRow[],
  layer: Pick<MapLayerInfo, 'key' | 'unit'>,
  boundaries: readonly { code: string; name: string }[],
  activate: (code: string) => void,
): GeoArea[] {
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return boundaries.map(({ code, name: boundaryName }): GeoArea => {
    const row = byCode.get(code);
    const name = row?.name ?? boundaryName;
    return {
      code,
      name,
      label:
        layer.key === HOUSEHOLDS_LAYER ? nl.areaLabel(name, row?.value ?? null) : nl.home.layerAreaLabel(name, row?.shown ?? nl.noData, layer.unit),
      fill: row?.color ?? NO_DATA_COLOR,
      onActivate: () => activate(code),
    };
  });
}
