import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { defaultErrorMessage } from '@monitor/domain';
import { nl } from '../../i18n/nl';

/** What the server said about a failed request, from errors[0].extensions (stable codes). */
export interface ApiError {
  /** e.g. BAD_USER_INPUT, INVALID_CREDENTIALS; null for network trouble */
  code: string | null;
  /** Dutch message to show */
  message: string;
  /** Per input property (email, password, …): the Dutch message for that field. */
  fields: Record<string, string>;
  retryAfterSeconds: number | null;
}

/** "email: vul een geldig e-mailadres in" → "Vul een geldig e-mailadres in." for next to the field. */
export function fieldMessage(message: string): string {
  const text = message.replace(/^[A-Za-z.]+:\s*/, '').trim();
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function apiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0];
    const extensions = (first.extensions ?? {}) as Record<string, unknown>;
    const fields: Record<string, string> = {};
    if (Array.isArray(extensions.fields)) {
      for (const problem of extensions.fields as Array<{ field?: unknown; message?: unknown }>) {
        if (typeof problem?.field === 'string' && !(problem.field in fields)) {
          fields[problem.field] = fieldMessage(typeof problem.message === 'string' ? problem.message : first.message);
        }
      }
    }
    if (typeof extensions.field === 'string' && !(extensions.field in fields)) {
      fields[extensions.field] = fieldMessage(first.message);
    }
    return {
      code: typeof extensions.code === 'string' ? extensions.code : null,
      // the server's message where it has one, else the code's default from the registry
      message: first.message || defaultErrorMessage(extensions.code),
      fields,
      retryAfterSeconds: typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : null,
    };
  }
  return { code: null, message: nl.forms.networkError, fields: {}, retryAfterSeconds: null };
}
