import { useMemo } from 'react';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GeoAreaMap, type GeoArea } from '../../ui/map/GeoAreaMap';
import '../../ui/map/GeoAreaMap.css';

export interface SupplyArea {
  code: string;
  name: string;
  label: string;
  color: string;
  boundary: unknown;
}

/** Choropleth of coverage per district; each district is focusable and named with its figure. */
export default function SupplyMap({ areas, title, description }: { areas: SupplyArea[]; title: string; description: string }) {
  const collection = useMemo<FeatureCollection<Geometry, { statcode: string }>>(
    () => ({
      type: 'FeatureCollection',
      features: areas
        .filter((a) => a.boundary)
        .map((a): Feature<Geometry, { statcode: string }> => ({
          type: 'Feature',
          geometry: a.boundary as Geometry,
          properties: { statcode: a.code },
        })),
    }),
    [areas],
  );
  const shapes = useMemo(() => areas.map(({ code, name, label, color }): GeoArea => ({ code, name, label, fill: color })), [areas]);
  return <GeoAreaMap collection={collection} areas={shapes} title={title} description={description} idPrefix="aanbodkaart" height={480} />;
}
