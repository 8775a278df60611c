import type { Role } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';
import { User } from './user.entity';

/** The user module owns app_user: every read and write of that table is here. */

/** True when an active administrator exists who is not a demo account. */
export async function realAdministratorExists(dataSource: DataSource | EntityManager): Promise<boolean> {
  const rows: { exists: boolean }[] = await dataSource.query(
    "SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'ADMIN' AND active AND NOT is_demo) AS exists",
  );
  return rows[0]?.exists === true;
}

export interface UserFilter {
  search?: string;
  role?: Role;
  active?: boolean;
}

export function findUserById(db: EntityManager, id: string): Promise<User | null> {
  return db.getRepository(User).findOneBy({ id });
}

export function findActiveUserById(db: EntityManager, id: string): Promise<User | null> {
  return db.getRepository(User).findOneBy({ id, active: true });
}

export function listUsers(db: EntityManager, filter: UserFilter): Promise<User[]> {
  const query = db.getRepository(User).createQueryBuilder('u').orderBy('u.name');
  if (filter.search) {
    query.andWhere('(lower(u.name) LIKE :s OR u.email LIKE :s)', { s: `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
  }
  if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
  if (filter.active !== undefined && filter.active !== null) query.andWhere('u.active = :active', { active: filter.active });
  return query.limit(1000).getMany();
}

export async function updateUserRole(db: EntityManager, userId: string, role: Role, municipalityId: number | null): Promise<void> {
  await db.query('UPDATE app_user SET role = $2, municipality_id = $3 WHERE id = $1', [userId, role, municipalityId]);
}

export async function updateUserActive(db: EntityManager, userId: string, active: boolean): Promise<void> {
  await db.query(`UPDATE app_user SET active = $2, deactivated_at = CASE WHEN $2 THEN NULL ELSE now() END WHERE id = $1`, [userId, active]);
}

/** Makes the address an active administrator (inserting it when new); whether the row was inserted. */
export async function upsertAdministrator(
  db: EntityManager,
  email: string,
  name: string,
  passwordHash: string,
): Promise<{ id: string; inserted: boolean }> {
  const [row] = await rowsOf<{ id: string; inserted: boolean }>(
    db,
    `INSERT INTO app_user (email, name, role, password_hash, active, password_changed_at)
     VALUES ($1, $2, 'ADMIN', $3, true, now())
     ON CONFLICT (email) DO UPDATE SET role = 'ADMIN', municipality_id = NULL, password_hash = $3, active = true,
       deactivated_at = NULL, is_demo = false, password_changed_at = now()
     RETURNING id, (xmax = 0) AS inserted`,
    [email, name, passwordHash],
  );
  return row;
}

/** Name and e-mail address of a user (the audit log's actor label). */
export async function userNameAndEmail(db: EntityManager, id: string): Promise<{ name: string; email: string } | null> {
  const [user] = await db.query<{ name: string; email: string }[]>('SELECT name, email FROM app_user WHERE id = $1', [id]);
  return user ?? null;
}
