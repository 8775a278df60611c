/**
 * One rule for text that enters the monitor (GraphQL arguments, answers, uploads, URL parameters):
 * no NUL or other C0/C1 control characters except tab, line feed and carriage return, and no lone
 * UTF-16 surrogates (which are not text and which PostgreSQL and many libraries reject or mangle).
 */
export type TextProblem = 'CONTROL_CHARACTER' | 'LONE_SURROGATE';

export const TEXT_PROBLEM_MESSAGES: Record<TextProblem, string> = {
  CONTROL_CHARACTER: 'bevat een ongeldig stuurteken (zoals een NUL-byte)',
  LONE_SURROGATE: 'bevat ongeldige tekst (een losse UTF-16-surrogaat)',
};

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

// without the u flag, so the pattern sees UTF-16 code units: a high surrogate not followed by a low
// one, or a low surrogate not preceded by a high one
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(text: string): TextProblem | null {
  if (CONTROL.test(text)) return 'CONTROL_CHARACTER';
  if (LONE_SURROGATE.test(text)) return 'LONE_SURROGATE';
  return null;
}

export interface InvalidText {
  /** Path to the offending value, e.g. "input.answers.0.value" (object keys are checked too). */
  field: string;
  problem: TextProblem;
}

/** The first string in `value` (nested in arrays and objects, keys included) that is not valid text. */
export function findInvalidText(value: unknown, field: string): InvalidText | null {
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { field, problem } : null;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findInvalidText(value[i], `${field}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, nested] of Object.entries(value)) {
      const path = field ? `${field}.${key}` : key;
      const keyProblem = textProblem(key);
      if (keyProblem) return { field: path, problem: keyProblem };
      const found = findInvalidText(nested, path);
      if (found) return found;
    }
  }
  return null;
}
