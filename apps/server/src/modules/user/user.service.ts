import { isMunicipalRole, type Role } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError } from '../../auth/auth.errors';
import { hashPassword } from '../../auth/password-hasher';
import type { Context } from '../../context';
import { rowsOf } from '../../db/sql';
import { badUserInput } from '../../graphql/errors';
import type { ApiTokenService } from '../api-token/api-token.service';
import type { AuditService } from '../audit/audit.service';
import type { SessionService } from '../session/session.service';
import { User } from './user.entity';

export interface UserFilterArgs {
  search?: string;
  role?: Role;
  active?: boolean;
}

export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
  ) {}

  async byId(id: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ id });
  }

  async list(ctx: Context, filter: UserFilterArgs): Promise<User[]> {
    requireAccess(ctx, 'user.manage');
    const query = this.dataSource.getRepository(User).createQueryBuilder('u').orderBy('u.name');
    if (filter.search) {
      query.andWhere('(lower(u.name) LIKE :s OR u.email LIKE :s)', { s: `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    }
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.active !== undefined && filter.active !== null) query.andWhere('u.active = :active', { active: filter.active });
    return query.limit(1000).getMany();
  }

  async changeRole(ctx: Context, userId: string, role: Role, municipalityCode: string | null | undefined): Promise<User> {
    requireAccess(ctx, 'user.manage');
    const user = await this.requireUser(userId);
    if (user.id === ctx.caller.userId) throw badUserInput('userId', 'u kunt uw eigen rol niet wijzigen');
    let municipalityId = user.municipalityId;
    if (isMunicipalRole(role)) {
      if (municipalityCode) municipalityId = await this.municipalityId(municipalityCode, 'municipalityCode');
      if (!municipalityId) throw badUserInput('municipalityCode', 'een gemeentelijke rol hoort bij een gemeente');
    } else {
      municipalityId = null;
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE app_user SET role = $2, municipality_id = $3 WHERE id = $1', [userId, role, municipalityId]);
      await this.audit.record(
        {
          type: 'ROLE_CHANGED',
          actor: ctx.caller,
          subjectType: 'User',
          subjectId: user.id,
          subjectLabel: user.email,
          clientAddress: ctx.clientAddress,
          details: { from: user.role, to: role, municipalityCode: municipalityCode ?? null },
        },
        manager,
      );
    });
    return (await this.byId(userId))!;
  }

  async setActive(ctx: Context, userId: string, active: boolean): Promise<User> {
    requireAccess(ctx, 'user.manage');
    const user = await this.requireUser(userId);
    if (!active && user.id === ctx.caller.userId) throw badUserInput('userId', 'u kunt uw eigen account niet deactiveren');
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE app_user SET active = $2, deactivated_at = CASE WHEN $2 THEN NULL ELSE now() END WHERE id = $1`, [userId, active]);
      if (!active) {
        // ends every way in at once: sessions and API tokens
        await this.sessions.revokeAll(userId, null, manager);
        await this.tokens.revokeAllOf(userId, manager);
      }
      await this.audit.record(
        {
          type: active ? 'USER_REACTIVATED' : 'USER_DEACTIVATED',
          actor: ctx.caller,
          subjectType: 'User',
          subjectId: user.id,
          subjectLabel: user.email,
          clientAddress: ctx.clientAddress,
        },
        manager,
      );
    });
    return (await this.byId(userId))!;
  }

  /** Start-up: creates the first administrator when no active (non-demo) one exists. */
  async ensureAdmin(email: string, password: string): Promise<'created' | 'exists'> {
    const [existing] = await this.dataSource.query<unknown[]>("SELECT 1 FROM app_user WHERE role = 'ADMIN' AND active AND NOT is_demo LIMIT 1");
    if (existing) return 'exists';
    await this.createAdmin(email, password);
    return 'created';
  }

  /** CLI: makes the address an active administrator with this password (creating the account if needed). */
  async createAdmin(emailInput: string, password: string, name = 'Beheerder'): Promise<'created' | 'promoted'> {
    const email = emailInput.trim().toLowerCase();
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const [row] = await rowsOf<{ id: string; inserted: boolean }>(
        manager,
        `INSERT INTO app_user (email, name, role, password_hash, active, password_changed_at)
         VALUES ($1, $2, 'ADMIN', $3, true, now())
         ON CONFLICT (email) DO UPDATE SET role = 'ADMIN', municipality_id = NULL, password_hash = $3, active = true,
           deactivated_at = NULL, is_demo = false, password_changed_at = now()
         RETURNING id, (xmax = 0) AS inserted`,
        [email, name, passwordHash],
      );
      await this.audit.record(
        { type: 'ADMIN_CREATED', actor: { label: 'systeem' }, subjectType: 'User', subjectId: row.id, subjectLabel: email },
        manager,
      );
      return row.inserted ? 'created' : 'promoted';
    });
  }

  async municipalityId(code: string, field: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [row] = await manager.query<{ id: number }[]>('SELECT id FROM municipality WHERE code = $1 AND valid_to IS NULL', [code]);
    if (!row) throw badUserInput(field, `onbekende gemeentecode ${code}`);
    return row.id;
  }

  private async requireUser(id: string): Promise<User> {
    const user = /^[0-9a-f-]{36}$/i.test(id) ? await this.byId(id) : null;
    if (!user) throw AccessError.notFound('Gebruiker');
    return user;
  }
}
