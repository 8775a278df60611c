import { lazy, Suspense, useEffect, useId, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { MunicipalityDistrictsDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { vt } from '../../i18n/nl.veiligThuis';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Link, RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NO_DATA_COLOR } from '../../ui/charts/palette';
import { buildCsv, downloadText } from '../../app/figures/csv';
import { preloadBoundaries } from '../../app/geo/preloadBoundaries';
import { districtBoundariesUrl } from '../../app/geo/useDistrictBoundaries';
import { StatusLegend } from '../../app/figures/StatusLegend';
import { districtLabel, shadeDistricts, type ColourBy, type District, type DistrictShading } from './districtFigures';
import { districtCsv, DistrictTable } from './DistrictTable';
import '../../ui/map/MapPage.css';
import './districts.css';
import '../../app/figures/figures.css';

// d3-geo loads with the map only.
const DistrictMap = lazy(() => import('./DistrictMap'));

export default function DistrictsPage() {
  const code = (useParams().code ?? '').toUpperCase();
  const valid = MUNICIPALITY_CODE_PATTERN.test(code);
  const { data, loading, error } = useQuery(MunicipalityDistrictsDocument, { variables: { code }, skip: !valid });
  const municipality = data?.municipality ?? null;
  // the map's boundaries download beside the figures, not after them
  useEffect(() => {
    if (valid) preloadBoundaries(districtBoundariesUrl(code));
  }, [valid, code]);
  useDocumentTitle(municipality ? vt.districts.title(municipality.name) : loading ? nl.loading : nl.municipality.notFoundTitle);

  if (valid && loading) return <LoadingStatus />;
  if (valid && error) return <ErrorMessage />;
  if (!valid || !municipality) {
    return (
      <>
        <Heading level={1}>{nl.municipality.notFoundTitle}</Heading>
        <Paragraph>{nl.municipality.notFound(code)}</Paragraph>
        <Paragraph>
          <RouterLink to="/">{nl.municipality.backToMap}</RouterLink>
        </Paragraph>
      </>
    );
  }
  const districts = [...(data?.districts ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return <Districts code={municipality.code} name={municipality.name} districts={districts} />;
}

function Districts({ code, name, districts }: { code: string; name: string; districts: District[] }) {
  const t = vt.districts;
  const [by, setBy] = useState<ColourBy>('children');
  const selectId = useId();
  const shading = useMemo(() => shadeDistricts(districts, by), [districts, by]);
  const byLabel = by === 'children' ? t.colourChildren : t.colourEstimate;
  const areas = useMemo(
    () =>
      districts.map((d) => ({
        code: d.code,
        name: d.name,
        label: districtLabel(d, by),
        color: shading.colors.get(d.code) ?? NO_DATA_COLOR,
      })),
    [districts, by, shading],
  );

  return (
    <>
      <Heading level={1}>{t.heading(name)}</Heading>
      <Paragraph purpose="lead">{t.intro}</Paragraph>
      <Paragraph>
        <RouterLink to={`/gemeente/${code}`}>{vt.page.backToMunicipality(name)}</RouterLink>
        {' · '}
        <RouterLink to={`/gemeente/${code}/veilig-thuis`}>{vt.page.heading(name)}</RouterLink>
      </Paragraph>
      {districts.length === 0 ? (
        <Paragraph>{t.none(name)}</Paragraph>
      ) : (
        <>
          <section aria-labelledby="wijkkaart-kop">
            <Heading level={2} id="wijkkaart-kop">
              {t.mapHeading}
            </Heading>
            <FormField inputId={selectId} label={t.colourBy}>
              <Select id={selectId} value={by} onChange={(event) => setBy(event.target.value as ColourBy)}>
                <option value="children">{t.colourChildren}</option>
                <option value="estimate">{t.colourEstimate}</option>
              </Select>
            </FormField>
            <Link className="monitor-skip-map" href="#wijktabel-sectie">
              {t.skipMap}
            </Link>
            <div className="monitor-districts__layout">
              <Suspense fallback={<LoadingStatus text={t.mapLoading} />}>
                <DistrictMap
                  municipalityCode={code}
                  areas={areas}
                  title={t.mapTitle(name, byLabel)}
                  description={t.mapDescription(districts.length)}
                />
              </Suspense>
              <DistrictLegend shading={shading} byLabel={byLabel} />
            </div>
          </section>
          <section aria-labelledby="wijktabel-kop" id="wijktabel-sectie" tabIndex={-1}>
            <Heading level={2} id="wijktabel-kop">
              {t.tableHeading}
            </Heading>
            <DistrictTable name={name} districts={districts} />
            <StatusLegend id="wijk-tekens" />
            <Paragraph>{t.modelNote}</Paragraph>
            <Paragraph className="monitor-vt-source">{vt.districts.source(districts[0]?.source ?? '')}</Paragraph>
            <Button
              aria-label={vt.downloadCsvOf(t.tableHeading)}
              onClick={() => {
                const csv = districtCsv(code, districts);
                downloadText(csv.fileName, buildCsv(csv.header, csv.rows));
              }}
            >
              {vt.downloadCsv}
            </Button>
          </section>
        </>
      )}
    </>
  );
}

function DistrictLegend({ shading, byLabel }: { shading: DistrictShading; byLabel: string }) {
  const t = vt.districts;
  return (
    <div className="monitor-legend">
      <Heading level={3} id="wijklegenda-titel">
        {t.legendHeading}: {byLabel.toLowerCase()}
      </Heading>
      <ul className="monitor-legend__list" aria-labelledby="wijklegenda-titel">
        {shading.legend.map((item) => (
          <li key={item.index} className="monitor-legend__item">
            <span className="monitor-legend__swatch" style={{ backgroundColor: item.color }} aria-hidden="true" />
            {item.label} ({t.legendCount(item.count)})
          </li>
        ))}
        {shading.missingCount > 0 && (
          <li className="monitor-legend__item">
            <span className="monitor-legend__swatch" style={{ backgroundColor: NO_DATA_COLOR }} aria-hidden="true" />
            {t.notShown} ({t.legendCount(shading.missingCount)})
          </li>
        )}
      </ul>
    </div>
  );
}
