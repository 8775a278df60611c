import { nl } from '../../i18n/nl';
import { vt } from '../../i18n/nl.veiligThuis';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ChartSection, type CsvContent } from '../../app/figures/ChartSection';
import {
  comparePeriods,
  csvNumber,
  formatFigure,
  isHalfYear,
  periodText,
  publishedValue,
  sourcesOf,
  type Statistic,
} from '../../app/figures/figures';
import { SeriesChart, type ChartSeries } from './SeriesChart';

export const SERIES_COLORS = { adviezen: '#1d5f8a', meldingen: '#a3461a' } as const;

export interface SeriesRow {
  period: string;
  label: string;
  provisional: boolean;
  adviezen: Statistic | null;
  meldingen: Statistic | null;
}

/** One row per period in which either measure has a figure, oldest first. */
export function seriesRows(adviezen: readonly Statistic[], meldingen: readonly Statistic[]): SeriesRow[] {
  const periods = [...new Set([...adviezen, ...meldingen].map((f) => f.period))].sort(comparePeriods);
  return periods.map((period) => {
    const a = adviezen.find((f) => f.period === period) ?? null;
    const m = meldingen.find((f) => f.period === period) ?? null;
    return {
      period,
      label: (a ?? m)!.periodLabel,
      provisional: Boolean(a?.provisional || m?.provisional),
      adviezen: a,
      meldingen: m,
    };
  });
}

const cell = (f: Statistic | null) => (f ? formatFigure(f.value, f.status) : vt.noFiguresAvailable);

export function seriesCsv(code: string, rows: readonly SeriesRow[]): CsvContent {
  const t = vt.series;
  return {
    fileName: t.fileName(code),
    header: [t.columnPeriod, t.columnProvisional, t.columnAdviezen, t.columnMeldingen],
    rows: rows.map((r) => [
      r.label,
      r.provisional ? 'ja' : 'nee',
      r.adviezen ? csvNumber(r.adviezen.value, r.adviezen.status) : '',
      r.meldingen ? csvNumber(r.meldingen.value, r.meldingen.status) : '',
    ]),
  };
}

/**
 * Whole years are drawn when there are any; half-years only otherwise, because a half-year next to a
 * whole year would look like a drop.
 */
export function chartedRows(rows: readonly SeriesRow[]): SeriesRow[] {
  const years = rows.filter((r) => !isHalfYear(r.period));
  return years.length > 0 ? years : [...rows];
}

export function SeriesSection({ name, code, adviezen, meldingen }: { name: string; code: string; adviezen: Statistic[]; meldingen: Statistic[] }) {
  const t = vt.series;
  const rows = seriesRows(adviezen, meldingen);
  const charted = chartedRows(rows);
  const { tableIds, importedAt } = sourcesOf([...adviezen, ...meldingen]);
  const series: ChartSeries[] = [
    {
      id: t.adviezen,
      color: SERIES_COLORS.adviezen,
      data: charted.map((r) => ({
        x: periodText(r.label, r.provisional),
        y: r.adviezen ? publishedValue(r.adviezen.value, r.adviezen.status) : null,
      })),
    },
    {
      id: t.meldingen,
      color: SERIES_COLORS.meldingen,
      data: charted.map((r) => ({
        x: periodText(r.label, r.provisional),
        y: r.meldingen ? publishedValue(r.meldingen.value, r.meldingen.status) : null,
      })),
    },
  ];
  const id = 'reeks';
  return (
    <ChartSection
      id={id}
      heading={t.heading}
      empty={rows.length === 0 ? <Paragraph>{vt.page.noFigures}</Paragraph> : undefined}
      chartTitle={t.chartTitle(name)}
      description={t.description(
        name,
        charted.map((r) => periodText(r.label, r.provisional)),
      )}
      // A line through one period is no line: then only the table.
      chart={charted.length >= 2 ? <SeriesChart series={series} titleId={`${id}-titel`} descriptionId={`${id}-beschrijving`} /> : undefined}
      notes={
        charted.length < 2 ? (
          <Paragraph>{t.singlePeriodNote}</Paragraph>
        ) : charted.length < rows.length ? (
          <Paragraph>{t.halfYearNote}</Paragraph>
        ) : undefined
      }
      source={vt.source(tableIds, importedAt, nl.date)}
      csv={seriesCsv(code, rows)}
      table={
        <Table id="tabel-reeks" caption={t.caption(name)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columnPeriod}</TableHeaderCell>
              <TableHeaderCell numeric>{t.columnAdviezen}</TableHeaderCell>
              <TableHeaderCell numeric>{t.columnMeldingen}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.period}>
                <TableHeaderCell scope="row">{periodText(r.label, r.provisional)}</TableHeaderCell>
                <TableCell numeric>{cell(r.adviezen)}</TableCell>
                <TableCell numeric>{cell(r.meldingen)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}
