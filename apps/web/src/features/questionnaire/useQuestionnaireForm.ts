import { ErrorCode } from '@monitor/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import type { QuestionnaireDefinition } from '@monitor/domain';
import { PrefillFromPreviousYearDocument, SubmitResponseDocument, type ResponseStatus } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { apiError } from '../../ui/forms/apiError';
import type { useAutosave } from './useAutosave';

type Autosave = ReturnType<typeof useAutosave>;

/** Which section is shown (from ?sectie=), and where the focus goes after switching. */
export function useSectionNavigation(definition: QuestionnaireDefinition) {
  const [params, setParams] = useSearchParams();
  const requested = params.get('sectie');
  const sectionIndex = Math.max(
    0,
    definition.sections.findIndex((s) => s.key === requested),
  );
  const section = definition.sections[sectionIndex];
  const focusAfterSwitch = useRef<{ section: string; id: string } | null>(null);
  const [switches, setSwitches] = useState(0);

  const goTo = useCallback(
    (sectionKey: string, focusId: string | null = null) => {
      focusAfterSwitch.current = { section: sectionKey, id: focusId ?? 'sectie-titel' };
      setParams({ sectie: sectionKey });
      setSwitches((n) => n + 1);
    },
    [setParams],
  );

  // Once the chosen section is on screen, the focus goes to its heading (or the linked question).
  useEffect(() => {
    const wanted = focusAfterSwitch.current;
    if (switches === 0 || !wanted || wanted.section !== section.key) return;
    const target = document.getElementById(wanted.id);
    focusAfterSwitch.current = null;
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
    }
  }, [switches, section.key]);

  return { sectionIndex, section, goTo };
}

/** Copies last year's answers into an empty response. */
export function usePrefill(autosave: Autosave, code: string, year: number) {
  const [prefill, { loading: prefilling }] = useMutation(PrefillFromPreviousYearDocument);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const onPrefill = async () => {
    setError(null);
    await autosave.settle();
    try {
      const { data } = await prefill({ variables: { municipalityCode: code, year } });
      if (!data) return;
      autosave.reset(data.prefillFromPreviousYear.response);
      setNotice(nl.questionnaire.prefilled(data.prefillFromPreviousYear.copied));
    } catch (caught) {
      const problem = apiError(caught);
      if (problem.code === ErrorCode.CONFLICT) autosave.lock(problem.message);
      setError(problem.message);
    }
  };
  return { onPrefill, prefilling, notice, error };
}

/** A ref that takes the focus whenever the number of conflicts grows. */
export function useFocusOnNewConflicts(conflictCount: number) {
  const conflictRef = useRef<HTMLDivElement>(null);
  const lastConflictCount = useRef(0);
  useEffect(() => {
    if (conflictCount > lastConflictCount.current) conflictRef.current?.focus();
    lastConflictCount.current = conflictCount;
  }, [conflictCount]);
  return conflictRef;
}

/** Moves the focus to the element whenever `when` turns truthy or changes. */
function useFocusWhen<T extends HTMLElement>(when: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (when) ref.current?.focus();
  }, [when]);
  return ref;
}

export interface ResponseState {
  status: ResponseStatus;
  submittedAt: string | null | undefined;
}

/** The response's status and its submission: confirm, save what is queued, submit, and report what is missing. */
export function useSubmission(autosave: Autosave, code: string, year: number, initial: ResponseState) {
  const [status, setStatus] = useState<ResponseStatus>(initial.status);
  const [submittedAt, setSubmittedAt] = useState(initial.submittedAt);
  const [submit, { loading: submitting }] = useMutation(SubmitResponseDocument);
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState<string[] | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitAttempt, setSubmitAttempt] = useState(0);
  const [justSubmitted, setJustSubmitted] = useState(false);
  const confirmRef = useFocusWhen<HTMLHeadingElement>(confirming);
  const summaryRef = useFocusWhen<HTMLDivElement>(submitAttempt);
  const submittedRef = useFocusWhen<HTMLDivElement>(justSubmitted);

  const refused = (error: unknown) => {
    const problem = apiError(error);
    setConfirming(false);
    if (problem.code === ErrorCode.BAD_USER_INPUT && Object.keys(problem.fields).length > 0) {
      setMissing(Object.keys(problem.fields));
    } else {
      if (problem.code === ErrorCode.CONFLICT) autosave.lock(problem.message);
      setSubmitError(problem.message);
    }
    setSubmitAttempt((n) => n + 1);
  };

  const onConfirm = async () => {
    setSubmitError(null);
    setMissing(null);
    const saved = await autosave.settle();
    if (!saved || Object.keys(autosave.fieldErrors).length > 0) {
      setSubmitError(nl.questionnaire.unsavedBeforeSubmit);
      setConfirming(false);
      setSubmitAttempt((n) => n + 1);
      return;
    }
    try {
      const { data } = await submit({ variables: { municipalityCode: code, year } });
      if (!data) return;
      setStatus(data.submitResponse.status);
      setSubmittedAt(data.submitResponse.submittedAt);
      setConfirming(false);
      setJustSubmitted(true);
    } catch (error) {
      refused(error);
    }
  };

  const onReopened = (next: ResponseState) => {
    setStatus(next.status);
    setSubmittedAt(next.submittedAt);
    setJustSubmitted(false);
  };

  return {
    status,
    submittedAt,
    submitting,
    confirming,
    setConfirming,
    missing,
    submitError,
    justSubmitted,
    confirmRef,
    summaryRef,
    submittedRef,
    onConfirm,
    onReopened,
  };
}
