import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { DATABANK_LABELS, RECOGNITION_LABELS } from '@monitor/domain';
import { InterventionCatalogueDocument, type CatalogueEntry_InterventionFragment } from '../../gql/__generated__/graphql';
import { catalogueText as t } from '../../i18n/nl.catalogue';
import { useSession } from '../../app/session/useSession';
import { Button } from '../../ui/Button';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Heading } from '../../ui/Heading';
import { Link, RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '../../ui/Table';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useHashTarget } from '../../ui/useHashTarget';
import { InterventionForm } from './InterventionForm';
import './supply.css';

type Entry = CatalogueEntry_InterventionFragment;

/** /aanbod/catalogus: the intervention catalogue (public); NJi administrators and knowledge editors add and change entries. */
export default function CataloguePage() {
  useDocumentTitle(t.title);
  const { me } = useSession();
  const canEdit = me?.role === 'ADMIN' || me?.role === 'KNOWLEDGE_EDITOR';
  const { data, loading, error, refetch } = useQuery(InterventionCatalogueDocument);
  // the effect tables link to one intervention's row
  useHashTarget(!loading);
  const [editing, setEditing] = useState<Entry | null>(null);
  const entries = data?.interventions ?? [];
  return (
    <>
      <Heading level={1}>{t.title}</Heading>
      <Paragraph purpose="lead">{t.intro}</Paragraph>
      <Paragraph>{t.codeNote}</Paragraph>
      <Paragraph>
        <RouterLink to="/effectmonitoring">{t.toEffects}</RouterLink>
      </Paragraph>
      {loading && !data && <LoadingStatus text={t.loading} />}
      {error && <ErrorMessage onRetry={() => void refetch()} />}
      {data && (entries.length === 0 ? <Paragraph>{t.none}</Paragraph> : <CatalogueTable entries={entries} onEdit={canEdit ? setEditing : null} />)}
      {canEdit && (
        <section aria-labelledby="catalogus-formulier-kop">
          <Heading level={2} id="catalogus-formulier-kop">
            {editing ? t.formHeadingEdit(editing.name) : t.formHeadingNew}
          </Heading>
          <InterventionForm key={editing?.id ?? 'nieuw'} entry={editing} onDone={() => setEditing(null)} />
        </section>
      )}
    </>
  );
}

function CatalogueTable({ entries, onEdit }: { entries: readonly Entry[]; onEdit: ((entry: Entry) => void) | null }) {
  const c = t.columns;
  return (
    <Table id="tabel-catalogus" caption={t.caption(entries.length)}>
      <TableHeader>
        <TableRow>
          {[c.name, c.code, c.databank, c.level, c.effects].map((label) => (
            <TableHeaderCell key={label}>{label}</TableHeaderCell>
          ))}
          {onEdit && <TableHeaderCell>{c.actions}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableHeaderCell scope="row" id={`interventie-${entry.code}`}>
              {entry.name}
              {entry.isDemo && <span className="monitor-badge"> {t.demo}</span>}
              {entry.databankUrl && (
                <>
                  {' '}
                  (<Link href={entry.databankUrl}>{t.record}</Link>)
                </>
              )}
            </TableHeaderCell>
            <TableCell>
              <code>{entry.code}</code>
            </TableCell>
            <TableCell>{DATABANK_LABELS[entry.databank]}</TableCell>
            <TableCell>{RECOGNITION_LABELS[entry.recognitionLevel]}</TableCell>
            <TableCell>
              {entry.effectResultsPublished ? (
                <RouterLink to={`/effectmonitoring#effect-${entry.code}`}>{t.effectsAvailable}</RouterLink>
              ) : (
                t.noEffects
              )}
            </TableCell>
            {onEdit && (
              <TableCell>
                <Button aria-label={t.editLabel(entry.name)} onClick={() => onEdit(entry)}>
                  {t.edit}
                </Button>
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
