import { isMunicipalRole, passwordProblem, type Role, ErrorCode } from '@monitor/domain';
import { requireAccess } from '../../auth/access';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessError, authError } from '../../auth/auth.errors';
import type { RegistrationStatus } from '../../auth/auth.enums';
import { hashPassword } from '../../auth/password-hasher';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import type { UserService } from '../user/user.service';
import { insertUser, userExistsWithEmail } from '../user/user.repository';
import type { Registration } from './registration.entity';
import {
  addressKnown,
  insertRegistration,
  listRegistrations,
  lockRegistration,
  markApproved,
  markRejected,
  openApplicationOf,
  registrationById,
} from './registration.repository';
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
      const known = await addressKnown(manager, email);
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
      const registrationId = await insertRegistration(manager, {
        email,
        name: input.name.trim(),
        jobTitle: input.jobTitle.trim(),
        municipalityId,
        requestedRole: input.requestedRole,
        motivation: input.motivation.trim(),
        passwordHash,
      });
      await this.audit.record(
        {
          type: 'REGISTRATION_SUBMITTED',
          actor: ctx.caller,
          subjectType: 'Registration',
          subjectId: registrationId,
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
    return listRegistrations(this.dataSource.manager, status);
  }

  async approve(ctx: Context, id: string, role: Role): Promise<Registration> {
    requireAccess(ctx, 'registration.manage');
    if (!isMunicipalRole(role)) throw badUserInput('role', 'een aanmelding krijgt een gemeentelijke rol: invuller of lezer');
    const adminId = ctx.caller.userId;
    await this.dataSource.transaction(async (manager) => {
      const registration = await this.pending(manager, id);
      if (await userExistsWithEmail(manager, registration.email))
        throw authError(ErrorCode.CONFLICT, 'Er bestaat al een account met dit e-mailadres.');
      const userId = await insertUser(manager, {
        email: registration.email,
        name: registration.name,
        jobTitle: registration.jobTitle,
        role,
        municipalityId: registration.municipalityId,
        passwordHash: registration.passwordHash,
      });
      await markApproved(manager, id, adminId, role, userId);
      await this.audit.record(
        {
          type: 'REGISTRATION_APPROVED',
          actor: ctx.caller,
          subjectType: 'Registration',
          subjectId: id,
          subjectLabel: registration.email,
          clientAddress: ctx.clientAddress,
          details: { grantedRole: role, requestedRole: registration.requestedRole, userId },
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
    return (await registrationById(this.dataSource.manager, id))!;
  }

  async reject(ctx: Context, id: string, reason: string): Promise<Registration> {
    requireAccess(ctx, 'registration.manage');
    const trimmed = reason.trim();
    if (trimmed.length < 5) throw badUserInput('reason', 'geef een reden van minstens 5 tekens');
    const adminId = ctx.caller.userId;
    await this.dataSource.transaction(async (manager) => {
      const registration = await this.pending(manager, id);
      await markRejected(manager, id, adminId, trimmed);
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
    return (await registrationById(this.dataSource.manager, id))!;
  }

  /** For login: the state of an application whose password matches, if it is not approved. */
  async openApplication(email: string): Promise<{ status: RegistrationStatus; passwordHash: string; rejectionReason: string | null } | null> {
    const row = await openApplicationOf(this.dataSource.manager, email);
    return row ? { status: row.status, passwordHash: row.password_hash, rejectionReason: row.rejection_reason } : null;
  }

  private async pending(manager: EntityManager, id: string) {
    const row = /^[0-9a-f-]{36}$/i.test(id) ? await lockRegistration(manager, id) : null;
    if (!row) throw AccessError.notFound('Aanmelding');
    if (row.status !== 'PENDING') throw authError(ErrorCode.CONFLICT, 'Over deze aanmelding is al besloten.');
    return {
      email: row.email,
      name: row.name,
      jobTitle: row.job_title,
      municipalityId: row.municipality_id,
      passwordHash: row.password_hash,
      requestedRole: row.requested_role,
    };
  }
}
