import { useMemo } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { MUNICIPALITY_CODE_PATTERN } from '@monitor/domain';
import { DistrictCountDocument, MunicipalityEstimateDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { vt } from '../../i18n/nl.veiligThuis';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { CategorySection } from './CategorySection';
import { CompareSection, compareRows } from './CompareSection';
import { EstimateCard } from '../../app/figures/EstimateCard';
import { SeriesSection } from './SeriesSection';
import {
  AARD_CATEGORIES,
  AARD_TABLE,
  ADVIEZEN,
  availableCategories,
  hasTable,
  latestPeriod,
  MELDER_CATEGORIES,
  MELDINGEN,
  NATION,
  useCategoryStatistics,
  useStatistics,
  useVeiligThuisContext,
  veiligThuisRegionOf,
} from './useVeiligThuis';
import '../../app/figures/figures.css';

export default function VeiligThuisPage() {
  const code = (useParams().code ?? '').toUpperCase();
  const valid = MUNICIPALITY_CODE_PATTERN.test(code);
  const context = useVeiligThuisContext(code, !valid);
  const municipality = context.municipality;
  useDocumentTitle(municipality ? vt.page.title(municipality.name) : !valid || context.notFound ? nl.municipality.notFoundTitle : nl.loading);

  if (valid && context.loading) return <LoadingStatus />;
  if (valid && context.error) return <ErrorMessage />;
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
  return <VeiligThuisContent code={municipality.code} name={municipality.name} context={context} />;
}

function VeiligThuisContent({ code, name, context }: { code: string; name: string; context: ReturnType<typeof useVeiligThuisContext> }) {
  const region = veiligThuisRegionOf(context.municipality);
  const adviezen = useStatistics(ADVIEZEN, [code]);
  const meldingen = useStatistics(MELDINGEN, [code]);
  const estimate = useQuery(MunicipalityEstimateDocument, { variables: { code } });
  const districts = useQuery(DistrictCountDocument, { variables: { code } });

  const own = useMemo(() => [...(adviezen.figures ?? []), ...(meldingen.figures ?? [])], [adviezen.figures, meldingen.figures]);
  const period = latestPeriod(own);
  // The same period for the region and Nederland as for the municipality.
  const areas = [code, ...(region ? [region.code] : []), NATION];
  const compareAdviezen = useStatistics(ADVIEZEN, areas, period ? [period] : null, !period);
  const compareMeldingen = useStatistics(MELDINGEN, areas, period ? [period] : null, !period);

  const melderCategories = availableCategories(context.measures, MELDINGEN, MELDER_CATEGORIES);
  const melders = useCategoryStatistics(MELDINGEN, code, period, melderCategories);

  // Aard van het geweld: only figures from 84851NED count; there may be none at all.
  const aardLoaded = hasTable(context.measures, AARD_TABLE);
  const aardCategories = aardLoaded ? availableCategories(context.measures, MELDINGEN, AARD_CATEGORIES) : [];
  const aard = useCategoryStatistics(MELDINGEN, code, period, aardCategories, !aardLoaded);

  const seriesLoading = adviezen.loading || meldingen.loading;
  const seriesError = Boolean(adviezen.error || meldingen.error);
  const hasFigures = own.length > 0;
  const t = vt.page;

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

      {seriesLoading && <LoadingStatus />}
      {seriesError && <ErrorMessage />}
      {!seriesLoading && !seriesError && !hasFigures && (
        <div className="monitor-vt-none">
          <Paragraph>
            <strong>{t.noFigures}</strong>
          </Paragraph>
          <Paragraph>{t.noFiguresHint}</Paragraph>
        </div>
      )}

      {estimate.loading && <LoadingStatus />}
      {estimate.error && <ErrorMessage />}
      {estimate.data && <EstimateCard estimate={estimate.data.estimate} />}

      {!seriesLoading && !seriesError && hasFigures && (
        <>
          <SeriesSection name={name} code={code} adviezen={adviezen.figures ?? []} meldingen={meldingen.figures ?? []} />
          <CategorySection
            id="melders"
            heading={vt.melder.heading}
            figures={melders.figures}
            loading={melders.loading}
            error={melders.error}
            emptyText={vt.page.noFigures}
            chartTitle={(p) => vt.melder.chartTitle(name, p)}
            description={(p) => vt.melder.description(name, p)}
            caption={(p) => vt.melder.caption(name, p)}
            columnCategory={vt.melder.columnMelder}
            columnValue={vt.melder.columnMeldingen}
            fileName={(p) => vt.melder.fileName(code, p)}
          />
          <CategorySection
            id="aard"
            heading={vt.aard.heading}
            figures={aard.figures?.filter((f) => f.source.tableId === AARD_TABLE) ?? null}
            loading={aard.loading}
            error={aard.error}
            emptyText={vt.aard.none}
            chartTitle={(p) => vt.aard.chartTitle(name, p)}
            description={(p) => vt.aard.description(name, p)}
            caption={(p) => vt.aard.caption(name, p)}
            columnCategory={vt.aard.columnAard}
            columnValue={vt.aard.columnMeldingen}
            fileName={(p) => vt.aard.fileName(code, p)}
          />
          <CompareSection
            code={code}
            rows={compareAdviezen.figures && compareMeldingen.figures ? compareRows(areas, compareAdviezen.figures, compareMeldingen.figures) : null}
            loading={compareAdviezen.loading || compareMeldingen.loading}
            error={Boolean(compareAdviezen.error || compareMeldingen.error)}
          />
        </>
      )}
    </>
  );
}
