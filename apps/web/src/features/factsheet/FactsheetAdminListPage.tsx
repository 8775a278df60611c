import { useQuery } from '@apollo/client/react';
import { FactsheetDraftsDocument } from '../../gql/__generated__/graphql';
import { nlFactsheet } from '../../i18n/nl.factsheet';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { mayComposeFactsheets } from './factsheetAccess';

const t = nlFactsheet.admin;

/** /factsheets/beheer: every factsheet incl. drafts, for NJi staff. */
export default function FactsheetAdminListPage() {
  useDocumentTitle(t.title);
  return (
    <RequireSignIn>
      <Heading level={1}>{t.title}</Heading>
      <Gate />
    </RequireSignIn>
  );
}

function Gate() {
  const { me } = useSession();
  if (!mayComposeFactsheets(me?.role)) return <Paragraph>{t.noAccess}</Paragraph>;
  return (
    <>
      <Paragraph>{t.intro}</Paragraph>
      <ul className="monitor-link-list">
        <li>
          <RouterLink to="/factsheets/beheer/nieuw">{t.newLink}</RouterLink>
        </li>
        <li>
          <RouterLink to="/factsheets">{t.publicLink}</RouterLink>
        </li>
      </ul>
      <DraftsTable />
    </>
  );
}

function DraftsTable() {
  const { data, loading, error, refetch } = useQuery(FactsheetDraftsDocument, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <LoadingStatus />;
  if (error && !data) return <ErrorMessage onRetry={() => void refetch()} />;
  const drafts = data?.factsheetDrafts ?? [];
  if (drafts.length === 0) return <Paragraph>{t.empty}</Paragraph>;
  return (
    <Table id="factsheets-beheer" caption={t.caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnTitle}</TableHeaderCell>
          <TableHeaderCell numeric>{t.columnYear}</TableHeaderCell>
          <TableHeaderCell>{t.columnStatus}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {drafts.map((draft) => (
          <TableRow key={draft.slug}>
            <TableHeaderCell scope="row">
              <RouterLink to={`/factsheets/beheer/${draft.slug}`} aria-label={t.edit(draft.title)}>
                {draft.title}
              </RouterLink>
            </TableHeaderCell>
            <TableCell numeric>{draft.year}</TableCell>
            <TableCell>{t.status(draft.publishedRevision, draft.unpublishedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
