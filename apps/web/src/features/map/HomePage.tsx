import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { Link } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MunicipalitySearch } from '../../app/search/MunicipalitySearch';
import { preloadBoundaries, PROJECTED_BOUNDARIES_URL } from '../../app/geo/preloadBoundaries';
import { MapLegend } from './MapLegend';
import { DEFAULT_LAYER, mapTitles, useMapFigures, type MapFigures, type MapLayerInfo } from './useMapFigures';
import { loadMunicipalityMap, MunicipalityMap } from './landingPrefetch';
import { embeddedBoundaries } from './landingData';
import '../../ui/map/MapPage.css';

// the table only loads when asked for
const MapTable = lazy(() => import('./MapTable').then((m) => ({ default: m.MapTable })));

const GROUPS = ['ESTIMATE', 'RISK_FACTOR', 'VEILIG_THUIS', 'INDICATOR_MEDIAN'] as const;

/** A native select grouped by kind; a figure without published values stays visible, disabled, saying so. */
function LayerChoice({ choices, value, onChange }: { choices: MapLayerInfo[]; value: string; onChange: (key: string) => void }) {
  const id = useId();
  const t = nl.home;
  const unavailable = choices.filter((l) => !l.available);
  return (
    <div className="monitor-home__layer">
      <label htmlFor={`${id}-laag`} className="monitor-home__layer-label">
        {t.layerLabel}
      </label>
      <p id={`${id}-uitleg`} className="monitor-home__layer-description">
        {t.layerDescription}
      </p>
      <Select id={`${id}-laag`} aria-describedby={`${id}-uitleg`} value={value} onChange={(e) => onChange(e.target.value)}>
        {GROUPS.map((group) => {
          const inGroup = choices.filter((l) => l.group === group);
          if (inGroup.length === 0) return null;
          return (
            <optgroup key={group} label={t.layerGroups[group]}>
              {inGroup.map((l) => (
                <option key={l.key} value={l.key} disabled={!l.available}>
                  {l.available ? t.layerOption(l.label, l.unit, l.period) : t.layerUnavailable(l.label)}
                </option>
              ))}
            </optgroup>
          );
        })}
      </Select>
      {unavailable.length > 0 && (
        <ul className="monitor-home__layer-unavailable" aria-label={t.layerUnavailableHeading}>
          {unavailable.map((l) => (
            <li key={l.key}>
              {t.layerUnavailable(l.label)}. {l.unavailableReason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export default function HomePage() {
  useDocumentTitle(nl.home.title);
  const [layerKey, setLayerKey] = useState(DEFAULT_LAYER);
  const { figures, choices, municipalities, loading, error } = useMapFigures(layerKey);
  const [showTable, setShowTable] = useState(false);
  // the map's code and boundaries download while the figures are asked, not after them
  useEffect(() => {
    void loadMunicipalityMap();
    if (embeddedBoundaries() === undefined) preloadBoundaries(PROJECTED_BOUNDARIES_URL);
  }, []);

  return (
    <>
      <Heading level={1}>{nl.home.heading}</Heading>
      <Paragraph purpose="lead">{nl.home.intro}</Paragraph>

      {error && <ErrorMessage />}
      {municipalities && <MunicipalitySearch municipalities={municipalities} />}
      {choices && <LayerChoice choices={choices} value={layerKey} onChange={setLayerKey} />}
      {loading && <LoadingStatus />}
      {figures && <MapSections figures={figures} showTable={showTable} onToggleTable={() => setShowTable((v) => !v)} />}
    </>
  );
}

function MapSections({ figures, showTable, onToggleTable }: { figures: MapFigures; showTable: boolean; onToggleTable: () => void }) {
  const { layer } = figures;
  const { title, description } = mapTitles(figures);
  return (
    <>
      <section aria-labelledby="kaart-kop">
        <Heading level={2} id="kaart-kop">
          {nl.home.mapHeading}
        </Heading>
        <Link className="monitor-skip-map" href="#tabel-sectie">
          {nl.home.skipMap}
        </Link>
        <div className="monitor-home__map-layout">
          <Suspense fallback={<LoadingStatus text={nl.home.mapLoading} />}>
            <MunicipalityMap rows={figures.rows} layer={layer} title={title} description={description} />
          </Suspense>
          <MapLegend legend={figures.legend} missingCount={figures.rows.filter((r) => r.value === null).length} />
        </div>
        <Paragraph className="monitor-home__layer-source">{nl.home.layerSource(layer.source)}</Paragraph>
      </section>

      <section aria-labelledby="tabel-kop" id="tabel-sectie" tabIndex={-1}>
        <Heading level={2} id="tabel-kop">
          {nl.home.tableHeading}
        </Heading>
        <Button aria-expanded={showTable} aria-controls="kaart-tabel" onClick={onToggleTable}>
          {showTable ? nl.home.hideTable : nl.home.showTable}
        </Button>
        <div id="kaart-tabel" hidden={!showTable}>
          {showTable && (
            <Suspense fallback={<LoadingStatus />}>
              <MapTable rows={figures.rows} layer={layer} year={figures.year} />
            </Suspense>
          )}
        </div>
      </section>
    </>
  );
}
