import { useMemo, useState } from 'react';
import { Container } from '@nivo/core';
import { projectionById, useGeoMap } from '@nivo/geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { NO_DATA_COLOR } from '../map/palette';
import '../map/MunicipalityMap.css';
import './districts.css';

const WIDTH = 600;
const HEIGHT = 520;

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

// Path data with full float precision is much larger than needed at this size (and may use exponents).
const roundPath = (d: string | null) => (d ?? '').replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi, (n) => String(Math.round(+n * 10) / 10));

/** Choropleth of the districts; each district is focusable and named with its figure. */
export default function DistrictMap(props: DistrictMapProps) {
  return (
    // nivo's helpers read their theme from this container.
    <Container animate={false} isInteractive={false} renderWrapper={false}>
      <DistrictSvg {...props} />
    </Container>
  );
}

function DistrictSvg({ areas, title, description }: DistrictMapProps) {
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);

  const collection = useMemo<FeatureCollection<Geometry, { code: string }>>(
    () => ({
      type: 'FeatureCollection',
      features: areas
        .filter((a) => a.boundary)
        .map((a): Feature<Geometry, { code: string }> => ({
          type: 'Feature',
          geometry: a.boundary as Geometry,
          properties: { code: a.code },
        })),
    }),
    [areas],
  );

  const fit = useMemo(() => {
    const projection = projectionById.mercator().fitSize([WIDTH, HEIGHT], collection);
    const [x, y] = projection.translate();
    return { scale: projection.scale(), translation: [x / WIDTH, y / HEIGHT] as [number, number] };
  }, [collection]);

  const { path } = useGeoMap({
    width: WIDTH,
    height: HEIGHT,
    projectionType: 'mercator',
    projectionScale: fit.scale,
    projectionTranslation: fit.translation,
    projectionRotation: [0, 0, 0],
    fillColor: NO_DATA_COLOR,
    borderWidth: 0.5,
    borderColor: '#ffffff',
  });

  const shapes = useMemo(() => {
    const byCode = new Map(areas.map((a) => [a.code, a]));
    return collection.features
      .map((f) => ({ ...byCode.get(f.properties.code)!, d: roundPath(path(f)) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, [areas, collection, path]);

  const viewBox = useMemo(() => {
    if (collection.features.length === 0) return `0 0 ${WIDTH} ${HEIGHT}`;
    const [[x0, y0], [x1, y1]] = path.bounds(collection);
    return [x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4].map((n) => n.toFixed(1)).join(' ');
  }, [path, collection]);

  const focusedShape = focused ? shapes.find((s) => s.code === focused) : undefined;
  const hoveredShape = hovered ? shapes.find((s) => s.code === hovered) : undefined;
  const readout = hoveredShape ?? focusedShape;

  return (
    <div className="monitor-map">
      <svg
        className="monitor-map__svg"
        viewBox={viewBox}
        role="group"
        aria-labelledby="wijkkaart-titel"
        aria-describedby="wijkkaart-beschrijving"
      >
        <title id="wijkkaart-titel">{title}</title>
        <desc id="wijkkaart-beschrijving">{description}</desc>
        {shapes.map((shape) => (
          <path
            key={shape.code}
            className="monitor-map__area monitor-district__area"
            d={shape.d}
            fill={shape.color}
            data-code={shape.code}
            role="img"
            tabIndex={0}
            aria-label={shape.label}
            onFocus={() => setFocused(shape.code)}
            onBlur={() => setFocused((current) => (current === shape.code ? null : current))}
            onMouseEnter={() => setHovered(shape.code)}
            onMouseLeave={() => setHovered((current) => (current === shape.code ? null : current))}
          />
        ))}
        {hoveredShape && hoveredShape !== focusedShape && (
          <path className="monitor-map__hover" d={hoveredShape.d} aria-hidden="true" />
        )}
        {focusedShape && <path className="monitor-map__focus-ring" d={focusedShape.d} aria-hidden="true" />}
      </svg>
      <p className="monitor-map__readout" aria-hidden="true">
        {readout ? readout.label : '\u00a0'}
      </p>
    </div>
  );
}
