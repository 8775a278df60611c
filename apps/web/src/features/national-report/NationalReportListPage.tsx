import { useQuery } from '@apollo/client/react';
import { NationalReportYearsDocument } from '../../gql/__generated__/graphql';
import { nlNationalReport } from '../../i18n/nl.nationalReport';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

const t = nlNationalReport.list;

/** /jaarrapport: the years with a national report, newest first (public). */
export default function NationalReportListPage() {
  useDocumentTitle(t.title);
  const { data, loading, error, refetch } = useQuery(NationalReportYearsDocument);
  const years = data?.nationalReportYears ?? [];
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      {loading && !data ? (
        <LoadingStatus />
      ) : error ? (
        <ErrorMessage onRetry={() => void refetch()} />
      ) : years.length === 0 ? (
        <Paragraph>{t.empty}</Paragraph>
      ) : (
        <ul className="monitor-links">
          {years.map(({ year, isDemo }) => (
            <li key={year}>
              <RouterLink to={`/jaarrapport/${year}`}>{t.item(year)}</RouterLink>
              {isDemo && <span> ({t.demo})</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
