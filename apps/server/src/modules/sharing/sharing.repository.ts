import type { EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';
import type { Agreement, AgreementMember, AgreementScope } from './sharing.service';

/*
 * The sharing module owns sharing_agreement and sharing_agreement_member. Agreements name their
 * members by municipality code, so the statements below join municipality (municipality module) to
 * translate codes in the same statement; the agreement list also joins region for its name
 * (listed in docs/architecture.md, "Cross-module reads").
 */

interface MembershipRow {
  status: Agreement['status'];
  state: AgreementMember['state'];
  municipality_id: number;
}

export interface AgreementRow {
  id: number;
  scope: Agreement['scope'];
  region_code: string;
  region_name: string;
  title: string;
  status: Agreement['status'];
  created_at: Date;
  activated_at: Date | null;
  ended_at: Date | null;
  members: (AgreementMember & { respondedAt: string | null })[];
}

/** Municipality codes whose data this municipality may read under active agreements (cross-module: municipality). */
export async function sharingPartnerCodes(db: EntityManager, municipalityCode: string): Promise<string[]> {
  const rows = await db.query<{ code: string }[]>(
    `SELECT DISTINCT other.code FROM sharing_agreement a
       JOIN sharing_agreement_member mine ON mine.agreement_id = a.id AND mine.state = 'ACCEPTED'
       JOIN municipality me ON me.id = mine.municipality_id AND me.code = $1
       JOIN sharing_agreement_member theirs ON theirs.agreement_id = a.id AND theirs.state = 'ACCEPTED'
       JOIN municipality other ON other.id = theirs.municipality_id AND other.code <> $1
      WHERE a.status = 'ACTIVE'`,
    [municipalityCode],
  );
  return rows.map((r) => r.code);
}

export async function insertAgreement(
  db: EntityManager,
  scope: AgreementScope,
  regionCode: string,
  title: string,
  proposedBy: string,
): Promise<number> {
  const [row] = await rowsOf<{ id: number }>(
    db,
    'INSERT INTO sharing_agreement (scope, region_code, title, proposed_by) VALUES ($1, $2, $3, $4) RETURNING id',
    [scope, regionCode, title, proposedBy],
  );
  return row.id;
}

/** The proposer's municipality accepts at once; the others are invited (cross-module: municipality, by code). */
export async function insertMembers(
  db: EntityManager,
  agreementId: number,
  proposerCode: string,
  proposedBy: string,
  codes: string[],
): Promise<void> {
  await db.query(
    `INSERT INTO sharing_agreement_member (agreement_id, municipality_id, state, responded_by, responded_at)
     SELECT $1, m.id, CASE WHEN m.code = $2 THEN 'ACCEPTED' ELSE 'INVITED' END, CASE WHEN m.code = $2 THEN $3::uuid END, CASE WHEN m.code = $2 THEN now() END
       FROM municipality m WHERE m.code = ANY($4) AND m.valid_to IS NULL`,
    [agreementId, proposerCode, proposedBy, codes],
  );
}

export async function setMemberState(
  db: EntityManager,
  agreementId: number,
  municipalityId: number,
  state: AgreementMember['state'],
  respondedBy: string,
): Promise<void> {
  await db.query(
    `UPDATE sharing_agreement_member SET state = $3, responded_by = $4, responded_at = now() WHERE agreement_id = $1 AND municipality_id = $2`,
    [agreementId, municipalityId, state, respondedBy],
  );
}

export async function membersNotAccepted(db: EntityManager, agreementId: number): Promise<number> {
  const [{ open }] = await db.query<{ open: number }[]>(
    `SELECT count(*) FILTER (WHERE state <> 'ACCEPTED')::int AS open FROM sharing_agreement_member WHERE agreement_id = $1`,
    [agreementId],
  );
  return open;
}

export async function membersAccepted(db: EntityManager, agreementId: number): Promise<number> {
  const [{ remaining }] = await db.query<{ remaining: number }[]>(
    `SELECT count(*) FILTER (WHERE state = 'ACCEPTED')::int AS remaining FROM sharing_agreement_member WHERE agreement_id = $1`,
    [agreementId],
  );
  return remaining;
}

export async function endAgreement(db: EntityManager, agreementId: number): Promise<void> {
  await db.query(`UPDATE sharing_agreement SET status = 'ENDED', ended_at = now() WHERE id = $1`, [agreementId]);
}

export async function activateAgreement(db: EntityManager, agreementId: number): Promise<void> {
  await db.query(`UPDATE sharing_agreement SET status = 'ACTIVE', activated_at = now() WHERE id = $1`, [agreementId]);
}

/** Locks the agreement and the member row of this municipality (by code; cross-module: municipality). */
export async function lockMembership(db: EntityManager, agreementId: number, code: string): Promise<MembershipRow | null> {
  const [row] = await rowsOf<MembershipRow>(
    db,
    `SELECT a.status, sm.state, sm.municipality_id FROM sharing_agreement a
       JOIN sharing_agreement_member sm ON sm.agreement_id = a.id JOIN municipality m ON m.id = sm.municipality_id
      WHERE a.id = $1 AND m.code = $2 FOR UPDATE OF a, sm`,
    [agreementId, code],
  );
  return row ?? null;
}

/** Agreements with their members (cross-module: region for its name, municipality for code and name). */
export function agreements(db: EntityManager, id: number | null, involving: string | null): Promise<AgreementRow[]> {
  return db.query<AgreementRow[]>(
    `SELECT a.*, r.name AS region_name,
            json_agg(json_build_object('municipalityCode', m.code, 'municipalityName', m.name, 'state', sm.state, 'respondedAt', sm.responded_at) ORDER BY m.name) AS members
       FROM sharing_agreement a JOIN region r ON r.code = a.region_code AND r.valid_to IS NULL
       JOIN sharing_agreement_member sm ON sm.agreement_id = a.id JOIN municipality m ON m.id = sm.municipality_id
      WHERE ($1::int IS NULL OR a.id = $1)
        AND ($2::text IS NULL OR a.id IN (SELECT sm2.agreement_id FROM sharing_agreement_member sm2 JOIN municipality m2 ON m2.id = sm2.municipality_id WHERE m2.code = $2))
      GROUP BY a.id, r.name ORDER BY a.created_at DESC`,
    [id, involving],
  );
}
