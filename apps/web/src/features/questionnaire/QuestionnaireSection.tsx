import { hasAnswer, type Question, type QuestionnaireDefinition } from '@monitor/domain';
import { nl } from '../../i18n/nl';
import { DataList } from '../../ui/DataList';
import { Heading } from '../../ui/Heading';
import { RouterLink } from '../../ui/Link';
import { Paragraph } from '../../ui/Paragraph';
import { formatAnswer, questionId } from './definition';
import { QuestionField } from './QuestionField';
import type { useAutosave } from './useAutosave';

type Autosave = ReturnType<typeof useAutosave>;

/** The questions of the current section: fields to fill in, or the answers when read-only; then the pager. */
export function QuestionnaireSection({
  definition,
  sectionIndex,
  visibleQuestions,
  editable,
  autosave,
  goTo,
}: {
  definition: QuestionnaireDefinition;
  sectionIndex: number;
  visibleQuestions: Question[];
  editable: boolean;
  autosave: Autosave;
  goTo: (sectionKey: string) => void;
}) {
  const t = nl.questionnaire;
  const section = definition.sections[sectionIndex];
  const { values } = autosave;
  return (
    <section aria-labelledby="sectie-titel" className="monitor-questionnaire__section">
      <p className="monitor-hint">{t.sectionOf(sectionIndex + 1, definition.sections.length)}</p>
      <Heading level={2} id="sectie-titel" tabIndex={-1}>
        {section.title}
      </Heading>
      {section.description && <Paragraph>{section.description}</Paragraph>}
      {visibleQuestions.length === 0 && <Paragraph>{t.noVisibleQuestions}</Paragraph>}
      {editable ? (
        <form noValidate onSubmit={(event) => event.preventDefault()} aria-labelledby="sectie-titel">
          {visibleQuestions.map((question) => (
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
          items={visibleQuestions.map((question) => ({
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
      <SectionPager definition={definition} sectionIndex={sectionIndex} goTo={goTo} />
    </section>
  );
}

function SectionPager({
  definition,
  sectionIndex,
  goTo,
}: {
  definition: QuestionnaireDefinition;
  sectionIndex: number;
  goTo: (sectionKey: string) => void;
}) {
  const t = nl.questionnaire;
  const previous = definition.sections[sectionIndex - 1];
  const next = definition.sections[sectionIndex + 1];
  return (
    <div className="monitor-pager monitor-no-print">
      {sectionIndex > 0 && (
        <RouterLink
          to={`?sectie=${encodeURIComponent(previous.key)}`}
          onClick={(event) => {
            event.preventDefault();
            goTo(previous.key);
          }}
        >
          {t.previousSection}
        </RouterLink>
      )}
      {sectionIndex < definition.sections.length - 1 && (
        <RouterLink
          to={`?sectie=${encodeURIComponent(next.key)}`}
          className="monitor-pager__next"
          onClick={(event) => {
            event.preventDefault();
            goTo(next.key);
          }}
        >
          {t.nextSection}
        </RouterLink>
      )}
    </div>
  );
}
