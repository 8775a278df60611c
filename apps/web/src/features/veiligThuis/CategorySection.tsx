import { nl } from '../../i18n/nl';
import { vt } from '../../i18n/nl.veiligThuis';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { ChartSection, type CsvContent } from '../../app/figures/ChartSection';
import { csvNumber, formatFigure, periodText, publishedValue, sourcesOf, type Statistic } from '../../app/figures/figures';
import { FigureBarChart } from '../../ui/charts/FigureBarChart';

const BAR_COLOR = '#1d5f8a';

interface CategorySectionProps {
  id: string;
  heading: string;
  /** The figures, one per category, in the order to show. */
  figures: Statistic[] | null;
  loading: boolean;
  error: boolean;
  /** Shown when there are no figures. */
  emptyText: string;
  chartTitle: (period: string) => string;
  description: (period: string) => string;
  caption: (period: string) => string;
  columnCategory: string;
  columnValue: string;
  fileName: (period: string) => string;
}

export function categoryCsv(figures: readonly Statistic[], columnCategory: string, columnValue: string, fileName: string): CsvContent {
  return {
    fileName,
    header: [columnCategory, vt.series.columnPeriod, vt.series.columnProvisional, columnValue],
    rows: figures.map((f) => [f.category, f.periodLabel, f.provisional ? 'ja' : 'nee', csvNumber(f.value, f.status)]),
  };
}

/** A breakdown of one period by category (melder, aard van het geweld) as bars and as a table. */
export function CategorySection(props: CategorySectionProps) {
  const { id, heading, figures, loading, error, emptyText } = props;
  if (loading || error || !figures || figures.length === 0) {
    return (
      <ChartSection id={id} heading={heading} empty={loading ? <LoadingStatus /> : error ? <ErrorMessage /> : <Paragraph>{emptyText}</Paragraph>} />
    );
  }
  const first = figures[0];
  const period = periodText(
    first.periodLabel,
    figures.some((f) => f.provisional),
  );
  const { tableIds, importedAt } = sourcesOf(figures);
  return (
    <ChartSection
      id={id}
      heading={heading}
      chartTitle={props.chartTitle(period)}
      description={props.description(period)}
      chart={
        <FigureBarChart
          rows={figures.map((f) => ({
            key: f.category,
            label: f.category,
            value: publishedValue(f.value, f.status),
            shown: formatFigure(f.value, f.status),
            color: BAR_COLOR,
          }))}
          titleId={`${id}-titel`}
          descriptionId={`${id}-beschrijving`}
          axisLegend={props.columnValue}
        />
      }
      source={vt.source(tableIds, importedAt, nl.date)}
      csv={categoryCsv(figures, props.columnCategory, props.columnValue, props.fileName(first.period))}
      table={
        <Table id={`tabel-${id}`} caption={props.caption(period)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{props.columnCategory}</TableHeaderCell>
              <TableHeaderCell numeric>{props.columnValue}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {figures.map((f) => (
              <TableRow key={f.category}>
                <TableHeaderCell scope="row">{f.category}</TableHeaderCell>
                <TableCell numeric>{formatFigure(f.value, f.status)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}
