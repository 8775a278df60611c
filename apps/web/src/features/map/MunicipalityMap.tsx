import { useMemo, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { Container } from '@nivo/core';
import { projectionById, useGeoMap } from '@nivo/geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { nl } from '../../i18n/nl';
import { ErrorMessage } from '../layout/ErrorMessage';
import { LoadingStatus } from '../layout/LoadingStatus';
import { NO_DATA_COLOR } from './palette';
import { useBoundaries, type MunicipalityProperties } from './useBoundaries';
import type { MapRow } from './useMapFigures';
import './MunicipalityMap.css';

const WIDTH = 600;
const HEIGHT = 720;

interface MunicipalityMapProps {
  rows: MapRow[];
  title: string;
  description: string;
}

/** Choropleth of all municipalities; each area is a keyboard-operable link to its page. */
export default function MunicipalityMap(props: MunicipalityMapProps) {
  const boundaries = useBoundaries();
  if (boundaries.status === 'loading') return <LoadingStatus text={nl.home.mapLoading} />;
  if (boundaries.status === 'error') return <ErrorMessage text={nl.home.mapError} />;
  return (
    // nivo's helpers read their theme from this container.
    <Container animate={false} isInteractive={false} renderWrapper={false}>
      <MapSvg {...props} collection={boundaries.collection} />
    </Container>
  );
}

// Path data with full float precision is ~3x larger than needed at this size.
const roundPath = (d: string | null) => (d ?? '').replace(/-?\d+\.\d+/g, (n) => (+n).toFixed(1));

function MapSvg({
  rows,
  title,
  description,
  collection,
}: MunicipalityMapProps & { collection: FeatureCollection<Geometry, MunicipalityProperties> }) {
  const navigate = useNavigate();
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const byCode = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);

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

  const areas = useMemo(
    () =>
      collection.features
        .map((f) => {
          const code = f.properties.statcode;
          const row = byCode.get(code);
          const name = row?.name ?? f.properties.statnaam;
          const value = row?.value ?? null;
          return { code, name, value, color: row?.color ?? NO_DATA_COLOR, d: roundPath(path(f)) };
        })
        // Tab order follows the alphabet, like the table.
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [collection, byCode, path],
  );

  const viewBox = useMemo(() => {
    const [[x0, y0], [x1, y1]] = path.bounds(collection);
    return [x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4].map((n) => n.toFixed(1)).join(' ');
  }, [path, collection]);

  const focusedArea = focused ? areas.find((a) => a.code === focused) : undefined;
  const hoveredArea = hovered ? areas.find((a) => a.code === hovered) : undefined;
  const readout = hoveredArea ?? focusedArea;
  const open = (code: string) => navigate(`/gemeente/${code}`);

  return (
    <div className="monitor-map">
      <svg
        className="monitor-map__svg"
        viewBox={viewBox}
        role="group"
        aria-labelledby="kaart-titel"
        aria-describedby="kaart-beschrijving"
      >
        <title id="kaart-titel">{title}</title>
        <desc id="kaart-beschrijving">{description}</desc>
        {areas.map((area) => (
          <path
            key={area.code}
            className="monitor-map__area"
            d={area.d}
            fill={area.color}
            data-code={area.code}
            role="link"
            tabIndex={0}
            aria-label={nl.areaLabel(area.name, area.value)}
            onClick={() => open(area.code)}
            onKeyDown={(event: KeyboardEvent<SVGPathElement>) => {
              if (event.key === 'Enter') open(area.code);
            }}
            onFocus={() => setFocused(area.code)}
            onBlur={() => setFocused((current) => (current === area.code ? null : current))}
            onMouseEnter={() => setHovered(area.code)}
            onMouseLeave={() => setHovered((current) => (current === area.code ? null : current))}
          />
        ))}
        {/* Drawn last so the outline is never hidden under a neighbour. */}
        {hoveredArea && hoveredArea !== focusedArea && (
          <path className="monitor-map__hover" d={hoveredArea.d} aria-hidden="true" />
        )}
        {focusedArea && <path className="monitor-map__focus-ring" d={focusedArea.d} aria-hidden="true" />}
      </svg>
      {/* Visual read-out for mouse users; screen readers get the same text from each area's name. */}
      <p className="monitor-map__readout" aria-hidden="true">
        {readout ? nl.areaLabel(readout.name, readout.value) : '\u00a0'}
      </p>
    </div>
  );
}
