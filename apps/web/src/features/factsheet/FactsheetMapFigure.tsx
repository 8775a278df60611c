import { useMemo } from 'react';
import type { FeatureCollection, Geometry } from 'geojson';
import type { MunicipalityProperties } from '../../app/geo/useBoundaries';
import { nlFactsheet } from '../../i18n/nl.factsheet';
import { classColors, MAX_CLASSES, NO_DATA_COLOR } from '../../ui/charts/palette';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { GeoAreaMap, type GeoArea } from '../../ui/map/GeoAreaMap';
import { LoadingStatus } from '../../ui/LoadingStatus';
import type { FactsheetBlock } from './FactsheetBlockSection';
import '../../ui/map/GeoAreaMap.css';
import '../../ui/map/MapPage.css';

const t = nlFactsheet.map;

export type Boundaries =
  { status: 'loading' } | { status: 'error' } | { status: 'ready'; collection: FeatureCollection<Geometry, MunicipalityProperties> };

interface LegendClass {
  color: string;
  low: number;
  high: number;
  count: number;
}

/** Up to five classes of (about) equal numbers of municipalities, light to dark. */
export function quantileClasses(values: number[]): LegendClass[] {
  const sorted = [...values].sort((a, b) => a - b);
  const count = Math.min(MAX_CLASSES, new Set(sorted).size);
  if (count === 0) return [];
  const colors = classColors(count);
  const classes: LegendClass[] = [];
  for (let i = 0; i < count; i++) {
    const part = sorted.slice(Math.floor((i * sorted.length) / count), Math.floor(((i + 1) * sorted.length) / count));
    if (part.length > 0) classes.push({ color: colors[i], low: part[0], high: part.at(-1)!, count: part.length });
  }
  return classes;
}

const colorOf = (classes: LegendClass[], value: number | null) =>
  value === null ? NO_DATA_COLOR : (classes.find((c) => value <= c.high)?.color ?? classes.at(-1)?.color ?? NO_DATA_COLOR);

/** A map-layer block as a choropleth of the municipalities with a text legend; the table next to it holds every value. */
export function FactsheetMapFigure({
  block,
  id,
  boundaries,
  shown,
}: {
  block: FactsheetBlock;
  id: string;
  boundaries: Boundaries;
  shown: (v: number) => string;
}) {
  const classes = useMemo(() => quantileClasses(block.figures.flatMap((f) => (f.value === null ? [] : [f.value]))), [block.figures]);
  const areas = useMemo(
    () =>
      block.figures.map((figure): GeoArea => ({
        code: figure.key,
        name: figure.label,
        label: t.areaLabel(figure.label, figure.value === null ? t.noValue : `${shown(figure.value)} ${block.unit}`),
        fill: colorOf(classes, figure.value),
        withheld: figure.value === null,
      })),
    [block, classes, shown],
  );
  if (boundaries.status === 'loading') return <LoadingStatus text={t.loading} />;
  if (boundaries.status === 'error') return <ErrorMessage text={t.error} />;
  const missing = block.figures.filter((f) => f.value === null).length;
  return (
    <>
      <GeoAreaMap
        collection={boundaries.collection}
        areas={areas}
        title={nlFactsheet.page.chartTitle(block.title, block.unit)}
        description={t.description(block.title)}
        idPrefix={`${id}-kaart`}
        height={560}
      />
      <ul className="monitor-legend__list" aria-label={t.legend(block.unit)}>
        {classes.map((c) => (
          <li key={c.color} className="monitor-legend__item">
            <span className="monitor-legend__swatch" style={{ backgroundColor: c.color }} aria-hidden="true" />
            {t.legendClass(shown(c.low), shown(c.high), c.count)}
          </li>
        ))}
        {missing > 0 && (
          <li className="monitor-legend__item">
            <span className="monitor-legend__swatch" style={{ backgroundColor: NO_DATA_COLOR }} aria-hidden="true" />
            {t.legendMissing(missing)}
          </li>
        )}
      </ul>
    </>
  );
}
