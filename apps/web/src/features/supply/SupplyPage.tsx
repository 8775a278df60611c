import { lazy, Suspense, useEffect, useMemo } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { SupplyAnalysisPageDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { supplyText as t } from '../../i18n/nl.supply';
import { Alert } from '../../ui/Alert';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { Link, RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { preloadBoundaries } from '../../app/geo/preloadBoundaries';
import { districtBoundariesUrl } from '../../app/geo/useDistrictBoundaries';
import { CareOfferForm } from './CareOfferForm';
import { OfferTable } from './OfferTable';
import { COVERAGE_COLORS, coverageClass, type Analysis } from './supplyFigures';
import { DistrictSupplyTable, ExpectedUseTable, GapList, SupplyHeading, TargetGroupTable } from './SupplyTables';
import '../../ui/map/MapPage.css';
import '../../app/figures/figures.css';
import './supply.css';

// nivo's geo helpers load with the map only.
const SupplyMap = lazy(() => import('./SupplyMap'));

export default function SupplyPage() {
  return (
    <RequireSignIn>
      <SupplyLoader />
    </RequireSignIn>
  );
}

function SupplyLoader() {
  const code = (useParams().code ?? '').toUpperCase();
  const valid = MUNICIPALITY_CODE_PATTERN.test(code);
  const { data, loading, error } = useQuery(SupplyAnalysisPageDocument, { variables: { code }, skip: !valid });
  const { me } = useSession();
  // the map's boundaries download beside the figures, not after them
  useEffect(() => {
    if (valid) preloadBoundaries(districtBoundariesUrl(code));
  }, [valid, code]);
  const name = data?.municipality?.name ?? code;
  useDocumentTitle(data ? t.title(name) : loading ? nl.loading : nl.municipality.notFoundTitle);
  // a refetch after a save keeps the page (and the form's confirmation) on screen
  if (valid && loading && !data) return <LoadingStatus />;
  if (!valid || error || !data?.municipality) return error && valid ? <ErrorMessage /> : <Paragraph>{nl.municipality.notFound(code)}</Paragraph>;
  const canEdit = me?.role === 'MUNICIPAL_EDITOR' && me.municipality?.code === code;
  return <Supply code={code} name={name} analysis={data.supplyAnalysis} interventions={data.interventions} canEdit={canEdit} />;
}

type SupplyProps = {
  code: string;
  name: string;
  analysis: Analysis;
  interventions: Parameters<typeof CareOfferForm>[0]['interventions'];
  canEdit: boolean;
};

function Supply({ code, name, analysis, interventions, canEdit }: SupplyProps) {
  const districts = useMemo(() => [...analysis.districts].sort((a, b) => a.name.localeCompare(b.name, 'nl')), [analysis.districts]);
  const sorted = { ...analysis, districts };
  return (
    <>
      <Heading level={1}>{t.heading(name)}</Heading>
      <Paragraph purpose="lead">{t.intro}</Paragraph>
      <Paragraph>
        <RouterLink to={`/gemeente/${code}/wijken`}>{t.backToDistricts}</RouterLink>
      </Paragraph>
      <Paragraph>
        <RouterLink to="/aanbod/catalogus">{t.toCatalogue}</RouterLink>
      </Paragraph>
      {analysis.offers.some((o) => o.isDemo) && <Alert type="warning">{t.demoNotice}</Alert>}
      {districts.length === 0 ? <Paragraph>{t.noDistricts(name)}</Paragraph> : <CoverageSections code={code} name={name} analysis={sorted} />}
      <section aria-labelledby="aanbod-kop">
        <SupplyHeading id="aanbod-kop">{t.offersHeading}</SupplyHeading>
        <OfferTable name={name} code={code} offers={analysis.offers} districtCount={districts.length} canEdit={canEdit} />
      </section>
      {canEdit && (
        <section aria-labelledby="aanbod-nieuw-kop">
          <SupplyHeading id="aanbod-nieuw-kop">{t.formHeading}</SupplyHeading>
          <CareOfferForm code={code} interventions={interventions} districts={districts} />
        </section>
      )}
      <section aria-labelledby="verwacht-kop">
        <SupplyHeading id="verwacht-kop">{t.expectedHeading}</SupplyHeading>
        <ExpectedUseTable name={name} analysis={analysis} />
      </section>
      <section aria-labelledby="methode-kop">
        <SupplyHeading id="methode-kop">{t.methodHeading}</SupplyHeading>
        <Paragraph>{analysis.method}</Paragraph>
        <Paragraph>{analysis.thresholds.explanation}</Paragraph>
      </section>
    </>
  );
}

function CoverageSections({ code, name, analysis }: { code: string; name: string; analysis: Analysis }) {
  const threshold = analysis.thresholds.capacityShareOfNeed;
  const areas = analysis.districts.map((d) => ({
    code: d.code,
    name: d.name,
    label: t.areaLabel(d.name, d.capacityPercentOfNeed),
    color: COVERAGE_COLORS[coverageClass(d.capacityPercentOfNeed, threshold)],
  }));
  const legend = [
    ['below', t.classes.below(threshold)],
    ['partly', t.classes.partly(threshold)],
    ['enough', t.classes.enough],
    ['unknown', t.classes.unknown],
  ] as const;
  return (
    <>
      <section aria-labelledby="hiaten-kop">
        <SupplyHeading id="hiaten-kop">{t.gapsHeading}</SupplyHeading>
        <GapList analysis={analysis} />
      </section>
      <section aria-labelledby="aanbodkaart-kop">
        <SupplyHeading id="aanbodkaart-kop">{t.mapHeading}</SupplyHeading>
        <Link className="monitor-skip-map" href="#aanbodtabel-sectie">
          {t.skipMap}
        </Link>
        <div className="monitor-supply__layout">
          <Suspense fallback={<LoadingStatus text={t.mapLoading} />}>
            <SupplyMap municipalityCode={code} areas={areas} title={t.mapTitle(name)} description={t.mapDescription(areas.length)} />
          </Suspense>
          <div className="monitor-legend">
            <Heading level={3} id="aanbodlegenda-titel">
              {t.legendHeading}
            </Heading>
            <ul className="monitor-legend__list" aria-labelledby="aanbodlegenda-titel">
              {legend.map(([key, label]) => (
                <li key={key} className="monitor-legend__item">
                  <span className="monitor-legend__swatch" style={{ backgroundColor: COVERAGE_COLORS[key] }} aria-hidden="true" />
                  {label}
                </li>
              ))}
            </ul>
          </div>
        </div>
      </section>
      <section aria-labelledby="aanbodtabel-kop" id="aanbodtabel-sectie" tabIndex={-1}>
        <SupplyHeading id="aanbodtabel-kop">{t.tableHeading}</SupplyHeading>
        <DistrictSupplyTable name={name} analysis={analysis} />
        <Paragraph>{t.youthCareNote}</Paragraph>
        <SupplyHeading id="doelgroep-kop">{t.targetHeading}</SupplyHeading>
        <TargetGroupTable analysis={analysis} />
      </section>
    </>
  );
}
