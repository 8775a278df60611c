import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { PublishFactsheetDocument, UnpublishFactsheetDocument, type FactsheetDraftQuery } from '../../gql/__generated__/graphql';
import { nlFactsheet } from '../../i18n/nl.factsheet';
import { useSession } from '../../app/session/useSession';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { apiError } from '../../ui/forms/apiError';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { FactsheetBody } from './FactsheetBody';
import { mayPublishFactsheets } from './factsheetAccess';

const t = nlFactsheet.editor;
type Draft = NonNullable<FactsheetDraftQuery['factsheetDraft']>;
type Outcome = { type: 'ok' | 'error'; text: string } | null;

/** Status, publishing (administrators) and the preview of the saved draft with the figures of now. */
export function FactsheetDraftPreview({ draft }: { draft: Draft }) {
  return (
    <>
      <PublishSection draft={draft} />
      <section aria-labelledby="factsheet-voorbeeld-kop" className="monitor-factsheet-editor__preview">
        <Heading level={2} id="factsheet-voorbeeld-kop">
          {t.previewHeading}
        </Heading>
        <Paragraph>{t.previewIntro}</Paragraph>
        <FactsheetBody introHtml={draft.introHtml} conclusionHtml={draft.conclusionHtml} blocks={draft.blocks} headingLevel={3} />
      </section>
    </>
  );
}

function PublishSection({ draft }: { draft: Draft }) {
  const { me } = useSession();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const refetchQueries = ['FactsheetDrafts', 'FactsheetDraft', 'Factsheets'];
  const [publish, published] = useMutation(PublishFactsheetDocument, { refetchQueries, awaitRefetchQueries: true });
  const [unpublish, unpublished] = useMutation(UnpublishFactsheetDocument, { refetchQueries, awaitRefetchQueries: true });
  const online = draft.publishedRevision !== null && !draft.unpublishedAt;

  const run = async (action: () => Promise<string>) => {
    setOutcome(null);
    try {
      setOutcome({ type: 'ok', text: await action() });
    } catch (error) {
      setOutcome({ type: 'error', text: apiError(error).message });
    }
  };
  const doPublish = () => run(async () => t.published((await publish({ variables: { slug: draft.slug } })).data?.publishFactsheet.revision ?? 0));
  const doUnpublish = () =>
    run(async () => {
      await unpublish({ variables: { slug: draft.slug } });
      return t.unpublished;
    });

  return (
    <section aria-labelledby="factsheet-publiceren-kop">
      <Heading level={2} id="factsheet-publiceren-kop">
        {t.publishHeading}
      </Heading>
      <Paragraph>
        {t.status}: {nlFactsheet.admin.status(draft.publishedRevision, draft.unpublishedAt)}.{' '}
        {online && <RouterLink to={`/factsheets/${draft.slug}`}>{t.viewPublished}</RouterLink>}
      </Paragraph>
      <div aria-live="polite">{outcome && <Alert type={outcome.type}>{outcome.text}</Alert>}</div>
      {mayPublishFactsheets(me?.role) ? (
        <div className="monitor-actions">
          <Button appearance="primary-action-button" disabled={published.loading} onClick={() => void doPublish()}>
            {published.loading ? t.publishing : t.publish}
          </Button>
          {online && (
            <Button disabled={unpublished.loading} onClick={() => void doUnpublish()}>
              {unpublished.loading ? t.unpublishing : t.unpublish}
            </Button>
          )}
        </div>
      ) : (
        <Paragraph>{t.onlyAdmins}</Paragraph>
      )}
    </section>
  );
}
