import { useMemo } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { GeoAreaMap, type GeoArea } from '../../ui/map/GeoAreaMap';
import { useBoundaries, type MunicipalityProperties } from '../../app/geo/useBoundaries';
import './benchmark.css';

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

interface AreaMapProps {
  id: string;
  url: string;
  areas: MapArea[];
  /** Draw only the listed areas (e.g. the members of an agreement), fitted to them. */
  onlyListed?: boolean;
  title: string;
  description: string;
}

/**
 * A map of regions (or of some municipalities) from a TopoJSON boundary file, drawn with the same
 * geo map as the municipality map. Every area is focusable and carries its name and figure as
 * aria-label; a visible read-out repeats the focused or hovered area's text.
 */
export function AreaMap({ url, ...props }: AreaMapProps) {
  const boundaries = useBoundaries(url);
  if (boundaries.status === 'loading') return <LoadingStatus text={nlBenchmark.detail.mapLoading} />;
  if (boundaries.status === 'error') return <ErrorMessage text={nlBenchmark.detail.mapError} />;
  return <BenchmarkAreas {...props} collection={boundaries.collection} />;
}

function BenchmarkAreas({
  id,
  areas,
  onlyListed = false,
  title,
  description,
  collection,
}: Omit<AreaMapProps, 'url'> & { collection: FeatureCollection<Geometry, MunicipalityProperties> }) {
  const patternId = `${id}-niet-getoond`;
  const byCode = useMemo(() => new Map(areas.map((a) => [a.code, a])), [areas]);
  const shown = useMemo<FeatureCollection<Geometry, MunicipalityProperties>>(
    () => (onlyListed ? { ...collection, features: collection.features.filter((f) => byCode.has(f.properties.statcode)) } : collection),
    [collection, onlyListed, byCode],
  );
  const drawn = useMemo(
    () =>
      shown.features.map(({ properties: { statcode: code, statnaam } }): GeoArea => {
        const area = byCode.get(code);
        const color = area ? area.color : null;
        return {
          code,
          name: area?.name ?? statnaam,
          label: area?.label ?? `${statnaam}: ${nlBenchmark.withheld('NO_DATA')}`,
          fill: color ?? `url(#${patternId})`,
          withheld: color === null,
        };
      }),
    [shown, byCode, patternId],
  );

  return (
    <GeoAreaMap
      collection={shown}
      areas={drawn}
      title={title}
      description={description}
      idPrefix={id}
      height={700}
      classPrefix="monitor-area-map"
      defs={
        <pattern id={patternId} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={WITHHELD_PATTERN_FILL} />
          <line x1="0" y1="0" x2="0" y2="6" stroke={WITHHELD_PATTERN_STROKE} strokeWidth="2" />
        </pattern>
      }
    />
  );
}
