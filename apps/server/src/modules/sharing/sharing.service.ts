import { ErrorCode } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { requireAccess } from '../../auth/access';
import { AccessError, authError } from '../../auth/auth.errors';
import type { Context } from '../../context';
import { rowsOf } from '../../db/sql';
import { badUserInput } from '../../graphql/errors';
import type { AuditService } from '../audit/audit.service';

interface RegionRow {
  code: string;
  name: string;
  members: string[];
}

interface SharedIndicatorRow {
  code: string;
  name: string;
  indicator_key: string;
  value: number | null;
  band: string | null;
}

interface MembershipRow {
  status: Agreement['status'];
  state: AgreementMember['state'];
  municipality_id: number;
}

interface AgreementRow {
  id: number;
  scope: Agreement['scope'];
  region_code: string;
  region_name: string;
  title: string;
  status: Agreement['status'];
  created_at: Date;
  activated_at: Date | null;
  ended_at: Date | null;
  members: (AgreementMember & { respondedAt: string | null })[];
}

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
    const [region] = await this.dataSource.query<RegionRow[]>(
      `SELECT r.code, r.name, array_agg(m.code) AS members FROM region r
         JOIN region_membership rm ON rm.region_id = r.id AND rm.valid_to IS NULL JOIN municipality m ON m.id = rm.municipality_id AND m.valid_to IS NULL
        WHERE r.type = $1 AND r.valid_to IS NULL AND r.id IN (SELECT rm2.region_id FROM region_membership rm2 JOIN municipality m2 ON m2.id = rm2.municipality_id WHERE m2.code = $2 AND rm2.valid_to IS NULL)
        GROUP BY r.code, r.name`,
      [regionType, own],
    );
    if (!region) throw AccessError.notFound('Regio');
    const outside = invited.filter((c) => !region.members.includes(c));
    if (outside.length > 0) throw badUserInput('municipalityCodes', `niet in ${region.name}: ${outside.join(', ')}`);
    const title = input.title.trim() || `Uitwisseling ${region.name}`;
    const proposer = ctx.caller;
    const id = await this.dataSource.transaction(async (manager) => {
      const [row] = await rowsOf<{ id: number }>(
        manager,
        'INSERT INTO sharing_agreement (scope, region_code, title, proposed_by) VALUES ($1, $2, $3, $4) RETURNING id',
        [regionType, region.code, title, proposer.userId],
      );
      await manager.query(
        `INSERT INTO sharing_agreement_member (agreement_id, municipality_id, state, responded_by, responded_at)
         SELECT $1, m.id, CASE WHEN m.code = $2 THEN 'ACCEPTED' ELSE 'INVITED' END, CASE WHEN m.code = $2 THEN $3::uuid END, CASE WHEN m.code = $2 THEN now() END
           FROM municipality m WHERE m.code = ANY($4) AND m.valid_to IS NULL`,
        [row.id, own, proposer.userId, [own, ...invited]],
      );
      await this.audit.record(
        {
          type: 'AGREEMENT_PROPOSED',
          actor: proposer,
          subjectType: 'SharingAgreement',
          subjectId: String(row.id),
          subjectLabel: title,
          clientAddress: ctx.clientAddress,
          details: { region: region.code, invited },
        },
        manager,
      );
      return row.id;
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
      await manager.query(
        `UPDATE sharing_agreement_member SET state = $3, responded_by = $4, responded_at = now() WHERE agreement_id = $1 AND municipality_id = $2`,
        [id, agreement.municipalityId, accept ? 'ACCEPTED' : 'DECLINED', caller.userId],
      );
      const [{ open }] = await manager.query<{ open: number }[]>(
        `SELECT count(*) FILTER (WHERE state <> 'ACCEPTED')::int AS open FROM sharing_agreement_member WHERE agreement_id = $1`,
        [id],
      );
      if (!accept) await manager.query(`UPDATE sharing_agreement SET status = 'ENDED', ended_at = now() WHERE id = $1`, [id]);
      else if (open === 0) await manager.query(`UPDATE sharing_agreement SET status = 'ACTIVE', activated_at = now() WHERE id = $1`, [id]);
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
      await manager.query(
        `UPDATE sharing_agreement_member SET state = 'WITHDRAWN', responded_by = $3, responded_at = now() WHERE agreement_id = $1 AND municipality_id = $2`,
        [id, agreement.municipalityId, caller.userId],
      );
      const [{ remaining }] = await manager.query<{ remaining: number }[]>(
        `SELECT count(*) FILTER (WHERE state = 'ACCEPTED')::int AS remaining FROM sharing_agreement_member WHERE agreement_id = $1`,
        [id],
      );
      if (agreement.status === 'PROPOSED' || remaining < 2)
        await manager.query(`UPDATE sharing_agreement SET status = 'ENDED', ended_at = now() WHERE id = $1`, [id]);
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
    return (
      await this.dataSource.query<SharedIndicatorRow[]>(
        `SELECT m.code, m.name, iv.indicator_key, iv.value, iv.band FROM indicator_value iv
           JOIN response r ON r.id = iv.response_id AND r.status = 'SUBMITTED' JOIN questionnaire q ON q.id = r.questionnaire_id AND q.year = $2
           JOIN municipality m ON m.id = r.municipality_id WHERE m.code = ANY($1) ORDER BY m.name, iv.indicator_key`,
        [members, year],
      )
    ).map((r) => ({ municipalityCode: r.code, municipalityName: r.name, indicatorKey: r.indicator_key, value: r.value, band: r.band }));
  }

  private async lockMembership(manager: EntityManager, id: number, code: string) {
    const [row] = await rowsOf<MembershipRow>(
      manager,
      `SELECT a.status, sm.state, sm.municipality_id FROM sharing_agreement a
         JOIN sharing_agreement_member sm ON sm.agreement_id = a.id JOIN municipality m ON m.id = sm.municipality_id
        WHERE a.id = $1 AND m.code = $2 FOR UPDATE OF a, sm`,
      [id, code],
    );
    if (!row) throw AccessError.notFound('Afspraak');
    return { status: row.status, state: row.state, municipalityId: row.municipality_id };
  }

  private async load(manager: EntityManager, id: number | null, involving: string | null): Promise<Agreement[]> {
    const rows = await manager.query<AgreementRow[]>(
      `SELECT a.*, r.name AS region_name,
              json_agg(json_build_object('municipalityCode', m.code, 'municipalityName', m.name, 'state', sm.state, 'respondedAt', sm.responded_at) ORDER BY m.name) AS members
         FROM sharing_agreement a JOIN region r ON r.code = a.region_code AND r.valid_to IS NULL
         JOIN sharing_agreement_member sm ON sm.agreement_id = a.id JOIN municipality m ON m.id = sm.municipality_id
        WHERE ($1::int IS NULL OR a.id = $1)
          AND ($2::text IS NULL OR a.id IN (SELECT sm2.agreement_id FROM sharing_agreement_member sm2 JOIN municipality m2 ON m2.id = sm2.municipality_id WHERE m2.code = $2))
        GROUP BY a.id, r.name ORDER BY a.created_at DESC`,
      [id, involving],
    );
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
