import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';
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

/** What the hook keeps between renders without rendering again. */
interface AutosaveBox {
  values: Values;
  versions: Map<string, number>;
  pending: Map<string, AnswerValue | null>;
  conflictKeys: Set<string>;
  request: Promise<void> | null;
  again: boolean;
  timer: ReturnType<typeof setTimeout> | null;
  locked: string | null;
}

type Batch = { questionKey: string; value: AnswerValue | null; expectedVersion: number }[];

type SavedAnswers = Pick<QuestionnaireForm_ResponseFragment, 'answers'>;

/** The queued answers to send now, each with the version it was edited from. */
function takeBatch(box: AutosaveBox, byKey: ReturnType<typeof indexQuestions>): Batch {
  const batch: Batch = [];
  for (const [key, value] of box.pending) {
    if (box.conflictKeys.has(key)) continue;
    const question = byKey.get(key);
    // A hidden question keeps its stored answer; only clearing it may be sent.
    if (value !== null && question && !isVisible(question, box.values, byKey)) {
      box.pending.delete(key);
      continue;
    }
    batch.push({ questionKey: key, value, expectedVersion: box.versions.get(key) ?? 0 });
  }
  return batch;
}

/** Takes the new versions, shows a colleague's change to an answer this user is not editing, and unqueues what was saved. */
function applySaved(box: AutosaveBox, batch: Batch, saved: SavedAnswers, show: (key: string, value: AnswerValue | undefined) => void) {
  const sentKeys = new Set(batch.map((item) => item.questionKey));
  for (const answer of saved.answers) {
    const before = box.versions.get(answer.questionKey);
    box.versions.set(answer.questionKey, answer.version);
    if (!sentKeys.has(answer.questionKey) && before !== undefined && before !== answer.version && !box.pending.has(answer.questionKey)) {
      show(answer.questionKey, asAnswer(answer.value));
    }
  }
  for (const item of batch) {
    if (box.pending.has(item.questionKey) && same(box.pending.get(item.questionKey), item.value)) {
      box.pending.delete(item.questionKey);
    }
  }
}

type Setter<T> = Dispatch<SetStateAction<T>>;

interface FailureSetters {
  setConflicts: Setter<AnswerConflict[]>;
  setSaveState: Setter<SaveState>;
  setLocked: Setter<string | null>;
  setFieldErrors: Setter<Record<string, string>>;
}

/** A refused save: conflicts to choose, a locked response, refused values per field, or a general error. */
function applyFailure(box: AutosaveBox, batch: Batch, error: unknown, set: FailureSetters) {
  const found = conflictsOf(error);
  const problem = apiError(error);
  if (found) {
    for (const conflict of found) box.conflictKeys.add(conflict.questionKey);
    set.setConflicts((list) => [...list.filter((c) => !found.some((f) => f.questionKey === c.questionKey)), ...found]);
    set.setSaveState({ kind: 'error', message: nl.questionnaire.notSavedConflict });
    // The rest of the batch was not saved either; send it again without the conflicts.
    if (batch.some((item) => !box.conflictKeys.has(item.questionKey))) box.again = true;
  } else if (problem.code === ErrorCode.CONFLICT) {
    box.locked = problem.message;
    set.setLocked(problem.message);
    set.setSaveState({ kind: 'error', message: problem.message });
  } else if (problem.code === ErrorCode.BAD_USER_INPUT && Object.keys(problem.fields).length > 0) {
    const refused = Object.keys(problem.fields).filter((key) => box.pending.has(key));
    for (const key of refused) box.pending.delete(key);
    set.setFieldErrors((errors) => ({ ...errors, ...problem.fields }));
    set.setSaveState({ kind: 'error', message: nl.questionnaire.notSavedFields(Object.keys(problem.fields).length) });
    if (batch.some((item) => !(item.questionKey in problem.fields))) box.again = true;
  } else {
    set.setSaveState({ kind: 'error', message: problem.message });
  }
}

/** The answers and what is known about saving them, as React state plus the box behind it. */
function useAnswerState(response: ResponseData) {
  const ref = useRef<AutosaveBox | null>(null);
  const box = (ref.current ??= {
    values: answersFrom(response.answers),
    versions: new Map(response.answers.map((a) => [a.questionKey, a.version])),
    pending: new Map(),
    conflictKeys: new Set(),
    request: null,
    again: false,
    timer: null,
    locked: null,
  });
  const [values, setValues] = useState<Values>(box.values);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [conflicts, setConflicts] = useState<AnswerConflict[]>([]);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [locked, setLocked] = useState<string | null>(null);
  const [hasPending, setHasPending] = useState(false);
  const syncPending = () => setHasPending(box.pending.size > 0);
  const setValue = (key: string, value: AnswerValue | undefined) => {
    box.values = { ...box.values, [key]: value };
    setValues(box.values);
  };
  const replaceValues = (next: Values) => {
    box.values = next;
    setValues(next);
  };
  return {
    box,
    state: { values, drafts, fieldErrors, conflicts, saveState, locked, hasPending },
    set: { setValue, replaceValues, setDrafts, setFieldErrors, setConflicts, setSaveState, setLocked, syncPending },
  };
}

type AnswerState = ReturnType<typeof useAnswerState>;

interface SaveTarget {
  municipalityCode: string;
  year: number;
  byKey: ReturnType<typeof indexQuestions>;
  onSaved: { current: ((response: QuestionnaireForm_ResponseFragment) => void) | undefined };
}

/** Sends whatever is queued in one `saveAnswers`; while a request runs, another follows it. */
function useFlush({ box, set }: AnswerState, { municipalityCode, year, byKey, onSaved }: SaveTarget) {
  const [save] = useMutation(SaveAnswersDocument);
  const flush = useCallback((): Promise<void> | null => {
    if (box.timer) {
      clearTimeout(box.timer);
      box.timer = null;
    }
    if (box.locked) return null;
    if (box.request) {
      box.again = true;
      return box.request;
    }
    const batch = takeBatch(box, byKey);
    set.syncPending();
    if (batch.length === 0) return null;
    set.setSaveState({ kind: 'saving' });

    const run = async () => {
      try {
        const { data } = await save({ variables: { input: { municipalityCode, year, answers: batch } } });
        const saved = data?.saveAnswers;
        if (!saved) throw new Error('no data');
        applySaved(box, batch, saved, set.setValue);
        set.setSaveState({ kind: 'saved', at: new Date() });
        onSaved.current?.(saved);
      } catch (error) {
        applyFailure(box, batch, error, set);
      } finally {
        box.request = null;
        set.syncPending();
        if (box.again) {
          box.again = false;
          void flush();
        }
      }
    };
    box.request = run();
    return box.request;
  }, [byKey, municipalityCode, save, year]);
  return flush;
}

type Flush = ReturnType<typeof useFlush>;

/** One change by the user: shown at once, checked, and queued (saved at once or after typing stops). */
function useChange({ box, set }: AnswerState, byKey: ReturnType<typeof indexQuestions>, flush: Flush) {
  return useCallback(
    (key: string, value: AnswerValue | undefined, options: ChangeOptions = {}) => {
      const question = byKey.get(key);
      set.setValue(key, value);
      if (options.draft !== undefined) set.setDrafts((d) => ({ ...d, [key]: options.draft as string }));
      const problem = options.problem !== undefined ? options.problem : question ? answerProblem(question, value) : null;
      set.setFieldErrors((errors) => {
        if (problem) return { ...errors, [key]: problem };
        if (!(key in errors)) return errors;
        const { [key]: _gone, ...rest } = errors;
        return rest;
      });
      if (problem) {
        box.pending.delete(key);
        set.syncPending();
        return;
      }
      box.pending.set(key, value ?? null);
      set.syncPending();
      const delay = options.delay ?? 0;
      if (delay <= 0) {
        void flush();
      } else {
        if (box.timer) clearTimeout(box.timer);
        box.timer = setTimeout(() => void flush(), delay);
      }
    },
    [byKey, flush],
  );
}

/** The user's choice in a conflict: send their own value again, or take the colleague's. */
function useResolveConflict({ box, state, set }: AnswerState, flush: Flush) {
  const { conflicts } = state;
  return useCallback(
    (key: string, choice: 'mine' | 'theirs') => {
      const conflict = conflicts.find((c) => c.questionKey === key);
      if (!conflict) return;
      box.conflictKeys.delete(key);
      set.setConflicts((list) => list.filter((c) => c.questionKey !== key));
      box.versions.set(key, conflict.currentVersion);
      if (choice === 'mine') {
        box.pending.set(key, box.values[key] ?? null);
        set.syncPending();
        void flush();
      } else {
        box.pending.delete(key);
        set.syncPending();
        set.setValue(key, conflict.currentValue);
        set.setDrafts(({ [key]: _gone, ...rest }) => rest);
        set.setFieldErrors(({ [key]: _gone, ...rest }) => rest);
      }
    },
    [conflicts, flush],
  );
}

/** Leaving the page saves what is queued; closing the tab with unsaved answers asks first. */
function useSaveOnLeave(box: AutosaveBox, flush: Flush) {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (box.pending.size === 0) return;
      event.preventDefault();
      event.returnValue = nl.questionnaire.unsavedWarning;
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      if (box.pending.size > 0) void flush();
    };
  }, [flush]);
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
  const answers = useAnswerState(response);
  const { box, set } = answers;
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const flush = useFlush(answers, { municipalityCode, year, byKey, onSaved: onSavedRef });
  const change = useChange(answers, byKey, flush);
  const resolveConflict = useResolveConflict(answers, flush);

  /** Saves whatever is queued and waits for it; true when everything is saved. */
  const settle = useCallback(async (): Promise<boolean> => {
    for (let round = 0; round < 5; round++) {
      const running = flush();
      if (!running) break;
      await running;
    }
    return box.pending.size === 0 && box.conflictKeys.size === 0 && !box.locked;
  }, [flush]);

  /** Starts again from a response the server sent (after prefilling). */
  const reset = useCallback((next: ResponseData) => {
    set.replaceValues(answersFrom(next.answers));
    box.versions = new Map(next.answers.map((a) => [a.questionKey, a.version]));
    box.pending.clear();
    set.syncPending();
    set.setDrafts({});
    set.setFieldErrors({});
  }, []);

  const lock = useCallback((message: string) => {
    box.locked = message;
    set.setLocked(message);
  }, []);

  useSaveOnLeave(box, flush);

  return { ...answers.state, change, flush, settle, resolveConflict, reset, lock };
}
