import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { AccountSessionsDocument, type AccountSessionsQuery, LogoutEverywhereDocument, RevokeSessionDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { apiError } from '../../ui/forms/apiError';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';

function SessionsTable({ sessions, onRevoke }: { sessions: AccountSessionsQuery['sessions']; onRevoke: (id: string) => void }) {
  const t = nl.account;
  return (
    <Table id="account-sessies-tabel" caption={t.sessionsCaption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnStarted}</TableHeaderCell>
          <TableHeaderCell>{t.columnLastSeen}</TableHeaderCell>
          <TableHeaderCell>{t.columnExpires}</TableHeaderCell>
          <TableHeaderCell>{t.columnAddress}</TableHeaderCell>
          <TableHeaderCell>{t.columnBrowser}</TableHeaderCell>
          <TableHeaderCell>{t.columnAction}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sessions.map((session) => (
          <TableRow key={session.id}>
            <TableHeaderCell scope="row">{nl.dateTime(session.createdAt)}</TableHeaderCell>
            <TableCell>{nl.dateTime(session.lastSeenAt)}</TableCell>
            <TableCell>{nl.dateTime(session.expiresAt)}</TableCell>
            <TableCell>{session.clientAddress ?? t.unknown}</TableCell>
            <TableCell>
              {/* The raw user agent only when the parser could not name it: better than nothing. */}
              {session.deviceLabel ?? <span className="monitor-user-agent">{session.userAgent ?? t.unknown}</span>}
            </TableCell>
            <TableCell>
              {session.current ? (
                <strong>{t.currentSession}</strong>
              ) : (
                <Button aria-label={t.revokeSessionLabel(nl.dateTime(session.createdAt))} onClick={() => onRevoke(session.id)}>
                  {t.revokeSession}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function SessionsSection() {
  const t = nl.account;
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(AccountSessionsDocument, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeSessionDocument);
  const [logoutEverywhere, { loading: endingAll }] = useMutation(LogoutEverywhereDocument);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const onRevoke = async (id: string) => {
    setProblem(null);
    try {
      await revoke({
        variables: { id },
        update(cache) {
          cache.evict({ id: cache.identify({ __typename: 'Session', id }) });
          cache.gc();
        },
      });
      setNotice(t.sessionRevoked);
    } catch (e) {
      setProblem(apiError(e).message);
    }
  };

  const onLogoutEverywhere = async () => {
    setProblem(null);
    try {
      const result = await logoutEverywhere();
      const count = result.data?.logoutEverywhere ?? 0;
      await navigate('/inloggen', { state: { notice: t.loggedOutEverywhere(count) } });
      await client.resetStore().catch(() => undefined);
    } catch (e) {
      setProblem(apiError(e).message);
    }
  };

  return (
    <section aria-labelledby="account-sessies">
      <Heading level={2} id="account-sessies">
        {t.sessionsHeading}
      </Heading>
      <Paragraph>{t.sessionsIntro}</Paragraph>
      <div role="status">{notice && <Alert type="ok">{notice}</Alert>}</div>
      <div role="alert">{problem && <Alert type="error">{problem}</Alert>}</div>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage />}
      {data && <SessionsTable sessions={data.sessions} onRevoke={(id) => void onRevoke(id)} />}
      <Paragraph id="overal-uitloggen-uitleg">{t.logoutEverywhereDescription}</Paragraph>
      <Button aria-describedby="overal-uitloggen-uitleg" busy={endingAll} disabled={endingAll} onClick={() => void onLogoutEverywhere()}>
        {t.logoutEverywhere}
      </Button>
    </section>
  );
}
