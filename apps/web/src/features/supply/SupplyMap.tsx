import { useMemo } from 'react';
import { DistrictBoundariesMap } from '../../app/geo/DistrictBoundariesMap';
import type { GeoArea } from '../../ui/map/GeoAreaMap';
import { supplyText as t } from '../../i18n/nl.supply';

export interface SupplyArea {
  code: string;
  name: string;
  label: string;
  color: string;
}

interface SupplyMapProps {
  municipalityCode: string;
  areas: SupplyArea[];
  title: string;
  description: string;
}

/** Choropleth of coverage per district; each district is focusable and named with its figure. */
export default function SupplyMap({ municipalityCode, areas, title, description }: SupplyMapProps) {
  const shapes = useMemo(() => areas.map(({ code, name, label, color }): GeoArea => ({ code, name, label, fill: color })), [areas]);
  return (
    <DistrictBoundariesMap
      municipalityCode={municipalityCode}
      areas={shapes}
      title={title}
      description={description}
      idPrefix="aanbodkaart"
      height={480}
      loadingText={t.mapLoading}
      errorText={t.mapError}
    />
  );
}
