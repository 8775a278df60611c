export * from './questionnaire.types';
export * from './answer-presence';
export * from './visibility';
export * from './validate-answer';
export * from './progress';
export * from './indicators';
export * from './questionnaire-2026';
export * from './demo-answers';
