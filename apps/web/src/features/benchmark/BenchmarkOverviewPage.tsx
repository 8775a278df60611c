import { ErrorCode, isMunicipalityCode, isYearIn } from '@monitor/domain';
import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { BenchmarkOverviewDocument, type BenchmarkGroupInput, type BenchmarkOverviewQuery } from '../../gql/__generated__/graphql';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Heading } from '../../ui/Heading';
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
import { groupParam, newestComputedAt, parseGroup } from './distribution';
import { VeiligThuisBenchmarkSection } from './VeiligThuisBenchmarkSection';

/** One row per indicator, in the order of the questionnaire, each linking to its detail page. */
function overviewRows(data: BenchmarkOverviewQuery, code: string, year: number, group: BenchmarkGroupInput): BenchmarkTableRow[] {
  const byKey = new Map(data.benchmarks.map((b) => [b.measure, b]));
  const definitions = data.questionnaire?.indicators ?? [];
  const ordered = [
    ...definitions.filter((d) => byKey.has(d.key)).map((d) => ({ label: d.label, benchmark: byKey.get(d.key)! })),
    // Indicators without a definition this year still show, under their key.
    ...data.benchmarks.filter((b) => !definitions.some((d) => d.key === b.measure)).map((b) => ({ label: b.measure, benchmark: b })),
  ];
  const query = group.type === 'ALL' ? '' : `?groep=${encodeURIComponent(groupParam(group))}`;
  return ordered.map(({ label, benchmark: b }) => ({
    key: b.measure,
    label,
    href: `/vergelijken/${code}/${year}/${encodeURIComponent(b.measure)}${query}`,
    figures: b,
    own: b.ownValue,
    quartile: b.ownQuartile,
    trend: nlBenchmark.change(b.ownChange, b.previousOwnValue, b.ownValue, year),
  }));
}

function Overview({ code, year }: { code: string; year: number }) {
  const t = nlBenchmark.benchmark;
  const { me } = useSession();
  const [search] = useSearchParams();
  const group = useMemo(() => parseGroup(search.get('groep')), [search]);
  const { data, loading, error } = useQuery(BenchmarkOverviewDocument, { variables: { year, group, code } });
  const name = data?.municipality?.name ?? code;
  useDocumentTitle(t.pageTitle(name, year));

  const rows = useMemo(() => (data ? overviewRows(data, code, year, group) : []), [data, code, year, group]);

  const header = (
    <>
      <Heading level={1}>{t.heading(name, year)}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <BenchmarkFilter key={`${code}/${year}/${groupParam(group)}`} code={code} year={year} group={group} chooseMunicipality={!me?.municipality} />
    </>
  );

  const veiligThuis = <VeiligThuisBenchmarkSection code={code} year={year} group={group} name={name} />;

  if (loading && !data) return <LoadingStatus />;
  if (error) {
    const problem = apiError(error);
    return (
      <>
        {header}
        <ErrorMessage text={problem.code === ErrorCode.NOT_FOUND || problem.code === ErrorCode.FORBIDDEN ? t.notFound : undefined} />
      </>
    );
  }
  if (!data?.municipality) return <NotFoundPage />;
  if (data.benchmarks.length === 0) {
    return (
      <>
        {header}
        <Paragraph>{t.noBenchmarks(year)}</Paragraph>
        {veiligThuis}
      </>
    );
  }

  const groupName = data.benchmarks[0].group.name;
  return (
    <>
      {header}
      <Paragraph className="monitor-benchmark-meta">
        <strong>{t.comparedWith(groupName)}</strong>
        <br />
        <span data-testid="cijfers-van">{nlBenchmark.computedAt(newestComputedAt(data.benchmarks))}</span>
      </Paragraph>

      <section aria-labelledby="vergelijken-grafiek">
        <Heading level={2} id="vergelijken-grafiek">
          {t.chartHeading}
        </Heading>
        <DistributionChart
          id="vergelijken-overzicht"
          rows={rows}
          title={t.chartTitle(groupName, year)}
          description={t.chartDescription(name)}
          ownName={name}
        />
      </section>

      <section aria-labelledby="vergelijken-tabel">
        <Heading level={2} id="vergelijken-tabel">
          {t.tableHeading}
        </Heading>
        <BenchmarkTable
          id="tabel-vergelijken"
          caption={t.tableCaption(name, groupName, year)}
          firstColumn={t.columnIndicator}
          ownName={name}
          rows={rows}
        />
      </section>

      {veiligThuis}
    </>
  );
}

/** /vergelijken/:code/:year: all indicators of a year against one comparison group. */
export default function BenchmarkOverviewPage() {
  const { code = '', year = '' } = useParams();
  const yearNumber = Number(year);
  if (!isMunicipalityCode(code) || !isYearIn('monitor', yearNumber)) return <NotFoundPage />;
  return (
    <RequireSignIn>
      <Overview code={code} year={yearNumber} />
    </RequireSignIn>
  );
}
