import { hasAnswer } from './answer-presence';
import { indexQuestions, isVisible } from './visibility';
import type { Answers, QuestionnaireDefinition } from './questionnaire.types';

export interface SectionProgress {
  key: string;
  /** visible questions answered (UNKNOWN counts as an answer) */
  answered: number;
  /** visible required questions */
  required: number;
  requiredAnswered: number;
  /** visible questions */
  visible: number;
}

export function sectionProgress(definition: QuestionnaireDefinition, answers: Answers): SectionProgress[] {
  const byKey = indexQuestions(definition);
  return definition.sections.map((section) => {
    const progress: SectionProgress = { key: section.key, answered: 0, required: 0, requiredAnswered: 0, visible: 0 };
    for (const question of section.questions) {
      if (!isVisible(question, answers, byKey)) continue;
      const answered = hasAnswer(answers[question.key]);
      progress.visible++;
      if (answered) progress.answered++;
      if (question.required) {
        progress.required++;
        if (answered) progress.requiredAnswered++;
      }
    }
    return progress;
  });
}

/**
 * Percentage (0-100, whole) of visible required questions answered. Rounded down, so 100 means
 * really complete; a questionnaire without visible required questions is complete.
 */
export function overallProgress(definition: QuestionnaireDefinition, answers: Answers): number {
  let required = 0;
  let answered = 0;
  for (const section of sectionProgress(definition, answers)) {
    required += section.required;
    answered += section.requiredAnswered;
  }
  return required === 0 ? 100 : Math.floor((answered / required) * 100);
}

/** Keys of visible required questions without an answer, in questionnaire order. */
export function missingRequired(definition: QuestionnaireDefinition, answers: Answers): string[] {
  const byKey = indexQuestions(definition);
  return definition.sections
    .flatMap((section) => section.questions)
    .filter((q) => q.required && !hasAnswer(answers[q.key]) && isVisible(q, answers, byKey))
    .map((q) => q.key);
}
