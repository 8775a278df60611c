import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { geoMercator, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { nl } from '../../i18n/nl';
import { Button } from '../Button';

const WIDTH = 600;

/** One area of a {@link GeoAreaMap}, matched to a feature by its `statcode`. */
export interface GeoArea {
  code: string;
  /** Sort key: the tab order follows the alphabet, like the tables next to the maps. */
  name: string;
  /** What a screen reader hears on focus and the visual read-out shows. */
  label: string;
  /** A colour or another SVG paint such as `url(#pattern)`. */
  fill: string;
  /** Extra class names besides `${classPrefix}__area`. */
  className?: string;
  /** Marks a hatched "figure withheld" area with `data-withheld="true"`. */
  withheld?: boolean;
  /** Makes the area a link (click or Enter); without it the area is a named image. */
  onActivate?: () => void;
}

export interface GeoAreaMapProps {
  /** The features to fit the map to; those with an entry in `areas` are drawn. */
  collection: FeatureCollection<Geometry, { statcode: string }>;
  areas: readonly GeoArea[];
  title: string;
  description: string;
  /** Prefix of the ids of the title (`-titel`) and description (`-beschrijving`). */
  idPrefix: string;
  height: number;
  /** BEM block of the class names: `__svg`, `__area`, `__hover`, `__focus-ring`, `__readout`. */
  classPrefix?: string;
  /** SVG definitions (e.g. patterns) the areas' fills refer to. */
  defs?: ReactNode;
}

// Path data with full float precision is ~3x larger than needed at this size (and may use exponents).
const roundPath = (d: string | null) => (d ?? '').replace(/-?\d+(?:\.\d+)?(?:e[-+]?\d+)?/gi, (n) => String(Math.round(+n * 10) / 10));

/**
 * An accessible SVG choropleth drawn with d3-geo (no chart library, so the landing route stays
 * small): a mercator projection fitted to the collection, every area focusable and named, a focus
 * ring and hover outline drawn on top, and a visual read-out of the focused or hovered area. On a
 * touch screen there is no hover: the first tap selects an area (outline, read-out and an "open"
 * button), a second tap on it opens it.
 */
export function GeoAreaMap({ collection, areas, title, description, idPrefix, height, classPrefix = 'monitor-map', defs }: GeoAreaMapProps) {
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const { selected, select, pointerDown, tapOrClick } = useTouchSelection();

  const { shapes, viewBox } = useProjectedShapes(collection, areas, height);

  const focusedShape = focused ? shapes.find((s) => s.code === focused) : undefined;
  const hoveredShape = hovered ? shapes.find((s) => s.code === hovered) : undefined;
  const selectedShape = selected ? shapes.find((s) => s.code === selected) : undefined;
  const readout = hoveredShape ?? focusedShape ?? selectedShape;
  const outlined = hoveredShape ?? selectedShape;

  return (
    <div className={classPrefix}>
      <svg
        className={`${classPrefix}__svg`}
        viewBox={viewBox}
        role="group"
        aria-labelledby={`${idPrefix}-titel`}
        aria-describedby={`${idPrefix}-beschrijving`}
      >
        <title id={`${idPrefix}-titel`}>{title}</title>
        <desc id={`${idPrefix}-beschrijving`}>{description}</desc>
        {defs && <defs>{defs}</defs>}
        {shapes.map((shape) => {
          const activate = shape.onActivate;
          return (
            <path
              key={shape.code}
              className={shape.className ? `${classPrefix}__area ${shape.className}` : `${classPrefix}__area`}
              d={shape.d}
              fill={shape.fill}
              data-code={shape.code}
              data-withheld={shape.withheld ? 'true' : undefined}
              role={activate ? 'link' : 'img'}
              tabIndex={0}
              aria-label={shape.label}
              onPointerDown={pointerDown}
              onClick={() => tapOrClick(shape.code, activate)}
              onKeyDown={
                activate &&
                ((event: KeyboardEvent<SVGPathElement>) => {
                  if (event.key === 'Enter') activate();
                })
              }
              onFocus={() => setFocused(shape.code)}
              onBlur={() => setFocused((current) => (current === shape.code ? null : current))}
              onMouseEnter={() => setHovered(shape.code)}
              onMouseLeave={() => setHovered((current) => (current === shape.code ? null : current))}
            />
          );
        })}
        {/* Drawn last so the outline is never hidden under a neighbour. */}
        {outlined && outlined !== focusedShape && <path className={`${classPrefix}__hover`} d={outlined.d} aria-hidden="true" />}
        {focusedShape && <path className={`${classPrefix}__focus-ring`} d={focusedShape.d} aria-hidden="true" />}
      </svg>
      {/* Visual read-out for mouse users; screen readers get the same text from each area's label. */}
      <p className={`${classPrefix}__readout`} aria-hidden="true">
        {readout ? readout.label : '\u00a0'}
      </p>
      {selectedShape?.onActivate && (
        <div className="monitor-actions">
          <Button appearance="primary-action-button" onClick={selectedShape.onActivate}>
            {nl.mapSelection.open(selectedShape.name)}
          </Button>
          <Button onClick={() => select(null)}>{nl.mapSelection.clear}</Button>
        </div>
      )}
    </div>
  );
}

/**
 * The areas as SVG paths (mercator, fitted to the collection), in alphabetical order, and the view
 * box around them. The projection runs once per collection: a new layer or label only recolours.
 */
function useProjectedShapes(collection: GeoAreaMapProps['collection'], areas: readonly GeoArea[], height: number) {
  const { pathByCode, viewBox } = useMemo(() => projectCollection(collection, height), [collection, height]);
  const shapes = useMemo(
    () =>
      areas
        .flatMap((area) => {
          const d = pathByCode.get(area.code);
          return d === undefined ? [] : [{ ...area, d }];
        })
        .sort((a, b) => collator.compare(a.name, b.name)),
    [areas, pathByCode],
  );
  return { shapes, viewBox };
}

// one collator for every comparison (localeCompare with a locale builds one per call)
const collator = new Intl.Collator('nl');

function projectCollection(collection: GeoAreaMapProps['collection'], height: number) {
  const path = geoPath(geoMercator().fitSize([WIDTH, height], collection));
  const pathByCode = new Map(collection.features.map((f) => [f.properties.statcode, roundPath(path(f))]));
  if (collection.features.length === 0) return { pathByCode, viewBox: `0 0 ${WIDTH} ${height}` };
  const [[x0, y0], [x1, y1]] = path.bounds(collection);
  return { pathByCode, viewBox: [x0 - 2, y0 - 2, x1 - x0 + 4, y1 - y0 + 4].map((n) => n.toFixed(1)).join(' ') };
}

/**
 * Tells a tap from a mouse click. A mouse click opens the area at once (the hover already showed
 * what it is); a tap first selects it, because a finger has no hover and small areas are easily
 * missed. A second tap on the selected area opens it.
 */
function useTouchSelection() {
  const [selected, select] = useState<string | null>(null);
  const pointerType = useRef('mouse');
  return {
    selected,
    select,
    pointerDown: (event: PointerEvent<SVGPathElement>) => {
      pointerType.current = event.pointerType;
    },
    tapOrClick: (code: string, activate: (() => void) | undefined) => {
      const tapped = pointerType.current === 'touch' || pointerType.current === 'pen';
      pointerType.current = 'mouse';
      if (tapped && selected !== code) {
        select(code);
        return;
      }
      activate?.();
    },
  };
}
