import { isRecognised, type Databank, type PreventionLevel, type RecognitionLevel, type TargetGroup } from '@monitor/domain';
import type { EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';
import type { CareOffer, Intervention } from './supply.types';

/** The supply module owns intervention and care_offer. */

interface InterventionRow {
  id: number;
  code: string;
  name: string;
  databank: Databank;
  recognition_level: RecognitionLevel;
  databank_url: string | null;
  is_demo: boolean;
}

interface CareOfferRow {
  id: number;
  municipality_code: string;
  intervention_id: number;
  target_group: TargetGroup;
  prevention_level: PreventionLevel;
  provider: string;
  district_codes: string[];
  capacity: number | null;
  reach_last_year: number | null;
  waiting_weeks: number | null;
  is_demo: boolean;
  updated_at: Date;
  intervention_code: string;
  intervention_name: string;
  databank: Databank;
  recognition_level: RecognitionLevel;
  databank_url: string | null;
  intervention_is_demo: boolean;
}

export interface InterventionValues {
  code: string;
  name: string;
  databank: Databank;
  recognitionLevel: RecognitionLevel;
  databankUrl: string | null;
  isDemo: boolean;
}

export interface CareOfferValues {
  municipalityCode: string;
  interventionId: number;
  targetGroup: TargetGroup;
  preventionLevel: PreventionLevel;
  provider: string;
  districtCodes: string[];
  capacity: number | null;
  reachLastYear: number | null;
  waitingWeeks: number | null;
  isDemo: boolean;
}

/** effectResultsPublished is false here; the service fills it from effect monitoring's publications. */
const toIntervention = (row: InterventionRow): Intervention => ({
  id: String(row.id),
  code: row.code,
  name: row.name,
  databank: row.databank,
  recognitionLevel: row.recognition_level,
  recognised: isRecognised(row.recognition_level),
  databankUrl: row.databank_url,
  isDemo: row.is_demo,
  effectResultsPublished: false,
});

const toCareOffer = (row: CareOfferRow): CareOffer => ({
  id: String(row.id),
  municipalityCode: row.municipality_code,
  intervention: toIntervention({
    id: row.intervention_id,
    code: row.intervention_code,
    name: row.intervention_name,
    databank: row.databank,
    recognition_level: row.recognition_level,
    databank_url: row.databank_url,
    is_demo: row.intervention_is_demo,
  }),
  targetGroup: row.target_group,
  preventionLevel: row.prevention_level,
  provider: row.provider,
  districtCodes: row.district_codes,
  capacity: row.capacity,
  reachLastYear: row.reach_last_year,
  waitingWeeks: row.waiting_weeks,
  isDemo: row.is_demo,
  updatedAt: row.updated_at,
});

const INTERVENTION_COLUMNS = 'id, code, name, databank, recognition_level, databank_url, is_demo';

export async function listInterventions(db: EntityManager, limit: number): Promise<Intervention[]> {
  const rows = await rowsOf<InterventionRow>(db, `SELECT ${INTERVENTION_COLUMNS} FROM intervention ORDER BY name LIMIT $1`, [limit]);
  return rows.map(toIntervention);
}

export async function interventionById(db: EntityManager, id: number): Promise<Intervention | null> {
  const [row] = await rowsOf<InterventionRow>(db, `SELECT ${INTERVENTION_COLUMNS} FROM intervention WHERE id = $1`, [id]);
  return row ? toIntervention(row) : null;
}

export async function interventionsByCodes(db: EntityManager, codes: readonly string[]): Promise<Intervention[]> {
  const rows = await rowsOf<InterventionRow>(db, `SELECT ${INTERVENTION_COLUMNS} FROM intervention WHERE code = ANY($1::text[])`, [codes]);
  return rows.map(toIntervention);
}

export async function interventionIdByCode(db: EntityManager, code: string): Promise<number | null> {
  const [row] = await rowsOf<{ id: number }>(db, 'SELECT id FROM intervention WHERE code = $1', [code]);
  return row?.id ?? null;
}

/**
 * Inserts (id null) or updates an entry; null when the id does not exist or the name or code is
 * taken. An update never changes the code (effect scores and releases are filed under it).
 */
export async function saveIntervention(
  db: EntityManager,
  id: number | null,
  values: InterventionValues,
  userId: string | null,
): Promise<Intervention | null> {
  const params = [values.name, values.databank, values.recognitionLevel, values.databankUrl, values.isDemo, userId];
  const [row] =
    id === null
      ? await rowsOf<InterventionRow>(
          db,
          `INSERT INTO intervention (name, databank, recognition_level, databank_url, is_demo, updated_by, code)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING ${INTERVENTION_COLUMNS}`,
          [...params, values.code],
        )
      : await rowsOf<InterventionRow>(
          db,
          `UPDATE intervention SET name = $1, databank = $2, recognition_level = $3, databank_url = $4, is_demo = $5, updated_by = $6, updated_at = now()
            WHERE id = $7 AND NOT EXISTS (SELECT 1 FROM intervention o WHERE o.name = $1 AND o.id <> $7)
            RETURNING ${INTERVENTION_COLUMNS}`,
          [...params, id],
        );
  return row ? toIntervention(row) : null;
}

const OFFER_SELECT = `SELECT c.id, c.municipality_code, c.intervention_id, c.target_group, c.prevention_level, c.provider, c.district_codes,
       c.capacity, c.reach_last_year, c.waiting_weeks, c.is_demo, c.updated_at,
       i.code AS intervention_code, i.name AS intervention_name, i.databank, i.recognition_level, i.databank_url, i.is_demo AS intervention_is_demo
  FROM care_offer c JOIN intervention i ON i.id = c.intervention_id`;

export async function offersOf(db: EntityManager, municipalityCode: string, limit: number): Promise<CareOffer[]> {
  const rows = await rowsOf<CareOfferRow>(db, `${OFFER_SELECT} WHERE c.municipality_code = $1 ORDER BY i.name, c.provider, c.id LIMIT $2`, [
    municipalityCode,
    limit,
  ]);
  return rows.map(toCareOffer);
}

export async function offerById(db: EntityManager, id: number): Promise<CareOffer | null> {
  const [row] = await rowsOf<CareOfferRow>(db, `${OFFER_SELECT} WHERE c.id = $1`, [id]);
  return row ? toCareOffer(row) : null;
}

export async function countOffers(db: EntityManager, municipalityCode: string): Promise<number> {
  const [row] = await rowsOf<{ count: number }>(db, 'SELECT count(*)::int AS count FROM care_offer WHERE municipality_code = $1', [municipalityCode]);
  return row.count;
}

/** Inserts (id null) or updates an offer of the same municipality; the id, or null when there is no such offer there. */
export async function saveCareOffer(db: EntityManager, id: number | null, values: CareOfferValues, userId: string | null): Promise<number | null> {
  const params = [
    values.municipalityCode,
    values.interventionId,
    values.targetGroup,
    values.preventionLevel,
    values.provider,
    values.districtCodes,
    values.capacity,
    values.reachLastYear,
    values.waitingWeeks,
    values.isDemo,
    userId,
  ];
  const [row] =
    id === null
      ? await rowsOf<{ id: number }>(
          db,
          `INSERT INTO care_offer (municipality_code, intervention_id, target_group, prevention_level, provider, district_codes,
             capacity, reach_last_year, waiting_weeks, is_demo, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
          params,
        )
      : await rowsOf<{ id: number }>(
          db,
          `UPDATE care_offer SET intervention_id = $2, target_group = $3, prevention_level = $4, provider = $5, district_codes = $6,
             capacity = $7, reach_last_year = $8, waiting_weeks = $9, is_demo = $10, updated_by = $11, updated_at = now()
           WHERE id = $12 AND municipality_code = $1 RETURNING id`,
          [...params, id],
        );
  return row?.id ?? null;
}

/** Deletes an offer of the municipality; whether there was one. */
export async function deleteCareOffer(db: EntityManager, municipalityCode: string, id: number): Promise<boolean> {
  const rows = await rowsOf<{ id: number }>(db, 'DELETE FROM care_offer WHERE id = $1 AND municipality_code = $2 RETURNING id', [
    id,
    municipalityCode,
  ]);
  return rows.length > 0;
}

/**
 * Demo data: removes the generated offers and then every generated catalogue entry no offer and no
 * effect score uses (also reads effect_score, whose scores reference intervention.code).
 */
export async function deleteDemoSupply(db: EntityManager): Promise<void> {
  await db.query('DELETE FROM care_offer WHERE is_demo');
  await db.query(`DELETE FROM intervention i WHERE is_demo AND NOT EXISTS (SELECT 1 FROM care_offer c WHERE c.intervention_id = i.id)
                    AND NOT EXISTS (SELECT 1 FROM effect_score e WHERE e.intervention = i.code)`);
}

export async function hasDemoOffers(db: EntityManager, municipalityCode: string): Promise<boolean> {
  const [row] = await rowsOf<{ found: boolean }>(db, 'SELECT EXISTS (SELECT 1 FROM care_offer WHERE is_demo AND municipality_code = $1) AS found', [
    municipalityCode,
  ]);
  return row.found;
}

export async function interventionIdByName(db: EntityManager, name: string): Promise<number | null> {
  const [row] = await rowsOf<{ id: number }>(db, 'SELECT id FROM intervention WHERE name = $1', [name]);
  return row?.id ?? null;
}
