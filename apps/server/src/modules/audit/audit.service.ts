import type { AuditEventType, Caller } from '@monitor/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { badUserInput } from '../../graphql/errors';
import { decodeCursor, encodeCursor, type Connection } from '../../graphql/pagination';
import { requireAccess } from '../../auth/access';
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

interface AuditRow {
  id: string;
  occurred_at: Date;
  type: string;
  actor_label: string;
  subject_type: string | null;
  subject_id: string | null;
  subject_label: string | null;
  client_address: string | null;
  details: Record<string, unknown>;
}

export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Appends an entry; pass the transaction's manager so the entry commits with the change. */
  async record(entry: AuditEntry, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const { label, userId } = await this.actorOf(entry.actor, manager);
    await manager.query(
      `INSERT INTO audit_event (type, actor_user_id, actor_label, subject_type, subject_id, subject_label, client_address, details)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        entry.type,
        userId,
        label,
        entry.subjectType ?? null,
        entry.subjectId ?? null,
        entry.subjectLabel ?? null,
        entry.clientAddress ?? null,
        JSON.stringify(entry.details ?? {}),
      ],
    );
  }

  async list(ctx: Context, filter: AuditEventFilter | undefined, first: number, after?: string | null): Promise<Connection<AuditEvent>> {
    requireAccess(ctx, 'audit.read');
    const params: unknown[] = [];
    const clauses: string[] = [];
    if (filter?.type) {
      params.push(filter.type);
      clauses.push(`type = $${params.length}`);
    }
    if (filter?.actor) {
      params.push(`%${filter.actor.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      clauses.push(`lower(actor_label) LIKE $${params.length}`);
    }
    if (filter?.from) {
      params.push(filter.from);
      clauses.push(`occurred_at >= $${params.length}`);
    }
    if (filter?.to) {
      params.push(filter.to);
      clauses.push(`occurred_at < $${params.length}`);
    }
    const where = clauses.length ? clauses.join(' AND ') : 'true';
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM audit_event WHERE ${where}`, params);
    const before = after ? Number(decodeCursor(after)) : null;
    if (before !== null && !Number.isSafeInteger(before)) throw badUserInput('after', 'onbekende cursor');
    // Newest first: by time, then by sequence number (numerically) within the same moment. The
    // cursor is the id of the last event seen; the page continues below its (time, id).
    const cursor = `$${params.length + 1}::bigint`;
    const rows = await this.dataSource.query<AuditRow[]>(
      `SELECT e.id::text AS id, e.occurred_at, e.type, e.actor_label, e.subject_type, e.subject_id, e.subject_label, e.client_address, e.details
         FROM audit_event e
        WHERE ${where}
          AND (${cursor} IS NULL OR (e.occurred_at, e.id) < (SELECT c.occurred_at, c.id FROM audit_event c WHERE c.id = ${cursor}))
        ORDER BY e.occurred_at DESC, e.id DESC LIMIT $${params.length + 2}`,
      [...params, before, first + 1],
    );
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
    const [user] = await manager.query<{ name: string; email: string }[]>('SELECT name, email FROM app_user WHERE id = $1', [actor.userId]);
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
