import { isMunicipalRole, type Role } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError } from '../../auth/auth.errors';
import { hashPassword } from '../../auth/password-hasher';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import type { ApiTokenService } from '../api-token/api-token.service';
import type { AuditService } from '../audit/audit.service';
import type { SessionService } from '../session/session.service';
import type { User } from './user.entity';
import {
  findUserById,
  listUsers,
  realAdministratorExists,
  updateUserActive,
  updateUserRole,
  upsertAdministrator,
  type UserFilter,
} from './user.repository';
import { currentMunicipalityIdByCode } from '../municipality/municipality.repository';

export type UserFilterArgs = UserFilter;

export class UserService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly tokens: ApiTokenService,
  ) {}

  async byId(id: string): Promise<User | null> {
    return findUserById(this.dataSource.manager, id);
  }

  async list(ctx: Context, filter: UserFilterArgs): Promise<User[]> {
    requireAccess(ctx, 'user.manage');
    return listUsers(this.dataSource.manager, filter);
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
      await updateUserRole(manager, userId, role, municipalityId);
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
      await updateUserActive(manager, userId, active);
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
    if (await realAdministratorExists(this.dataSource.manager)) return 'exists';
    await this.createAdmin(email, password);
    return 'created';
  }

  /** CLI: makes the address an active administrator with this password (creating the account if needed). */
  async createAdmin(emailInput: string, password: string, name = 'Beheerder'): Promise<'created' | 'promoted'> {
    const email = emailInput.trim().toLowerCase();
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const row = await upsertAdministrator(manager, email, name, passwordHash);
      await this.audit.record(
        { type: 'ADMIN_CREATED', actor: { label: 'systeem' }, subjectType: 'User', subjectId: row.id, subjectLabel: email },
        manager,
      );
      return row.inserted ? 'created' : 'promoted';
    });
  }

  async municipalityId(code: string, field: string, manager: EntityManager = this.dataSource.manager): Promise<number> {
    const id = await currentMunicipalityIdByCode(manager, code);
    if (id === null) throw badUserInput(field, `onbekende gemeentecode ${code}`);
    return id;
  }

  private async requireUser(id: string): Promise<User> {
    const user = /^[0-9a-f-]{36}$/i.test(id) ? await this.byId(id) : null;
    if (!user) throw AccessError.notFound('Gebruiker');
    return user;
  }
}
