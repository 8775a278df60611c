import type { QuestionnaireEditor_QuestionnaireFragment } from '../../gql/__generated__/graphql';
import { nlQuestionnaireAdmin } from '../../i18n/nl.questionnaireAdmin';
import type { ApiError } from '../../ui/forms/apiError';

type Questionnaire = QuestionnaireEditor_QuestionnaireFragment;

/** The texts an administrator can change in a draft; everything else comes from the stored version. */
export interface DefinitionDraft {
  title: string;
  introduction: string;
  sections: Array<{
    title: string;
    description: string;
    questions: Array<{ label: string; help: string; required: boolean }>;
  }>;
}

export function draftFrom(questionnaire: Questionnaire): DefinitionDraft {
  return {
    title: questionnaire.title,
    introduction: questionnaire.introduction,
    sections: questionnaire.sections.map((section) => ({
      title: section.title,
      description: section.description ?? '',
      questions: section.questions.map((q) => ({ label: q.label, help: q.help ?? '', required: q.required })),
    })),
  };
}

/** Drops null, undefined and empty-string fields (the server's definition has optional fields). */
function compact<T extends Record<string, unknown>>(object: T): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined && value !== ''));
}

/**
 * The whole definition as `updateQuestionnaire(changes: { definition })` expects it:
 * `{ year, title, introduction, sections: [{ key, title, description, questions: [...] }] }`, with the
 * edited texts from `draft` and null fields left out. The API fills in derived values (0-100 and "%"
 * for percentages, whole numbers false); those are not written back.
 */
export function buildDefinition(questionnaire: Questionnaire, draft: DefinitionDraft): Record<string, unknown> {
  return {
    year: questionnaire.year,
    title: draft.title.trim(),
    introduction: draft.introduction.trim(),
    sections: questionnaire.sections.map((section, s) => {
      const edited = draft.sections[s];
      return compact({
        key: section.key,
        title: edited.title.trim(),
        description: edited.description.trim(),
        questions: section.questions.map((question, q) => {
          const text = edited.questions[q];
          const percentage = question.type === 'PERCENTAGE';
          return compact({
            key: question.key,
            type: question.type,
            label: text.label.trim(),
            help: text.help.trim(),
            required: text.required,
            options: question.options.length > 0 ? question.options.map((o) => ({ value: o.value, label: o.label })) : null,
            min: percentage ? null : question.min,
            max: percentage ? null : question.max,
            unit: percentage ? null : question.unit,
            integer: question.integer ? true : null,
            maxLength: question.maxLength,
            showIf: question.showIf,
          });
        }),
      });
    }),
  };
}

/** Whether the draft differs from what is stored. */
export function isDirty(questionnaire: Questionnaire, draft: DefinitionDraft): boolean {
  return JSON.stringify(draftFrom(questionnaire)) !== JSON.stringify(draft);
}

/** "definition: a; b" → ["a", "b"] (the server lists its problems separated by semicolons). */
export function definitionProblems(message: string): string[] {
  return message
    .replace(/^[A-Za-z.]+:\s*/, '')
    .split(/;\s*/)
    .map((problem) => problem.trim())
    .filter(Boolean)
    .map((problem) => {
      const capital = problem.charAt(0).toUpperCase() + problem.slice(1);
      return /[.!?]$/.test(capital) ? capital : `${capital}.`;
    });
}

/** Field names as the server reports them ("changes.closesOn", "closesOn") → the form's own names. */
export function serverFields(problem: ApiError): Record<string, string> {
  return Object.fromEntries(Object.entries(problem.fields).map(([field, message]) => [field.replace(/^changes\./, ''), message]));
}

/** The texts a draft must have: a title, an introduction, and a title per section and a text per question. */
export function draftErrors(draft: DefinitionDraft): Record<string, string | undefined> {
  const t = nlQuestionnaireAdmin.edit;
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
  return errors;
}
