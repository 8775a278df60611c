import { useMemo } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { AreaPathsMap, type AreaPathsMapProps, type GeoArea, type ProjectedPaths } from './AreaPathsMap';

export type { GeoArea };

const WIDTH = 600;

export interface GeoAreaMapProps extends Omit<AreaPathsMapProps, 'projected'> {
  /** The features to fit the map to; those with an entry in `areas` are drawn. */
  collection: FeatureCollection<Geometry, { statcode: string }>;
  height: number;
}

// Path data with full float precision is ~3x larger than needed at this size (and may use exponents).
const roundPath = (d: string | null) => (d ?? '').replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi, (n) => String(Math.round(+n * 10) / 10));

/**
 * An {@link AreaPathsMap} of GeoJSON features, projected in the browser with d3-geo (no chart
 * library, so the routes stay small): a mercator projection fitted to the collection. The projection
 * runs once per collection: a new layer or label only recolours. The landing map gets its paths
 * projected by the server instead (`/geo/municipalities.paths.json`).
 */
export function GeoAreaMap({ collection, height, ...props }: GeoAreaMapProps) {
  const projected = useMemo(() => projectCollection(collection, height), [collection, height]);
  return <AreaPathsMap projected={projected} {...props} />;
}

function projectCollection(collection: GeoAreaMapProps['collection'], height: number): ProjectedPaths {
  const path = geoPath(geoMercator().fitSize([WIDTH, height], collection));
  const pathByCode = new Map(collection.features.map((f) => [f.properties.statcode, roundPath(path(f))]));
  if (collection.features.length === 0) return { pathByCode, viewBox: `0 0 ${WIDTH} ${height}` };
  const [[x0, y0], [x1, y1]] = path.bounds(collection);
  return { pathByCode, viewBox: [x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4].map((n) => n.toFixed(1)).join(' ') };
}
