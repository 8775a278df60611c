import { INDICATORS_2026 } from '@monitor/domain';

/** The indicators of the questionnaire, and their themes in questionnaire order, for the filters and the editor. */
export const PRACTICE_INDICATORS = INDICATORS_2026.map(({ key, label, theme }) => ({ key, label, theme }));
export const PRACTICE_THEMES = [...new Set(INDICATORS_2026.map((indicator) => indicator.theme))];
export const INDICATOR_LABELS = new Map(PRACTICE_INDICATORS.map((indicator) => [indicator.key, indicator.label]));
