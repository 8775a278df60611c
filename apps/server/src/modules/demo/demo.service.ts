import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import type { Context } from '../../context';
import { realAdministratorExists } from '../user/user.repository';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import type { DemoAccount } from './demo.types';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
export function isLoopbackAddress(address: string): boolean {
  const plain = address.replace(/^::ffff:/i, '');
  return plain === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}

/**
 * The demo accounts for the login page. Outside demo mode: none. The demo ADMIN (who could approve
 * accounts and read the audit log) only for a client on this machine and only while no real
 * administrator exists; everyone else sees the other demo accounts.
 */
export class DemoService {
  constructor(private readonly dataSource: DataSource) {}

  async accounts(ctx: Pick<Context, 'caller' | 'demo' | 'clientAddress'>): Promise<DemoAccount[]> {
    requireAccess(ctx, 'account.demo');
    // Query.demoAccounts is open to anyone (access matrix); what it shows depends on the mode and client
    if (!ctx.demo) return [];
    const showAdmin = isLoopbackAddress(ctx.clientAddress) && !(await realAdministratorExists(this.dataSource));
    return DEMO_ACCOUNTS.filter((a) => showAdmin || a.role !== 'ADMIN').map((a) => ({ ...a, password: DEMO_PASSWORD }));
  }
}
