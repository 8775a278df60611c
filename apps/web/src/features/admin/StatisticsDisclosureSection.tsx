import { useQuery } from '@apollo/client/react';
import { MEASURES, periodLabel } from '@monitor/domain';
import { StatisticsDisclosureDocument, type StatisticsDisclosureQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { nlDisclosure } from '../../i18n/nl.disclosure';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';

type Report = StatisticsDisclosureQuery['statisticsDisclosure'];
type TableReport = Report['tables'][number];

const t = nlDisclosure.statistics;

/** Beheer → Openbaarmaking: what the whole-table protection hides in each CBS table and why. */
export function StatisticsDisclosureSection() {
  const { data, loading, error } = useQuery(StatisticsDisclosureDocument, { fetchPolicy: 'cache-and-network' });
  const report = data?.statisticsDisclosure;
  return (
    <section aria-labelledby="openbaarmaking-statistiek">
      <Heading level={2} id="openbaarmaking-statistiek">
        {t.title}
      </Heading>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage />}
      {report && <ReportBody report={report} />}
    </section>
  );
}

function ReportBody({ report }: { report: Report }) {
  return (
    <>
      <Paragraph>{t.settings(report.protectionLevel, report.roundingBase, report.minimumCount)}</Paragraph>
      <Paragraph>{report.computedAt ? t.computed(nl.dateTime(String(report.computedAt)), report.relations, report.rounds) : t.notComputed}</Paragraph>
      {report.computedAt && <Paragraph>{report.unprotected > 0 ? t.unprotected(report.unprotected) : t.allProtected}</Paragraph>}
      {report.tables.length > 0 && <SummaryTable tables={report.tables} />}
      {report.tables.map((table) => (
        <HiddenCells key={table.tableId} table={table} />
      ))}
    </>
  );
}

function SummaryTable({ tables }: { tables: readonly TableReport[] }) {
  const c = t.columns;
  return (
    <Table id="openbaarmaking-tabellen" caption={t.summaryCaption}>
      <TableHeader>
        <TableRow>
          {[c.table, c.cells, c.published, c.primary, c.secondary, c.source, c.derived, c.width].map((label) => (
            <TableHeaderCell key={label}>{label}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {tables.map((table) => (
          <TableRow key={table.tableId}>
            <TableHeaderCell scope="row">
              {table.tableId}
              <br />
              {table.title}
            </TableHeaderCell>
            {[table.cells, table.published, table.hiddenPrimary, table.hiddenSecondary, table.hiddenSource, table.hiddenDerived].map((n, i) => (
              <TableCell key={i}>{nlDisclosure.number(n)}</TableCell>
            ))}
            <TableCell>{table.smallestAuditWidth === null ? t.noWidth : nlDisclosure.number(table.smallestAuditWidth)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function HiddenCells({ table }: { table: TableReport }) {
  const c = t.hiddenColumns;
  const id = `verborgen-${table.tableId}`;
  return (
    <section aria-labelledby={id}>
      <Heading level={3} id={id}>
        {t.hiddenTitle(table.tableId)}
      </Heading>
      {table.hiddenCells.length === 0 ? (
        <Paragraph>{t.noneHidden}</Paragraph>
      ) : (
        <Table id={`${id}-tabel`} caption={t.hiddenCaption(table.tableId, table.hiddenCells.length)}>
          <TableHeader>
            <TableRow>
              {[c.measure, c.category, c.region, c.period, c.reason, c.interval].map((label) => (
                <TableHeaderCell key={label}>{label}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.hiddenCells.map((cell) => (
              <TableRow key={[cell.measure, cell.category, cell.regionCode, cell.period].join('|')}>
                <TableHeaderCell scope="row">{MEASURES[cell.measure]?.label ?? cell.measure}</TableHeaderCell>
                <TableCell>{cell.category || '–'}</TableCell>
                <TableCell>{cell.regionCode}</TableCell>
                <TableCell>{periodLabel(cell.period)}</TableCell>
                <TableCell>{t.reasons[cell.reason]}</TableCell>
                <TableCell>{t.interval(cell.auditLower, cell.auditUpper)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
