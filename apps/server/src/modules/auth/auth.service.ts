import { passwordProblem, ErrorCode } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError, authError } from '../../auth/auth.errors';
import { hashPassword, verifyPassword } from '../../auth/password-hasher';
import { hashSecret, newSecret } from '../../auth/secrets';
import { ThrottleService, type Reservation } from '../../auth/throttle.service';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import type { RateLimitStore } from '../../graphql/limits/rate-limit';
import type { ApiTokenService } from '../api-token/api-token.service';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import type { RegistrationService } from '../registration/registration.service';
import type { Session } from '../session/session.types';
import type { SessionService } from '../session/session.service';
import type { User } from '../user/user.entity';
import {
  activeUserIdByEmail,
  findActiveUserById,
  lockUser,
  setPasswordHash,
  userWithPasswordByEmail,
  userWithPasswordById,
} from '../user/user.repository';
import { deleteOpenResetLinks, insertResetLink, liveResetLink, useResetLink } from './auth.repository';

const INVALID_CREDENTIALS = 'Het e-mailadres of het wachtwoord is onjuist.';
const RESET_HOURS = 1;
/** Reset mails per address per hour; beyond it the request is answered the same, but no mail goes out. */
export const RESET_MAILS_PER_HOUR = 3;
const HOUR_MS = 3_600_000;

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly registrations: RegistrationService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly apiTokens: ApiTokenService,
    private readonly counters: RateLimitStore,
    private readonly publicUrl: string,
  ) {}

  async me(ctx: Context): Promise<User | null> {
    requireAccess(ctx, 'account.me');
    if (ctx.caller.kind === 'anonymous') return null;
    return findActiveUserById(this.dataSource.manager, ctx.caller.userId);
  }

  /**
   * Unknown address and wrong password give the same answer (and take the same time). A pending or
   * rejected application is revealed only to someone who knows its password.
   */
  async login(ctx: Context, emailInput: string, password: string): Promise<User> {
    requireAccess(ctx, 'account.signIn');
    const email = emailInput.trim().toLowerCase();
    const reservation = await this.reserveAttempt(ctx, email);
    const user = await userWithPasswordByEmail(this.dataSource.manager, email);
    const passwordOk = await verifyPassword(user?.active ? user.passwordHash : undefined, password);
    if (!user || !user.active || !passwordOk) {
      const application = user ? null : await this.registrations.openApplication(email);
      if (application && (await verifyPassword(application.passwordHash, password))) {
        await this.throttle.succeed(reservation);
        if (application.status === 'PENDING') {
          throw authError(ErrorCode.REGISTRATION_PENDING, 'Uw aanmelding wacht nog op goedkeuring door een beheerder.');
        }
        throw authError(ErrorCode.REGISTRATION_REJECTED, `Uw aanmelding is afgewezen. Reden: ${application.rejectionReason}`);
      }
      await this.audit.record({
        type: 'LOGIN_FAILED',
        actor: { label: email },
        subjectType: user ? 'User' : undefined,
        subjectId: user?.id,
        clientAddress: ctx.clientAddress,
      });
      throw authError(ErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
    }

    await this.throttle.succeed(reservation);
    await this.startSession(ctx, user);
    await this.audit.record({
      type: 'LOGIN_SUCCEEDED',
      actor: { label: `${user.name} <${user.email}>`, userId: user.id },
      subjectType: 'User',
      subjectId: user.id,
      subjectLabel: user.email,
      clientAddress: ctx.clientAddress,
    });
    return user;
  }

  /**
   * Counts the attempt for the account and the client address before any password is checked
   * (atomic in PostgreSQL, so parallel and batched guesses are counted too), or refuses it.
   */
  private async reserveAttempt(ctx: Context, email: string): Promise<Extract<Reservation, { allowed: true }>> {
    const reservation = await this.throttle.reserve(ThrottleService.keys(email, ctx.clientAddress));
    if (reservation.allowed) return reservation;
    await this.audit.record({ type: 'LOGIN_THROTTLED', actor: { label: email }, clientAddress: ctx.clientAddress });
    const seconds = reservation.retryAfterSeconds;
    throw authError(ErrorCode.TOO_MANY_ATTEMPTS, `Te veel mislukte pogingen. Probeer het over ${seconds} seconden opnieuw.`, {
      retryAfterSeconds: seconds,
    });
  }

  /** A fresh session id at every login (no session fixation); a previous session of this browser ends. */
  private async startSession(ctx: Context, user: User): Promise<void> {
    if (ctx.sessionId) await this.sessions.revoke(ctx.sessionId);
    const { token } = await this.sessions.create(user.id, ctx);
    ctx.cookies.setSession(token, this.sessions.maxAgeSeconds);
    // the rest of this request (the fields of the returned user) runs as the new session
    const session = (await this.sessions.resolve(token))!;
    ctx.sessionId = session.id;
    ctx.caller = { kind: 'session', userId: session.userId, role: session.role, municipalityCode: session.municipalityCode };
  }

  async logout(ctx: Context): Promise<boolean> {
    requireAccess(ctx, 'account.manageOwn');
    if (ctx.sessionId) await this.sessions.revoke(ctx.sessionId);
    ctx.cookies.clearSession();
    await this.audit.record({ type: 'LOGOUT', actor: ctx.caller, clientAddress: ctx.clientAddress });
    return true;
  }

  async logoutEverywhere(ctx: Context): Promise<number> {
    requireAccess(ctx, 'account.manageOwn');
    const ended = await this.sessions.revokeAll(ctx.caller.userId);
    ctx.cookies.clearSession();
    await this.audit.record({ type: 'SESSIONS_REVOKED', actor: ctx.caller, clientAddress: ctx.clientAddress, details: { sessions: ended } });
    return ended;
  }

  async listSessions(ctx: Context): Promise<Session[]> {
    requireAccess(ctx, 'account.manageOwn');
    return this.sessions.listLive(ctx.caller.userId, ctx.sessionId);
  }

  async revokeSession(ctx: Context, publicId: string): Promise<boolean> {
    requireAccess(ctx, 'account.manageOwn');
    if (!(await this.sessions.revokeOwn(ctx.caller.userId, publicId))) throw AccessError.notFound('Sessie');
    await this.audit.record({ type: 'SESSIONS_REVOKED', actor: ctx.caller, clientAddress: ctx.clientAddress, details: { sessions: 1 } });
    return true;
  }

  /**
   * Requires the current password (throttled like a login); ends the user's other sessions and
   * revokes all of the user's API tokens: whoever knew the old password may have made them.
   */
  async changePassword(ctx: Context, currentPassword: string, newPassword: string): Promise<boolean> {
    requireAccess(ctx, 'account.manageOwn');
    const user = await userWithPasswordById(this.dataSource.manager, ctx.caller.userId);
    const reservation = await this.reserveAttempt(ctx, user.email);
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badUserInput('currentPassword', 'het huidige wachtwoord is onjuist');
    }
    await this.throttle.succeed(reservation);
    const problem = passwordProblem(newPassword, { email: user.email });
    if (problem) throw badUserInput('newPassword', problem);
    const hash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const ended = await this.replacePassword(manager, user.id, user.email, hash, ctx.sessionId);
      await this.audit.record(
        { type: 'PASSWORD_CHANGED', actor: ctx.caller, subjectType: 'User', subjectId: user.id, clientAddress: ctx.clientAddress, details: ended },
        manager,
      );
    });
    return true;
  }

  /**
   * Same answer for every address, and for an address past its limit of reset mails; a link valid
   * for an hour goes to active accounts, and voids every earlier link of that account.
   */
  async requestPasswordReset(ctx: Context, emailInput: string): Promise<boolean> {
    requireAccess(ctx, 'account.resetPassword');
    const email = emailInput.trim().toLowerCase();
    const userId = await activeUserIdByEmail(this.dataSource.manager, email);
    // the counter is keyed by a hash: no list of tried addresses is kept beside the audit log
    const quota = await this.counters.hit(`reset-mail:${hashSecret(email)}`, RESET_MAILS_PER_HOUR, HOUR_MS);
    const outcome = !userId ? 'NO_ACCOUNT' : quota.allowed ? 'LINK_SENT' : 'LIMIT_REACHED';
    await this.audit.record({ type: 'PASSWORD_RESET_REQUESTED', actor: { label: email }, clientAddress: ctx.clientAddress, details: { outcome } });
    if (outcome !== 'LINK_SENT' || !userId) return true;
    const token = newSecret();
    await this.dataSource.transaction(async (manager) => {
      // one live link per account (also a unique index): the newest request wins
      await lockUser(manager, userId);
      await deleteOpenResetLinks(manager, userId);
      await insertResetLink(manager, hashSecret(token), userId, RESET_HOURS);
      await this.mail.send(
        {
          to: email,
          subject: 'Nieuw wachtwoord instellen',
          body:
            `Stel binnen ${RESET_HOURS} uur een nieuw wachtwoord in via ${this.publicUrl}/wachtwoord-herstellen?token=${token}\n` +
            'De link werkt één keer; een eerder verstuurde link werkt niet meer. Heeft u dit niet aangevraagd? Dan kunt u dit bericht negeren.',
        },
        manager,
      );
    });
    return true;
  }

  /** Ends every session and revokes every API token of the user; other reset links are void. */
  async resetPassword(ctx: Context, token: string, newPassword: string): Promise<boolean> {
    requireAccess(ctx, 'account.resetPassword');
    const tokenHash = hashSecret(token);
    const link = await liveResetLink(this.dataSource.manager, tokenHash);
    if (!link) throw invalidResetLink();
    // checked before the link is used, so a rejected password leaves the link working
    const problem = passwordProblem(newPassword, { email: link.email });
    if (problem) throw badUserInput('newPassword', problem);
    const hash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      if (!(await useResetLink(manager, tokenHash))) throw invalidResetLink();
      const ended = await this.replacePassword(manager, link.user_id, link.email, hash, null);
      await this.throttle.clearAccount(link.email, manager);
      await this.audit.record(
        {
          type: 'PASSWORD_RESET',
          actor: { label: link.email, userId: link.user_id },
          subjectType: 'User',
          subjectId: link.user_id,
          clientAddress: ctx.clientAddress,
          details: ended,
        },
        manager,
      );
    });
    return true;
  }

  /** The new hash; every session but `keepSessionId` ends, every API token and reset link is void; the owner is told. */
  private async replacePassword(
    manager: EntityManager,
    userId: string,
    email: string,
    hash: string,
    keepSessionId: string | null,
  ): Promise<{ sessions: number; tokens: number }> {
    await setPasswordHash(manager, userId, hash);
    await deleteOpenResetLinks(manager, userId);
    const sessions = await this.sessions.revokeAll(userId, keepSessionId, manager);
    const tokens = await this.apiTokens.revokeAllOf(userId, manager);
    await this.mail.send(
      {
        to: email,
        subject: 'Uw wachtwoord is gewijzigd',
        body:
          'Het wachtwoord van uw account voor de Monitor Aanpak Kindermishandeling is gewijzigd. ' +
          'Uw andere sessies zijn beëindigd en uw API-tokens zijn ingetrokken; maak zo nodig nieuwe tokens aan.\n' +
          `Heeft u dit niet zelf gedaan? Stel dan direct een nieuw wachtwoord in via ${this.publicUrl}/wachtwoord-vergeten en neem contact op met het NJi.`,
      },
      manager,
    );
    return { sessions, tokens };
  }
}

function invalidResetLink() {
  return authError(ErrorCode.INVALID_TOKEN, 'Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe aan.');
}
