import type { AnswerValue } from '@monitor/domain';
import type { EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';
import { MUNICIPALITY_COLUMNS, type MunicipalityRow } from '../municipality/municipality.mapper';

/*
 * The response module owns response, answer and response_history. Answers and history show who
 * changed them by name, read from app_user (user module) in the same statement
 * (docs/architecture.md, "Cross-module reads").
 */

export interface ResponseRow {
  id: number;
  status: 'DRAFT' | 'SUBMITTED';
  submitted_at: Date | null;
  is_demo: boolean;
}

export interface AnswerRow {
  question_key: string;
  value: AnswerValue | null;
  version: number;
  updated_at: Date;
  updated_by: string | null;
}

export interface HistoryRow {
  id: string;
  response_id: number;
  kind: string;
  question_key: string | null;
  old_value: unknown;
  new_value: unknown;
  version: number | null;
  note: string | null;
  changed_at: Date;
  changed_by: string | null;
}

export async function ensureResponse(db: EntityManager, questionnaireId: number, municipalityId: number): Promise<void> {
  await db.query(
    'INSERT INTO response (questionnaire_id, municipality_id) VALUES ($1, $2) ON CONFLICT (questionnaire_id, municipality_id) DO NOTHING',
    [questionnaireId, municipalityId],
  );
}

export async function responseOf(
  db: EntityManager,
  questionnaireId: number,
  municipalityId: number,
  forUpdate: boolean,
): Promise<ResponseRow | null> {
  const [response] = await rowsOf<ResponseRow>(
    db,
    `SELECT id, status, submitted_at, is_demo FROM response WHERE questionnaire_id = $1 AND municipality_id = $2 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [questionnaireId, municipalityId],
  );
  return response ?? null;
}

export interface ResponseHeaderRow extends MunicipalityRow {
  response_id: number | null;
  status: 'DRAFT' | 'SUBMITTED' | null;
  submitted_at: Date | null;
  is_demo: boolean | null;
}

/**
 * The current municipality with this code and its response to a questionnaire (null columns when
 * nothing was saved yet), in one statement; no row for an unknown code (cross-module: municipality).
 */
export async function responseHeaderOf(db: EntityManager, questionnaireId: number, municipalityCode: string): Promise<ResponseHeaderRow | null> {
  const [row] = await rowsOf<ResponseHeaderRow>(
    db,
    `SELECT ${MUNICIPALITY_COLUMNS}, r.id AS response_id, r.status, r.submitted_at, r.is_demo
       FROM municipality m LEFT JOIN response r ON r.questionnaire_id = $1 AND r.municipality_id = m.id
      WHERE m.code = $2 AND m.valid_to IS NULL`,
    [questionnaireId, municipalityCode],
  );
  return row ?? null;
}

/** The answers of several responses (as answersOfResponse), with the response they belong to. */
export function answersOfResponses(db: EntityManager, responseIds: readonly number[]): Promise<(AnswerRow & { response_id: number })[]> {
  return db.query<(AnswerRow & { response_id: number })[]>(
    `SELECT a.response_id, a.question_key, a.value, a.version, a.updated_at, u.name AS updated_by
       FROM answer a LEFT JOIN app_user u ON u.id = a.updated_by WHERE a.response_id = ANY($1) ORDER BY a.response_id, a.question_key`,
    [[...responseIds]],
  );
}

/** The answers of a response by question key, with the name of who last changed each (cross-module: app_user). */
export function answersOfResponse(db: EntityManager, responseId: number): Promise<AnswerRow[]> {
  return db.query<AnswerRow[]>(
    `SELECT a.question_key, a.value, a.version, a.updated_at, u.name AS updated_by
       FROM answer a LEFT JOIN app_user u ON u.id = a.updated_by WHERE a.response_id = $1 ORDER BY a.question_key`,
    [responseId],
  );
}

/** Writes an answer at a version, by this user. */
export async function upsertAnswer(
  db: EntityManager,
  responseId: number,
  questionKey: string,
  value: unknown,
  version: number,
  userId: string,
): Promise<void> {
  await db.query(
    `INSERT INTO answer (response_id, question_key, value, version, updated_at, updated_by) VALUES ($1, $2, $3, $4, now(), $5)
     ON CONFLICT (response_id, question_key) DO UPDATE SET value = $3, version = $4, updated_at = now(), updated_by = $5`,
    [responseId, questionKey, JSON.stringify(value), version, userId],
  );
}

export async function insertAnswerHistory(
  db: EntityManager,
  change: {
    responseId: number;
    kind: 'ANSWER' | 'PREFILL';
    questionKey: string;
    oldValue: unknown;
    newValue: unknown;
    version: number;
    note: string | null;
    userId: string;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO response_history (response_id, kind, question_key, old_value, new_value, version, note, changed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      change.responseId,
      change.kind,
      change.questionKey,
      JSON.stringify(change.oldValue),
      JSON.stringify(change.newValue),
      change.version,
      change.note,
      change.userId,
    ],
  );
}

export async function markSubmitted(db: EntityManager, responseId: number, userId: string): Promise<void> {
  await db.query(`UPDATE response SET status = 'SUBMITTED', submitted_at = now(), submitted_by = $2 WHERE id = $1`, [responseId, userId]);
}

export async function markDraft(db: EntityManager, responseId: number): Promise<void> {
  await db.query(`UPDATE response SET status = 'DRAFT', submitted_at = NULL, submitted_by = NULL WHERE id = $1`, [responseId]);
}

export async function insertSubmitHistory(db: EntityManager, responseId: number, userId: string): Promise<void> {
  await db.query(`INSERT INTO response_history (response_id, kind, changed_by) VALUES ($1, 'SUBMIT', $2)`, [responseId, userId]);
}

export async function insertReopenHistory(db: EntityManager, responseId: number, note: string, userId: string): Promise<void> {
  await db.query(`INSERT INTO response_history (response_id, kind, note, changed_by) VALUES ($1, 'REOPEN', $2, $3)`, [responseId, note, userId]);
}

/** Full history of these responses, newest first, with the name of who changed (cross-module: app_user). */
export function historyOfResponses(db: EntityManager, responseIds: readonly number[]): Promise<HistoryRow[]> {
  return db.query<HistoryRow[]>(
    `SELECT h.id::text, h.response_id, h.kind, h.question_key, h.old_value, h.new_value, h.version, h.note, h.changed_at, u.name AS changed_by
       FROM response_history h LEFT JOIN app_user u ON u.id = h.changed_by
      WHERE h.response_id = ANY($1) ORDER BY h.id DESC`,
    [[...responseIds]],
  );
}

export async function countDemoResponses(db: EntityManager): Promise<number> {
  const [{ done }] = await db.query<{ done: number }[]>('SELECT count(*)::int AS done FROM response WHERE is_demo');
  return done;
}

/** A submitted demo response with its answers (demo data only, generated at start-up). */
export async function insertDemoResponse(
  db: EntityManager,
  questionnaireId: number,
  municipalityId: number,
  year: number,
  answers: Record<string, unknown>,
): Promise<number> {
  const [response] = await rowsOf<{ id: number }>(
    db,
    `INSERT INTO response (questionnaire_id, municipality_id, status, submitted_at, is_demo)
     VALUES ($1, $2, 'SUBMITTED', make_timestamptz($3, 10, 1, 12, 0, 0), true) RETURNING id`,
    [questionnaireId, municipalityId, year],
  );
  const keys = Object.keys(answers);
  await db.query(
    `INSERT INTO answer (response_id, question_key, value, version)
     SELECT $1, key, value, 1 FROM unnest($2::text[], $3::jsonb[]) AS t(key, value)`,
    [response.id, keys, keys.map((k) => JSON.stringify(answers[k]))],
  );
  return response.id;
}

/** A submitted response that a research export reads: whose it is and whether it is demo data. */
export interface ResearchResponseRow {
  id: number;
  code: string;
  is_demo: boolean;
}

/** Submitted responses of a year (research exports), of these municipalities or of all (null); at most one per municipality. */
export function researchResponses(db: EntityManager, municipalityCodes: readonly string[] | null, year: number): Promise<ResearchResponseRow[]> {
  return db.query<ResearchResponseRow[]>(
    `SELECT r.id, m.code, r.is_demo FROM response r
       JOIN questionnaire q ON q.id = r.questionnaire_id AND q.year = $2 JOIN municipality m ON m.id = r.municipality_id
      WHERE r.status = 'SUBMITTED' AND ($1::text[] IS NULL OR m.code = ANY($1)) ORDER BY r.id`,
    [municipalityCodes, year],
  );
}

export interface ResearchAnswerRow {
  response_id: number;
  question_key: string;
  value: AnswerValue | null;
}

/** Where the previous page of a keyset pagination over (response_id, key) ended; start at { responseId: 0, key: '' }. */
export interface ResponseKeyset {
  responseId: number;
  key: string;
}

export async function countAnswersOf(db: EntityManager, responseIds: readonly number[]): Promise<number> {
  const [row] = await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM answer WHERE response_id = ANY($1::int[])', [responseIds]);
  return row.n;
}

/**
 * One page of the answers of these responses after `after`, in primary-key order: every page is a
 * range scan of the primary key, so a large research export is read in bounded pages.
 */
export function answerPage(db: EntityManager, responseIds: readonly number[], after: ResponseKeyset, limit: number): Promise<ResearchAnswerRow[]> {
  return db.query<ResearchAnswerRow[]>(
    `SELECT response_id, question_key, value FROM answer
      WHERE response_id = ANY($1::int[]) AND (response_id, question_key) > ($2::int, $3::text)
      ORDER BY response_id, question_key LIMIT $4`,
    [responseIds, after.responseId, after.key, limit],
  );
}
