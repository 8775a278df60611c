import { useMemo } from 'react';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GeoAreaMap, type GeoArea } from '../../ui/map/GeoAreaMap';
import '../../ui/map/GeoAreaMap.css';
import './districts.css';

export interface DistrictArea {
  code: string;
  name: string;
  /** What a screen reader hears on focus, e.g. "Jordaan: ongeveer 1.230 kinderen". */
  label: string;
  color: string;
  boundary: unknown;
}

interface DistrictMapProps {
  areas: DistrictArea[];
  title: string;
  description: string;
}

/** Choropleth of the districts; each district is focusable and named with its figure. */
export default function DistrictMap({ areas, title, description }: DistrictMapProps) {
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
  const shapes = useMemo(
    () => areas.map(({ code, name, label, color }): GeoArea => ({ code, name, label, fill: color, className: 'monitor-district__area' })),
    [areas],
  );

  return <GeoAreaMap collection={collection} areas={shapes} title={title} description={description} idPrefix="wijkkaart" height={520} />;
}
