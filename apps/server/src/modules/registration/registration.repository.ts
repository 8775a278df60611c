import type { Role } from '@monitor/domain';
import type { EntityManager } from 'typeorm';
import type { RegistrationStatus } from '../../auth/auth.enums';
import { rowsOf } from '../../db/sql';
import { Registration } from './registration.entity';

/** The registration module owns registration (applications for an account). */

export interface PendingRegistrationRow {
  id: string;
  email: string;
  name: string;
  job_title: string | null;
  municipality_id: number | null;
  password_hash: string;
  requested_role: Role;
  status: RegistrationStatus;
}

/**
 * Whether the address has an account or an open application: one statement, so it reads app_user
 * (user module) too (docs/architecture.md, "Cross-module reads").
 */
export async function addressKnown(db: EntityManager, email: string): Promise<boolean> {
  const [known] = await db.query<{ kind: string }[]>(
    `SELECT 'user' AS kind FROM app_user WHERE email = $1
     UNION ALL SELECT 'registration' FROM registration WHERE email = $1 AND status = 'PENDING' LIMIT 1`,
    [email],
  );
  return known !== undefined;
}

export async function insertRegistration(
  db: EntityManager,
  r: { email: string; name: string; jobTitle: string; municipalityId: number; requestedRole: Role; motivation: string; passwordHash: string },
): Promise<string> {
  const [row] = await rowsOf<{ id: string }>(
    db,
    `INSERT INTO registration (email, name, job_title, municipality_id, requested_role, motivation, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [r.email, r.name, r.jobTitle, r.municipalityId, r.requestedRole, r.motivation, r.passwordHash],
  );
  return row.id;
}

export function listRegistrations(db: EntityManager, status: RegistrationStatus | undefined): Promise<Registration[]> {
  const where = status ? { status } : {};
  return db.getRepository(Registration).find({ where, order: { createdAt: 'ASC' }, take: 1000 });
}

export function registrationById(db: EntityManager, id: string): Promise<Registration | null> {
  return db.getRepository(Registration).findOneBy({ id });
}

/** Locks the application until the end of the transaction; null when there is none. */
export async function lockRegistration(db: EntityManager, id: string): Promise<PendingRegistrationRow | null> {
  const [row] = await rowsOf<PendingRegistrationRow>(
    db,
    'SELECT id, email, name, job_title, municipality_id, password_hash, requested_role, status FROM registration WHERE id = $1 FOR UPDATE',
    [id],
  );
  return row ?? null;
}

export async function markApproved(db: EntityManager, id: string, adminId: string, role: Role, userId: string): Promise<void> {
  await db.query(`UPDATE registration SET status = 'APPROVED', decided_at = now(), decided_by = $2, granted_role = $3, user_id = $4 WHERE id = $1`, [
    id,
    adminId,
    role,
    userId,
  ]);
}

export async function markRejected(db: EntityManager, id: string, adminId: string, reason: string): Promise<void> {
  await db.query(`UPDATE registration SET status = 'REJECTED', decided_at = now(), decided_by = $2, rejection_reason = $3 WHERE id = $1`, [
    id,
    adminId,
    reason,
  ]);
}

/** The newest application of this address that is not approved, or null. */
export async function openApplicationOf(
  db: EntityManager,
  email: string,
): Promise<{ status: RegistrationStatus; password_hash: string; rejection_reason: string | null } | null> {
  const [row] = await db.query<{ status: RegistrationStatus; password_hash: string; rejection_reason: string | null }[]>(
    `SELECT status, password_hash, rejection_reason FROM registration
      WHERE email = $1 AND status <> 'APPROVED' ORDER BY created_at DESC LIMIT 1`,
    [email],
  );
  return row ?? null;
}
