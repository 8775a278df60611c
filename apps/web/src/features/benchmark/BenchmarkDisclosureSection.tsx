import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { BenchmarkDisclosureDocument } from '../../gql/__generated__/graphql';
import { nlBenchmark } from '../../i18n/nl.benchmark';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { vtMeasure } from './distribution';
import { useCurrentYear } from '../../app/response/useCurrentYear';

const STATUS_ORDER = ['PUBLISHED', 'EARLIER_RELEASE', 'WITHHELD', 'INTERNAL'] as const;

/**
 * The benchmark side of the administrators' "Openbaarmaking" page: for one year, how many
 * measure/group combinations are published, show an earlier release, are withheld or internal,
 * and a table of every combination that is not (fully) published, with the reason (too few,
 * differencing with other groups, over time) and the last release.
 */
export function BenchmarkDisclosureSection({ year, headingLevel = 2 }: { year: number; headingLevel?: 2 | 3 }) {
  const t = nlBenchmark.disclosure;
  const { data, loading, error } = useQuery(BenchmarkDisclosureDocument, { variables: { year } });
  const rows = useMemo(() => data?.benchmarkDisclosure.rows ?? [], [data]);
  const counts = useMemo(() => STATUS_ORDER.map((status) => ({ status, count: rows.filter((r) => r.status === status).length })), [rows]);
  const notPublished = rows.filter((r) => r.status !== 'PUBLISHED');

  let body;
  if (loading && !data) body = <LoadingStatus />;
  else if (error) body = <ErrorMessage />;
  else if (rows.length === 0) body = <Paragraph>{t.none(year)}</Paragraph>;
  else {
    body = (
      <>
        <ul aria-label={t.summaryLabel(year)}>
          {counts.map(({ status, count }) => (
            <li key={status}>{t.count(status, count)}</li>
          ))}
        </ul>
        {notPublished.length === 0 ? (
          <Paragraph>{t.allPublished}</Paragraph>
        ) : (
          <Table id="benchmark-openbaarmaking" caption={t.caption(year)}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t.columnMeasure}</TableHeaderCell>
                <TableHeaderCell>{t.columnGroup}</TableHeaderCell>
                <TableHeaderCell>{t.columnStatus}</TableHeaderCell>
                <TableHeaderCell>{t.columnReason}</TableHeaderCell>
                <TableHeaderCell numeric>{t.columnContributors}</TableHeaderCell>
                <TableHeaderCell numeric>{t.columnShownN}</TableHeaderCell>
                <TableHeaderCell>{t.columnLastRelease}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {notPublished.map((row) => {
                const vt = vtMeasure(row.measure);
                return (
                  <TableRow key={`${row.measure}|${row.group.key}`}>
                    <TableHeaderCell scope="row">{vt ? nlBenchmark.veiligThuis.measureLabel(vt.measure, vt.period) : row.measure}</TableHeaderCell>
                    <TableCell>{row.group.name}</TableCell>
                    <TableCell>{t.status[row.status]}</TableCell>
                    <TableCell>{row.reason ? t.reason[row.reason] : '—'}</TableCell>
                    <TableCell numeric>{row.contributors}</TableCell>
                    <TableCell numeric>{row.shownN ?? '—'}</TableCell>
                    <TableCell>
                      {row.lastReleasedAt ? t.lastRelease(nlBenchmark.dateTime(row.lastReleasedAt), row.releaseCount) : t.neverReleased}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </>
    );
  }

  return (
    <section aria-labelledby="benchmark-openbaarmaking-kop">
      <Heading level={headingLevel} id="benchmark-openbaarmaking-kop">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro(data?.benchmarkDisclosure.minimumGroupSize ?? 5)}</Paragraph>
      {body}
    </section>
  );
}

/** The benchmark section for the current questionnaire year (Beheer → Openbaarmaking). */
export function CurrentBenchmarkDisclosureSection() {
  const { currentYear, loading, error } = useCurrentYear();
  if (error) return <ErrorMessage />;
  if (loading || currentYear === null) return <LoadingStatus />;
  return <BenchmarkDisclosureSection year={currentYear} />;
}
