import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ErrorSummaryItem } from '../ErrorSummary';
import { apiError, type ApiError } from './apiError';

/** What a form passes to one field: its input id, its error (if any) and the id of that error. */
export interface FormFieldState {
  id: string;
  error: string | null;
  errorId: string;
  invalid: boolean;
}

/**
 * Field errors, a general error and the focus of the error summary for one form. `fieldIds` maps
 * each field name (as the server names it, e.g. `email`) to its input id, in the order of the form.
 */
export function useFormErrors<F extends string>(fieldIds: Record<F, string>) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [general, setGeneral] = useState<ReactNode>(null);
  const [attempt, setAttempt] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  // After every failed submit the summary takes focus, so it is read out and reachable.
  useEffect(() => {
    if (attempt > 0) summaryRef.current?.focus();
  }, [attempt]);

  const report = useCallback((fieldErrors: Partial<Record<F, string>>, generalError: ReactNode = null) => {
    setErrors(fieldErrors);
    setGeneral(generalError);
    const failed = generalError !== null || Object.values(fieldErrors).some(Boolean);
    if (failed) setAttempt((n) => n + 1);
    return failed;
  }, []);

  const clear = useCallback(() => report({}), [report]);

  /** Puts the server's field errors next to their fields; anything else becomes the general error. */
  const reportApiError = useCallback(
    (error: unknown, generalFor?: (e: ApiError) => ReactNode): ApiError => {
      const problem = apiError(error);
      const fieldErrors: Partial<Record<F, string>> = {};
      for (const [field, message] of Object.entries(problem.fields)) {
        if (field in fieldIds) fieldErrors[field as F] = message;
      }
      const hasFieldErrors = Object.keys(fieldErrors).length > 0;
      report(fieldErrors, hasFieldErrors ? null : (generalFor?.(problem) ?? problem.message));
      return problem;
    },
    [fieldIds, report],
  );

  const items: ErrorSummaryItem[] = useMemo(
    () =>
      (Object.keys(fieldIds) as F[])
        .filter((field) => errors[field])
        .map((field) => ({ fieldId: fieldIds[field], message: errors[field] as string })),
    [errors, fieldIds],
  );

  /** Props for FormField and the input of one field. */
  const field = useCallback(
    (name: F): FormFieldState => {
      const id = fieldIds[name];
      const error = errors[name] ?? null;
      return { id, error, errorId: `${id}-fout`, invalid: Boolean(error) };
    },
    [errors, fieldIds],
  );

  return { errors, general, items, hasErrors: items.length > 0 || general !== null, summaryRef, report, reportApiError, clear, field };
}
