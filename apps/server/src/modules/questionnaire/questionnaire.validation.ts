import { QUESTION_TYPES, type Condition, type IndicatorDefinition, type QuestionnaireDefinition } from '@monitor/domain';

/** A guard that keeps the element type (Array.isArray would widen a typed array to any[]). */
function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value);
}

/** Problems (Dutch) that make an edited definition unusable; empty when it is sound. */
export function definitionProblems(definition: QuestionnaireDefinition, indicators: readonly IndicatorDefinition[]): string[] {
  const problems: string[] = [];
  if (!definition || !isList(definition.sections) || definition.sections.length === 0) return ['de vragenlijst heeft geen secties'];
  const seen = new Map<string, string>();
  const sectionKeys = new Set<string>();
  for (const section of definition.sections) {
    if (!section.key || sectionKeys.has(section.key)) problems.push(`sectie "${section.key}" heeft geen unieke sleutel`);
    sectionKeys.add(section.key);
    if (!isList(section.questions)) {
      problems.push(`sectie "${section.key}" heeft geen vragenlijst`);
      continue;
    }
    for (const question of section.questions) {
      if (!question.key || seen.has(question.key)) problems.push(`vraag "${question.key}" heeft geen unieke sleutel`);
      if (!QUESTION_TYPES.includes(question.type)) problems.push(`vraag "${question.key}" heeft een onbekend type "${question.type}"`);
      if (!question.label) problems.push(`vraag "${question.key}" heeft geen tekst`);
      if ((question.type === 'SINGLE_CHOICE' || question.type === 'MULTIPLE_CHOICE') && !(question.options?.length ?? 0)) {
        problems.push(`keuzevraag "${question.key}" heeft geen opties`);
      }
      for (const ref of referencedQuestions(question.showIf)) {
        if (!seen.has(ref)) problems.push(`vraag "${question.key}" hangt af van "${ref}", die niet eerder in de vragenlijst staat`);
      }
      seen.set(question.key, question.type);
    }
  }
  for (const indicator of indicators) {
    for (const key of indicator.formula.questions) {
      if (seen.get(key) !== 'YES_PARTLY_NO')
        problems.push(`indicator "${indicator.key}" gebruikt vraag "${key}", die ontbreekt of geen ja/deels/nee-vraag is`);
    }
  }
  return problems;
}

function referencedQuestions(condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap(referencedQuestions);
  if ('any' in condition) return condition.any.flatMap(referencedQuestions);
  if ('not' in condition) return referencedQuestions(condition.not);
  return [condition.question];
}
