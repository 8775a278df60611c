import { useQuery } from '@apollo/client/react';
import { formatNumberNl } from '@monitor/domain';
import { HomePartnerFiguresDocument, type HomePartnerFiguresQuery } from '../../gql/__generated__/graphql';
import { nlHome } from '../../i18n/nl.home';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';

interface Member {
  code: string;
  name: string;
}

const hasValues = (data: HomePartnerFiguresQuery | undefined) => (data?.sharedIndicators ?? []).some((v) => v.value !== null);

/** This year's figures, or last year's while this year's questionnaire has none yet. */
function usePartnerFigures(agreementId: string, year: number) {
  const current = useQuery(HomePartnerFiguresDocument, { variables: { agreementId, year } });
  const previous = useQuery(HomePartnerFiguresDocument, {
    variables: { agreementId, year: year - 1 },
    skip: !current.data || hasValues(current.data),
  });
  const chosen = !current.data || hasValues(current.data) ? current : previous;
  return { year: chosen === current ? year : year - 1, data: chosen.data, loading: chosen.loading, error: chosen.error, refetch: chosen.refetch };
}

/** Rows are indicators, columns the agreement's municipalities (own first): one value per cell. */
export function PartnerFiguresTable({ agreementId, title, members, year }: { agreementId: string; title: string; members: Member[]; year: number }) {
  const t = nlHome.sharing;
  const figures = usePartnerFigures(agreementId, year);
  if (figures.loading && !figures.data) return <LoadingStatus />;
  if (figures.error && !figures.data) return <ErrorMessage onRetry={() => void figures.refetch()} />;
  if (!figures.data || !hasValues(figures.data)) return <Paragraph>{t.noFigures}</Paragraph>;
  const value = new Map(figures.data.sharedIndicators.map((v) => [`${v.municipalityCode}:${v.indicatorKey}`, v.value]));
  return (
    <Table id={`home-partners-${agreementId}`} caption={t.tableCaption(title, figures.year)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnIndicator}</TableHeaderCell>
          {members.map((m) => (
            <TableHeaderCell key={m.code} numeric>
              {m.name}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {(figures.data.questionnaire?.indicators ?? []).map((indicator) => (
          <TableRow key={indicator.key}>
            <TableHeaderCell scope="row">{indicator.label}</TableHeaderCell>
            {members.map((m) => {
              const v = value.get(`${m.code}:${indicator.key}`);
              return (
                <TableCell key={m.code} numeric>
                  {v === null || v === undefined ? t.noValue : formatNumberNl(v, 1)}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
