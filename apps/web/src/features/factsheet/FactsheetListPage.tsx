import { useQuery } from '@apollo/client/react';
import { FactsheetsDocument } from '../../gql/__generated__/graphql';
import { nlFactsheet } from '../../i18n/nl.factsheet';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useSession } from '../../app/session/useSession';
import { mayComposeFactsheets } from './factsheetAccess';

const t = nlFactsheet.list;

/** /factsheets: every published factsheet, newest first (public). */
export default function FactsheetListPage() {
  useDocumentTitle(t.title);
  const { data, loading, error, refetch } = useQuery(FactsheetsDocument);
  const factsheets = data?.factsheets ?? [];
  const { me } = useSession();
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      {mayComposeFactsheets(me?.role) && (
        <Paragraph>
          <RouterLink to="/factsheets/beheer">{nlFactsheet.admin.manageLink}</RouterLink>
        </Paragraph>
      )}
      {loading && !data ? (
        <LoadingStatus />
      ) : error ? (
        <ErrorMessage onRetry={() => void refetch()} />
      ) : factsheets.length === 0 ? (
        <Paragraph>{t.empty}</Paragraph>
      ) : (
        <ul className="monitor-links">
          {factsheets.map((factsheet) => (
            <li key={factsheet.slug}>
              <RouterLink to={`/factsheets/${factsheet.slug}`}>{factsheet.title}</RouterLink>
              {factsheet.publishedAt && <span>. {t.meta(factsheet.year, factsheet.publishedAt)}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
