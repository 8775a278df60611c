import { GeoAreaMap, type GeoAreaMapProps } from '../../ui/map/GeoAreaMap';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDistrictBoundaries } from './useDistrictBoundaries';
import '../../ui/map/GeoAreaMap.css';

interface DistrictBoundariesMapProps extends Omit<GeoAreaMapProps, 'collection'> {
  municipalityCode: string;
  loadingText: string;
  errorText: string;
}

/**
 * A choropleth of a municipality's districts: the boundaries come from the public, cached
 * `/geo/districts/<code>.geojson` (fetched once, shared by the district and supply maps), the
 * figures and colours from the page. Projected once per set of boundaries: recolouring only repaints.
 */
export function DistrictBoundariesMap({ municipalityCode, loadingText, errorText, ...props }: DistrictBoundariesMapProps) {
  const boundaries = useDistrictBoundaries(municipalityCode);
  if (boundaries.status === 'loading') return <LoadingStatus text={loadingText} />;
  if (boundaries.status === 'error') return <ErrorMessage text={errorText} />;
  return <GeoAreaMap collection={boundaries.value} {...props} />;
}
