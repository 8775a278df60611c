import { passwordProblem } from '@monitor/domain';
import type { DataSource } from 'typeorm';
import { requireSignedIn } from '../../auth/access';
import { AccessError, authError } from '../../auth/auth.errors';
import { hashPassword, verifyPassword } from '../../auth/password-hasher';
import { hashSecret, newSecret } from '../../auth/secrets';
import { ThrottleService } from '../../auth/throttle.service';
import type { Context } from '../../context';
import { rowsOf } from '../../db/sql';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import type { MailService } from '../mail/mail.service';
import type { RegistrationService } from '../registration/registration.service';
import type { Session } from '../session/session.types';
import type { SessionService } from '../session/session.service';
import { User } from '../user/user.entity';

const INVALID_CREDENTIALS = 'Het e-mailadres of het wachtwoord is onjuist.';
const RESET_HOURS = 1;

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly throttle: ThrottleService,
    private readonly registrations: RegistrationService,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly publicUrl: string,
  ) {}

  async me(ctx: Context): Promise<User | null> {
    if (ctx.caller.kind === 'anonymous') return null;
    return this.dataSource.getRepository(User).findOneBy({ id: ctx.caller.userId, active: true });
  }

  /**
   * Unknown address and wrong password give the same answer (and take the same time). A pending or
   * rejected application is revealed only to someone who knows its password.
   */
  async login(ctx: Context, emailInput: string, password: string): Promise<User> {
    const email = emailInput.trim().toLowerCase();
    const keys = ThrottleService.keys(email, ctx.clientAddress);
    const locked = await this.throttle.lockedFor(keys);
    if (locked > 0) {
      await this.audit.record({ type: 'LOGIN_THROTTLED', actor: { label: email }, clientAddress: ctx.clientAddress });
      throw authError('TOO_MANY_ATTEMPTS', `Te veel mislukte pogingen. Probeer het over ${locked} seconden opnieuw.`, {
        retryAfterSeconds: locked,
      });
    }

    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email })
      .getOne();
    const passwordOk = await verifyPassword(user?.active ? user.passwordHash : undefined, password);
    if (!user || !user.active || !passwordOk) {
      const application = user ? null : await this.registrations.openApplication(email);
      if (application && (await verifyPassword(application.passwordHash, password))) {
        if (application.status === 'PENDING') {
          throw authError('REGISTRATION_PENDING', 'Uw aanmelding wacht nog op goedkeuring door een beheerder.');
        }
        throw authError('REGISTRATION_REJECTED', `Uw aanmelding is afgewezen. Reden: ${application.rejectionReason}`);
      }
      await this.throttle.fail(keys);
      await this.audit.record({
        type: 'LOGIN_FAILED',
        actor: { label: email },
        subjectType: user ? 'User' : undefined,
        subjectId: user?.id,
        clientAddress: ctx.clientAddress,
      });
      throw authError('INVALID_CREDENTIALS', INVALID_CREDENTIALS);
    }

    await this.throttle.succeed(keys);
    // a fresh session id at every login (no session fixation); a previous session of this browser ends
    if (ctx.sessionId) await this.sessions.revoke(ctx.sessionId);
    const { token } = await this.sessions.create(user.id, ctx);
    ctx.cookies.setSession(token, this.sessions.maxAgeSeconds);
    // the rest of this request (the fields of the returned user) runs as the new session
    const session = (await this.sessions.resolve(token))!;
    ctx.sessionId = session.id;
    ctx.caller = { kind: 'session', userId: session.userId, role: session.role, municipalityCode: session.municipalityCode };
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

  async logout(ctx: Context): Promise<boolean> {
    requireSignedIn(ctx.caller);
    if (ctx.sessionId) await this.sessions.revoke(ctx.sessionId);
    ctx.cookies.clearSession();
    await this.audit.record({ type: 'LOGOUT', actor: ctx.caller, clientAddress: ctx.clientAddress });
    return true;
  }

  async logoutEverywhere(ctx: Context): Promise<number> {
    requireSignedIn(ctx.caller);
    const ended = await this.sessions.revokeAll(ctx.caller.userId);
    ctx.cookies.clearSession();
    await this.audit.record({ type: 'SESSIONS_REVOKED', actor: ctx.caller, clientAddress: ctx.clientAddress, details: { sessions: ended } });
    return ended;
  }

  async listSessions(ctx: Context): Promise<Session[]> {
    requireSignedIn(ctx.caller);
    return this.sessions.listLive(ctx.caller.userId, ctx.sessionId);
  }

  async revokeSession(ctx: Context, publicId: string): Promise<boolean> {
    requireSignedIn(ctx.caller);
    if (!(await this.sessions.revokeOwn(ctx.caller.userId, publicId))) throw AccessError.notFound('Sessie');
    await this.audit.record({ type: 'SESSIONS_REVOKED', actor: ctx.caller, clientAddress: ctx.clientAddress, details: { sessions: 1 } });
    return true;
  }

  /** Requires the current password; ends the user's other sessions. */
  async changePassword(ctx: Context, currentPassword: string, newPassword: string): Promise<boolean> {
    requireSignedIn(ctx.caller);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: ctx.caller.userId })
      .getOneOrFail();
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw badUserInput('currentPassword', 'het huidige wachtwoord is onjuist');
    }
    const problem = passwordProblem(newPassword, { email: user.email });
    if (problem) throw badUserInput('newPassword', problem);
    const hash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE app_user SET password_hash = $2, password_changed_at = now() WHERE id = $1', [user.id, hash]);
      await this.sessions.revokeAll(user.id, ctx.sessionId, manager);
      await this.audit.record({ type: 'PASSWORD_CHANGED', actor: ctx.caller, subjectType: 'User', subjectId: user.id, clientAddress: ctx.clientAddress }, manager);
    });
    return true;
  }

  /** Same answer for every address; a single-use link valid for an hour goes to active accounts. */
  async requestPasswordReset(ctx: Context, emailInput: string): Promise<boolean> {
    const email = emailInput.trim().toLowerCase();
    const [user] = await this.dataSource.query('SELECT id FROM app_user WHERE email = $1 AND active', [email]);
    await this.audit.record({ type: 'PASSWORD_RESET_REQUESTED', actor: { label: email }, clientAddress: ctx.clientAddress });
    if (!user) return true;
    const token = newSecret();
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO password_reset (token_hash, user_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))`,
        [hashSecret(token), user.id, RESET_HOURS],
      );
      await this.mail.send(
        {
          to: email,
          subject: 'Nieuw wachtwoord instellen',
          body:
            `Stel binnen ${RESET_HOURS} uur een nieuw wachtwoord in via ${this.publicUrl}/wachtwoord-herstellen?token=${token}\n` +
            'De link werkt één keer. Heeft u dit niet aangevraagd? Dan kunt u dit bericht negeren.',
        },
        manager,
      );
    });
    return true;
  }

  async resetPassword(ctx: Context, token: string, newPassword: string): Promise<boolean> {
    const [reset] = await rowsOf(
      this.dataSource,
      `UPDATE password_reset r SET used_at = now() FROM app_user u
        WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > now() AND u.id = r.user_id AND u.active
        RETURNING r.user_id, u.email`,
      [hashSecret(token)],
    );
    if (!reset) throw authError('INVALID_TOKEN', 'Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe aan.');
    const problem = passwordProblem(newPassword, { email: reset.email });
    if (problem) {
      await this.dataSource.query('UPDATE password_reset SET used_at = NULL WHERE token_hash = $1', [hashSecret(token)]);
      throw badUserInput('newPassword', problem);
    }
    const hash = await hashPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE app_user SET password_hash = $2, password_changed_at = now() WHERE id = $1', [reset.user_id, hash]);
      await this.sessions.revokeAll(reset.user_id, null, manager);
      await manager.query("DELETE FROM login_throttle WHERE key = $1", [`account:${reset.email}`]);
      await this.audit.record(
        { type: 'PASSWORD_RESET', actor: { label: reset.email, userId: reset.user_id }, subjectType: 'User', subjectId: reset.user_id, clientAddress: ctx.clientAddress },
        manager,
      );
    });
    return true;
  }
}
