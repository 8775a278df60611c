import { lazy, Suspense, useState } from 'react';
import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { Link } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { MunicipalitySearch } from '../../app/search/MunicipalitySearch';
import { MapLegend } from './MapLegend';
import { MapTable } from './MapTable';
import { useMapFigures } from './useMapFigures';
import '../../ui/map/MapPage.css';

// nivo and topojson-client stay out of this chunk; they load with the map.
const MunicipalityMap = lazy(() => import('./MunicipalityMap'));

export default function HomePage() {
  useDocumentTitle(nl.home.title);
  const { figures, loading, error } = useMapFigures();
  const [showTable, setShowTable] = useState(false);

  return (
    <>
      <Heading level={1}>{nl.home.heading}</Heading>
      <Paragraph purpose="lead">{nl.home.intro}</Paragraph>

      {loading && <LoadingStatus />}
      {error && <ErrorMessage />}
      {figures && (
        <>
          <MunicipalitySearch municipalities={figures.rows} />

          <section aria-labelledby="kaart-kop">
            <Heading level={2} id="kaart-kop">
              {nl.home.mapHeading}
            </Heading>
            <Link className="monitor-skip-map" href="#tabel-sectie">
              {nl.home.skipMap}
            </Link>
            <div className="monitor-home__map-layout">
              <Suspense fallback={<LoadingStatus text={nl.home.mapLoading} />}>
                <MunicipalityMap rows={figures.rows} title={nl.home.mapTitle} description={nl.home.mapDescription(figures.year)} />
              </Suspense>
              <MapLegend legend={figures.legend} missingCount={figures.rows.filter((r) => r.value === null).length} />
            </div>
          </section>

          <section aria-labelledby="tabel-kop" id="tabel-sectie" tabIndex={-1}>
            <Heading level={2} id="tabel-kop">
              {nl.home.tableHeading}
            </Heading>
            <Button aria-expanded={showTable} aria-controls="kaart-tabel" onClick={() => setShowTable((v) => !v)}>
              {showTable ? nl.home.hideTable : nl.home.showTable}
            </Button>
            <div id="kaart-tabel" hidden={!showTable}>
              {showTable && <MapTable rows={figures.rows} year={figures.year} />}
            </div>
          </section>
        </>
      )}
    </>
  );
}
