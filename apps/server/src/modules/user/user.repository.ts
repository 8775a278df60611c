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

/** The user with this address, including the password hash (not selected by default). */
export function userWithPasswordByEmail(db: EntityManager, email: string): Promise<User | null> {
  return db.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.email = :email', { email }).getOne();
}

/** The user with this id, including the password hash; fails when there is none. */
export function userWithPasswordById(db: EntityManager, id: string): Promise<User> {
  return db.getRepository(User).createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOneOrFail();
}

/** The id of the active account with this address, or null. */
export async function activeUserIdByEmail(db: EntityManager, email: string): Promise<string | null> {
  const [user] = await rowsOf<{ id: string }>(db, 'SELECT id FROM app_user WHERE email = $1 AND active', [email]);
  return user?.id ?? null;
}

/** Locks the user's row until the end of the transaction. */
export async function lockUser(db: EntityManager, id: string): Promise<void> {
  await db.query('SELECT 1 FROM app_user WHERE id = $1 FOR UPDATE', [id]);
}

export async function setPasswordHash(db: EntityManager, id: string, hash: string): Promise<void> {
  await db.query('UPDATE app_user SET password_hash = $2, password_changed_at = now() WHERE id = $1', [id, hash]);
}

export async function userExistsWithEmail(db: EntityManager, email: string): Promise<boolean> {
  const [existing] = await db.query<unknown[]>('SELECT 1 FROM app_user WHERE email = $1', [email]);
  return existing !== undefined;
}

/** A new account from an approved application (the password hash is the one chosen when applying). */
export async function insertUser(
  db: EntityManager,
  user: { email: string; name: string; jobTitle: string | null; role: Role; municipalityId: number | null; passwordHash: string },
): Promise<string> {
  const [row] = await rowsOf<{ id: string }>(
    db,
    `INSERT INTO app_user (email, name, job_title, role, municipality_id, password_hash, password_changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id`,
    [user.email, user.name, user.jobTitle, user.role, user.municipalityId, user.passwordHash],
  );
  return row.id;
}

export async function accountStateByEmail(
  db: EntityManager,
  email: string,
): Promise<{ password_hash: string | null; active: boolean; is_demo: boolean } | null> {
  const [existing] = await db.query<{ password_hash: string | null; active: boolean; is_demo: boolean }[]>(
    'SELECT password_hash, active, is_demo FROM app_user WHERE email = $1',
    [email],
  );
  return existing ?? null;
}

/** Creates or restores a demo account (demo mode only; the password is public). */
export async function upsertDemoAccount(
  db: EntityManager,
  account: { email: string; name: string; role: Role; municipalityId: number | null; passwordHash: string },
): Promise<void> {
  await db.query(
    `INSERT INTO app_user (email, name, role, municipality_id, password_hash, is_demo, active)
     VALUES ($1, $2, $3, $4, $5, true, true)
     ON CONFLICT (email) DO UPDATE SET name = $2, role = $3, municipality_id = EXCLUDED.municipality_id,
       password_hash = $5, active = true, deactivated_at = NULL`,
    [account.email, account.name, account.role, account.municipalityId, account.passwordHash],
  );
}

/** Deactivates the active demo accounts (only the administrator when asked); their ids. */
export async function deactivateDemoAccounts(db: EntityManager, onlyAdministrators: boolean): Promise<string[]> {
  const ids = await rowsOf<{ id: string }>(
    db,
    `UPDATE app_user SET active = false, deactivated_at = now() WHERE is_demo AND active ${onlyAdministrators ? "AND role = 'ADMIN'" : ''} RETURNING id`,
  );
  return ids.map((r) => r.id);
}
