import { ErrorCode, isMunicipalityCode, isYearIn } from '@monitor/domain';
import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { BenchmarkDetailDocument, type BenchmarkDetailQuery, type BenchmarkFigures_BenchmarkFragment } from '../../gql/__generated__/graphql';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { apiError } from '../../ui/forms/apiError';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import NotFoundPage from '../../app/NotFoundPage';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { BenchmarkFilter } from './BenchmarkFilter';
import { BenchmarkTable, type BenchmarkTableRow } from './BenchmarkTable';
import { DistributionChart } from './DistributionChart';
import { groupParam, newestComputedAt, parseGroup, vtMeasure } from './distribution';
import { RegionMedianSection } from './RegionMedianSection';
import { SharedAgreementSections } from './SharedAgreementSection';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The comparison groups the answer holds, in the order of the table. */
function benchmarksOf(data: BenchmarkDetailQuery | undefined): BenchmarkFigures_BenchmarkFragment[] {
  return data
    ? [data.all, data.province, data.veiligThuis, data.safety, data.size, data.custom].filter((b): b is BenchmarkFigures_BenchmarkFragment =>
        Boolean(b),
      )
    : [];
}

/** One comparison group as a row of the chart and the table. */
const groupRow = (b: BenchmarkFigures_BenchmarkFragment): BenchmarkTableRow => ({
  key: b.group.key,
  label: capitalise(b.group.name),
  figures: b,
  own: b.ownValue,
  quartile: b.ownQuartile,
});

function Detail({ code, year, measure }: { code: string; year: number; measure: string }) {
  const t = nlBenchmark.detail;
  const { me } = useSession();
  const [search] = useSearchParams();
  const group = useMemo(() => parseGroup(search.get('groep')), [search]);
  const withCustom = group.type === 'CUSTOM';
  const { data, loading, error } = useQuery(BenchmarkDetailDocument, {
    variables: { key: measure, year, code, customCode: withCustom ? group.code : null, withCustom },
  });
  const vt = vtMeasure(measure);
  const definition = data?.questionnaire?.indicators.find((d) => d.key === measure);
  const label = vt ? t.vtLabel(vt.measure, vt.period) : (definition?.label ?? measure);
  const name = data?.municipality?.name ?? code;
  useDocumentTitle(t.pageTitle(label, name, year));

  const benchmarks = useMemo(() => benchmarksOf(data), [data]);
  const rows = benchmarks.map(groupRow);

  const query = group.type === 'ALL' ? '' : `?groep=${encodeURIComponent(groupParam(group))}`;
  const back = (
    <Paragraph>
      <RouterLink to={`/vergelijken/${code}/${year}${query}`}>{t.backToOverview}</RouterLink>
    </Paragraph>
  );
  const header = (
    <>
      <Heading level={1}>{t.heading(label)}</Heading>
      <Paragraph purpose="lead">{t.subheading(name, year)}</Paragraph>
      {(definition?.description || vt) && <Paragraph>{vt ? t.vtDescription : definition?.description}</Paragraph>}
      <BenchmarkFilter
        key={`${code}/${year}`}
        code={code}
        year={year}
        group={group}
        chooseMunicipality={!me?.municipality}
        path={`/${encodeURIComponent(measure)}`}
      />
    </>
  );

  if (loading && !data) return <LoadingStatus />;
  if (error) {
    const problem = apiError(error);
    return (
      <>
        {header}
        <ErrorMessage
          text={problem.code === ErrorCode.NOT_FOUND || problem.code === ErrorCode.FORBIDDEN ? nlBenchmark.benchmark.notFound : undefined}
        />
        {back}
      </>
    );
  }
  if (!data?.municipality) return <NotFoundPage />;
  if (!vt && !definition && benchmarks.every((b) => b.withheldReason === 'NO_DATA')) {
    return (
      <>
        {header}
        <Paragraph>{t.unknownIndicator}</Paragraph>
        {back}
      </>
    );
  }

  const own = data.all;
  const ownRegions = benchmarks.map((b) => b.group.key.split(':')[1]).filter(Boolean);
  return (
    <>
      {header}
      <Paragraph className="monitor-benchmark-meta">
        <span data-testid="cijfers-van">{nlBenchmark.computedAt(newestComputedAt(benchmarks))}</span>
      </Paragraph>

      <TrendSection name={name} year={year} own={own} />

      <DistributionSection rows={rows} label={label} name={name} year={year} />

      <RegionMedianSection measure={measure} label={label} year={year} ownRegions={ownRegions} ownName={name} />

      {!vt && <SharedAgreementSections code={code} measure={measure} label={label} year={year} />}

      {back}
    </>
  );
}

/** /vergelijken/:code/:year/:indicatorKey: one measure in every comparison group, by region and shared. */
export default function BenchmarkDetailPage() {
  const { code = '', year = '', indicatorKey = '' } = useParams();
  const yearNumber = Number(year);
  if (!isMunicipalityCode(code) || !isYearIn('monitor', yearNumber) || !indicatorKey) {
    return <NotFoundPage />;
  }
  return (
    <RequireSignIn>
      <Detail key={`${code}/${yearNumber}/${indicatorKey}`} code={code} year={yearNumber} measure={indicatorKey} />
    </RequireSignIn>
  );
}

function TrendSection({ name, year, own }: { name: string; year: number; own: BenchmarkFigures_BenchmarkFragment }) {
  const t = nlBenchmark.detail;
  return (
    <section aria-labelledby="ontwikkeling">
      <Heading level={2} id="ontwikkeling">
        {t.trendHeading}
      </Heading>
      <DataList
        items={[
          { key: 'nu', label: String(year), value: t.trendOwn(name, year, own.ownValue) },
          { key: 'vorig', label: String(year - 1), value: t.trendOwn(name, year - 1, own.previousOwnValue) },
          { key: 'verandering', label: t.trendChange, value: nlBenchmark.change(own.ownChange, own.previousOwnValue, own.ownValue, year) },
        ]}
      />
    </section>
  );
}

function DistributionSection({ rows, label, name, year }: { rows: BenchmarkTableRow[]; label: string; name: string; year: number }) {
  const t = nlBenchmark.detail;
  return (
    <section aria-labelledby="verdeling-per-groep">
      <Heading level={2} id="verdeling-per-groep">
        {t.distributionHeading}
      </Heading>
      <Paragraph>{t.distributionIntro}</Paragraph>
      <DistributionChart id="verdeling" rows={rows} title={t.chartTitle(label, year)} description={t.chartDescription(name)} ownName={name} />
      <BenchmarkTable
        id="tabel-verdeling"
        caption={t.tableCaption(label, name, year)}
        firstColumn={nlBenchmark.benchmark.columnGroup}
        ownName={name}
        rows={rows}
      />
    </section>
  );
}
