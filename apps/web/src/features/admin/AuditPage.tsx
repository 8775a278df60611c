import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { AuditEventsDocument, type AuditEventFilter, type AuditEventsQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import { FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Select } from '../../ui/Select';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { TextInput } from '../../ui/TextInput';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { auditDetails } from './auditDetails';

const PAGE_SIZE = 50;

type AuditEvent = AuditEventsQuery['auditEvents']['edges'][number]['node'];

interface Draft {
  type: string;
  actor: string;
  from: string;
  to: string;
}

/** yyyy-mm-dd (a local calendar day) → the ISO moment that day starts, optionally a day later. */
function dayStart(date: string, addDays = 0): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + addDays).toISOString();
}

function toFilter(draft: Draft): AuditEventFilter {
  return {
    type: draft.type || null,
    actor: draft.actor.trim() || null,
    from: dayStart(draft.from),
    // "to" is exclusive on the server: up to and including the chosen day means before the next one.
    to: dayStart(draft.to, 1),
  };
}

function Details({ value }: { value: Record<string, unknown> }) {
  const lines = auditDetails(value);
  if (lines.length === 0) return null;
  return (
    <dl className="monitor-audit-details">
      {lines.map((line) => (
        <div key={line.label}>
          <dt>{line.label}</dt>
          <dd>{line.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function AuditPage() {
  const t = nl.audit;
  useDocumentTitle(t.title);
  const [draft, setDraft] = useState<Draft>({ type: '', actor: '', from: '', to: '' });
  const [filter, setFilter] = useState<AuditEventFilter>(toFilter(draft));
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(AuditEventsDocument, {
    variables: { first: PAGE_SIZE, filter },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.auditEvents;
  const events = connection?.edges.map((e) => e.node) ?? [];

  const onFilter = (event: FormEvent) => {
    event.preventDefault();
    setFilter(toFilter(draft));
  };

  const onMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          auditEvents: {
            ...fetchMoreResult.auditEvents,
            edges: [...previous.auditEvents.edges, ...fetchMoreResult.auditEvents.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph>{t.intro}</Paragraph>
      <AuditFilterForm draft={draft} setDraft={setDraft} onFilter={onFilter} />
      {loading && !data && <LoadingStatus />}
      {error && !data && <ErrorMessage />}
      {connection && events.length === 0 && <Paragraph>{t.none}</Paragraph>}
      {connection && events.length > 0 && <AuditTable events={events} totalCount={connection.totalCount} />}
      <p role="status" className="monitor-status">
        {loadingMore ? t.loadingMore : ''}
      </p>
      {connection?.pageInfo.hasNextPage && (
        <Button onClick={() => void onMore()} busy={loadingMore} disabled={loadingMore}>
          {t.more}
        </Button>
      )}
    </>
  );
}

function AuditFilterForm({ draft, setDraft, onFilter }: { draft: Draft; setDraft: (draft: Draft) => void; onFilter: (event: FormEvent) => void }) {
  const t = nl.audit;
  const set = (name: keyof Draft) => (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value });
  return (
    <form role="search" aria-labelledby="audit-filter" onSubmit={onFilter} className="monitor-form monitor-filter">
      <Heading level={2} id="audit-filter">
        {t.filterHeading}
      </Heading>
      <div className="monitor-filter__fields">
        <FormField inputId="audit-type" label={t.type}>
          <Select id="audit-type" value={draft.type} onChange={set('type')}>
            <option value="">{t.allTypes}</option>
            {Object.entries(nl.auditTypes).map(([type, label]) => (
              <option key={type} value={type}>
                {label}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField inputId="audit-actor" label={t.actor}>
          <TextInput id="audit-actor" type="search" value={draft.actor} onChange={set('actor')} />
        </FormField>
        <FormField inputId="audit-van" label={t.from}>
          <TextInput id="audit-van" type="date" value={draft.from} onChange={set('from')} />
        </FormField>
        <FormField inputId="audit-tot" label={t.to}>
          <TextInput id="audit-tot" type="date" value={draft.to} onChange={set('to')} />
        </FormField>
      </div>
      <Button type="submit">{t.filter}</Button>
    </form>
  );
}

function AuditTable({ events, totalCount }: { events: AuditEvent[]; totalCount: number }) {
  const t = nl.audit;
  return (
    <Table id="audit-tabel" caption={t.caption(events.length, totalCount)}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t.columnWhen}</TableHeaderCell>
          <TableHeaderCell>{t.columnType}</TableHeaderCell>
          <TableHeaderCell>{t.columnActor}</TableHeaderCell>
          <TableHeaderCell>{t.columnSubject}</TableHeaderCell>
          <TableHeaderCell>{t.columnAddress}</TableHeaderCell>
          <TableHeaderCell>{t.columnDetails}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id}>
            <TableHeaderCell scope="row">{nl.dateTime(event.occurredAt)}</TableHeaderCell>
            <TableCell>{nl.auditTypes[event.type] ?? event.type}</TableCell>
            <TableCell>{event.actorLabel}</TableCell>
            <TableCell>{event.subjectLabel ?? event.subjectId ?? '—'}</TableCell>
            <TableCell>{event.clientAddress ?? '—'}</TableCell>
            <TableCell className="monitor-details">
              <Details value={event.details} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
