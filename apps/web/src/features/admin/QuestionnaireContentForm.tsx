import { ErrorCode } from '@monitor/domain';
import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { UpdateQuestionnaireDocument, type QuestionnaireEditor_QuestionnaireFragment } from '../../gql/__generated__/graphql';
import { nlQuestionnaireAdmin } from '../../i18n/nl.questionnaireAdmin';
import { Alert } from '../../ui/Alert';
import { Button } from '../../ui/Button';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { describedBy, FormField } from '../../ui/FormField';
import { Heading } from '../../ui/Heading';
import { Paragraph } from '../../ui/Paragraph';
import { Textarea } from '../../ui/Textarea';
import { TextInput } from '../../ui/TextInput';
import { apiError, type ApiError } from '../../ui/forms/apiError';
import { useFormErrors } from '../../ui/forms/useFormErrors';
import { buildDefinition, definitionProblems, draftErrors, draftFrom, isDirty, serverFields, type DefinitionDraft } from './questionnaireDefinition';

type Questionnaire = QuestionnaireEditor_QuestionnaireFragment;
type Section = Questionnaire['sections'][number];
type FormErrors = ReturnType<typeof useFormErrors<string>>;
/** Applies one edit to a copy of the draft. */
type ChangeDraft = (edit: (next: DefinitionDraft) => void) => void;

const t = nlQuestionnaireAdmin.edit;
const sectionTitleId = (s: number) => `sectie-${s + 1}-titel`;
const questionLabelId = (s: number, q: number) => `vraag-${s + 1}-${q + 1}-tekst`;

/** The draft texts, their checks and saving them; a stored version becomes the new baseline. */
function useContentForm(questionnaire: Questionnaire, onSaved: () => void, onConflict: (problem: ApiError) => void) {
  const [draft, setDraft] = useState<DefinitionDraft>(() => draftFrom(questionnaire));
  const [problems, setProblems] = useState<string[]>([]);
  const problemsRef = useRef<HTMLDivElement>(null);
  const [update, { loading }] = useMutation(UpdateQuestionnaireDocument);

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
  const change: ChangeDraft = (edit) =>
    setDraft((current) => {
      const next = JSON.parse(JSON.stringify(current)) as DefinitionDraft;
      edit(next);
      return next;
    });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblems([]);
    if (form.report(draftErrors(draft))) return;
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

  return { draft, change, form, problems, problemsRef, loading, onSubmit, dirty: isDirty(questionnaire, draft) };
}

export function ContentForm({
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
  const { draft, change, form, problems, problemsRef, loading, onSubmit, dirty } = useContentForm(questionnaire, onSaved, onConflict);
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
          <GeneralFields draft={draft} form={form} change={change} />
          {questionnaire.sections.map((section, s) => (
            <SectionEditor key={section.key} section={section} s={s} edited={draft.sections[s]} form={form} change={change} />
          ))}
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

function GeneralFields({ draft, form, change }: { draft: DefinitionDraft; form: FormErrors; change: ChangeDraft }) {
  const title$ = form.field('title');
  const intro$ = form.field('introduction');
  return (
    <>
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
    </>
  );
}

function SectionEditor({
  section,
  s,
  edited,
  form,
  change,
}: {
  section: Section;
  s: number;
  edited: DefinitionDraft['sections'][number];
  form: FormErrors;
  change: ChangeDraft;
}) {
  const headingId = `sectie-${s + 1}-kop`;
  const title = form.field(`section.${s}`);
  return (
    <div role="group" aria-labelledby={headingId} className="monitor-definition-section">
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
      {section.questions.map((question, q) => (
        <QuestionEditor key={question.key} question={question} s={s} q={q} text={edited.questions[q]} form={form} change={change} />
      ))}
    </div>
  );
}

function QuestionEditor({
  question,
  s,
  q,
  text,
  form,
  change,
}: {
  question: Section['questions'][number];
  s: number;
  q: number;
  text: DefinitionDraft['sections'][number]['questions'][number];
  form: FormErrors;
  change: ChangeDraft;
}) {
  const number = `${s + 1}.${q + 1}`;
  const label = form.field(`question.${s}.${q}`);
  const metaId = `vraag-${s + 1}-${q + 1}-soort`;
  const questionHeadingId = `vraag-${s + 1}-${q + 1}-kop`;
  const edit = (apply: (target: DefinitionDraft['sections'][number]['questions'][number]) => void) =>
    change((next) => apply(next.sections[s].questions[q]));
  return (
    <div role="group" aria-labelledby={questionHeadingId} className="monitor-definition-question">
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
            edit((target) => void (target.label = value));
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
            edit((target) => void (target.help = value));
          }}
        />
      </FormField>
      <FormField type="checkbox" inputId={`vraag-${s + 1}-${q + 1}-verplicht`} label={t.questionRequired(number)}>
        <Checkbox
          id={`vraag-${s + 1}-${q + 1}-verplicht`}
          checked={text.required}
          onChange={(event) => {
            const value = event.target.checked;
            edit((target) => void (target.required = value));
          }}
        />
      </FormField>
    </div>
  );
}
