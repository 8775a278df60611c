import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ApiTokensDocument, RevokeApiTokenDocument, type ApiTokenRow_TokenFragment, type Role } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { apiError } from '../../ui/forms/apiError';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { CreateApiTokenForm } from './CreateApiTokenForm';
import { NewTokenSecret } from './NewTokenSecret';

function tokenState(token: ApiTokenRow_TokenFragment) {
  if (token.revokedAt) return nl.tokens.revoked(nl.dateTime(token.revokedAt));
  if (!token.active) return nl.tokens.expired;
  return nl.tokens.active;
}

export function ApiTokensSection({ role }: { role: Role }) {
  const t = nl.tokens;
  const { data, loading, error } = useQuery(ApiTokensDocument, { fetchPolicy: 'cache-and-network' });
  const [revoke] = useMutation(RevokeApiTokenDocument);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const createHeadingRef = useRef<HTMLHeadingElement>(null);
  const dismissed = useRef(false);

  // After the secret box closes, continue at the form it came from.
  useEffect(() => {
    if (!created && dismissed.current) {
      dismissed.current = false;
      createHeadingRef.current?.focus();
    }
  }, [created]);

  const onRevoke = async (token: ApiTokenRow_TokenFragment) => {
    setProblem(null);
    try {
      await revoke({ variables: { id: token.id } });
      setNotice(t.revokedNotice(token.name));
    } catch (e) {
      setProblem(apiError(e).message);
    }
  };

  return (
    <section aria-labelledby="account-tokens">
      <Heading level={2} id="account-tokens">
        {t.heading}
      </Heading>
      <Paragraph>{t.intro}</Paragraph>
      {created && (
        <NewTokenSecret
          name={created.name}
          secret={created.secret}
          onDismiss={() => {
            dismissed.current = true;
            setCreated(null);
          }}
        />
      )}
      <div role="status">{notice && <Alert type="ok">{notice}</Alert>}</div>
      <div role="alert">{problem && <Alert type="error">{problem}</Alert>}</div>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage />}
      {data && data.apiTokens.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {data && data.apiTokens.length > 0 && <ApiTokensTable tokens={data.apiTokens} onRevoke={(token) => void onRevoke(token)} />}
      <Heading level={3} id="account-token-nieuw" ref={createHeadingRef} tabIndex={-1}>
        {t.createHeading}
      </Heading>
      <CreateApiTokenForm
        role={role}
        onCreated={(name, secret) => {
          setNotice(null);
          setCreated({ name, secret });
        }}
      />
    </section>
  );
}

function ApiTokensTable({ tokens, onRevoke }: { tokens: ApiTokenRow_TokenFragment[]; onRevoke: (token: ApiTokenRow_TokenFragment) => void }) {
  const t = nl.tokens;
  return (
    <Table id="account-tokens-tabel" caption={t.caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnName}</TableHeaderCell>
          <TableHeaderCell>{t.columnPrefix}</TableHeaderCell>
          <TableHeaderCell>{t.columnScopes}</TableHeaderCell>
          <TableHeaderCell>{t.columnExpires}</TableHeaderCell>
          <TableHeaderCell>{t.columnLastUsed}</TableHeaderCell>
          <TableHeaderCell>{t.columnState}</TableHeaderCell>
          <TableHeaderCell>{t.columnAction}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tokens.map((token) => (
          <TableRow key={token.id}>
            <TableHeaderCell scope="row">{token.name}</TableHeaderCell>
            <TableCell>
              <code>{token.prefix}…</code>
            </TableCell>
            <TableCell>
              <ul className="monitor-plain-list">
                {token.scopes.map((scope) => (
                  <li key={scope}>{nl.scopes[scope]}</li>
                ))}
              </ul>
            </TableCell>
            <TableCell>{nl.dateTime(token.expiresAt)}</TableCell>
            <TableCell>{token.lastUsedAt ? nl.dateTime(token.lastUsedAt) : t.neverUsed}</TableCell>
            <TableCell>{tokenState(token)}</TableCell>
            <TableCell>
              {token.active && (
                <Button aria-label={t.revokeLabel(token.name)} onClick={() => onRevoke(token)}>
                  {t.revoke}
                </Button>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
