import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { BenchmarkVeiligThuisDocument, type BenchmarkGroupInput } from '../../gql/__generated__/graphql';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { comparePeriods } from '../../app/figures/figures';
import { BenchmarkTable, type BenchmarkTableRow } from './BenchmarkTable';
import { groupParam, newestComputedAt, vtMeasure } from './distribution';

const MEASURE_ORDER = ['gestarte_adviezen', 'ontvangen_meldingen'];
const measureRank = (measure: string) => {
  const index = MEASURE_ORDER.indexOf(measure);
  return index === -1 ? MEASURE_ORDER.length : index;
};

/**
 * The Veilig Thuis figures per 1,000 inhabitants ("vt:<measure>:<period>") of a year against the same
 * comparison group as the indicators, as a table; each row links to the measure's detail page.
 */
export function VeiligThuisBenchmarkSection({ code, year, group, name }: { code: string; year: number; group: BenchmarkGroupInput; name: string }) {
  const t = nlBenchmark.veiligThuis;
  const { data, loading, error } = useQuery(BenchmarkVeiligThuisDocument, { variables: { year, group, code } });

  const rows: BenchmarkTableRow[] = useMemo(() => {
    if (!data) return [];
    const query = group.type === 'ALL' ? '' : `?groep=${encodeURIComponent(groupParam(group))}`;
    return data.benchmarks
      .map((b) => ({ b, vt: vtMeasure(b.measure) }))
      .sort((x, y) => (x.vt && y.vt ? comparePeriods(x.vt.period, y.vt.period) || measureRank(x.vt.measure) - measureRank(y.vt.measure) : 0))
      .map(({ b, vt }) => ({
        key: b.measure,
        label: vt ? t.measureLabel(vt.measure, vt.period) : b.measure,
        href: `/vergelijken/${code}/${year}/${encodeURIComponent(b.measure)}${query}`,
        figures: b,
        own: b.ownValue,
        quartile: b.ownQuartile,
      }));
  }, [data, code, year, group, t]);

  let body;
  if (loading && !data) body = <LoadingStatus />;
  else if (error) body = <ErrorMessage />;
  else if (!data || data.benchmarks.length === 0) body = <Paragraph>{t.none}</Paragraph>;
  else {
    const groupName = data.benchmarks[0].group.name;
    body = (
      <>
        <Paragraph>{t.intro}</Paragraph>
        <Paragraph className="monitor-benchmark-meta">
          <strong>{t.comparedWith(groupName)}</strong>
          <br />
          <span data-testid="vt-cijfers-van">{nlBenchmark.computedAt(newestComputedAt(data.benchmarks))}</span>
        </Paragraph>
        <BenchmarkTable
          id="tabel-vergelijken-veilig-thuis"
          caption={t.tableCaption(name, groupName, year)}
          firstColumn={t.columnMeasure}
          ownName={name}
          rows={rows}
        />
      </>
    );
  }

  return (
    <section aria-labelledby="vergelijken-veilig-thuis">
      <Heading level={2} id="vergelijken-veilig-thuis">
        {t.heading}
      </Heading>
      {body}
    </section>
  );
}
