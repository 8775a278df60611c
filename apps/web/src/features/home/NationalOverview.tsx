import { useQuery } from '@apollo/client/react';
import { NationalHomeDocument, PendingRegistrationCountDocument, type Role } from '../../gql/__generated__/graphql';
import { nlHome } from '../../i18n/nl.home';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { NationalForumSection } from './NationalForumSection';

function QuestionnairesSection() {
  const t = nlHome.national;
  const { data, loading, error, refetch } = useQuery(NationalHomeDocument);
  const list = [...(data?.questionnaires ?? [])].sort((a, b) => b.year - a.year);
  return (
    <section aria-labelledby="home-vragenlijsten-kop">
      <Heading level={2} id="home-vragenlijsten-kop">
        {t.questionnairesHeading}
      </Heading>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage onRetry={() => void refetch()} />}
      {data && list.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {list.length > 0 && (
        <Table id="home-vragenlijsten" caption={t.caption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columnYear}</TableHeaderCell>
              <TableHeaderCell>{t.columnTitle}</TableHeaderCell>
              <TableHeaderCell>{t.columnStatus}</TableHeaderCell>
              <TableHeaderCell>{t.columnPeriod}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {list.map((q) => (
              <TableRow key={q.year}>
                <TableHeaderCell scope="row">{q.year}</TableHeaderCell>
                <TableCell>{q.title}</TableCell>
                <TableCell>{t.status[q.status] ?? q.status}</TableCell>
                <TableCell>{t.period(q.opensOn, q.closesOn)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}

function PendingRegistrations() {
  const { data } = useQuery(PendingRegistrationCountDocument);
  if (!data) return null;
  return (
    <li>
      <RouterLink to="/beheer/aanmeldingen">{nlHome.national.pending(data.registrations.length)}</RouterLink>
    </li>
  );
}

function WorkSection({ role }: { role: Role }) {
  const t = nlHome.national;
  const isAdmin = role === 'ADMIN';
  return (
    <section aria-labelledby="home-werk-kop">
      <Heading level={2} id="home-werk-kop">
        {t.workHeading}
      </Heading>
      <ul className="monitor-link-list">
        {isAdmin && <PendingRegistrations />}
        <li>
          <RouterLink to="/gemeenten">{t.links.municipalities}</RouterLink>
        </li>
        <li>
          <RouterLink to="/vergelijken">{t.links.benchmark}</RouterLink>
        </li>
        <li>
          <RouterLink to="/factsheets/beheer">{t.links.factsheets}</RouterLink>
        </li>
        {isAdmin && (
          <>
            <li>
              <RouterLink to="/beheer/vragenlijsten">{t.links.questionnaires}</RouterLink>
            </li>
            <li>
              <RouterLink to="/beheer/openbaarmaking">{t.links.disclosure}</RouterLink>
            </li>
            <li>
              <RouterLink to="/beheer/cbs-import">{t.links.cbsImport}</RouterLink>
            </li>
            <li>
              <RouterLink to="/beheer/gebruikers">{t.links.users}</RouterLink>
            </li>
          </>
        )}
      </ul>
    </section>
  );
}

/** The home page of NJi staff (analysts and administrators): the questionnaires and their work pages. */
export function NationalOverview({ role }: { role: Role }) {
  const t = nlHome.national;
  useDocumentTitle(t.title);
  return (
    <>
      <Heading level={1}>{t.heading}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <QuestionnairesSection />
      <WorkSection role={role} />
      <NationalForumSection role={role} />
    </>
  );
}
