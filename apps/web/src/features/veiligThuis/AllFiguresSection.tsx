import { VT_CATEGORY_GROUPS } from '@monitor/domain';
import { nl } from '../../i18n/nl';
import { vt } from '../../i18n/nl.veiligThuis';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ChartSection, type CsvContent } from '../../app/figures/ChartSection';
import { comparePeriods, figureText, periodText, sourcesOf, type AreaFigure } from '../../app/figures/figures';

const IN_BREAKDOWN = new Set(VT_CATEGORY_GROUPS.flatMap((g) => g.parts));

/** "Ontvangen meldingen", or "Ontvangen meldingen: Verpleegkundige" for a category. */
export const rowName = (f: AreaFigure) => (f.isTotal ? f.measureLabel : `${f.measureLabel}: ${f.categoryLabel}`);

/**
 * The totals of every measure and every category no breakdown shows (so each published figure is on
 * the page), measure by measure, newest period first.
 */
export function totalFigures(figures: readonly AreaFigure[]): AreaFigure[] {
  return figures
    .filter((f) => f.isTotal || !IN_BREAKDOWN.has(f.category))
    .sort((a, b) => rowName(a).localeCompare(rowName(b), 'nl') || comparePeriods(b.period, a.period));
}

export function allFiguresCsv(code: string, figures: readonly AreaFigure[]): CsvContent {
  const t = vt.all;
  return {
    fileName: t.fileName(code),
    header: [t.columnMeasure, vt.series.columnPeriod, vt.series.columnProvisional, t.columnValue],
    rows: figures.map((f) => [rowName(f), f.periodLabel, f.provisional ? 'ja' : 'nee', figureText(f)]),
  };
}

/** Every published total of the area as a plain table: also a measure with one period gets its figure. */
export function AllFiguresSection({ code, areaName, figures }: { code: string; areaName: string; figures: readonly AreaFigure[] }) {
  const t = vt.all;
  const rows = totalFigures(figures);
  if (rows.length === 0) return null;
  const { tableIds, importedAt } = sourcesOf(rows);
  return (
    <ChartSection
      id="alle-cijfers"
      heading={t.heading}
      source={vt.source(tableIds, importedAt, nl.date)}
      csv={allFiguresCsv(code, rows)}
      table={
        <Table id="tabel-alle-cijfers" caption={t.caption(areaName)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columnMeasure}</TableHeaderCell>
              <TableHeaderCell>{vt.series.columnPeriod}</TableHeaderCell>
              <TableHeaderCell numeric>{t.columnValue}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((f) => (
              <TableRow key={`${f.measure}|${f.category}|${f.period}`}>
                <TableHeaderCell scope="row">{rowName(f)}</TableHeaderCell>
                <TableCell>{periodText(f.periodLabel, f.provisional)}</TableCell>
                <TableCell numeric>{figureText(f)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      }
    />
  );
}
