import { randomBytes } from 'node:crypto';
import type { Caller, Role, TokenScope } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../src/auth/password-hasher';

export const TEST_PASSWORD = 'correct paard batterij nietje';
let passwordHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  role: Role;
  municipalityCode: string | null;
  caller: Caller;
}

/** A user of the given role (municipal roles need a municipality), with TEST_PASSWORD. */
export async function createUser(
  dataSource: DataSource,
  role: Role,
  municipalityCode: string | null = null,
  overrides: { email?: string; active?: boolean } = {},
): Promise<TestUser> {
  const email = overrides.email ?? `${role.toLowerCase()}.${randomBytes(4).toString('hex')}@test.monitor.nl`;
  const [row] = await dataSource.query(
    `INSERT INTO app_user (email, name, role, municipality_id, password_hash, active)
     VALUES ($1, $2, $3, (SELECT id FROM municipality WHERE code = $4 AND valid_to IS NULL), $5, $6) RETURNING id`,
    [email, `Test ${role}`, role, municipalityCode, await (passwordHash ??= hashPassword(TEST_PASSWORD)), overrides.active ?? true],
  );
  return { id: row.id, email, role, municipalityCode, caller: { kind: 'session', userId: row.id, role, municipalityCode } };
}

export function tokenCaller(user: TestUser, scopes: TokenScope[]): Caller {
  return { kind: 'token', tokenId: 'test-token', userId: user.id, role: user.role, municipalityCode: user.municipalityCode, scopes };
}
