import { memo, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type PointerEvent, type ReactNode } from 'react';
import { nl } from '../../i18n/nl';
import { Button } from '../Button';

/** One area of a map, matched to its path by `code`. */
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

/** Areas already projected: SVG path data by area code and the view box around them. */
export interface ProjectedPaths {
  pathByCode: ReadonlyMap<string, string>;
  viewBox: string;
}

export interface AreaPathsMapProps {
  projected: ProjectedPaths;
  /** The areas to draw (those with a path in `projected`). */
  areas: readonly GeoArea[];
  title: string;
  description: string;
  /** Prefix of the ids of the title (`-titel`) and description (`-beschrijving`). */
  idPrefix: string;
  /** BEM block of the class names: `__svg`, `__area`, `__hover`, `__focus-ring`, `__readout`. */
  classPrefix?: string;
  /** SVG definitions (e.g. patterns) the areas' fills refer to. */
  defs?: ReactNode;
}

type Shape = GeoArea & { d: string };

/**
 * An accessible SVG choropleth of projected areas: every area focusable and named, a focus ring and
 * hover outline drawn on top, and a visual read-out of the focused or hovered area. On a touch
 * screen there is no hover: the first tap selects an area (outline, read-out and an "open" button),
 * a second tap on it opens it. The areas' events are handled once on the SVG, so hovering or focusing
 * does not render the hundreds of paths again.
 */
export function AreaPathsMap({ projected, areas, title, description, idPrefix, classPrefix = 'monitor-map', defs }: AreaPathsMapProps) {
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const { selected, select, pointerDown, tapOrClick } = useTouchSelection();
  const shapes = useShapes(projected.pathByCode, areas);
  const byCode = useMemo(() => new Map(shapes.map((s) => [s.code, s])), [shapes]);
  const shapeOf = (target: EventTarget) => byCode.get((target as Element).getAttribute?.('data-code') ?? '');

  const focusedShape = focused ? byCode.get(focused) : undefined;
  const selectedShape = selected ? byCode.get(selected) : undefined;
  const outlined = (hovered ? byCode.get(hovered) : undefined) ?? selectedShape;
  const readout = (hovered ? byCode.get(hovered) : undefined) ?? focusedShape ?? selectedShape;

  return (
    <div className={classPrefix}>
      <svg
        className={`${classPrefix}__svg`}
        viewBox={projected.viewBox}
        role="group"
        aria-labelledby={`${idPrefix}-titel`}
        aria-describedby={`${idPrefix}-beschrijving`}
        onPointerDown={pointerDown}
        onClick={(event: MouseEvent<SVGSVGElement>) => {
          const shape = shapeOf(event.target);
          if (shape) tapOrClick(shape.code, shape.onActivate);
        }}
        onKeyDown={(event: KeyboardEvent<SVGSVGElement>) => {
          if (event.key === 'Enter') shapeOf(event.target)?.onActivate?.();
        }}
        onFocus={(event: FocusEvent<SVGSVGElement>) => setFocused(shapeOf(event.target)?.code ?? null)}
        onBlur={(event: FocusEvent<SVGSVGElement>) => {
          const code = shapeOf(event.target)?.code;
          setFocused((current) => (current === code ? null : current));
        }}
        onMouseOver={(event: MouseEvent<SVGSVGElement>) => setHovered(shapeOf(event.target)?.code ?? null)}
        onMouseLeave={() => setHovered(null)}
      >
        <title id={`${idPrefix}-titel`}>{title}</title>
        <desc id={`${idPrefix}-beschrijving`}>{description}</desc>
        {defs && <defs>{defs}</defs>}
        <AreaPaths shapes={shapes} classPrefix={classPrefix} />
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

/** The areas' paths; rendered again only when the areas change (not on hover or focus). */
const AreaPaths = memo(function AreaPaths({ shapes, classPrefix }: { shapes: Shape[]; classPrefix: string }) {
  return shapes.map((shape) => (
    <path
      key={shape.code}
      className={shape.className ? `${classPrefix}__area ${shape.className}` : `${classPrefix}__area`}
      d={shape.d}
      fill={shape.fill}
      data-code={shape.code}
      data-withheld={shape.withheld ? 'true' : undefined}
      role={shape.onActivate ? 'link' : 'img'}
      tabIndex={0}
      aria-label={shape.label}
    />
  ));
});

// one collator for every comparison (localeCompare with a locale builds one per call)
const collator = new Intl.Collator('nl');

/** The areas that have a path, with it, in alphabetical order. */
function useShapes(pathByCode: ReadonlyMap<string, string>, areas: readonly GeoArea[]): Shape[] {
  return useMemo(
    () =>
      areas
        .flatMap((area) => {
          const d = pathByCode.get(area.code);
          return d === undefined ? [] : [{ ...area, d }];
        })
        .sort((a, b) => collator.compare(a.name, b.name)),
    [areas, pathByCode],
  );
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
    pointerDown: (event: PointerEvent<SVGSVGElement>) => {
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
