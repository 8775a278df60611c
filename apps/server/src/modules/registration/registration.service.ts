import { isMunicipalRole, passwordProblem, type Role, ErrorCode } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError, authError } from '../../auth/auth.errors';
import type { RegistrationStatus } from '../../auth/auth.enums';
import { hashPassword } from '../../auth/password-hasher';
import type { Context } from '../../context';
import { rowsOf } from '../../db/sql';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import type { UserService } from '../user/user.service';
import { Registration } from './registration.entity';
import type { RegisterInput } from './registration.inputs';

export const REGISTRATION_RECEIVED =
  'Bedankt voor uw aanmelding. Een beheerder van het NJi beoordeelt haar; u ontvangt bericht per e-mail. ' +
  'Zodra uw aanmelding is goedgekeurd, kunt u inloggen met het opgegeven e-mailadres en wachtwoord.';

export class RegistrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly users: UserService,
    private readonly publicUrl: string,
  ) {}

  /**
   * Always answers the same, whether or not the address already has an account or an open
   * application, so that nobody can find out which addresses are known.
   */
  async register(ctx: Context, input: RegisterInput): Promise<string> {
    requireAccess(ctx, 'account.register');
    const email = input.email.trim().toLowerCase();
    const problem = passwordProblem(input.password, { email });
    if (problem) throw badUserInput('password', problem);
    const municipalityId = await this.users.municipalityId(input.municipalityCode, 'municipalityCode');
    const passwordHash = await hashPassword(input.password);

    await this.dataSource.transaction(async (manager) => {
      const [known] = await manager.query<{ kind: string }[]>(
        `SELECT 'user' AS kind FROM app_user WHERE email = $1
         UNION ALL SELECT 'registration' FROM registration WHERE email = $1 AND status = 'PENDING' LIMIT 1`,
        [email],
      );
      if (known) {
        await this.mail.send(
          {
            to: email,
            subject: 'Aanmelding Monitor Aanpak Kindermishandeling',
            body:
              'Er is een aanmelding gedaan met dit e-mailadres, maar er bestaat al een account of een openstaande aanmelding.\n' +
              `Wachtwoord vergeten? Vraag een nieuw wachtwoord aan op ${this.publicUrl}/wachtwoord-vergeten.\n` +
              'Heeft u zich niet aangemeld? Dan kunt u dit bericht negeren.',
          },
          manager,
        );
        return;
      }
      const [row] = await rowsOf<{ id: string }>(
        manager,
        `INSERT INTO registration (email, name, job_title, municipality_id, requested_role, motivation, password_hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [email, input.name.trim(), input.jobTitle.trim(), municipalityId, input.requestedRole, input.motivation.trim(), passwordHash],
      );
      await this.audit.record(
        {
          type: 'REGISTRATION_SUBMITTED',
          actor: ctx.caller,
          subjectType: 'Registration',
          subjectId: row.id,
          subjectLabel: email,
          clientAddress: ctx.clientAddress,
          details: { municipalityCode: input.municipalityCode, requestedRole: input.requestedRole },
        },
        manager,
      );
      await this.mail.send({ to: email, subject: 'Aanmelding ontvangen', body: REGISTRATION_RECEIVED }, manager);
    });
    return REGISTRATION_RECEIVED;
  }

  async list(ctx: Context, status: RegistrationStatus | undefined): Promise<Registration[]> {
    requireAccess(ctx, 'registration.manage');
    const where = status ? { status } : {};
    return this.dataSource.getRepository(Registration).find({ where, order: { createdAt: 'ASC' }, take: 1000 });
  }

  async approve(ctx: Context, id: string, role: Role): Promise<Registration> {
    requireAccess(ctx, 'registration.manage');
    if (!isMunicipalRole(role)) throw badUserInput('role', 'een aanmelding krijgt een gemeentelijke rol: invuller of lezer');
    const adminId = ctx.caller.userId;
    await this.dataSource.transaction(async (manager) => {
      const registration = await this.pending(manager, id);
      const [existing] = await manager.query<unknown[]>('SELECT 1 FROM app_user WHERE email = $1', [registration.email]);
      if (existing) throw authError(ErrorCode.CONFLICT, 'Er bestaat al een account met dit e-mailadres.');
      const [user] = await rowsOf<{ id: string }>(
        manager,
        `INSERT INTO app_user (email, name, job_title, role, municipality_id, password_hash, password_changed_at)
         SELECT email, name, job_title, $2, municipality_id, password_hash, now() FROM registration WHERE id = $1
         RETURNING id`,
        [id, role],
      );
      await manager.query(
        `UPDATE registration SET status = 'APPROVED', decided_at = now(), decided_by = $2, granted_role = $3, user_id = $4 WHERE id = $1`,
        [id, adminId, role, user.id],
      );
      await this.audit.record(
        {
          type: 'REGISTRATION_APPROVED',
          actor: ctx.caller,
          subjectType: 'Registration',
          subjectId: id,
          subjectLabel: registration.email,
          clientAddress: ctx.clientAddress,
          details: { grantedRole: role, requestedRole: registration.requestedRole, userId: user.id },
        },
        manager,
      );
      await this.mail.send(
        {
          to: registration.email,
          subject: 'Aanmelding goedgekeurd',
          body: `Uw aanmelding voor de Monitor Aanpak Kindermishandeling is goedgekeurd. U kunt nu inloggen op ${this.publicUrl}/inloggen.`,
        },
        manager,
      );
    });
    return (await this.dataSource.getRepository(Registration).findOneBy({ id }))!;
  }

  async reject(ctx: Context, id: string, reason: string): Promise<Registration> {
    requireAccess(ctx, 'registration.manage');
    const trimmed = reason.trim();
    if (trimmed.length < 5) throw badUserInput('reason', 'geef een reden van minstens 5 tekens');
    const adminId = ctx.caller.userId;
    await this.dataSource.transaction(async (manager) => {
      const registration = await this.pending(manager, id);
      await manager.query(`UPDATE registration SET status = 'REJECTED', decided_at = now(), decided_by = $2, rejection_reason = $3 WHERE id = $1`, [
        id,
        adminId,
        trimmed,
      ]);
      await this.audit.record(
        {
          type: 'REGISTRATION_REJECTED',
          actor: ctx.caller,
          subjectType: 'Registration',
          subjectId: id,
          subjectLabel: registration.email,
          clientAddress: ctx.clientAddress,
          details: { reason: trimmed },
        },
        manager,
      );
      await this.mail.send(
        { to: registration.email, subject: 'Aanmelding afgewezen', body: `Uw aanmelding is afgewezen. Reden: ${trimmed}` },
        manager,
      );
    });
    return (await this.dataSource.getRepository(Registration).findOneBy({ id }))!;
  }

  /** For login: the state of an application whose password matches, if it is not approved. */
  async openApplication(email: string): Promise<{ status: RegistrationStatus; passwordHash: string; rejectionReason: string | null } | null> {
    const [row] = await this.dataSource.query<{ status: RegistrationStatus; password_hash: string; rejection_reason: string | null }[]>(
      `SELECT status, password_hash, rejection_reason FROM registration
        WHERE email = $1 AND status <> 'APPROVED' ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    return row ? { status: row.status, passwordHash: row.password_hash, rejectionReason: row.rejection_reason } : null;
  }

  private async pending(manager: import('typeorm').EntityManager, id: string) {
    const [row] = /^[0-9a-f-]{36}$/i.test(id)
      ? await rowsOf<{ id: string; email: string; requested_role: Role; status: RegistrationStatus }>(
          manager,
          'SELECT id, email, requested_role, status FROM registration WHERE id = $1 FOR UPDATE',
          [id],
        )
      : [];
    if (!row) throw AccessError.notFound('Aanmelding');
    if (row.status !== 'PENDING') throw authError(ErrorCode.CONFLICT, 'Over deze aanmelding is al besloten.');
    return { email: row.email, requestedRole: row.requested_role };
  }
}
