import { useLayoutEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { nl } from '../../i18n/nl';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { AreaPathsMap } from '../../ui/map/AreaPathsMap';
import { useProjectedBoundaries, type ProjectedBoundaries } from '../../app/geo/useProjectedBoundaries';
import { PROJECTED_BOUNDARIES_URL } from '../../app/geo/preloadBoundaries';
import { embeddedBoundaries } from './landingData';
import { municipalityAreas } from './municipalityAreas';
import { takeServerMapFocus } from './serverMapFocus';
import type { MapLayerInfo, MapRow } from './useMapFigures';
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
  const areas = useMemo(
    () => municipalityAreas(rows, layer, boundaries.areas, (code) => void navigate(`/gemeente/${code}`)),
    [rows, layer, boundaries, navigate],
  );
  // the area focused on the server's map (replaced by this one) keeps the focus
  useLayoutEffect(() => {
    const code = takeServerMapFocus();
    if (code === null || (document.activeElement !== null && document.activeElement !== document.body)) return;
    const areas = document.querySelectorAll<SVGElement>('svg[aria-labelledby="kaart-titel"] [data-code]');
    [...areas].find((area) => area.getAttribute('data-code') === code)?.focus();
  }, []);
  return <AreaPathsMap projected={boundaries} areas={areas} title={title} description={description} idPrefix="kaart" />;
}
