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
import { Checkbox } from '../../ui/Checkbox';
import { DataList } from '../../ui/DataList';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { Textarea } from '../../ui/Textarea';
import { TextInput } from '../../ui/TextInput';
import { apiError, type ApiError } from '../../ui/forms/apiError';
import { useFormErrors } from '../../ui/forms/useFormErrors';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadingStatus } from '../../ui/LoadingStatus';
import NotFoundPage from '../../app/NotFoundPage';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import './questionnaireAdmin.css';
import { buildDefinition, definitionProblems, draftFrom, isDirty, type DefinitionDraft } from './questionnaireDefinition';

type Questionnaire = QuestionnaireEditor_QuestionnaireFragment;
type Notice = { type: 'ok' | 'error'; heading?: string; body: ReactNode } | null;

const t = nlQuestionnaireAdmin.edit;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Field names as the server reports them ("changes.closesOn", "closesOn") → the form's own names. */
function serverFields(problem: ApiError): Record<string, string> {
  return Object.fromEntries(Object.entries(problem.fields).map(([field, message]) => [field.replace(/^changes\./, ''), message]));
}

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
          <FormField
            inputId={opens$.id}
            label={t.opensOn}
            description={t.opensOnDescription}
            descriptionId={`${opens$.id}-uitleg`}
            error={opens$.error}
            errorId={opens$.errorId}
          >
            <TextInput
              id={opens$.id}
              type="date"
              required
              invalid={opens$.invalid}
              aria-describedby={describedBy(`${opens$.id}-uitleg`, opens$.error && opens$.errorId)}
              value={opensOn}
              onChange={(event) => setOpensOn(event.target.value)}
            />
          </FormField>
          <FormField
            inputId={closes$.id}
            label={t.closesOn}
            description={t.closesOnDescription}
            descriptionId={`${closes$.id}-uitleg`}
            error={closes$.error}
            errorId={closes$.errorId}
          >
            <TextInput
              id={closes$.id}
              type="date"
              required
              invalid={closes$.invalid}
              aria-describedby={describedBy(`${closes$.id}-uitleg`, closes$.error && closes$.errorId)}
              value={closesOn}
              onChange={(event) => setClosesOn(event.target.value)}
            />
          </FormField>
        </div>
        <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
          {loading ? t.saving : t.savePeriod}
        </Button>
      </form>
    </section>
  );
}

const sectionTitleId = (s: number) => `sectie-${s + 1}-titel`;
const questionLabelId = (s: number, q: number) => `vraag-${s + 1}-${q + 1}-tekst`;

function ContentForm({
  questionnaire,
  onSaved,
  onConflict,
  children,
}: {
  questionnaire: Questionnaire;
  onSaved: () => void;
  onConflict: (problem: ApiError) => void;
  /** Rendered after the form, told whether there are unsaved changes. */
  children: (dirty: boolean) => ReactNode;
}) {
  const [draft, setDraft] = useState<DefinitionDraft>(() => draftFrom(questionnaire));
  const [problems, setProblems] = useState<string[]>([]);
  const problemsRef = useRef<HTMLDivElement>(null);
  const [update, { loading }] = useMutation(UpdateQuestionnaireDocument);
  const dirty = isDirty(questionnaire, draft);

  const fieldIds = useMemo(() => {
    const ids: Record<string, string> = { title: 'vragenlijst-titel', introduction: 'vragenlijst-inleiding' };
    questionnaire.sections.forEach((section, s) => {
      ids[`section.${s}`] = sectionTitleId(s);
      section.questions.forEach((_, q) => {
        ids[`question.${s}.${q}`] = questionLabelId(s, q);
      });
    });
    return ids;
  }, [questionnaire.sections]);
  const form = useFormErrors(fieldIds);

  useEffect(() => {
    if (problems.length > 0) problemsRef.current?.focus();
  }, [problems]);

  /** Applies one edit to a copy of the draft (the draft is plain data). */
  const change = (edit: (next: DefinitionDraft) => void) =>
    setDraft((current) => {
      const next = JSON.parse(JSON.stringify(current)) as DefinitionDraft;
      edit(next);
      return next;
    });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    const errors: Record<string, string | undefined> = {
      title: draft.title.trim() ? undefined : t.errors.title,
      introduction: draft.introduction.trim() ? undefined : t.errors.introduction,
    };
    draft.sections.forEach((section, s) => {
      if (!section.title.trim()) errors[`section.${s}`] = t.errors.sectionTitle(s + 1);
      section.questions.forEach((question, q) => {
        if (!question.label.trim()) errors[`question.${s}.${q}`] = t.errors.questionLabel(`${s + 1}.${q + 1}`);
      });
    });
    if (form.report(errors)) return;
    try {
      const { data } = await update({
        variables: { year: questionnaire.year, changes: { definition: buildDefinition(questionnaire, draft) } },
      });
      // The stored version (as the server normalised it) is the new baseline.
      if (data) setDraft(draftFrom(data.updateQuestionnaire));
      form.clear();
      onSaved();
    } catch (error) {
      const problem = apiError(error);
      form.clear();
      if (problem.code === ErrorCode.CONFLICT) onConflict(problem);
      else if (problem.code === ErrorCode.BAD_USER_INPUT && serverFields(problem).definition) setProblems(definitionProblems(problem.message));
      else form.report({}, problem.message);
    }
  };

  const title$ = form.field('title');
  const intro$ = form.field('introduction');
  return (
    <>
      <section aria-labelledby="vragenlijst-inhoud" className="monitor-card">
        <Heading level={2} id="vragenlijst-inhoud">
          {t.contentHeading}
        </Heading>
        <Paragraph>{t.contentIntro}</Paragraph>
        {form.hasErrors && (
          <ErrorSummary ref={form.summaryRef} headingLevel={3} heading={t.summaryHeading} general={form.general} items={form.items} />
        )}
        {problems.length > 0 && (
          <Alert type="error" ref={problemsRef} tabIndex={-1} className="monitor-error-summary">
            <Heading level={3}>{t.definitionProblemsHeading}</Heading>
            <Paragraph>{t.definitionProblemsIntro}</Paragraph>
            <ul className="monitor-error-summary__list">
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </Alert>
        )}
        <form noValidate onSubmit={(event) => void onSubmit(event)} className="monitor-form monitor-definition-form" aria-busy={loading || undefined}>
          <FormField inputId={title$.id} label={t.questionnaireTitle} error={title$.error} errorId={title$.errorId}>
            <TextInput
              id={title$.id}
              required
              autoComplete="off"
              invalid={title$.invalid}
              aria-describedby={describedBy(title$.error && title$.errorId)}
              value={draft.title}
              onChange={(event) => {
                const value = event.target.value;
                change((next) => void (next.title = value));
              }}
            />
          </FormField>
          <FormField inputId={intro$.id} label={t.introduction} error={intro$.error} errorId={intro$.errorId}>
            <Textarea
              id={intro$.id}
              required
              rows={4}
              invalid={intro$.invalid}
              aria-describedby={describedBy(intro$.error && intro$.errorId)}
              value={draft.introduction}
              onChange={(event) => {
                const value = event.target.value;
                change((next) => void (next.introduction = value));
              }}
            />
          </FormField>

          {questionnaire.sections.map((section, s) => {
            const edited = draft.sections[s];
            const headingId = `sectie-${s + 1}-kop`;
            const title = form.field(`section.${s}`);
            return (
              <div key={section.key} role="group" aria-labelledby={headingId} className="monitor-definition-section">
                <Heading level={3} id={headingId}>
                  {t.sectionHeading(s + 1, section.title)}
                </Heading>
                <FormField inputId={title.id} label={t.sectionTitle(s + 1)} error={title.error} errorId={title.errorId}>
                  <TextInput
                    id={title.id}
                    required
                    autoComplete="off"
                    invalid={title.invalid}
                    aria-describedby={describedBy(title.error && title.errorId)}
                    value={edited.title}
                    onChange={(event) => {
                      const value = event.target.value;
                      change((next) => void (next.sections[s].title = value));
                    }}
                  />
                </FormField>
                <FormField inputId={`sectie-${s + 1}-toelichting`} label={t.sectionDescription(s + 1)}>
                  <Textarea
                    id={`sectie-${s + 1}-toelichting`}
                    rows={2}
                    value={edited.description}
                    onChange={(event) => {
                      const value = event.target.value;
                      change((next) => void (next.sections[s].description = value));
                    }}
                  />
                </FormField>
                {section.questions.map((question, q) => {
                  const number = `${s + 1}.${q + 1}`;
                  const text = edited.questions[q];
                  const label = form.field(`question.${s}.${q}`);
                  const metaId = `vraag-${s + 1}-${q + 1}-soort`;
                  const questionHeadingId = `vraag-${s + 1}-${q + 1}-kop`;
                  return (
                    <div key={question.key} role="group" aria-labelledby={questionHeadingId} className="monitor-definition-question">
                      <Heading level={4} id={questionHeadingId}>
                        {t.questionHeading(number)}
                      </Heading>
                      <p className="monitor-hint" id={metaId}>
                        {t.questionMeta(question.key, nlQuestionnaireAdmin.questionTypes[question.type])}
                        {question.options.length > 0 && (
                          <>
                            <br />
                            {t.questionOptions(question.options.map((o) => o.label).join(', '))}
                          </>
                        )}
                      </p>
                      <FormField inputId={label.id} label={t.questionLabel(number)} error={label.error} errorId={label.errorId}>
                        <Textarea
                          id={label.id}
                          required
                          rows={2}
                          invalid={label.invalid}
                          aria-describedby={describedBy(metaId, label.error && label.errorId)}
                          value={text.label}
                          onChange={(event) => {
                            const value = event.target.value;
                            change((next) => void (next.sections[s].questions[q].label = value));
                          }}
                        />
                      </FormField>
                      <FormField inputId={`vraag-${s + 1}-${q + 1}-toelichting`} label={t.questionHelp(number)}>
                        <Textarea
                          id={`vraag-${s + 1}-${q + 1}-toelichting`}
                          rows={2}
                          value={text.help}
                          onChange={(event) => {
                            const value = event.target.value;
                            change((next) => void (next.sections[s].questions[q].help = value));
                          }}
                        />
                      </FormField>
                      <FormField type="checkbox" inputId={`vraag-${s + 1}-${q + 1}-verplicht`} label={t.questionRequired(number)}>
                        <Checkbox
                          id={`vraag-${s + 1}-${q + 1}-verplicht`}
                          checked={text.required}
                          onChange={(event) => {
                            const value = event.target.checked;
                            change((next) => void (next.sections[s].questions[q].required = value));
                          }}
                        />
                      </FormField>
                    </div>
                  );
                })}
              </div>
            );
          })}

          <div className="monitor-definition-form__actions">
            <Button type="submit" appearance="primary-action-button" busy={loading} disabled={loading}>
              {loading ? t.saving : t.saveContent}
            </Button>
            {dirty && <span className="monitor-definition-form__unsaved">{t.unsaved}</span>}
          </div>
        </form>
      </section>
      {children(dirty)}
    </>
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
