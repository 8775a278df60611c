import {
  computeIndicators,
  ErrorCode,
  isVisible,
  missingRequired,
  validateAnswer,
  type AnswerValue,
  type Answers,
  type Question,
} from '@monitor/domain';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError, authError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { rowsOf } from '../../db/sql';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { QuestionnaireService, StoredQuestionnaire } from '../questionnaire/questionnaire.service';
import type { AnswerInput, SaveAnswersInput } from './response.inputs';

export interface StoredAnswer {
  questionKey: string;
  value: AnswerValue | null;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

interface ResponseRow {
  id: number;
  status: 'DRAFT' | 'SUBMITTED';
  submitted_at: Date | null;
  is_demo: boolean;
}

interface AnswerRow {
  question_key: string;
  value: AnswerValue | null;
  version: number;
  updated_at: Date;
  updated_by: string | null;
}

/** A municipality's response in one year; `id` is null while nothing has been saved yet. */
export interface ResponseState {
  id: number | null;
  municipalityId: number;
  municipalityCode: string;
  questionnaire: StoredQuestionnaire;
  status: 'DRAFT' | 'SUBMITTED';
  submittedAt: Date | null;
  isDemo: boolean;
  answers: StoredAnswer[];
}

export interface AnswerConflict {
  questionKey: string;
  yourValue: AnswerValue | null;
  currentValue: AnswerValue | null;
  currentVersion: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

const EMPTY = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

export function answersOf(state: Pick<ResponseState, 'answers'>): Answers {
  return Object.fromEntries(state.answers.filter((a) => !EMPTY(a.value)).map((a) => [a.questionKey, a.value as AnswerValue]));
}

function questionsByKey(questionnaire: StoredQuestionnaire): Map<string, Question> {
  return new Map(questionnaire.definition.sections.flatMap((s) => s.questions.map((q) => [q.key, q] as const)));
}

export class ResponseService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly questionnaires: QuestionnaireService,
    private readonly audit: AuditService,
    private readonly onSubmittedChange: (year: number) => Promise<void> = () => Promise.resolve(),
  ) {}

  async get(ctx: Context, municipalityCode: string, year: number): Promise<ResponseState> {
    await requireAccess(ctx, 'municipality.readAnswers', { municipalityCode });
    return this.load(this.dataSource.manager, municipalityCode, await this.questionnaires.requireYear(year));
  }

  /**
   * Saves a batch of answers, all or nothing. Each answer carries the version it was based on; when
   * a colleague saved that answer in between, nothing is saved and the conflicts show both values.
   */
  async save(ctx: Context, input: SaveAnswersInput): Promise<ResponseState> {
    requireAccess(ctx, 'municipality.writeAnswers', { municipalityCode: input.municipalityCode });
    const questionnaire = await this.requireOpen(input.year);
    const byKey = questionsByKey(questionnaire);
    const problems = validateBatch(input.answers, byKey);
    if (problems.length > 0) throw fieldErrors(problems);
    const userId = ctx.caller.userId;

    return this.dataSource.transaction(async (manager) => {
      const state = await this.lockDraft(manager, input.municipalityCode, questionnaire);
      const current = new Map(state.answers.map((a) => [a.questionKey, a]));

      const merged: Record<string, AnswerValue | undefined> = { ...answersOf(state) };
      for (const item of input.answers) merged[item.questionKey] = EMPTY(item.value) ? undefined : (item.value as AnswerValue);
      const hidden = input.answers
        .filter((item) => !EMPTY(item.value) && !isVisible(byKey.get(item.questionKey)!, merged, byKey))
        .map((item) => ({ field: item.questionKey, message: 'deze vraag is niet van toepassing door andere antwoorden' }));
      if (hidden.length > 0) throw fieldErrors(hidden);

      const conflicts: AnswerConflict[] = input.answers
        .filter((item) => item.expectedVersion !== (current.get(item.questionKey)?.version ?? 0))
        .map((item) => {
          const now = current.get(item.questionKey);
          return {
            questionKey: item.questionKey,
            yourValue: EMPTY(item.value) ? null : (item.value as AnswerValue),
            currentValue: now?.value ?? null,
            currentVersion: now?.version ?? 0,
            updatedAt: now?.updatedAt.toISOString() ?? null,
            updatedBy: now?.updatedBy ?? null,
          };
        });
      if (conflicts.length > 0) {
        throw new GraphQLError(
          'Een collega heeft intussen een of meer van deze antwoorden gewijzigd. Kies per antwoord welke waarde u wilt houden.',
          {
            extensions: { code: ErrorCode.CONFLICT, conflicts },
          },
        );
      }

      for (const item of input.answers) {
        const before = current.get(item.questionKey);
        const value = EMPTY(item.value) ? null : item.value;
        const version = (before?.version ?? 0) + 1;
        await manager.query(
          `INSERT INTO answer (response_id, question_key, value, version, updated_at, updated_by) VALUES ($1, $2, $3, $4, now(), $5)
           ON CONFLICT (response_id, question_key) DO UPDATE SET value = $3, version = $4, updated_at = now(), updated_by = $5`,
          [state.id, item.questionKey, JSON.stringify(value), version, userId],
        );
        await manager.query(
          `INSERT INTO response_history (response_id, kind, question_key, old_value, new_value, version, changed_by)
           VALUES ($1, 'ANSWER', $2, $3, $4, $5, $6)`,
          [state.id, item.questionKey, JSON.stringify(before?.value ?? null), JSON.stringify(value), version, userId],
        );
      }
      return this.load(manager, input.municipalityCode, questionnaire);
    });
  }

  /** Validates every visible required question, locks the response and stores its indicators. */
  async submit(ctx: Context, municipalityCode: string, year: number): Promise<ResponseState> {
    requireAccess(ctx, 'municipality.writeAnswers', { municipalityCode });
    const questionnaire = await this.requireOpen(year);
    const userId = ctx.caller.userId;
    const submitted = await this.dataSource.transaction(async (manager) => {
      const state = await this.lockDraft(manager, municipalityCode, questionnaire);
      const answers = answersOf(state);
      const missing = missingRequired(questionnaire.definition, answers);
      if (missing.length > 0) {
        throw fieldErrors(
          missing.map((key) => ({ field: key, message: 'deze vraag is verplicht' })),
          `${missing.length} verplichte vragen zijn nog niet beantwoord.`,
        );
      }
      await manager.query(`UPDATE response SET status = 'SUBMITTED', submitted_at = now(), submitted_by = $2 WHERE id = $1`, [state.id, userId]);
      await storeIndicators(manager, state.id!, questionnaire, answers);
      await manager.query(`INSERT INTO response_history (response_id, kind, changed_by) VALUES ($1, 'SUBMIT', $2)`, [state.id, userId]);
      await this.audit.record(
        {
          type: 'RESPONSE_SUBMITTED',
          actor: ctx.caller,
          subjectType: 'Response',
          subjectId: `${municipalityCode}/${year}`,
          clientAddress: ctx.clientAddress,
        },
        manager,
      );
      return this.load(manager, municipalityCode, questionnaire);
    });
    await this.onSubmittedChange(year);
    return submitted;
  }

  /** ADMIN: makes a submitted response editable again, with a reason; its indicators are withdrawn. */
  async reopen(ctx: Context, municipalityCode: string, year: number, reason: string): Promise<ResponseState> {
    requireAccess(ctx, 'response.reopen');
    const note = reason.trim();
    if (note.length < 5) throw badUserInput('reason', 'geef een reden van minstens 5 tekens');
    const questionnaire = await this.questionnaires.requireYear(year);
    const userId = ctx.caller.userId;
    const reopened = await this.dataSource.transaction(async (manager) => {
      const state = await this.load(manager, municipalityCode, questionnaire, true);
      if (state.status !== 'SUBMITTED') throw authError(ErrorCode.CONFLICT, 'Deze vragenlijst is niet ingediend.');
      await manager.query(`UPDATE response SET status = 'DRAFT', submitted_at = NULL, submitted_by = NULL WHERE id = $1`, [state.id]);
      await manager.query('DELETE FROM indicator_value WHERE response_id = $1', [state.id]);
      await manager.query(`INSERT INTO response_history (response_id, kind, note, changed_by) VALUES ($1, 'REOPEN', $2, $3)`, [
        state.id,
        note,
        userId,
      ]);
      await this.audit.record(
        {
          type: 'RESPONSE_REOPENED',
          actor: ctx.caller,
          subjectType: 'Response',
          subjectId: `${municipalityCode}/${year}`,
          clientAddress: ctx.clientAddress,
          details: { reason: note },
        },
        manager,
      );
      return this.load(manager, municipalityCode, questionnaire);
    });
    await this.onSubmittedChange(year);
    return reopened;
  }

  /** Copies last year's answers to questions with the same key that are still empty. */
  async prefillFromPreviousYear(ctx: Context, municipalityCode: string, year: number): Promise<{ state: ResponseState; copied: number }> {
    requireAccess(ctx, 'municipality.writeAnswers', { municipalityCode });
    const questionnaire = await this.requireOpen(year);
    const previous = await this.questionnaires.byYear(year - 1);
    const byKey = questionsByKey(questionnaire);
    const userId = ctx.caller.userId;
    return this.dataSource.transaction(async (manager) => {
      const state = await this.lockDraft(manager, municipalityCode, questionnaire);
      if (!previous) return { state, copied: 0 };
      const last = await this.load(manager, municipalityCode, previous);
      const current = new Map(state.answers.map((a) => [a.questionKey, a]));
      let copied = 0;
      for (const answer of last.answers) {
        const question = byKey.get(answer.questionKey);
        const now = current.get(answer.questionKey);
        if (!question || EMPTY(answer.value) || (now && !EMPTY(now.value)) || validateAnswer(question, answer.value) !== null) continue;
        const version = (now?.version ?? 0) + 1;
        await manager.query(
          `INSERT INTO answer (response_id, question_key, value, version, updated_by) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (response_id, question_key) DO UPDATE SET value = $3, version = $4, updated_at = now(), updated_by = $5`,
          [state.id, answer.questionKey, JSON.stringify(answer.value), version, userId],
        );
        await manager.query(
          `INSERT INTO response_history (response_id, kind, question_key, old_value, new_value, version, note, changed_by)
           VALUES ($1, 'PREFILL', $2, 'null', $3, $4, $5, $6)`,
          [state.id, answer.questionKey, JSON.stringify(answer.value), version, `overgenomen uit ${year - 1}`, userId],
        );
        copied++;
      }
      return { state: await this.load(manager, municipalityCode, questionnaire), copied };
    });
  }

  private async requireOpen(year: number): Promise<StoredQuestionnaire> {
    const questionnaire = await this.questionnaires.requireYear(year);
    if (questionnaire.status !== 'OPEN') {
      const why =
        questionnaire.status === 'CLOSED'
          ? `De vragenlijst ${year} is gesloten sinds ${questionnaire.closesOn}; antwoorden kunnen niet meer worden gewijzigd.`
          : `De vragenlijst ${year} is nog niet open (opent ${questionnaire.opensOn}).`;
      throw authError(ErrorCode.CONFLICT, why, { reason: 'QUESTIONNAIRE_NOT_OPEN' });
    }
    return questionnaire;
  }

  /** The draft response, created when needed and locked for this transaction; refuses a submitted one. */
  private async lockDraft(manager: EntityManager, municipalityCode: string, questionnaire: StoredQuestionnaire): Promise<ResponseState> {
    const municipalityId = await this.municipalityId(manager, municipalityCode);
    await manager.query(
      'INSERT INTO response (questionnaire_id, municipality_id) VALUES ($1, $2) ON CONFLICT (questionnaire_id, municipality_id) DO NOTHING',
      [questionnaire.id, municipalityId],
    );
    const state = await this.load(manager, municipalityCode, questionnaire, true);
    if (state.status === 'SUBMITTED') {
      throw authError(ErrorCode.CONFLICT, 'Deze vragenlijst is ingediend en daarmee vergrendeld. Vraag een beheerder om haar te heropenen.', {
        reason: 'RESPONSE_SUBMITTED',
      });
    }
    return state;
  }

  private async municipalityId(manager: EntityManager, code: string): Promise<number> {
    const [row] = await manager.query<{ id: number }[]>('SELECT id FROM municipality WHERE code = $1 AND valid_to IS NULL', [code]);
    // the same answer as "no access": callers must not learn which codes hold data
    if (!row) throw AccessError.notFound('Gegevens');
    return row.id;
  }

  async load(manager: EntityManager, municipalityCode: string, questionnaire: StoredQuestionnaire, forUpdate = false): Promise<ResponseState> {
    const municipalityId = await this.municipalityId(manager, municipalityCode);
    const [response] = await rowsOf<ResponseRow>(
      manager,
      `SELECT id, status, submitted_at, is_demo FROM response WHERE questionnaire_id = $1 AND municipality_id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
      [questionnaire.id, municipalityId],
    );
    const answers: StoredAnswer[] = response
      ? (
          await manager.query<AnswerRow[]>(
            `SELECT a.question_key, a.value, a.version, a.updated_at, u.name AS updated_by
               FROM answer a LEFT JOIN app_user u ON u.id = a.updated_by WHERE a.response_id = $1 ORDER BY a.question_key`,
            [response.id],
          )
        ).map((r) => ({ questionKey: r.question_key, value: r.value, version: r.version, updatedAt: r.updated_at, updatedBy: r.updated_by }))
      : [];
    return {
      id: response?.id ?? null,
      municipalityId,
      municipalityCode,
      questionnaire,
      status: response?.status ?? 'DRAFT',
      submittedAt: response?.submitted_at ?? null,
      isDemo: response?.is_demo ?? false,
      answers,
    };
  }
}

interface FieldProblem {
  field: string;
  message: string;
}

function validateBatch(items: readonly AnswerInput[], byKey: Map<string, Question>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const question = byKey.get(item.questionKey);
    if (seen.has(item.questionKey)) problems.push({ field: item.questionKey, message: 'komt twee keer voor in dezelfde opslag' });
    seen.add(item.questionKey);
    if (!question) {
      problems.push({ field: item.questionKey, message: 'onbekende vraag in deze vragenlijst' });
      continue;
    }
    const problem = EMPTY(item.value) ? null : validateAnswer(question, item.value);
    if (problem) problems.push({ field: item.questionKey, message: problem });
  }
  return problems;
}

function fieldErrors(problems: FieldProblem[], summary?: string): GraphQLError {
  return new GraphQLError(summary ?? `Ongeldige invoer: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field: problems[0].field, fields: problems },
  });
}

export async function storeIndicators(
  manager: EntityManager,
  responseId: number,
  questionnaire: StoredQuestionnaire,
  answers: Answers,
): Promise<void> {
  await manager.query('DELETE FROM indicator_value WHERE response_id = $1', [responseId]);
  const results = computeIndicators(questionnaire.indicators, answers, questionnaire.definition);
  for (const r of results) {
    await manager.query(
      `INSERT INTO indicator_value (response_id, indicator_key, value, band, known, unknown, missing, total)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [responseId, r.key, r.value, r.band, r.known, r.unknown, r.missing, r.total],
    );
  }
}
