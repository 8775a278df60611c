import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { indexQuestions, isVisible, type AnswerValue, type QuestionnaireDefinition, ErrorCode } from '@monitor/domain';
import { SaveAnswersDocument, type QuestionnaireForm_ResponseFragment } from '../../gql/__generated__/graphql';
import { nl } from '../../i18n/nl';
import { apiError } from '../../ui/forms/apiError';
import { answerProblem, asAnswer, answersFrom } from './definition';

/** A colleague saved this answer after we loaded it; nothing was saved, the user chooses. */
export interface AnswerConflict {
  questionKey: string;
  yourValue: AnswerValue | undefined;
  currentValue: AnswerValue | undefined;
  currentVersion: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'error'; message: string };

type Values = Record<string, AnswerValue | undefined>;

export interface ChangeOptions {
  /** Wait this long for more changes before saving (typing); 0 saves at once (choices). */
  delay?: number;
  /** What is in the input, when it differs from the value (e.g. "12,"), so that it is never lost. */
  draft?: string;
  /** A problem found while reading the input (e.g. not a number): shown, and nothing is saved. */
  problem?: string | null;
}

type ResponseData = Pick<QuestionnaireForm_ResponseFragment, 'answers'>;

export const TYPING_DELAY_MS = 800;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function conflictsOf(error: unknown): AnswerConflict[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const raw = error.errors[0]?.extensions?.conflicts;
  if (!Array.isArray(raw)) return null;
  return raw.map((c: Record<string, unknown>) => ({
    questionKey: String(c.questionKey),
    yourValue: asAnswer(c.yourValue),
    currentValue: asAnswer(c.currentValue),
    currentVersion: typeof c.currentVersion === 'number' ? c.currentVersion : 0,
    updatedAt: typeof c.updatedAt === 'string' ? c.updatedAt : null,
    updatedBy: typeof c.updatedBy === 'string' ? c.updatedBy : null,
  }));
}

/**
 * The answers of one response as the user edits them, saved automatically: every change is queued,
 * typing waits {@link TYPING_DELAY_MS} for more, choices go at once, and whatever is queued goes in
 * one `saveAnswers` with each answer's version. What the user typed is never thrown away: a value
 * the server refuses stays in its field with the message next to it, and a colleague's change shows
 * both values until the user chooses.
 */
export function useAutosave({
  municipalityCode,
  year,
  definition,
  response,
  onSaved,
}: {
  municipalityCode: string;
  year: number;
  definition: QuestionnaireDefinition;
  response: ResponseData;
  onSaved?: (response: QuestionnaireForm_ResponseFragment) => void;
}) {
  const byKey = useMemo(() => indexQuestions(definition), [definition]);
  const [save] = useMutation(SaveAnswersDocument);

  const valuesRef = useRef<Values>(answersFrom(response.answers));
  const [values, setValues] = useState<Values>(valuesRef.current);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflicts, setConflicts] = useState<AnswerConflict[]>([]);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [locked, setLocked] = useState<string | null>(null);
  const [hasPending, setHasPending] = useState(false);

  const versions = useRef(new Map(response.answers.map((a) => [a.questionKey, a.version])));
  const pending = useRef(new Map<string, AnswerValue | null>());
  const conflictKeys = useRef(new Set<string>());
  const request = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lockedRef = useRef<string | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const syncPending = () => setHasPending(pending.current.size > 0);

  const setValue = (key: string, value: AnswerValue | undefined) => {
    valuesRef.current = { ...valuesRef.current, [key]: value };
    setValues(valuesRef.current);
  };

  const flush = useCallback((): Promise<void> | null => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (lockedRef.current) return null;
    if (request.current) {
      again.current = true;
      return request.current;
    }
    const current = valuesRef.current;
    const batch: { questionKey: string; value: AnswerValue | null; expectedVersion: number }[] = [];
    for (const [key, value] of pending.current) {
      if (conflictKeys.current.has(key)) continue;
      const question = byKey.get(key);
      // A hidden question keeps its stored answer; only clearing it may be sent.
      if (value !== null && question && !isVisible(question, current, byKey)) {
        pending.current.delete(key);
        continue;
      }
      batch.push({ questionKey: key, value, expectedVersion: versions.current.get(key) ?? 0 });
    }
    syncPending();
    if (batch.length === 0) return null;
    setSaveState({ kind: 'saving' });

    const run = async () => {
      try {
        const { data } = await save({ variables: { input: { municipalityCode, year, answers: batch } } });
        const saved = data?.saveAnswers;
        if (!saved) throw new Error('no data');
        const sentKeys = new Set(batch.map((item) => item.questionKey));
        for (const answer of saved.answers) {
          const before = versions.current.get(answer.questionKey);
          versions.current.set(answer.questionKey, answer.version);
          // A colleague's change to an answer this user is not editing: show it.
          if (!sentKeys.has(answer.questionKey) && before !== undefined && before !== answer.version && !pending.current.has(answer.questionKey)) {
            setValue(answer.questionKey, asAnswer(answer.value));
          }
        }
        for (const item of batch) {
          if (pending.current.has(item.questionKey) && same(pending.current.get(item.questionKey), item.value)) {
            pending.current.delete(item.questionKey);
          }
        }
        setSaveState({ kind: 'saved', at: new Date() });
        onSavedRef.current?.(saved);
      } catch (error) {
        const found = conflictsOf(error);
        const problem = apiError(error);
        if (found) {
          for (const conflict of found) conflictKeys.current.add(conflict.questionKey);
          setConflicts((list) => [...list.filter((c) => !found.some((f) => f.questionKey === c.questionKey)), ...found]);
          setSaveState({ kind: 'error', message: nl.questionnaire.notSavedConflict });
          // The rest of the batch was not saved either; send it again without the conflicts.
          if (batch.some((item) => !conflictKeys.current.has(item.questionKey))) again.current = true;
        } else if (problem.code === ErrorCode.CONFLICT) {
          lockedRef.current = problem.message;
          setLocked(problem.message);
          setSaveState({ kind: 'error', message: problem.message });
        } else if (problem.code === ErrorCode.BAD_USER_INPUT && Object.keys(problem.fields).length > 0) {
          const refused = Object.keys(problem.fields).filter((key) => pending.current.has(key));
          for (const key of refused) pending.current.delete(key);
          setFieldErrors((errors) => ({ ...errors, ...problem.fields }));
          setSaveState({ kind: 'error', message: nl.questionnaire.notSavedFields(Object.keys(problem.fields).length) });
          if (batch.some((item) => !(item.questionKey in problem.fields))) again.current = true;
        } else {
          setSaveState({ kind: 'error', message: problem.message });
        }
      } finally {
        request.current = null;
        syncPending();
        if (again.current) {
          again.current = false;
          void flush();
        }
      }
    };
    request.current = run();
    return request.current;
  }, [byKey, municipalityCode, save, year]);

  const change = useCallback(
    (key: string, value: AnswerValue | undefined, options: ChangeOptions = {}) => {
      const question = byKey.get(key);
      setValue(key, value);
      if (options.draft !== undefined) setDrafts((d) => ({ ...d, [key]: options.draft as string }));
      const problem = options.problem !== undefined ? options.problem : question ? answerProblem(question, value) : null;
      setFieldErrors((errors) => {
        if (problem) return { ...errors, [key]: problem };
        if (!(key in errors)) return errors;
        const { [key]: _gone, ...rest } = errors;
        return rest;
      });
      if (problem) {
        pending.current.delete(key);
        syncPending();
        return;
      }
      pending.current.set(key, value ?? null);
      syncPending();
      const delay = options.delay ?? 0;
      if (delay <= 0) {
        void flush();
      } else {
        if (timer.current) clearTimeout(timer.current);
        timer.current = setTimeout(() => void flush(), delay);
      }
    },
    [byKey, flush],
  );

  const resolveConflict = useCallback(
    (key: string, choice: 'mine' | 'theirs') => {
      const conflict = conflicts.find((c) => c.questionKey === key);
      if (!conflict) return;
      conflictKeys.current.delete(key);
      setConflicts((list) => list.filter((c) => c.questionKey !== key));
      versions.current.set(key, conflict.currentVersion);
      if (choice === 'mine') {
        pending.current.set(key, valuesRef.current[key] ?? null);
        syncPending();
        void flush();
      } else {
        pending.current.delete(key);
        syncPending();
        setValue(key, conflict.currentValue);
        setDrafts(({ [key]: _gone, ...rest }) => rest);
        setFieldErrors(({ [key]: _gone, ...rest }) => rest);
      }
    },
    [conflicts, flush],
  );

  /** Saves whatever is queued and waits for it; true when everything is saved. */
  const settle = useCallback(async (): Promise<boolean> => {
    for (let round = 0; round < 5; round++) {
      const running = flush();
      if (!running) break;
      await running;
    }
    return pending.current.size === 0 && conflictKeys.current.size === 0 && !lockedRef.current;
  }, [flush]);

  /** Starts again from a response the server sent (after prefilling). */
  const reset = useCallback((next: ResponseData) => {
    valuesRef.current = answersFrom(next.answers);
    setValues(valuesRef.current);
    versions.current = new Map(next.answers.map((a) => [a.questionKey, a.version]));
    pending.current.clear();
    syncPending();
    setDrafts({});
    setFieldErrors({});
  }, []);

  const lock = useCallback((message: string) => {
    lockedRef.current = message;
    setLocked(message);
  }, []);

  // Leaving the page saves what is queued; closing the tab with unsaved answers asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (pending.current.size === 0) return;
      event.preventDefault();
      event.returnValue = nl.questionnaire.unsavedWarning;
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (pending.current.size > 0) void flush();
    };
  }, [flush]);

  return {
    values,
    drafts,
    fieldErrors,
    conflicts,
    saveState,
    locked,
    hasPending,
    change,
    flush,
    settle,
    resolveConflict,
    reset,
    lock,
  };
}
