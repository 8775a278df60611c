import type { Role } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { hashPassword, verifyPassword } from '../../auth/password-hasher';
import { revokeApiTokensOfUsers } from '../api-token/api-token.repository';
import { currentMunicipalitiesByCode } from '../municipality/municipality.repository';
import { revokeSessionsOfUsers } from '../session/session.repository';
import { accountStateByEmail, deactivateDemoAccounts, realAdministratorExists, upsertDemoAccount } from '../user/user.repository';

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
    await deactivateDemo(dataSource, false);
    return;
  }
  const realAdmin = await realAdministratorExists(dataSource);
  const db = dataSource.manager;
  const codes = DEMO_ACCOUNTS.flatMap((a) => (a.municipalityCode ? [a.municipalityCode] : []));
  const municipalityIds = new Map((await currentMunicipalitiesByCode(db, codes)).map((m) => [m.code, m.id]));
  let passwordHash: string | undefined;
  for (const account of DEMO_ACCOUNTS) {
    if (account.role === 'ADMIN' && realAdmin) continue;
    const existing = await accountStateByEmail(db, account.email);
    if (existing && !existing.is_demo) continue; // never take over a real account
    if (existing?.active && (await verifyPassword(existing.password_hash, DEMO_PASSWORD))) continue;
    passwordHash ??= await hashPassword(DEMO_PASSWORD);
    await upsertDemoAccount(db, {
      email: account.email,
      name: account.name,
      role: account.role,
      municipalityId: account.municipalityCode ? (municipalityIds.get(account.municipalityCode) ?? null) : null,
      passwordHash,
    });
  }
  if (realAdmin) await retireDemoAdministrator(dataSource);
}

/**
 * Once a real administrator exists, the demo administrator (whose password is public) stops
 * working, also in demo mode: nobody can approve accounts or read the audit log with it.
 */
export async function retireDemoAdministrator(dataSource: DataSource): Promise<void> {
  if (!(await realAdministratorExists(dataSource))) return;
  await deactivateDemo(dataSource, true);
}

async function deactivateDemo(dataSource: DataSource, onlyAdministrators: boolean): Promise<void> {
  const ids = await deactivateDemoAccounts(dataSource.manager, onlyAdministrators);
  if (ids.length === 0) return;
  await revokeSessionsOfUsers(dataSource.manager, ids);
  await revokeApiTokensOfUsers(dataSource.manager, ids);
}
