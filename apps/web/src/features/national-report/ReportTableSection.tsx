import type { NationalReportQuery } from '../../gql/__generated__/graphql';
import { nlNationalReport } from '../../i18n/nl.nationalReport';
import { FigureBarChart, type BarRow } from '../../ui/charts/FigureBarChart';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';

const t = nlNationalReport.page;
const BAR_COLOR = '#2c7fb8';

export type ReportTable = NonNullable<NationalReportQuery['nationalReport']>['chapters'][number]['tables'][number];
type Cell = ReportTable['rows'][number]['cells'][number];

const formatted = (value: number, decimals: number) =>
  value.toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

function CellValue({ cell, decimals }: { cell: Cell; decimals: number }) {
  if (cell.value !== null) return <>{formatted(cell.value, decimals)}</>;
  return <abbr title={cell.reason ?? t.withheld}>{t.withheldSymbol}</abbr>;
}

/** The bar chart of one column (SVG with title and description outside it); the table below holds the same figures. */
function ReportChart({ table, id }: { table: ReportTable; id: string }) {
  const column = table.chartColumn!;
  const rows: BarRow[] = table.rows.map((row) => {
    const cell = row.cells[column];
    return {
      key: row.key,
      label: row.label,
      value: cell.value,
      shown: cell.value === null ? t.withheldSymbol : formatted(cell.value, table.decimals),
      color: BAR_COLOR,
    };
  });
  return (
    <figure className="monitor-report__figure">
      <p className="monitor-vt-chart__title" id={`${id}-titel`}>
        {t.chartTitle(table.title, table.columns[column], table.unit)}
      </p>
      <p className="monitor-visually-hidden" id={`${id}-beschrijving`}>
        {t.chartDescription(table.title)}
      </p>
      <FigureBarChart
        rows={rows}
        titleId={`${id}-titel`}
        descriptionId={`${id}-beschrijving`}
        axisLegend={table.unit}
        fractionDigits={table.decimals}
      />
    </figure>
  );
}

/** One table of the report (with its chart when it has one), its note and source. */
export function ReportTableSection({ table }: { table: ReportTable }) {
  const id = `jaarrapport-${table.key}`;
  return (
    <section aria-labelledby={`${id}-kop`} className="monitor-report__table">
      <Heading level={3} id={`${id}-kop`}>
        {table.title}
      </Heading>
      {table.chartColumn !== null && <ReportChart table={table} id={id} />}
      <Table id={`${id}-tabel`} caption={t.tableCaption(table.title, table.unit)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.columnLabel}</TableHeaderCell>
            {table.columns.map((column) => (
              <TableHeaderCell key={column} numeric>
                {column}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {table.rows.map((row) => (
            <TableRow key={row.key}>
              <TableHeaderCell scope="row">{row.label}</TableHeaderCell>
              {row.cells.map((cell, index) => (
                <TableCell key={table.columns[index]} numeric>
                  <CellValue cell={cell} decimals={table.decimals} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {table.note && <Paragraph>{table.note}</Paragraph>}
      <Paragraph className="monitor-vt-source">
        {t.source(table.source)} {table.rows.some((r) => r.cells.some((c) => c.value === null)) ? `${t.withheldSymbol} = ${t.withheld}.` : ''}
      </Paragraph>
    </section>
  );
}
