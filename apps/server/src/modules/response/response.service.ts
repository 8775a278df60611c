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
import { SharedReadCache } from '../../db/shared-read-cache';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { QuestionnaireService, StoredQuestionnaire } from '../questionnaire/questionnaire.service';
import { deleteIndicatorValues, replaceIndicatorValues } from '../indicator/indicator.repository';
import { toMunicipality } from '../municipality/municipality.mapper';
import { currentMunicipalityIdByCode } from '../municipality/municipality.repository';
import type { AnswerInput, SaveAnswersInput } from './response.inputs';
import {
  answersOfResponse,
  ensureResponse,
  insertAnswerHistory,
  insertReopenHistory,
  insertSubmitHistory,
  markDraft,
  markSubmitted,
  responseHeaderOf,
  responseOf,
  upsertAnswer,
} from './response.repository';

export interface StoredAnswer {
  questionKey: string;
  value: AnswerValue | null;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
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

/** A response as a query shows it: the answers are read only when the query selects them (null until then). */
export type ResponseView = Omit<ResponseState, 'answers'> & { answers: StoredAnswer[] | null };

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
    private readonly onSubmittedChange: (year: number, municipalityCode: string) => Promise<void> = () => Promise.resolve(),
    private readonly shared: SharedReadCache = SharedReadCache.disabled(),
  ) {}

  async get(ctx: Context, municipalityCode: string, year: number): Promise<ResponseState> {
    await requireAccess(ctx, 'municipality.readAnswers', { municipalityCode });
    return this.load(this.dataSource.manager, municipalityCode, await this.questionnaires.requireYear(year));
  }

  /**
   * The response without its answers (Query.response: the field resolvers read answers and progress
   * through a loader when asked). Status and municipality are the same for everyone allowed to read
   * them, so they are shared between requests until the data changes; the municipality is handed to
   * the request's loader, so Response.municipality needs no statement of its own.
   */
  async view(ctx: Context, municipalityCode: string, year: number): Promise<ResponseView> {
    await requireAccess(ctx, 'municipality.readAnswers', { municipalityCode });
    const questionnaire = await this.questionnaires.requireYear(year);
    const row = await this.shared.get(`response:header:${questionnaire.id}:${municipalityCode}`, () =>
      responseHeaderOf(this.dataSource.manager, questionnaire.id, municipalityCode),
    );
    // the same answer as "no access": callers must not learn which codes hold data
    if (row === null) throw AccessError.notFound('Gegevens');
    ctx.loaders.municipalityById.prime(row.id, toMunicipality(row, row.valid_to ?? row.valid_from));
    return {
      id: row.response_id,
      municipalityId: row.id,
      municipalityCode,
      questionnaire,
      status: row.status ?? 'DRAFT',
      submittedAt: row.submitted_at,
      isDemo: row.is_demo ?? false,
      answers: null,
    };
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
        await upsertAnswer(manager, state.id!, item.questionKey, value, version, userId);
        await insertAnswerHistory(manager, {
          responseId: state.id!,
          kind: 'ANSWER',
          questionKey: item.questionKey,
          oldValue: before?.value ?? null,
          newValue: value,
          version,
          note: null,
          userId,
        });
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
      await markSubmitted(manager, state.id!, userId);
      await storeIndicators(manager, state.id!, questionnaire, answers);
      await insertSubmitHistory(manager, state.id!, userId);
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
    await this.onSubmittedChange(year, municipalityCode);
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
      await markDraft(manager, state.id!);
      await deleteIndicatorValues(manager, state.id!);
      await insertReopenHistory(manager, state.id!, note, userId);
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
    await this.onSubmittedChange(year, municipalityCode);
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
        await upsertAnswer(manager, state.id!, answer.questionKey, answer.value, version, userId);
        await insertAnswerHistory(manager, {
          responseId: state.id!,
          kind: 'PREFILL',
          questionKey: answer.questionKey,
          oldValue: null,
          newValue: answer.value,
          version,
          note: `overgenomen uit ${year - 1}`,
          userId,
        });
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
    await ensureResponse(manager, questionnaire.id, municipalityId);
    const state = await this.load(manager, municipalityCode, questionnaire, true);
    if (state.status === 'SUBMITTED') {
      throw authError(ErrorCode.CONFLICT, 'Deze vragenlijst is ingediend en daarmee vergrendeld. Vraag een beheerder om haar te heropenen.', {
        reason: 'RESPONSE_SUBMITTED',
      });
    }
    return state;
  }

  private async municipalityId(manager: EntityManager, code: string): Promise<number> {
    const id = await currentMunicipalityIdByCode(manager, code);
    // the same answer as "no access": callers must not learn which codes hold data
    if (id === null) throw AccessError.notFound('Gegevens');
    return id;
  }

  async load(manager: EntityManager, municipalityCode: string, questionnaire: StoredQuestionnaire, forUpdate = false): Promise<ResponseState> {
    const municipalityId = await this.municipalityId(manager, municipalityCode);
    const response = await responseOf(manager, questionnaire.id, municipalityId, forUpdate);
    const answers: StoredAnswer[] = response
      ? (await answersOfResponse(manager, response.id)).map((r) => ({
          questionKey: r.question_key,
          value: r.value,
          version: r.version,
          updatedAt: r.updated_at,
          updatedBy: r.updated_by,
        }))
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
  await replaceIndicatorValues(manager, responseId, computeIndicators(questionnaire.indicators, answers, questionnaire.definition));
}
