import { ErrorCode } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError, authError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';
import { submittedIndicatorValues } from '../indicator/indicator.repository';
import { currentRegionContaining } from '../region/region.repository';
import {
  activateAgreement,
  agreements,
  endAgreement,
  insertAgreement,
  insertMembers,
  lockMembership,
  membersAccepted,
  membersNotAccepted,
  setMemberState,
} from './sharing.repository';

export type AgreementScope = 'VEILIG_THUIS_REGION' | 'SAFETY_REGION';

export interface AgreementMember {
  municipalityCode: string;
  municipalityName: string;
  state: 'INVITED' | 'ACCEPTED' | 'DECLINED' | 'WITHDRAWN';
  respondedAt: Date | null;
}

export interface Agreement {
  id: number;
  scope: AgreementScope;
  regionCode: string;
  regionName: string;
  title: string;
  status: 'PROPOSED' | 'ACTIVE' | 'ENDED';
  createdAt: Date;
  activatedAt: Date | null;
  endedAt: Date | null;
  members: AgreementMember[];
}

/**
 * Sharing agreements: municipalities of one Veilig Thuis region or safety region agree to see each
 * other's answers and indicator scores by name. Active only when every invited municipality has
 * accepted; any member can withdraw at once. Every step goes into the audit log.
 */
export class SharingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(ctx: Context): Promise<Agreement[]> {
    requireAccess(ctx, 'sharing.read');
    if (ctx.caller.role === 'ADMIN') return this.load(this.dataSource.manager, null, null);
    return this.load(this.dataSource.manager, null, ctx.caller.municipalityCode);
  }

  async propose(ctx: Context, input: { scope: AgreementScope; title: string; municipalityCodes: string[] }): Promise<Agreement> {
    requireAccess(ctx, 'sharing.manage');
    const own = ctx.caller.municipalityCode!;
    const invited = [...new Set(input.municipalityCodes.filter((c) => c !== own))];
    if (invited.length === 0) throw badUserInput('municipalityCodes', 'nodig minstens één andere gemeente uit');
    const regionType = input.scope;
    const region = await currentRegionContaining(this.dataSource.manager, regionType, own);
    if (!region) throw AccessError.notFound('Regio');
    const outside = invited.filter((c) => !region.members.includes(c));
    if (outside.length > 0) throw badUserInput('municipalityCodes', `niet in ${region.name}: ${outside.join(', ')}`);
    const title = input.title.trim() || `Uitwisseling ${region.name}`;
    const proposer = ctx.caller;
    const id = await this.dataSource.transaction(async (manager) => {
      const agreementId = await insertAgreement(manager, regionType, region.code, title, proposer.userId);
      await insertMembers(manager, agreementId, own, proposer.userId, [own, ...invited]);
      await this.audit.record(
        {
          type: 'AGREEMENT_PROPOSED',
          actor: proposer,
          subjectType: 'SharingAgreement',
          subjectId: String(agreementId),
          subjectLabel: title,
          clientAddress: ctx.clientAddress,
          details: { region: region.code, invited },
        },
        manager,
      );
      return agreementId;
    });
    return (await this.load(this.dataSource.manager, id, null))[0];
  }

  async respond(ctx: Context, id: number, accept: boolean): Promise<Agreement> {
    requireAccess(ctx, 'sharing.manage');
    const caller = ctx.caller;
    await this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockMembership(manager, id, caller.municipalityCode!);
      if (agreement.state !== 'INVITED' || agreement.status !== 'PROPOSED')
        throw authError(ErrorCode.CONFLICT, 'Op deze uitnodiging is al gereageerd of de afspraak is niet meer open.');
      await setMemberState(manager, id, agreement.municipalityId, accept ? 'ACCEPTED' : 'DECLINED', caller.userId);
      const open = await membersNotAccepted(manager, id);
      if (!accept) await endAgreement(manager, id);
      else if (open === 0) await activateAgreement(manager, id);
      await this.audit.record(
        {
          type: accept ? 'AGREEMENT_ACCEPTED' : 'AGREEMENT_DECLINED',
          actor: caller,
          subjectType: 'SharingAgreement',
          subjectId: String(id),
          clientAddress: ctx.clientAddress,
          details: { municipality: caller.municipalityCode, active: accept && open === 0 },
        },
        manager,
      );
    });
    return (await this.load(this.dataSource.manager, id, null))[0];
  }

  /** Effective immediately; the agreement ends when fewer than two members remain. */
  async withdraw(ctx: Context, id: number): Promise<Agreement> {
    requireAccess(ctx, 'sharing.manage');
    const caller = ctx.caller;
    await this.dataSource.transaction(async (manager) => {
      const agreement = await this.lockMembership(manager, id, caller.municipalityCode!);
      if (agreement.state === 'WITHDRAWN' || agreement.state === 'DECLINED' || agreement.status === 'ENDED')
        throw authError(ErrorCode.CONFLICT, 'Uw gemeente neemt niet (meer) deel aan deze afspraak.');
      await setMemberState(manager, id, agreement.municipalityId, 'WITHDRAWN', caller.userId);
      const remaining = await membersAccepted(manager, id);
      if (agreement.status === 'PROPOSED' || remaining < 2) await endAgreement(manager, id);
      await this.audit.record(
        {
          type: 'AGREEMENT_WITHDRAWN',
          actor: caller,
          subjectType: 'SharingAgreement',
          subjectId: String(id),
          clientAddress: ctx.clientAddress,
          details: { municipality: caller.municipalityCode },
        },
        manager,
      );
    });
    return (await this.load(this.dataSource.manager, id, null))[0];
  }

  /** Indicator scores by name for the members of an active agreement the caller belongs to (or NJi). */
  async sharedIndicators(
    ctx: Context,
    id: number,
    year: number,
  ): Promise<{ municipalityCode: string; municipalityName: string; indicatorKey: string; value: number | null; band: string | null }[]> {
    requireAccess(ctx, 'sharing.readIndicators');
    const [agreement] = await this.load(this.dataSource.manager, id, null);
    const caller = ctx.caller;
    const isMember = agreement?.members.some((m) => m.municipalityCode === caller.municipalityCode && m.state === 'ACCEPTED');
    const nji = caller.role === 'ADMIN' || caller.role === 'ANALYST';
    if (!agreement || (!nji && !(isMember && agreement.status === 'ACTIVE'))) throw AccessError.notFound('Afspraak');
    const members = agreement.members.filter((m) => m.state === 'ACCEPTED').map((m) => m.municipalityCode);
    return (await submittedIndicatorValues(this.dataSource.manager, members, year)).map((r) => ({
      municipalityCode: r.code,
      municipalityName: r.name,
      indicatorKey: r.indicator_key,
      value: r.value,
      band: r.band,
    }));
  }

  private async lockMembership(manager: EntityManager, id: number, code: string) {
    const row = await lockMembership(manager, id, code);
    if (!row) throw AccessError.notFound('Afspraak');
    return { status: row.status, state: row.state, municipalityId: row.municipality_id };
  }

  private async load(manager: EntityManager, id: number | null, involving: string | null): Promise<Agreement[]> {
    const rows = await agreements(manager, id, involving);
    return rows.map((r) => ({
      id: r.id,
      scope: r.scope,
      regionCode: r.region_code,
      regionName: r.region_name,
      title: r.title,
      status: r.status,
      createdAt: r.created_at,
      activatedAt: r.activated_at,
      endedAt: r.ended_at,
      members: r.members.map((m) => ({ ...m, respondedAt: m.respondedAt ? new Date(m.respondedAt) : null })),
    }));
  }
}
