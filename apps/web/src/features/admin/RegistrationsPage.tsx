import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { RegistrationsDocument, type RegistrationStatus } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { RegistrationCard } from './RegistrationCard';

const STATUSES: Array<[RegistrationStatus, string, string]> = [
  ['PENDING', '/beheer/aanmeldingen', nl.registrations.pending],
  ['APPROVED', '/beheer/aanmeldingen?status=APPROVED', nl.registrations.approved],
  ['REJECTED', '/beheer/aanmeldingen?status=REJECTED', nl.registrations.rejected],
];

function statusFrom(value: string | null): RegistrationStatus {
  return value === 'APPROVED' || value === 'REJECTED' ? value : 'PENDING';
}

export default function RegistrationsPage() {
  const t = nl.registrations;
  const status = statusFrom(useSearchParams()[0].get('status'));
  const statusLabel = STATUSES.find(([s]) => s === status)![2];
  useDocumentTitle(`${t.title}: ${statusLabel.toLowerCase()}`);
  const { data, loading, error } = useQuery(RegistrationsDocument, {
    variables: { status },
    fetchPolicy: 'cache-and-network',
  });
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // A decided application leaves this list at once: its status changes in the cache.
  const registrations = (data?.registrations ?? []).filter((r) => r.status === status);

  const onDecided = (message: string) => {
    setNotice(message);
    // The card (and the button that had focus) is gone; continue at the message.
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <nav aria-label={t.filterLabel} className="monitor-tabs">
        <ul className="monitor-tabs__list">
          {STATUSES.map(([s, to, label]) => (
            <li key={s}>
              <RouterLink to={to} markCurrent>
                {label}
              </RouterLink>
            </li>
          ))}
        </ul>
      </nav>
      <div role="status" ref={noticeRef} tabIndex={-1} className="monitor-notice">
        {notice && <Alert type="ok">{notice}</Alert>}
      </div>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage />}
      {data && status === 'PENDING' && (
        <>
          <Heading level={2} className="monitor-visually-hidden">
            {t.pendingHeading}
          </Heading>
          {registrations.length === 0 && <Paragraph>{t.noneWaiting}</Paragraph>}
          {registrations.map((registration) => (
            <RegistrationCard key={registration.id} registration={registration} onDecided={onDecided} />
          ))}
        </>
      )}
      {data && status !== 'PENDING' && registrations.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {data && status !== 'PENDING' && registrations.length > 0 && (
        <Table id="aanmeldingen-tabel" caption={status === 'APPROVED' ? t.approvedCaption : t.rejectedCaption}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columnName}</TableHeaderCell>
              <TableHeaderCell>{t.email}</TableHeaderCell>
              <TableHeaderCell>{t.municipality}</TableHeaderCell>
              <TableHeaderCell>{t.requestedRole}</TableHeaderCell>
              <TableHeaderCell>{status === 'APPROVED' ? t.columnRole : t.columnReason}</TableHeaderCell>
              <TableHeaderCell>{t.createdAt}</TableHeaderCell>
              <TableHeaderCell>{t.columnDecided}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {registrations.map((r) => (
              <TableRow key={r.id}>
                <TableHeaderCell scope="row">{r.name}</TableHeaderCell>
                <TableCell>{r.email}</TableCell>
                <TableCell>{r.municipality?.name ?? '—'}</TableCell>
                <TableCell>{nl.roles[r.requestedRole]}</TableCell>
                <TableCell>{status === 'APPROVED' ? (r.grantedRole ? nl.roles[r.grantedRole] : '—') : (r.rejectionReason ?? '—')}</TableCell>
                <TableCell>{nl.dateTime(r.createdAt)}</TableCell>
                <TableCell>{nl.dateTime(r.decidedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
