import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { NO_DATA_COLOR } from '../../ui/charts/palette';
import type { MapFigures } from './useMapFigures';

/** Class breaks as text, with the colour swatch as a visual aid only. */
export function MapLegend({ legend, missingCount }: { legend: MapFigures['legend']; missingCount: number }) {
  return (
    <div className="monitor-legend">
      <Heading level={3} id="legenda-titel">
        {nl.home.legendHeading}
      </Heading>
      <ul className="monitor-legend__list" aria-labelledby="legenda-titel">
        {legend.map((item) => (
          <li key={item.index} className="monitor-legend__item">
            <span className="monitor-legend__swatch" style={{ backgroundColor: item.color }} aria-hidden="true" />
            {item.label} ({nl.home.legendCount(item.count)})
          </li>
        ))}
        {missingCount > 0 && (
          <li className="monitor-legend__item">
            <span className="monitor-legend__swatch" style={{ backgroundColor: NO_DATA_COLOR }} aria-hidden="true" />
            {nl.noData} ({nl.home.legendCount(missingCount)})
          </li>
        )}
      </ul>
    </div>
  );
}
