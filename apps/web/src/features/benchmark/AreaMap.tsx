import { useMemo, useState } from 'react';
import { Container } from '@nivo/core';
import { projectionById, useGeoMap } from '@nivo/geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { ErrorMessage } from '../layout/ErrorMessage';
import { LoadingStatus } from '../layout/LoadingStatus';
import { useBoundaries, type MunicipalityProperties } from '../map/useBoundaries';
import './benchmark.css';

const WIDTH = 600;
const HEIGHT = 700;
export const WITHHELD_PATTERN_FILL = '#e6e6e6';
export const WITHHELD_PATTERN_STROKE = '#6b6b6b';

export interface MapArea {
  code: string;
  name: string;
  /** What a screen reader hears and the read-out shows: name and figure, or why it is withheld. */
  label: string;
  /** A colour, or null for "withheld": grey with hatching (never colour alone). */
  color: string | null;
}

/**
 * A map of regions (or of some municipalities) from a TopoJSON boundary file, drawn with nivo's geo
 * helpers as in the municipality map. Every area is focusable and carries its name and figure as
 * aria-label; a visible read-out repeats the focused or hovered area's text.
 */
export function AreaMap({
  id,
  url,
  areas,
  onlyListed = false,
  title,
  description,
}: {
  id: string;
  url: string;
  areas: MapArea[];
  /** Draw only the listed areas (e.g. the members of an agreement), fitted to them. */
  onlyListed?: boolean;
  title: string;
  description: string;
}) {
  const boundaries = useBoundaries(url);
  if (boundaries.status === 'loading') return <LoadingStatus text={nlBenchmark.detail.mapLoading} />;
  if (boundaries.status === 'error') return <ErrorMessage text={nlBenchmark.detail.mapError} />;
  return (
    <Container animate={false} isInteractive={false} renderWrapper={false}>
      <AreaSvg id={id} areas={areas} onlyListed={onlyListed} title={title} description={description} collection={boundaries.collection} />
    </Container>
  );
}

const roundPath = (d: string | null) => (d ?? '').replace(/-?\d+\.\d+/g, (n) => (+n).toFixed(1));

function AreaSvg({
  id,
  areas,
  onlyListed,
  title,
  description,
  collection,
}: {
  id: string;
  areas: MapArea[];
  onlyListed: boolean;
  title: string;
  description: string;
  collection: FeatureCollection<Geometry, MunicipalityProperties>;
}) {
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const byCode = useMemo(() => new Map(areas.map((a) => [a.code, a])), [areas]);
  const shown = useMemo<FeatureCollection<Geometry, MunicipalityProperties>>(
    () => (onlyListed ? { ...collection, features: collection.features.filter((f) => byCode.has(f.properties.statcode)) } : collection),
    [collection, onlyListed, byCode],
  );

  const fit = useMemo(() => {
    const projection = projectionById.mercator().fitSize([WIDTH, HEIGHT], shown);
    const [x, y] = projection.translate();
    return { scale: projection.scale(), translation: [x / WIDTH, y / HEIGHT] as [number, number] };
  }, [shown]);

  const { path } = useGeoMap({
    width: WIDTH,
    height: HEIGHT,
    projectionType: 'mercator',
    projectionScale: fit.scale,
    projectionTranslation: fit.translation,
    projectionRotation: [0, 0, 0],
    fillColor: WITHHELD_PATTERN_FILL,
    borderWidth: 0.5,
    borderColor: '#ffffff',
  });

  const drawn = useMemo(
    () =>
      shown.features
        .map((f) => {
          const code = f.properties.statcode;
          const area = byCode.get(code);
          return {
            code,
            name: area?.name ?? f.properties.statnaam,
            label: area?.label ?? `${f.properties.statnaam}: ${nlBenchmark.withheld('NO_DATA')}`,
            color: area ? area.color : null,
            d: roundPath(path(f)),
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    [shown, byCode, path],
  );

  const viewBox = useMemo(() => {
    if (shown.features.length === 0) return `0 0 ${WIDTH} ${HEIGHT}`;
    const [[x0, y0], [x1, y1]] = path.bounds(shown);
    return [x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4].map((n) => n.toFixed(1)).join(' ');
  }, [path, shown]);

  const focusedArea = focused ? drawn.find((a) => a.code === focused) : undefined;
  const hoveredArea = hovered ? drawn.find((a) => a.code === hovered) : undefined;
  const readout = hoveredArea ?? focusedArea;
  const patternId = `${id}-niet-getoond`;

  return (
    <div className="monitor-area-map">
      <svg className="monitor-area-map__svg" viewBox={viewBox} role="group" aria-labelledby={`${id}-titel`} aria-describedby={`${id}-beschrijving`}>
        <title id={`${id}-titel`}>{title}</title>
        <desc id={`${id}-beschrijving`}>{description}</desc>
        <defs>
          <pattern id={patternId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={WITHHELD_PATTERN_FILL} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={WITHHELD_PATTERN_STROKE} strokeWidth="2" />
          </pattern>
        </defs>
        {drawn.map((area) => (
          <path
            key={area.code}
            className="monitor-area-map__area"
            d={area.d}
            fill={area.color ?? `url(#${patternId})`}
            data-code={area.code}
            data-withheld={area.color === null ? 'true' : undefined}
            role="img"
            tabIndex={0}
            aria-label={area.label}
            onFocus={() => setFocused(area.code)}
            onBlur={() => setFocused((current) => (current === area.code ? null : current))}
            onMouseEnter={() => setHovered(area.code)}
            onMouseLeave={() => setHovered((current) => (current === area.code ? null : current))}
          />
        ))}
        {hoveredArea && hoveredArea !== focusedArea && <path className="monitor-area-map__hover" d={hoveredArea.d} aria-hidden="true" />}
        {focusedArea && <path className="monitor-area-map__focus-ring" d={focusedArea.d} aria-hidden="true" />}
      </svg>
      <p className="monitor-area-map__readout" aria-hidden="true">
        {readout ? readout.label : '\u00a0'}
      </p>
    </div>
  );
}
