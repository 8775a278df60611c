import type { Role } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '../../auth/password-hasher';
import { rowsOf } from '../../db/sql';
import { realAdministratorExists } from '../user/user.repository';

/** Demo mode only: one account per role, for named demo municipalities. Not real people. */
export const DEMO_PASSWORD = 'demo-wachtwoord-2026';

export interface DemoAccountSpec {
  email: string;
  name: string;
  role: Role;
  municipalityCode: string | null;
}

export const DEMO_ACCOUNTS: DemoAccountSpec[] = [
  { email: 'beheerder@demo.monitor.nl', name: 'Demo-beheerder (NJi)', role: 'ADMIN', municipalityCode: null },
  { email: 'onderzoeker@demo.monitor.nl', name: 'Demo-onderzoeker (NJi)', role: 'ANALYST', municipalityCode: null },
  { email: 'kennisredacteur@demo.monitor.nl', name: 'Demo-kennisredacteur (NJi/Movisie)', role: 'KNOWLEDGE_EDITOR', municipalityCode: null },
  { email: 'invuller.amsterdam@demo.monitor.nl', name: 'Demo-invuller Amsterdam', role: 'MUNICIPAL_EDITOR', municipalityCode: 'GM0363' },
  { email: 'lezer.amsterdam@demo.monitor.nl', name: 'Demo-lezer Amsterdam', role: 'MUNICIPAL_VIEWER', municipalityCode: 'GM0363' },
  { email: 'invuller.utrecht@demo.monitor.nl', name: 'Demo-invuller Utrecht', role: 'MUNICIPAL_EDITOR', municipalityCode: 'GM0344' },
  { email: 'lezer.utrecht@demo.monitor.nl', name: 'Demo-lezer Utrecht', role: 'MUNICIPAL_VIEWER', municipalityCode: 'GM0344' },
  // same Veilig Thuis region as Amsterdam, so that sharing agreements can be tried out
  { email: 'invuller.amstelveen@demo.monitor.nl', name: 'Demo-invuller Amstelveen', role: 'MUNICIPAL_EDITOR', municipalityCode: 'GM0362' },
];

/**
 * In demo mode the demo accounts exist and work; outside demo mode they are deactivated, with
 * their sessions and tokens, so a production database never keeps a known password.
 */
export async function syncDemoAccounts(dataSource: DataSource, demo: boolean): Promise<void> {
  if (!demo) {
    await deactivateDemoAccounts(dataSource, 'WHERE is_demo AND active');
    return;
  }
  const realAdmin = await realAdministratorExists(dataSource);
  let passwordHash: string | undefined;
  for (const account of DEMO_ACCOUNTS) {
    if (account.role === 'ADMIN' && realAdmin) continue;
    const [existing] = await dataSource.query<{ password_hash: string | null; active: boolean; is_demo: boolean }[]>(
      'SELECT password_hash, active, is_demo FROM app_user WHERE email = $1',
      [account.email],
    );
    if (existing && !existing.is_demo) continue; // never take over a real account
    if (existing?.active && (await verifyPassword(existing.password_hash, DEMO_PASSWORD))) continue;
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    await dataSource.query(
      `INSERT INTO app_user (email, name, role, municipality_id, password_hash, is_demo, active)
       VALUES ($1, $2, $3, (SELECT id FROM municipality WHERE code = $4 AND valid_to IS NULL), $5, true, true)
       ON CONFLICT (email) DO UPDATE SET name = $2, role = $3, municipality_id = EXCLUDED.municipality_id,
         password_hash = $5, active = true, deactivated_at = NULL`,
      [account.email, account.name, account.role, account.municipalityCode, passwordHash],
    );
  }
  if (realAdmin) await retireDemoAdministrator(dataSource);
}

/**
 * Once a real administrator exists, the demo administrator (whose password is public) stops
 * working, also in demo mode: nobody can approve accounts or read the audit log with it.
 */
export async function retireDemoAdministrator(dataSource: DataSource): Promise<void> {
  if (!(await realAdministratorExists(dataSource))) return;
  await deactivateDemoAccounts(dataSource, "WHERE is_demo AND active AND role = 'ADMIN'");
}

async function deactivateDemoAccounts(dataSource: DataSource, where: string): Promise<void> {
  const ids = await rowsOf<{ id: string }>(dataSource, `UPDATE app_user SET active = false, deactivated_at = now() ${where} RETURNING id`);
  if (ids.length === 0) return;
  const list = ids.map((r) => r.id);
  await dataSource.query('UPDATE user_session SET revoked_at = now() WHERE user_id = ANY($1) AND revoked_at IS NULL', [list]);
  await dataSource.query('UPDATE api_token SET revoked_at = now() WHERE user_id = ANY($1) AND revoked_at IS NULL', [list]);
}
