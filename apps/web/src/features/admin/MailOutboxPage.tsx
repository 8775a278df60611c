import { useQuery } from '@apollo/client/react';
import { MailOutboxDocument } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';

export default function MailOutboxPage() {
  const t = nl.mail;
  useDocumentTitle(t.title);
  const { data, loading, error } = useQuery(MailOutboxDocument, { variables: { first: 100 }, fetchPolicy: 'cache-and-network' });
  const messages = data?.mailOutbox ?? [];
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage />}
      {data && messages.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {messages.length > 0 && (
        <Table id="e-mail-tabel" caption={t.caption(messages.length)}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t.columnCreated}</TableHeaderCell>
              <TableHeaderCell>{t.columnTo}</TableHeaderCell>
              <TableHeaderCell>{t.columnSubject}</TableHeaderCell>
              <TableHeaderCell>{t.columnState}</TableHeaderCell>
              <TableHeaderCell>{t.columnBody}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {messages.map((message) => (
              <TableRow key={message.id}>
                <TableHeaderCell scope="row">{nl.dateTime(message.createdAt)}</TableHeaderCell>
                <TableCell>{message.to}</TableCell>
                <TableCell>{message.subject}</TableCell>
                <TableCell>{message.sentAt ? t.sent(nl.dateTime(message.sentAt)) : message.error ? t.failed(message.error) : t.queued}</TableCell>
                <TableCell>
                  <details>
                    <summary>{t.showBody}</summary>
                    <pre className="monitor-mail-body">{message.body}</pre>
                  </details>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}
