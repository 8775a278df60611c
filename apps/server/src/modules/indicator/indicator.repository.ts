import type { Band } from '@monitor/domain';
import type { EntityManager } from 'typeorm';

/*
 * The indicator module owns indicator_value. A value belongs to a response, so the reads below join
 * response, questionnaire (year) and municipality (code, name) in the same statement
 * (docs/architecture.md, "Cross-module reads").
 */

export interface StoredIndicatorValue {
  indicator_key: string;
  year: number;
  value: number | null;
  band: Band | null;
  known: number;
  unknown: number;
  missing: number;
  total: number;
  computed_at: Date;
  is_demo: boolean;
}

/** Every stored value of a municipality, up to a year when given. */
export function storedIndicatorValues(db: EntityManager, municipalityCode: string, upToYear: number | null): Promise<StoredIndicatorValue[]> {
  return db.query<StoredIndicatorValue[]>(
    `SELECT iv.indicator_key, q.year, iv.value, iv.band, iv.known, iv.unknown, iv.missing, iv.total, iv.computed_at, r.is_demo
       FROM indicator_value iv
       JOIN response r ON r.id = iv.response_id
       JOIN questionnaire q ON q.id = r.questionnaire_id
       JOIN municipality m ON m.id = r.municipality_id
      WHERE m.code = $1 AND ($2::int IS NULL OR q.year <= $2)`,
    [municipalityCode, upToYear],
  );
}

export interface SubmittedIndicatorRow {
  code: string;
  name: string;
  indicator_key: string;
  value: number | null;
  band: string | null;
}

/** Values of the submitted responses of these municipalities in a year, by municipality name and key. */
export function submittedIndicatorValues(db: EntityManager, municipalityCodes: string[], year: number): Promise<SubmittedIndicatorRow[]> {
  return db.query<SubmittedIndicatorRow[]>(
    `SELECT m.code, m.name, iv.indicator_key, iv.value, iv.band FROM indicator_value iv
       JOIN response r ON r.id = iv.response_id AND r.status = 'SUBMITTED' JOIN questionnaire q ON q.id = r.questionnaire_id AND q.year = $2
       JOIN municipality m ON m.id = r.municipality_id WHERE m.code = ANY($1) ORDER BY m.name, iv.indicator_key`,
    [municipalityCodes, year],
  );
}

export interface BenchmarkIndicatorRow {
  year: number;
  indicator_key: string;
  code: string;
  value: number;
  response_id: number;
  submitted_at: Date;
}

/**
 * Submitted indicator values with their version (response and submission time), for the benchmarks:
 * of a year (all years when null), or of one municipality in a year and the year before.
 */
export function submittedValuesWithVersion(
  db: EntityManager,
  year: number | null,
  municipalityCode: string | null = null,
): Promise<BenchmarkIndicatorRow[]> {
  return db.query<BenchmarkIndicatorRow[]>(
    `SELECT q.year, iv.indicator_key, m.code, iv.value, r.id AS response_id, r.submitted_at FROM indicator_value iv
       JOIN response r ON r.id = iv.response_id AND r.status = 'SUBMITTED'
       JOIN questionnaire q ON q.id = r.questionnaire_id JOIN municipality m ON m.id = r.municipality_id
      WHERE iv.value IS NOT NULL AND ($1::int IS NULL OR q.year = $1 OR ($2::text IS NOT NULL AND q.year = $1 - 1))
        AND ($2::text IS NULL OR m.code = $2)`,
    [year, municipalityCode],
  );
}

export interface NewIndicatorValue {
  key: string;
  value: number | null;
  band: string | null;
  known: number;
  unknown: number;
  missing: number;
  total: number;
}

export async function deleteIndicatorValues(db: EntityManager, responseId: number): Promise<void> {
  await db.query('DELETE FROM indicator_value WHERE response_id = $1', [responseId]);
}

/** Replaces the stored values of a response (one INSERT per value, as before). */
export async function replaceIndicatorValues(db: EntityManager, responseId: number, values: readonly NewIndicatorValue[]): Promise<void> {
  await deleteIndicatorValues(db, responseId);
  for (const r of values) {
    await db.query(
      `INSERT INTO indicator_value (response_id, indicator_key, value, band, known, unknown, missing, total)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [responseId, r.key, r.value, r.band, r.known, r.unknown, r.missing, r.total],
    );
  }
}

export interface ResearchIndicatorRow {
  response_id: number;
  indicator_key: string;
  value: number | null;
  band: Band | null;
}

export async function countIndicatorValuesOf(db: EntityManager, responseIds: readonly number[]): Promise<number> {
  const [row] = await db.query<{ n: number }[]>('SELECT count(*)::int AS n FROM indicator_value WHERE response_id = ANY($1::int[])', [responseIds]);
  return row.n;
}

/** One page of the stored values of these responses after `after` (research exports), as a range scan of the primary key. */
export function indicatorValuePage(
  db: EntityManager,
  responseIds: readonly number[],
  after: { responseId: number; key: string },
  limit: number,
): Promise<ResearchIndicatorRow[]> {
  return db.query<ResearchIndicatorRow[]>(
    `SELECT response_id, indicator_key, value, band FROM indicator_value
      WHERE response_id = ANY($1::int[]) AND (response_id, indicator_key) > ($2::int, $3::text)
      ORDER BY response_id, indicator_key LIMIT $4`,
    [responseIds, after.responseId, after.key, limit],
  );
}
