import { useQuery } from '@apollo/client/react';
import { HomeBenchmarkPositionDocument, type HomePosition_BenchmarkFragment } from '../../gql/__generated__/graphql';
import { nlHome } from '../../i18n/nl.home';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';

export interface GroupPosition {
  key: string;
  name: string;
  /** Indicators in the first (lowest) … fourth (highest) quartile of the group. */
  perQuartile: [number, number, number, number];
  withheld: number;
}

/** Counts the indicators per quartile of one group; groups without any published figure are left out. */
export function groupPosition(benchmarks: HomePosition_BenchmarkFragment[]): GroupPosition | null {
  const published = benchmarks.filter((b) => b.published && b.ownQuartile !== null);
  if (published.length === 0) return null;
  const perQuartile: GroupPosition['perQuartile'] = [0, 0, 0, 0];
  for (const b of published) perQuartile[(b.ownQuartile as number) - 1] += 1;
  return { key: published[0].group.key, name: published[0].group.name, perQuartile, withheld: benchmarks.length - published.length };
}

function usePositions(code: string, year: number) {
  const current = useQuery(HomeBenchmarkPositionDocument, { variables: { code, year } });
  const groupsOf = (data: typeof current.data) =>
    data ? [data.all, data.province, data.veiligThuis, data.safety, data.size].map(groupPosition).filter((g) => g !== null) : [];
  const currentGroups = groupsOf(current.data);
  // Before the questionnaire of this year closes there are no figures yet: show last year's.
  const previous = useQuery(HomeBenchmarkPositionDocument, {
    variables: { code, year: year - 1 },
    skip: !current.data || currentGroups.length > 0,
  });
  if (currentGroups.length > 0 || !current.data)
    return { year, groups: currentGroups, loading: current.loading, error: current.error, refetch: current.refetch };
  return { year: year - 1, groups: groupsOf(previous.data), loading: previous.loading, error: previous.error, refetch: previous.refetch };
}

function PositionTable({ year, groups }: { year: number; groups: GroupPosition[] }) {
  const t = nlHome.position;
  return (
    <Table id="home-positie" caption={t.caption(year)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnGroup}</TableHeaderCell>
          {t.quartiles.map((label) => (
            <TableHeaderCell key={label} numeric>
              {label}
            </TableHeaderCell>
          ))}
          <TableHeaderCell numeric>{t.columnWithheld}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.map((group) => (
          <TableRow key={group.key}>
            <TableHeaderCell scope="row">{group.name}</TableHeaderCell>
            {group.perQuartile.map((count, i) => (
              <TableCell key={t.quartiles[i]} numeric>
                {count}
              </TableCell>
            ))}
            <TableCell numeric>{group.withheld}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** "Waar staat …?": the municipality's quartile per indicator, counted per comparison group. */
export function BenchmarkPositionSection({ code, name, year }: { code: string; name: string; year: number }) {
  const t = nlHome.position;
  const positions = usePositions(code, year);
  return (
    <section aria-labelledby="home-positie-kop">
      <Heading level={2} id="home-positie-kop">
        {t.heading(name)}
      </Heading>
      {positions.loading && <LoadingStatus />}
      {positions.error && <ErrorMessage onRetry={() => void positions.refetch()} />}
      {!positions.loading && !positions.error && positions.groups.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {positions.groups.length > 0 && (
        <>
          <Paragraph>{t.intro}</Paragraph>
          <PositionTable year={positions.year} groups={positions.groups} />
          <Paragraph>{t.withheldNote}</Paragraph>
          <Paragraph>
            <RouterLink to={`/vergelijken/${code}/${positions.year}`}>{t.link}</RouterLink>
          </Paragraph>
        </>
      )}
    </section>
  );
}
