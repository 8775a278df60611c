import { useMemo } from 'react';
import { DistrictBoundariesMap } from '../../app/geo/DistrictBoundariesMap';
import type { GeoArea } from '../../ui/map/GeoAreaMap';
import { vt } from '../../i18n/nl.veiligThuis';
import './districts.css';

export interface DistrictArea {
  code: string;
  name: string;
  /** What a screen reader hears on focus, e.g. "Jordaan: ongeveer 1.230 kinderen". */
  label: string;
  color: string;
}

interface DistrictMapProps {
  municipalityCode: string;
  areas: DistrictArea[];
  title: string;
  description: string;
}

/** Choropleth of the districts; each district is focusable and named with its figure. */
export default function DistrictMap({ municipalityCode, areas, title, description }: DistrictMapProps) {
  const shapes = useMemo(
    () => areas.map(({ code, name, label, color }): GeoArea => ({ code, name, label, fill: color, className: 'monitor-district__area' })),
    [areas],
  );
  return (
    <DistrictBoundariesMap
      municipalityCode={municipalityCode}
      areas={shapes}
      title={title}
      description={description}
      idPrefix="wijkkaart"
      height={520}
      loadingText={vt.districts.mapLoading}
      errorText={vt.districts.mapError}
    />
  );
}
