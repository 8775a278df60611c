import type { AuditEventType, Caller } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import { decodeCursor, encodeCursor, type Connection } from '../../graphql/pagination';
import { requireAccess } from '../../auth/access';
import { userNameAndEmail } from '../user/user.repository';
import { auditConditions, auditPage, countAuditEvents, insertAuditEvent, type AuditRow } from './audit.repository';
import type { AuditEvent, AuditEventFilter } from './audit.types';

export type { AuditEventType };

export interface AuditEntry {
  type: AuditEventType;
  actor: Caller | { label: string; userId?: string | null };
  subjectType?: string;
  subjectId?: string;
  subjectLabel?: string;
  clientAddress?: string | null;
  details?: Record<string, unknown>;
}

export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends an entry; pass the transaction's manager so the entry commits with the change. */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const { label, userId } = await this.actorOf(entry.actor, manager);
    await insertAuditEvent(manager, {
      type: entry.type,
      actorUserId: userId,
      actorLabel: label,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      subjectLabel: entry.subjectLabel ?? null,
      clientAddress: entry.clientAddress ?? null,
      details: entry.details ?? {},
    });
  }

  async list(ctx: Context, filter: AuditEventFilter | undefined, first: number, after?: string | null): Promise<Connection<AuditEvent>> {
    requireAccess(ctx, 'audit.read');
    const conditions = auditConditions(filter);
    const total = await countAuditEvents(this.dataSource.manager, conditions);
    const before = after ? Number(decodeCursor(after)) : null;
    if (before !== null && !Number.isSafeInteger(before)) throw badUserInput('after', 'onbekende cursor');
    const rows = await auditPage(this.dataSource.manager, conditions, before, first + 1);
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(row.id), node: toAuditEvent(row) }));
    return {
      totalCount: total,
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: before !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private async actorOf(actor: AuditEntry['actor'], manager: EntityManager): Promise<{ label: string; userId: string | null }> {
    if ('label' in actor) return { label: actor.label, userId: actor.userId ?? null };
    if (actor.kind === 'anonymous') return { label: 'anoniem', userId: null };
    const user = await userNameAndEmail(manager, actor.userId);
    const who = user ? `${user.name} <${user.email}>` : actor.userId;
    return { label: actor.kind === 'token' ? `${who} (API-token)` : who, userId: actor.userId };
  }
}

function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    type: row.type,
    actorLabel: row.actor_label,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    subjectLabel: row.subject_label,
    clientAddress: row.client_address,
    details: row.details,
  };
}
