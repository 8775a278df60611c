import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import {
  DistrictCountDocument,
  MunicipalityEstimateDocument,
  VeiligThuisFiguresDocument,
  type VeiligThuisFiguresQuery,
} from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { vt } from '../../i18n/nl.veiligThuis';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { EstimateCard } from '../../app/figures/EstimateCard';
import { AllFiguresSection } from './AllFiguresSection';
import { BreakdownSection, breakdownsOf } from './BreakdownSection';
import { CategorySection } from './CategorySection';
import { CompareSection, compareRows } from './CompareSection';
import { SeriesSection } from './SeriesSection';
import { AARD_CATEGORIES, AARD_TABLE, ADVIEZEN, latestPeriod, MELDINGEN, NATION, useStatistics } from './useVeiligThuis';
import '../../app/figures/figures.css';

export default function VeiligThuisPage() {
  const code = (useParams().code ?? '').toUpperCase();
  const valid = MUNICIPALITY_CODE_PATTERN.test(code);
  const figures = useQuery(VeiligThuisFiguresDocument, { variables: { code }, skip: !valid });
  const area = figures.data?.veiligThuisFigures ?? null;
  const notFound = !valid || (!figures.loading && !figures.error && figures.data !== undefined && area === null);
  const name = area?.municipalityName ?? null;
  useDocumentTitle(name ? vt.page.title(name) : notFound ? nl.municipality.notFoundTitle : nl.loading);

  if (valid && figures.loading) return <LoadingStatus />;
  if (valid && figures.error) return <ErrorMessage />;
  if (notFound || !area || !name) {
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
  return <VeiligThuisContent code={code} name={name} area={area} />;
}

type Area = NonNullable<VeiligThuisFiguresQuery['veiligThuisFigures']>;

function VeiligThuisContent({ code, name, area }: { code: string; name: string; area: Area }) {
  const estimate = useQuery(MunicipalityEstimateDocument, { variables: { code } });
  const districts = useQuery(DistrictCountDocument, { variables: { code } });
  const figures = area.figures;
  const adviezen = useMemo(() => figures.filter((f) => f.measure === ADVIEZEN && f.isTotal), [figures]);
  const meldingen = useMemo(() => figures.filter((f) => f.measure === MELDINGEN && f.isTotal), [figures]);
  const period = latestPeriod([...adviezen, ...meldingen]);
  // The same period for the region and Nederland as for the area shown.
  const areas = [...new Set([area.areaCode, ...(area.regionCode ? [area.regionCode] : []), NATION])];
  const compareAdviezen = useStatistics(ADVIEZEN, areas, period ? [period] : null, !period);
  const compareMeldingen = useStatistics(MELDINGEN, areas, period ? [period] : null, !period);
  const aard = figures.filter((f) => f.source.tableId === AARD_TABLE && f.measure === MELDINGEN && AARD_CATEGORIES.includes(f.category));
  const t = vt.page;
  const shown = area.areaName;

  return (
    <>
      <Heading level={1}>{t.heading(name)}</Heading>
      <Paragraph purpose="lead">{t.intro}</Paragraph>
      <Paragraph>
        <RouterLink to={`/gemeente/${code}`}>{t.backToMunicipality(name)}</RouterLink>
        {(districts.data?.districts.length ?? 0) > 0 && (
          <>
            {' · '}
            <RouterLink to={`/gemeente/${code}/wijken`}>{t.districtsLink(name)}</RouterLink>
          </>
        )}
      </Paragraph>

      {(area.note || figures.length === 0) && (
        <div className="monitor-vt-none">
          <Paragraph>
            <strong>{area.fallback ? area.note : t.noFigures}</strong>
          </Paragraph>
          {!area.fallback && <Paragraph>{t.noFiguresHint}</Paragraph>}
        </div>
      )}
      {area.truncated && <Paragraph>{vt.all.truncated}</Paragraph>}

      {estimate.loading && <LoadingStatus />}
      {estimate.error && <ErrorMessage />}
      {estimate.data && <EstimateCard estimate={estimate.data.estimate} />}

      {figures.length > 0 && (
        <>
          <AllFiguresSection code={area.areaCode} areaName={shown} figures={figures} />
          {adviezen.length + meldingen.length > 0 && <SeriesSection name={shown} code={area.areaCode} adviezen={adviezen} meldingen={meldingen} />}
          {breakdownsOf(figures).map((b) => (
            <BreakdownSection key={b.group.key} code={area.areaCode} areaName={shown} breakdown={b} />
          ))}
          <CategorySection
            id="aard"
            heading={vt.aard.heading}
            figures={aard}
            loading={false}
            error={false}
            emptyText={vt.aard.none}
            chartTitle={(p) => vt.aard.chartTitle(shown, p)}
            description={(p) => vt.aard.description(shown, p)}
            caption={(p) => vt.aard.caption(shown, p)}
            columnCategory={vt.aard.columnAard}
            columnValue={vt.aard.columnMeldingen}
            fileName={(p) => vt.aard.fileName(area.areaCode, p)}
          />
          {period && (
            <CompareSection
              code={area.areaCode}
              rows={
                compareAdviezen.figures && compareMeldingen.figures ? compareRows(areas, compareAdviezen.figures, compareMeldingen.figures) : null
              }
              loading={compareAdviezen.loading || compareMeldingen.loading}
              error={Boolean(compareAdviezen.error || compareMeldingen.error)}
            />
          )}
        </>
      )}
    </>
  );
}
