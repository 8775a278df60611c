import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { nl } from '../../i18n/nl';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { AreaPathsMap, type GeoArea } from '../../ui/map/AreaPathsMap';
import { NO_DATA_COLOR } from '../../ui/charts/palette';
import { useProjectedBoundaries, type ProjectedBoundaries } from '../../app/geo/useProjectedBoundaries';
import { PROJECTED_BOUNDARIES_URL } from '../../app/geo/preloadBoundaries';
import { embeddedBoundaries } from './landingData';
import { HOUSEHOLDS_LAYER, type MapLayerInfo, type MapRow } from './useMapFigures';
import '../../ui/map/GeoAreaMap.css';

interface MunicipalityMapProps {
  rows: MapRow[];
  layer: MapLayerInfo;
  title: string;
  description: string;
}

/** Choropleth of all municipalities (paths projected by the server); each area is a keyboard-operable link to its page. */
export default function MunicipalityMap(props: MunicipalityMapProps) {
  const boundaries = useProjectedBoundaries(PROJECTED_BOUNDARIES_URL, embeddedBoundaries());
  if (boundaries.status === 'loading') return <LoadingStatus text={nl.home.mapLoading} />;
  if (boundaries.status === 'error') return <ErrorMessage text={nl.home.mapError} />;
  return <MunicipalityAreas {...props} boundaries={boundaries.boundaries} />;
}

function MunicipalityAreas({ rows, layer, title, description, boundaries }: MunicipalityMapProps & { boundaries: ProjectedBoundaries }) {
  const navigate = useNavigate();
  const areas = useMemo(() => {
    const byCode = new Map(rows.map((r) => [r.code, r]));
    return boundaries.areas.map(({ code, name: boundaryName }): GeoArea => {
      const row = byCode.get(code);
      const name = row?.name ?? boundaryName;
      return {
        code,
        name,
        label:
          layer.key === HOUSEHOLDS_LAYER ? nl.areaLabel(name, row?.value ?? null) : nl.home.layerAreaLabel(name, row?.shown ?? nl.noData, layer.unit),
        fill: row?.color ?? NO_DATA_COLOR,
        onActivate: () => void navigate(`/gemeente/${code}`),
      };
    });
  }, [rows, layer, boundaries, navigate]);

  return <AreaPathsMap projected={boundaries} areas={areas} title={title} description={description} idPrefix="kaart" />;
}
