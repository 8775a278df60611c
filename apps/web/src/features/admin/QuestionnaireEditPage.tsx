import { ErrorCode, isYearIn } from '@monitor/domain';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import {
  AdminQuestionnaireDocument,
  OpenQuestionnaireDocument,
  UpdateQuestionnaireDocument,
  type QuestionnaireEditor_QuestionnaireFragment,
} from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { nlQuestionnaireAdmin } from '../../i18n/nl.questionnaireAdmin';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { DataList } from '../../ui/DataList';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { TextInput } from '../../ui/TextInput';
import { apiError, type ApiError } from '../../ui/forms/apiError';
import { useFormErrors } from '../../ui/forms/useFormErrors';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import NotFoundPage from '../../app/NotFoundPage';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import './questionnaireAdmin.css';
import { serverFields } from './questionnaireDefinition';
import { ContentForm } from './QuestionnaireContentForm';

type Questionnaire = QuestionnaireEditor_QuestionnaireFragment;
type Notice = { type: 'ok' | 'error'; heading?: string; body: ReactNode } | null;

const t = nlQuestionnaireAdmin.edit;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** /beheer/vragenlijsten/:year: a draft to edit and open, or an opened version to read. */
export default function QuestionnaireEditPage() {
  const { year = '' } = useParams();
  const yearNumber = Number(year);
  if (!/^\d{4}$/.test(year) || !isYearIn('monitor', yearNumber)) return <NotFoundPage />;
  return <Editor key={yearNumber} year={yearNumber} />;
}

function Editor({ year }: { year: number }) {
  const { data, loading, error } = useQuery(AdminQuestionnaireDocument, { variables: { year } });
  const questionnaire = data?.questionnaire ?? null;
  const draft = questionnaire?.status === 'DRAFT';
  useDocumentTitle(draft || !questionnaire ? t.titleDraft(year) : t.titleOpened(year));
  const [notice, setNotice] = useState<Notice>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  /** A message above the forms (saved, opened, or a CONFLICT), which takes focus so it is read out. */
  const announce = useCallback((next: Notice, focus: 'notice' | 'heading' = 'notice') => {
    setNotice(next);
    requestAnimationFrame(() => (focus === 'heading' ? headingRef.current : noticeRef.current)?.focus());
  }, []);

  const onConflict = useCallback((problem: ApiError) => announce({ type: 'error', heading: t.conflictHeading, body: problem.message }), [announce]);

  const back = (
    <Paragraph>
      <RouterLink to="/beheer/vragenlijsten">{t.back}</RouterLink>
    </Paragraph>
  );

  if (loading && !data) return <LoadingStatus />;
  if (error && !data) return <ErrorMessage />;
  if (!questionnaire) {
    return (
      <>
        <Heading level={1}>{t.titleOpened(year)}</Heading>
        <Paragraph>{t.notFound(year)}</Paragraph>
        {back}
      </>
    );
  }

  return (
    <>
      <Heading level={1} ref={headingRef} tabIndex={-1}>
        {draft ? t.titleDraft(year) : t.titleOpened(year)}
      </Heading>
      {back}
      <Paragraph>
        <strong>{questionnaire.title}</strong>
        <br />
        {t.statusLine(nlQuestionnaireAdmin.status[questionnaire.status])}
      </Paragraph>
      {questionnaire.isDemo && <Paragraph>{t.demoNote}</Paragraph>}

      <div ref={noticeRef} tabIndex={-1} className="monitor-notice">
        <div role="status">{notice?.type === 'ok' && <Alert type="ok">{notice.body}</Alert>}</div>
        <div role="alert">
          {notice?.type === 'error' && (
            <Alert type="error">
              {notice.heading && <Heading level={2}>{notice.heading}</Heading>}
              <Paragraph>{notice.body}</Paragraph>
            </Alert>
          )}
        </div>
      </div>

      {draft ? (
        <>
          <Paragraph>{t.draftIntro}</Paragraph>
          <PeriodForm questionnaire={questionnaire} onSaved={() => announce({ type: 'ok', body: t.periodSaved })} onConflict={onConflict} />
          <ContentForm questionnaire={questionnaire} onSaved={() => announce({ type: 'ok', body: t.contentSaved })} onConflict={onConflict}>
            {(dirty) => (
              <OpenSection
                questionnaire={questionnaire}
                dirty={dirty}
                onOpened={(opened) => announce({ type: 'ok', body: t.opened(opened.year, nlQuestionnaireAdmin.status[opened.status]) }, 'heading')}
                onConflict={onConflict}
              />
            )}
          </ContentForm>
        </>
      ) : (
        <ReadOnlyQuestionnaire questionnaire={questionnaire} />
      )}
    </>
  );
}

function PeriodForm({
  questionnaire,
  onSaved,
  onConflict,
}: {
  questionnaire: Questionnaire;
  onSaved: () => void;
  onConflict: (problem: ApiError) => void;
}) {
  const [opensOn, setOpensOn] = useState(questionnaire.opensOn);
  const [closesOn, setClosesOn] = useState(questionnaire.closesOn);
  const fieldIds = useMemo(() => ({ opensOn: 'vragenlijst-opent', closesOn: 'vragenlijst-sluit' }), []);
  const form = useFormErrors(fieldIds);
  const [update, { loading }] = useMutation(UpdateQuestionnaireDocument);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const failed = form.report({
      opensOn: DATE.test(opensOn) ? undefined : t.errors.opensOn,
      closesOn: !DATE.test(closesOn) ? t.errors.closesOn : DATE.test(opensOn) && closesOn < opensOn ? t.errors.closesBeforeOpens : undefined,
    });
    if (failed) return;
    try {
      await update({ variables: { year: questionnaire.year, changes: { opensOn, closesOn } } });
      form.clear();
      onSaved();
    } catch (error) {
      const problem = apiError(error);
      if (problem.code === ErrorCode.CONFLICT) {
        form.clear();
        onConflict(problem);
        return;
      }
      const fields = serverFields(problem);
      const known = { opensOn: fields.opensOn, closesOn: fields.closesOn };
      form.report(known, known.opensOn || known.closesOn ? null : problem.message);
    }
  };

  const opens$ = form.field('opensOn');
  const closes$ = form.field('closesOn');
  return (
    <section aria-labelledby="vragenlijst-periode" className="monitor-card">
      <Heading level={2} id="vragenlijst-periode">
        {t.periodHeading}
      </Heading>
      {form.hasErrors && <ErrorSummary ref={form.summaryRef} headingLevel={3} heading={t.summaryHeading} general={form.general} items={form.items} />}
      <form noValidate onSubmit={(event) => void onSubmit(event)} className="monitor-form" aria-busy={loading || undefined}>
        <div className="monitor-filter__fields">
          <DateField field={opens$} label={t.opensOn} description={t.opensOnDescription} value={opensOn} onChange={setOpensOn} />
          <DateField field={closes$} label={t.closesOn} description={t.closesOnDescription} value={closesOn} onChange={setClosesOn} />
        </div>
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {loading ? t.saving : t.savePeriod}
        </Button>
      </form>
    </section>
  );
}

/** A required date with its description and error, as the period form shows it. */
function DateField({
  field,
  label,
  description,
  value,
  onChange,
}: {
  field: { id: string; error: string | null; errorId: string; invalid: boolean };
  label: string;
  description: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <FormField
      inputId={field.id}
      label={label}
      description={description}
      descriptionId={`${field.id}-uitleg`}
      error={field.error}
      errorId={field.errorId}
    >
      <TextInput
        id={field.id}
        type="date"
        required
        invalid={field.invalid}
        aria-describedby={describedBy(`${field.id}-uitleg`, field.error && field.errorId)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </FormField>
  );
}

function OpenSection({
  questionnaire,
  dirty,
  onOpened,
  onConflict,
}: {
  questionnaire: Questionnaire;
  dirty: boolean;
  onOpened: (opened: Questionnaire) => void;
  onConflict: (problem: ApiError) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const confirmRef = useRef<HTMLHeadingElement>(null);
  const openButtonRef = useRef<HTMLButtonElement>(null);
  const [open, { loading }] = useMutation(OpenQuestionnaireDocument);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const onConfirm = async () => {
    setProblem(null);
    try {
      const { data } = await open({ variables: { year: questionnaire.year } });
      if (data) onOpened(data.openQuestionnaire);
    } catch (error) {
      const found = apiError(error);
      setConfirming(false);
      if (found.code === ErrorCode.CONFLICT) onConflict(found);
      else setProblem(found.message);
    }
  };

  return (
    <section aria-labelledby="vragenlijst-openen" className="monitor-card">
      <Heading level={2} id="vragenlijst-openen">
        {t.openHeading}
      </Heading>
      <Paragraph>{t.openIntro}</Paragraph>
      <div role="alert">{problem && <Alert type="error">{problem}</Alert>}</div>
      {!confirming ? (
        <Button ref={openButtonRef} onClick={() => setConfirming(true)}>
          {t.open}
        </Button>
      ) : (
        <div className="monitor-confirm" role="group" aria-labelledby="openen-bevestigen">
          <Heading level={3} id="openen-bevestigen" tabIndex={-1} ref={confirmRef}>
            {t.confirmHeading(questionnaire.year)}
          </Heading>
          <Paragraph>{t.confirmBody}</Paragraph>
          {dirty && <Paragraph>{t.confirmUnsaved}</Paragraph>}
          <div className="monitor-actions">
            <Button appearance="primary-action-button" busy={loading} disabled={loading} onClick={() => void onConfirm()}>
              {loading ? t.opening : t.confirmOpen}
            </Button>
            <Button
              disabled={loading}
              onClick={() => {
                setConfirming(false);
                requestAnimationFrame(() => openButtonRef.current?.focus());
              }}
            >
              {nl.forms.cancel}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}

function ReadOnlyQuestionnaire({ questionnaire }: { questionnaire: Questionnaire }) {
  return (
    <>
      <Alert type="info">
        <Heading level={2}>{t.readOnlyHeading}</Heading>
        <Paragraph>{t.readOnly}</Paragraph>
      </Alert>
      <section aria-labelledby="vragenlijst-periode">
        <Heading level={2} id="vragenlijst-periode">
          {t.periodHeading}
        </Heading>
        <DataList
          items={[
            { key: 'opens', label: t.opensOn, value: nlQuestionnaireAdmin.day(questionnaire.opensOn) },
            { key: 'closes', label: t.closesOn, value: nlQuestionnaireAdmin.day(questionnaire.closesOn) },
          ]}
        />
      </section>
      <section aria-labelledby="vragenlijst-inhoud">
        <Heading level={2} id="vragenlijst-inhoud">
          {t.contentHeading}
        </Heading>
        <Paragraph className="monitor-pre-wrap">{questionnaire.introduction}</Paragraph>
        {questionnaire.sections.map((section, s) => (
          <div key={section.key} className="monitor-definition-section">
            <Heading level={3}>{t.readSection(s + 1, section.title)}</Heading>
            {section.description && <Paragraph>{section.description}</Paragraph>}
            <ol className="monitor-definition-questions">
              {section.questions.map((question) => (
                <li key={question.key}>
                  <strong>{question.label}</strong> ({question.required ? t.readRequired : t.readOptional};{' '}
                  {nlQuestionnaireAdmin.questionTypes[question.type]}){question.help && <div className="monitor-hint">{question.help}</div>}
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    </>
  );
}
