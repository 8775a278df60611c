import { nl } from '../../i18n/nl';
import { Button } from '../../ui/Button';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import type { useSubmission } from './useQuestionnaireForm';

/** "Indienen": how many required questions are still open, and a confirmation step before submitting. */
export function SubmitPanel({ submission, stillOpen }: { submission: ReturnType<typeof useSubmission>; stillOpen: number }) {
  const t = nl.questionnaire;
  const { confirming, setConfirming, submitting, confirmRef, onConfirm } = submission;
  return (
    <section aria-labelledby="indienen" className="monitor-submit monitor-no-print">
      <Heading level={2} id="indienen">
        {t.submitHeading}
      </Heading>
      <Paragraph>{t.submitIntro}</Paragraph>
      <Paragraph>{t.stillOpen(stillOpen)}</Paragraph>
      {!confirming ? (
        <Button appearance="primary-action-button" onClick={() => setConfirming(true)}>
          {t.submit}
        </Button>
      ) : (
        <div className="monitor-confirm" role="group" aria-labelledby="indienen-bevestigen">
          <Heading level={3} id="indienen-bevestigen" tabIndex={-1} ref={confirmRef}>
            {t.confirmHeading}
          </Heading>
          <Paragraph>{t.confirmBody}</Paragraph>
          <div className="monitor-actions">
            <Button appearance="primary-action-button" busy={submitting} disabled={submitting} onClick={() => void onConfirm()}>
              {submitting ? t.submitting : t.confirmSubmit}
            </Button>
            <Button disabled={submitting} onClick={() => setConfirming(false)}>
              {nl.forms.cancel}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
