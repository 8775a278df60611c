import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { PracticeExampleDocument, SetPracticeExampleHiddenDocument, type PracticeExampleQuery } from '../../gql/__generated__/graphql';
import { nlPractice } from '../../i18n/nl.practice';
import { RequireSignIn } from '../../app/session/RequireSignIn';
import { useSession } from '../../app/session/useSession';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { apiError } from '../../ui/forms/apiError';
import { Heading } from '../../ui/Heading';
import { Link, RouterLink } from '../../ui/Link';
import { LoadingStatus } from '../../ui/LoadingStatus';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import './practice.css';

const t = nlPractice.example;
type Example = NonNullable<PracticeExampleQuery['practiceExample']>;

/** /praktijkvoorbeelden/:id: one example with its band at publication, contact (with consent) and source. */
export default function PracticeExamplePage() {
  return (
    <RequireSignIn>
      <ExampleLoader />
    </RequireSignIn>
  );
}

function ExampleLoader() {
  const id = Number(useParams().id);
  const valid = Number.isSafeInteger(id) && id > 0;
  const { data, loading, error, refetch } = useQuery(PracticeExampleDocument, { variables: { id }, skip: !valid, fetchPolicy: 'cache-and-network' });
  const example = data?.practiceExample ?? null;
  useDocumentTitle(example?.title ?? nlPractice.list.title);
  if (loading && !data) return <LoadingStatus />;
  if (error) return <ErrorMessage onRetry={() => void refetch()} />;
  if (!example) {
    return (
      <>
        <Heading level={1}>{nlPractice.list.title}</Heading>
        <Paragraph>{t.notFound}</Paragraph>
        <Paragraph>
          <RouterLink to="/praktijkvoorbeelden">{t.back}</RouterLink>
        </Paragraph>
      </>
    );
  }
  return <ExampleView example={example} />;
}

function ExampleView({ example }: { example: Example }) {
  const { me } = useSession();
  return (
    <article className="monitor-practice-example">
      <Paragraph>
        <RouterLink to="/praktijkvoorbeelden">{t.back}</RouterLink>
      </Paragraph>
      <Heading level={1}>{example.title}</Heading>
      {example.hidden && <Alert type="warning">{t.hidden(example.hiddenReason)}</Alert>}
      {example.canEdit && (
        <Paragraph>
          <RouterLink to={`/praktijkvoorbeelden/${example.id}/bewerken`}>{t.edit}</RouterLink>
        </Paragraph>
      )}
      <DataList
        items={[
          { key: 'municipality', label: t.municipality, value: example.municipalityName ?? example.municipalityCode },
          {
            key: 'indicator',
            label: t.indicator,
            value: (
              <RouterLink to={`/praktijkvoorbeelden?indicator=${encodeURIComponent(example.indicatorKey)}`}>
                {example.indicatorLabel ?? example.indicatorKey}
              </RouterLink>
            ),
          },
          { key: 'measure', label: t.measure, value: example.measure },
          { key: 'band', label: t.band, value: bandText(example) },
          { key: 'published', label: t.published, value: t.publishedBy(example.publishedAt, example.authorName) },
        ]}
      />
      {/* sanitised on the server (the knowledge base's Markdown renderer and allow-list) */}
      <div className="monitor-practice-example__body" dangerouslySetInnerHTML={{ __html: example.html }} />
      <section aria-labelledby="praktijk-contact">
        <Heading level={2} id="praktijk-contact">
          {t.contact}
        </Heading>
        {example.contact ? (
          <Paragraph>
            {example.contact.name}, <Link href={`mailto:${example.contact.email}`}>{example.contact.email}</Link>
          </Paragraph>
        ) : (
          <Paragraph>{t.noContact}</Paragraph>
        )}
      </section>
      {example.source && (
        <section aria-labelledby="praktijk-bron">
          <Heading level={2} id="praktijk-bron">
            {t.source}
          </Heading>
          <Paragraph>{example.source}</Paragraph>
        </section>
      )}
      {me?.role === 'ADMIN' && <Moderation example={example} />}
    </article>
  );
}

function bandText(example: Example): string {
  if (!example.bandLabel || example.bandValue === null || example.bandYear === null) return t.noBand;
  return t.bandText(example.bandLabel, example.bandValue, example.bandYear);
}

function Moderation({ example }: { example: Example }) {
  const [reason, setReason] = useState('');
  const [setHidden, { loading, error }] = useMutation(SetPracticeExampleHiddenDocument);
  const change = (hidden: boolean) =>
    void setHidden({ variables: { id: example.id, hidden, reason: hidden ? reason : null } }).catch(() => undefined);
  return (
    <section aria-labelledby="praktijk-beheer">
      <Heading level={2} id="praktijk-beheer">
        {t.moderation}
      </Heading>
      {error && (
        <Alert type="error" role="alert">
          {apiError(error).message}
        </Alert>
      )}
      {example.hidden ? (
        <Button onClick={() => change(false)} disabled={loading}>
          {t.show}
        </Button>
      ) : (
        <>
          <FormField inputId="praktijk-reden" label={t.hideReason} description={t.hideReasonHint} descriptionId="praktijk-reden-hint">
            <TextInput id="praktijk-reden" value={reason} aria-describedby="praktijk-reden-hint" onChange={(e) => setReason(e.target.value)} />
          </FormField>
          <Button onClick={() => change(true)} disabled={loading}>
            {t.hide}
          </Button>
        </>
      )}
    </section>
  );
}
