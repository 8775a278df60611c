import { nlBenchmark } from '../../i18n/nl.benchmark';
import { RouterLink } from '../../ui/Link';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import type { DistributionRow } from './distribution';

export interface BenchmarkTableRow extends DistributionRow {
  href?: string;
  quartile: number | null;
  /** "+8,3 punten t.o.v. 2025"; the column is left out when no row has one. */
  trend?: string;
}

/**
 * The data-table alternative to a distribution chart: per row the own value and its quartile in
 * words, the median, middle half, range and group size, or why the group's figures are withheld.
 */
export function BenchmarkTable({
  id,
  caption,
  firstColumn,
  ownName,
  rows,
}: {
  id: string;
  caption: string;
  firstColumn: string;
  ownName: string;
  rows: BenchmarkTableRow[];
}) {
  const t = nlBenchmark.benchmark;
  const withTrend = rows.some((r) => r.trend !== undefined);
  return (
    <Table id={id} caption={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{firstColumn}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnOwn(ownName)}</TableHeaderCell>
          <TableHeaderCell>{t.columnQuartile}</TableHeaderCell>
          {withTrend && <TableHeaderCell>{t.columnTrend}</TableHeaderCell>}
          <TableHeaderCell numeric>{t.columnMedian}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnIqr}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnRange}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnN}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => {
          const f = row.figures;
          return (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row">{row.href ? <RouterLink to={row.href}>{row.label}</RouterLink> : row.label}</TableHeaderCell>
              <TableCell numeric>{row.own === null ? t.noOwnValue : nlBenchmark.number(row.own)}</TableCell>
              <TableCell>{f.published ? nlBenchmark.quartile(row.quartile) : '—'}</TableCell>
              {withTrend && <TableCell>{row.trend ?? '—'}</TableCell>}
              {f.published ? (
                <>
                  <TableCell numeric>{nlBenchmark.number(f.median)}</TableCell>
                  <TableCell numeric>{f.q1 === null ? '—' : t.range(f.q1, f.q3)}</TableCell>
                  <TableCell numeric>{f.p10 === null ? '—' : t.range(f.p10, f.p90)}</TableCell>
                  <TableCell numeric>{f.n}</TableCell>
                </>
              ) : (
                <TableCell colSpan={4} className="monitor-benchmark-withheld">
                  {nlBenchmark.withheld(f.withheldReason)}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
