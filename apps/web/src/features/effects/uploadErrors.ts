import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { apiError } from '../../ui/forms/apiError';

export interface UploadProblem {
  line: number;
  column: string;
  message: string;
}

/** The problems the server named (line, column, message), or the general message when it named none. */
export function uploadProblems(error: unknown): { message: string; problems: UploadProblem[] } {
  const general = apiError(error).message;
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) return { message: general, problems: [] };
  const listed = (error.errors[0].extensions ?? {}).problems;
  if (!Array.isArray(listed)) return { message: general, problems: [] };
  const problems = listed.flatMap((p: unknown) => {
    const { line, column, message } = (p ?? {}) as Record<string, unknown>;
    return typeof line === 'number' && typeof column === 'string' && typeof message === 'string' ? [{ line, column, message }] : [];
  });
  return { message: general, problems };
}
