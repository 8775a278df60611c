import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { hasAnswer, indexQuestions, isVisible, overallProgress, sectionProgress, ErrorCode } from '@monitor/domain';
import {
  PrefillFromPreviousYearDocument,
  SubmitResponseDocument,
  type QuestionnaireResponseQuery,
  type ResponseStatus,
} from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { apiError } from '../../ui/forms/apiError';
import { ConflictPanel } from './ConflictPanel';
import { formatAnswer, questionId, sectionOfQuestion, toDefinition } from './definition';
import { ExportLinks } from '../../app/response/ExportLinks';
import { QuestionField } from './QuestionField';
import { QuestionSummary, type QuestionSummaryItem } from './QuestionSummary';
import { ReopenForm } from './ReopenForm';
import { SaveStatus } from './SaveStatus';
import { SectionNav } from './SectionNav';
import { useAutosave } from './useAutosave';

export type ResponseData = QuestionnaireResponseQuery['response'];

/**
 * The questionnaire of one municipality and year: one section at a time, saved as the user goes,
 * submitted at the end. Read-only for viewers, NJi, after submission and outside the open period.
 */
export function QuestionnaireForm({
  response,
  canEdit,
  isAdmin = false,
}: {
  response: ResponseData;
  /** The signed-in user may write this municipality's answers (editor of this municipality). */
  canEdit: boolean;
  isAdmin?: boolean;
}) {
  const t = nl.questionnaire;
  const { questionnaire } = response;
  const code = response.municipalityCode;
  const year = response.year;
  const definition = useMemo(() => toDefinition(questionnaire), [questionnaire]);
  const byKey = useMemo(() => indexQuestions(definition), [definition]);
  const sectionOf = useMemo(() => sectionOfQuestion(definition), [definition]);

  const [status, setStatus] = useState<ResponseStatus>(response.status);
  const [submittedAt, setSubmittedAt] = useState(response.submittedAt);
  const autosave = useAutosave({ municipalityCode: code, year, definition, response });
  const { values } = autosave;
  const editable = canEdit && status === 'DRAFT' && questionnaire.status === 'OPEN' && !autosave.locked;

  // --- which section, and where the focus goes after switching ---
  const [params, setParams] = useSearchParams();
  const requested = params.get('sectie');
  const sectionIndex = Math.max(
    0,
    definition.sections.findIndex((s) => s.key === requested),
  );
  const section = definition.sections[sectionIndex];
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAfterSwitch = useRef<{ section: string; id: string } | null>(null);
  const [switches, setSwitches] = useState(0);

  const goTo = useCallback(
    (sectionKey: string, focusId: string | null = null) => {
      focusAfterSwitch.current = { section: sectionKey, id: focusId ?? 'sectie-titel' };
      setParams({ sectie: sectionKey });
      setSwitches((n) => n + 1);
    },
    [setParams],
  );

  // Once the chosen section is on screen, the focus goes to its heading (or the linked question).
  useEffect(() => {
    const wanted = focusAfterSwitch.current;
    if (switches === 0 || !wanted || wanted.section !== section.key) return;
    const target = document.getElementById(wanted.id);
    focusAfterSwitch.current = null;
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
    }
  }, [switches, section.key]);

  // --- progress (the same rules as the server, on what is on screen) ---
  const percentage = overallProgress(definition, values);
  const perSection = sectionProgress(definition, values);
  const visibleInSection = section.questions.filter((q) => isVisible(q, values, byKey));

  // --- prefill ---
  const [prefill, { loading: prefilling }] = useMutation(PrefillFromPreviousYearDocument);
  const [prefillNotice, setPrefillNotice] = useState<string | null>(null);
  const [prefillError, setPrefillError] = useState<string | null>(null);
  const noAnswersYet = Object.values(values).every((v) => !hasAnswer(v));
  const onPrefill = async () => {
    setPrefillError(null);
    await autosave.settle();
    try {
      const { data } = await prefill({ variables: { municipalityCode: code, year } });
      if (!data) return;
      autosave.reset(data.prefillFromPreviousYear.response);
      setPrefillNotice(t.prefilled(data.prefillFromPreviousYear.copied));
    } catch (error) {
      const problem = apiError(error);
      if (problem.code === ErrorCode.CONFLICT) autosave.lock(problem.message);
      setPrefillError(problem.message);
    }
  };

  // --- conflicts take the focus when they appear ---
  const conflictRef = useRef<HTMLDivElement>(null);
  const conflictCount = autosave.conflicts.length;
  const lastConflictCount = useRef(0);
  useEffect(() => {
    if (conflictCount > lastConflictCount.current) conflictRef.current?.focus();
    lastConflictCount.current = conflictCount;
  }, [conflictCount]);

  // --- submit ---
  const [submit, { loading: submitting }] = useMutation(SubmitResponseDocument);
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitAttempt, setSubmitAttempt] = useState(0);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const submittedRef = useRef<HTMLDivElement>(null);
  const [justSubmitted, setJustSubmitted] = useState(false);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (submitAttempt > 0) summaryRef.current?.focus();
  }, [submitAttempt]);
  useEffect(() => {
    if (justSubmitted) submittedRef.current?.focus();
  }, [justSubmitted]);

  const onConfirm = async () => {
    setSubmitError(null);
    setMissing(null);
    const saved = await autosave.settle();
    if (!saved || Object.keys(autosave.fieldErrors).length > 0) {
      setSubmitError(t.unsavedBeforeSubmit);
      setConfirming(false);
      setSubmitAttempt((n) => n + 1);
      return;
    }
    try {
      const { data } = await submit({ variables: { municipalityCode: code, year } });
      if (!data) return;
      setStatus(data.submitResponse.status);
      setSubmittedAt(data.submitResponse.submittedAt);
      setConfirming(false);
      setJustSubmitted(true);
    } catch (error) {
      const problem = apiError(error);
      setConfirming(false);
      if (problem.code === ErrorCode.BAD_USER_INPUT && Object.keys(problem.fields).length > 0) {
        setMissing(Object.keys(problem.fields));
      } else {
        if (problem.code === ErrorCode.CONFLICT) autosave.lock(problem.message);
        setSubmitError(problem.message);
      }
      setSubmitAttempt((n) => n + 1);
    }
  };

  const summaryItems = (keys: string[], message?: (key: string) => string): QuestionSummaryItem[] =>
    keys
      .filter((key) => sectionOf.has(key))
      .map((key) => ({
        questionKey: key,
        sectionKey: sectionOf.get(key)!.key,
        text: message ? message(key) : t.missingItem(sectionOf.get(key)!.title, byKey.get(key)?.label ?? key),
      }));
  // Answered meanwhile: no longer listed.
  const stillMissing = (missing ?? []).filter((key) => !hasAnswer(values[key]));
  const fieldErrorKeys = Object.keys(autosave.fieldErrors);
  const stillOpen = perSection.reduce((sum, s) => sum + s.required - s.requiredAnswered, 0);
  const isDemo = response.isDemo || questionnaire.isDemo;
  const indicatorsPath = `/indicatoren/${code}/${year}`;

  const readOnlyReason = !canEdit ? t.readOnlyViewer : status === 'SUBMITTED' ? null : questionnaire.status !== 'OPEN' ? t.readOnlyClosed : null;

  return (
    <>
      <Heading level={1}>{questionnaire.title}</Heading>
      {isDemo && (
        <p className="monitor-demo-note">
          <span className="monitor-badge monitor-badge--demo">{t.demoBadge}</span> {t.demoExplanation}
        </p>
      )}
      <DataList
        items={[
          {
            key: 'municipality',
            label: nl.questionnaire.chooserMunicipality,
            value: `${response.municipality?.name ?? code} (${code})`,
          },
          {
            key: 'status',
            label: t.statusLabel,
            value: status === 'SUBMITTED' ? t.statusSubmitted(nl.dateTime(submittedAt)) : t.statusDraft,
          },
          {
            key: 'period',
            label: t.questionnaireStatus(nl.questionnaireStatus[questionnaire.status] ?? questionnaire.status),
            value:
              questionnaire.status === 'CLOSED'
                ? t.closedOn(nl.date(questionnaire.closesOn))
                : questionnaire.status === 'OPEN'
                  ? t.closesOn(nl.date(questionnaire.closesOn))
                  : t.opensOn(nl.date(questionnaire.opensOn)),
          },
        ]}
      />

      {status === 'SUBMITTED' && (
        <Alert type="ok" ref={submittedRef} tabIndex={-1} className="monitor-notice" role={justSubmitted ? 'status' : undefined}>
          <Paragraph>{justSubmitted ? t.submitted(nl.dateTime(submittedAt)) : t.readOnlySubmitted}</Paragraph>
          <Paragraph>
            <RouterLink to={indicatorsPath}>{t.toIndicators}</RouterLink>
          </Paragraph>
        </Alert>
      )}
      {readOnlyReason && <Alert type="info">{readOnlyReason}</Alert>}
      {autosave.locked && <Alert type="warning">{autosave.locked}</Alert>}

      {editable && <Paragraph className="monitor-intro">{questionnaire.introduction}</Paragraph>}

      {editable && noAnswersYet && (
        <div className="monitor-prefill monitor-no-print">
          <Button
            appearance="primary-action-button"
            aria-describedby="vorig-jaar-uitleg"
            busy={prefilling}
            disabled={prefilling}
            onClick={() => void onPrefill()}
          >
            {t.prefill}
          </Button>
          <p id="vorig-jaar-uitleg" className="monitor-hint">
            {t.prefillDescription}
          </p>
        </div>
      )}
      <div role="status">{prefillNotice && status === 'DRAFT' && <Alert type="ok">{prefillNotice}</Alert>}</div>
      {prefillError && (
        <Alert type="error" role="alert">
          {prefillError}
        </Alert>
      )}

      <div className="monitor-progress">
        <progress id="voortgang" max={100} value={percentage} aria-labelledby="voortgang-tekst" />
        <p id="voortgang-tekst" className="monitor-progress__text">
          {t.progress(percentage)}
        </p>
      </div>

      {editable && (
        <SaveStatus
          state={autosave.saveState}
          fieldErrorCount={fieldErrorKeys.length}
          canRetry={autosave.hasPending && !autosave.locked && conflictCount === 0}
          onRetry={() => void autosave.flush()}
        />
      )}

      {conflictCount > 0 && (
        <ConflictPanel
          ref={conflictRef}
          conflicts={autosave.conflicts}
          questions={byKey}
          mine={(key) => values[key]}
          onResolve={autosave.resolveConflict}
        />
      )}

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

      <div className="monitor-questionnaire">
        <SectionNav sections={definition.sections} progress={perSection} currentKey={section.key} onGoTo={goTo} />
        <section aria-labelledby="sectie-titel" className="monitor-questionnaire__section">
          <p className="monitor-hint">{t.sectionOf(sectionIndex + 1, definition.sections.length)}</p>
          <Heading level={2} id="sectie-titel" tabIndex={-1} ref={headingRef}>
            {section.title}
          </Heading>
          {section.description && <Paragraph>{section.description}</Paragraph>}
          {visibleInSection.length === 0 && <Paragraph>{t.noVisibleQuestions}</Paragraph>}
          {editable ? (
            <form noValidate onSubmit={(event) => event.preventDefault()} aria-labelledby="sectie-titel">
              {visibleInSection.map((question) => (
                <QuestionField
                  key={question.key}
                  question={question}
                  value={values[question.key]}
                  draft={autosave.drafts[question.key]}
                  error={autosave.fieldErrors[question.key]}
                  onChange={(value, options) => autosave.change(question.key, value, options)}
                />
              ))}
            </form>
          ) : (
            <DataList
              items={visibleInSection.map((question) => ({
                key: question.key,
                label: (
                  <span id={questionId(question.key)} tabIndex={-1}>
                    {question.label}
                  </span>
                ),
                value: hasAnswer(values[question.key]) ? formatAnswer(question, values[question.key]) : t.notAnswered,
              }))}
            />
          )}
          <div className="monitor-pager monitor-no-print">
            {sectionIndex > 0 && (
              <RouterLink
                to={`?sectie=${encodeURIComponent(definition.sections[sectionIndex - 1].key)}`}
                onClick={(event) => {
                  event.preventDefault();
                  goTo(definition.sections[sectionIndex - 1].key);
                }}
              >
                {t.previousSection}
              </RouterLink>
            )}
            {sectionIndex < definition.sections.length - 1 && (
              <RouterLink
                to={`?sectie=${encodeURIComponent(definition.sections[sectionIndex + 1].key)}`}
                className="monitor-pager__next"
                onClick={(event) => {
                  event.preventDefault();
                  goTo(definition.sections[sectionIndex + 1].key);
                }}
              >
                {t.nextSection}
              </RouterLink>
            )}
          </div>
        </section>
      </div>

      {editable && (
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
      )}

      {isAdmin && status === 'SUBMITTED' && (
        <ReopenForm
          code={code}
          year={year}
          onReopened={(next) => {
            setStatus(next.status);
            setSubmittedAt(next.submittedAt);
            setJustSubmitted(false);
          }}
        />
      )}

      <ul className="monitor-links monitor-no-print">
        <li>
          <RouterLink to={`/vragenlijst/${code}/${year}/geschiedenis`}>{t.toHistory}</RouterLink>
        </li>
        <li>
          <RouterLink to={indicatorsPath}>{t.toIndicators}</RouterLink>
        </li>
      </ul>
      <ExportLinks code={code} year={year} />
    </>
  );
}
