import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { FeatureCollection, Geometry } from 'geojson';
import { nl } from '../../i18n/nl';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { GeoAreaMap, type GeoArea } from '../../ui/map/GeoAreaMap';
import { NO_DATA_COLOR } from '../../ui/charts/palette';
import { useBoundaries, type MunicipalityProperties } from '../../app/geo/useBoundaries';
import { HOUSEHOLDS_LAYER, type MapLayerInfo, type MapRow } from './useMapFigures';
import '../../ui/map/GeoAreaMap.css';

interface MunicipalityMapProps {
  rows: MapRow[];
  layer: MapLayerInfo;
  title: string;
  description: string;
}

/** Choropleth of all municipalities; each area is a keyboard-operable link to its page. */
export default function MunicipalityMap(props: MunicipalityMapProps) {
  const boundaries = useBoundaries();
  if (boundaries.status === 'loading') return <LoadingStatus text={nl.home.mapLoading} />;
  if (boundaries.status === 'error') return <ErrorMessage text={nl.home.mapError} />;
  return <MunicipalityAreas {...props} collection={boundaries.collection} />;
}

function MunicipalityAreas({
  rows,
  layer,
  title,
  description,
  collection,
}: MunicipalityMapProps & { collection: FeatureCollection<Geometry, MunicipalityProperties> }) {
  const navigate = useNavigate();
  const areas = useMemo(() => {
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return collection.features.map(({ properties: { statcode: code, statnaam } }): GeoArea => {
      const row = byCode.get(code);
      const name = row?.name ?? statnaam;
      return {
        code,
        name,
        label:
          layer.key === HOUSEHOLDS_LAYER ? nl.areaLabel(name, row?.value ?? null) : nl.home.layerAreaLabel(name, row?.shown ?? nl.noData, layer.unit),
        fill: row?.color ?? NO_DATA_COLOR,
        onActivate: () => void navigate(`/gemeente/${code}`),
      };
    });
  }, [rows, layer, collection, navigate]);

  return <GeoAreaMap collection={collection} areas={areas} title={title} description={description} idPrefix="kaart" height={720} />;
}
