import { useMemo } from 'react';
import { hasAnswer, indexQuestions, isVisible, overallProgress, sectionProgress } from '@monitor/domain';
import type { QuestionnaireResponseQuery } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { Paragraph } from '../../ui/Paragraph';
import { ConflictPanel } from './ConflictPanel';
import { sectionOfQuestion, toDefinition } from './definition';
import { PrefillPanel, ProblemSummaries, ProgressBar, ResponseLinks, StatusNotices } from './FormNotices';
import { QuestionnaireSection } from './QuestionnaireSection';
import { ReopenForm } from './ReopenForm';
import { ResponseFacts } from './ResponseFacts';
import { SaveStatus } from './SaveStatus';
import { SectionNav } from './SectionNav';
import { SubmitPanel } from './SubmitPanel';
import { useAutosave } from './useAutosave';
import { useFocusOnNewConflicts, usePrefill, useSectionNavigation, useSubmission } from './useQuestionnaireForm';

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

  const autosave = useAutosave({ municipalityCode: code, year, definition, response });
  const submission = useSubmission(autosave, code, year, response);
  const { status, submittedAt } = submission;
  const { values } = autosave;
  const editable = canEdit && status === 'DRAFT' && questionnaire.status === 'OPEN' && !autosave.locked;
  const { sectionIndex, section, goTo } = useSectionNavigation(definition);
  const prefill = usePrefill(autosave, code, year);
  const conflictCount = autosave.conflicts.length;
  const conflictRef = useFocusOnNewConflicts(conflictCount);

  // Progress: the same rules as the server, on what is on screen.
  const percentage = overallProgress(definition, values);
  const perSection = sectionProgress(definition, values);
  const stillOpen = perSection.reduce((sum, s) => sum + s.required - s.requiredAnswered, 0);
  const indicatorsPath = `/indicatoren/${code}/${year}`;
  const readOnlyReason = !canEdit ? t.readOnlyViewer : status === 'SUBMITTED' ? null : questionnaire.status !== 'OPEN' ? t.readOnlyClosed : null;

  return (
    <>
      <ResponseFacts response={response} status={status} submittedAt={submittedAt} />
      <StatusNotices submission={submission} readOnlyReason={readOnlyReason} locked={autosave.locked} indicatorsPath={indicatorsPath} />
      {editable && <Paragraph className="monitor-intro">{questionnaire.introduction}</Paragraph>}
      <PrefillPanel prefill={prefill} offer={editable && Object.values(values).every((v) => !hasAnswer(v))} status={status} />

      <ProgressBar percentage={percentage} />
      {editable && (
        <SaveStatus
          state={autosave.saveState}
          fieldErrorCount={Object.keys(autosave.fieldErrors).length}
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
      <ProblemSummaries submission={submission} autosave={autosave} byKey={byKey} sectionOf={sectionOf} goTo={goTo} />

      <div className="monitor-questionnaire">
        <SectionNav sections={definition.sections} progress={perSection} currentKey={section.key} onGoTo={goTo} />
        <QuestionnaireSection
          definition={definition}
          sectionIndex={sectionIndex}
          visibleQuestions={section.questions.filter((q) => isVisible(q, values, byKey))}
          editable={editable}
          autosave={autosave}
          goTo={goTo}
        />
      </div>
      {editable && <SubmitPanel submission={submission} stillOpen={stillOpen} />}
      {isAdmin && status === 'SUBMITTED' && <ReopenForm code={code} year={year} onReopened={submission.onReopened} />}

      <ResponseLinks code={code} year={year} />
    </>
  );
}
