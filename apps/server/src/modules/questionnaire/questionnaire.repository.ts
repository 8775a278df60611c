import type { IndicatorDefinition, QuestionnaireDefinition } from '@monitor/domain';
import type { EntityManager } from 'typeorm';
import type { QuestionnaireStatus } from './questionnaire.types';

/** The questionnaire module owns questionnaire (one version per year). */

export interface QuestionnaireRow {
  id: number;
  year: number;
  title: string;
  definition: QuestionnaireDefinition;
  indicators: IndicatorDefinition[];
  opens_on: string;
  closes_on: string;
  status: QuestionnaireStatus;
  is_demo: boolean;
}

const SELECT = `SELECT id, year, title, definition, indicators, opens_on::text AS opens_on, closes_on::text AS closes_on, is_demo,
  CASE WHEN opened_at IS NULL THEN 'DRAFT'
       WHEN current_date < opens_on THEN 'SCHEDULED'
       WHEN current_date > closes_on THEN 'CLOSED'
       ELSE 'OPEN' END AS status
  FROM questionnaire`;

export async function questionnaireOfYear(db: EntityManager, year: number): Promise<QuestionnaireRow | null> {
  const [row] = await db.query<QuestionnaireRow[]>(`${SELECT} WHERE year = $1`, [year]);
  return row ?? null;
}

export function allQuestionnaires(db: EntityManager): Promise<QuestionnaireRow[]> {
  return db.query<QuestionnaireRow[]>(`${SELECT} ORDER BY year DESC`);
}

/** A draft for a year, open all year by default. */
export async function insertDraft(db: EntityManager, definition: QuestionnaireDefinition, indicators: readonly IndicatorDefinition[]): Promise<void> {
  await db.query(
    `INSERT INTO questionnaire (year, title, definition, indicators, opens_on, closes_on)
     VALUES ($1, $2, $3, $4, make_date($1, 1, 1), make_date($1, 12, 31))`,
    [definition.year, definition.title, JSON.stringify(definition), JSON.stringify(indicators)],
  );
}

/** An opened version for a year unless one exists (start-up seed). */
export async function insertOpenedUnlessExists(
  db: EntityManager,
  definition: QuestionnaireDefinition,
  indicators: readonly IndicatorDefinition[],
  isDemo: boolean,
): Promise<void> {
  await db.query(
    `INSERT INTO questionnaire (year, title, definition, indicators, opens_on, closes_on, opened_at, is_demo)
     VALUES ($1, $2, $3, $4, make_date($1, 1, 1), make_date($1, 12, 31), now(), $5)
     ON CONFLICT (year) DO NOTHING`,
    [definition.year, definition.title, JSON.stringify(definition), JSON.stringify(indicators), isDemo],
  );
}

export async function updateDraft(
  db: EntityManager,
  year: number,
  definition: QuestionnaireDefinition,
  opensOn: string,
  closesOn: string,
): Promise<void> {
  await db.query('UPDATE questionnaire SET definition = $2, title = $3, opens_on = $4, closes_on = $5, updated_at = now() WHERE year = $1', [
    year,
    JSON.stringify(definition),
    definition.title,
    opensOn,
    closesOn,
  ]);
}

export async function markOpened(db: EntityManager, year: number): Promise<void> {
  await db.query('UPDATE questionnaire SET opened_at = now() WHERE year = $1', [year]);
}
