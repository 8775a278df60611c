import { hasAnswer, type Question } from '@monitor/domain';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Paragraph } from '../../ui/Paragraph';
import { RouterLink } from '../../ui/Link';
import { ExportLinks } from '../../app/response/ExportLinks';
import { QuestionSummary, type QuestionSummaryItem } from './QuestionSummary';
import type { useAutosave } from './useAutosave';
import type { usePrefill, useSubmission } from './useQuestionnaireForm';

/** "Vorig jaar overnemen" for a response without answers, with its outcome. */
export function PrefillPanel({ prefill, offer, status }: { prefill: ReturnType<typeof usePrefill>; offer: boolean; status: string }) {
  const t = nl.questionnaire;
  return (
    <>
      {offer && (
        <div className="monitor-prefill monitor-no-print">
          <Button
            appearance="primary-action-button"
            aria-describedby="vorig-jaar-uitleg"
            busy={prefill.prefilling}
            disabled={prefill.prefilling}
            onClick={() => void prefill.onPrefill()}
          >
            {t.prefill}
          </Button>
          <p id="vorig-jaar-uitleg" className="monitor-hint">
            {t.prefillDescription}
          </p>
        </div>
      )}
      <div role="status">{prefill.notice && status === 'DRAFT' && <Alert type="ok">{prefill.notice}</Alert>}</div>
      {prefill.error && (
        <Alert type="error" role="alert">
          {prefill.error}
        </Alert>
      )}
    </>
  );
}

/** Why the last submission failed, which required answers are missing, and which answers were refused. */
export function ProblemSummaries({
  submission,
  autosave,
  byKey,
  sectionOf,
  goTo,
}: {
  submission: ReturnType<typeof useSubmission>;
  autosave: ReturnType<typeof useAutosave>;
  byKey: ReadonlyMap<string, Question>;
  sectionOf: ReadonlyMap<string, { key: string; title: string }>;
  goTo: (sectionKey: string, focusId?: string | null) => void;
}) {
  const t = nl.questionnaire;
  const { missing, submitError, summaryRef } = submission;
  const summaryItems = (keys: string[], message?: (key: string) => string): QuestionSummaryItem[] =>
    keys
      .filter((key) => sectionOf.has(key))
      .map((key) => ({
        questionKey: key,
        sectionKey: sectionOf.get(key)!.key,
        text: message ? message(key) : t.missingItem(sectionOf.get(key)!.title, byKey.get(key)?.label ?? key),
      }));
  // Answered meanwhile: no longer listed.
  const stillMissing = (missing ?? []).filter((key) => !hasAnswer(autosave.values[key]));
  const fieldErrorKeys = Object.keys(autosave.fieldErrors);
  return (
    <>
      {submitError && (
        <Alert type="error" ref={summaryRef} tabIndex={-1} className="monitor-error-summary">
          <Paragraph>{submitError}</Paragraph>
        </Alert>
      )}
      {missing && stillMissing.length > 0 && (
        <QuestionSummary ref={summaryRef} heading={t.missingHeading} intro={t.missingIntro} items={summaryItems(stillMissing)} onGoTo={goTo} />
      )}
      {fieldErrorKeys.length > 0 && (
        <QuestionSummary
          heading={t.fieldErrorsHeading}
          items={summaryItems(fieldErrorKeys, (key) => `${byKey.get(key)?.label ?? key}: ${autosave.fieldErrors[key]}`)}
          onGoTo={goTo}
        />
      )}
    </>
  );
}

/** Submitted, read-only or locked: what the user can and cannot do with this response. */
export function StatusNotices({
  submission,
  readOnlyReason,
  locked,
  indicatorsPath,
}: {
  submission: ReturnType<typeof useSubmission>;
  readOnlyReason: string | null;
  locked: string | null;
  indicatorsPath: string;
}) {
  const t = nl.questionnaire;
  const { status, justSubmitted, submittedAt } = submission;
  return (
    <>
      {status === 'SUBMITTED' && (
        <Alert type="ok" ref={submission.submittedRef} tabIndex={-1} className="monitor-notice" role={justSubmitted ? 'status' : undefined}>
          <Paragraph>{justSubmitted ? t.submitted(nl.dateTime(submittedAt)) : t.readOnlySubmitted}</Paragraph>
          <Paragraph>
            <RouterLink to={indicatorsPath}>{t.toIndicators}</RouterLink>
          </Paragraph>
        </Alert>
      )}
      {readOnlyReason && <Alert type="info">{readOnlyReason}</Alert>}
      {locked && <Alert type="warning">{locked}</Alert>}
    </>
  );
}

export function ProgressBar({ percentage }: { percentage: number }) {
  return (
    <div className="monitor-progress">
      <progress id="voortgang" max={100} value={percentage} aria-labelledby="voortgang-tekst" />
      <p id="voortgang-tekst" className="monitor-progress__text">
        {nl.questionnaire.progress(percentage)}
      </p>
    </div>
  );
}

/** History, indicators and the exports of this response. */
export function ResponseLinks({ code, year }: { code: string; year: number }) {
  const t = nl.questionnaire;
  return (
    <>
      <ul className="monitor-links monitor-no-print">
        <li>
          <RouterLink to={`/vragenlijst/${code}/${year}/geschiedenis`}>{t.toHistory}</RouterLink>
        </li>
        <li>
          <RouterLink to={`/indicatoren/${code}/${year}`}>{t.toIndicators}</RouterLink>
        </li>
      </ul>
      <ExportLinks code={code} year={year} />
    </>
  );
}
