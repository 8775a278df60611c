import type { EntityManager } from 'typeorm';

/** The audit module owns audit_event (append-only). */

export interface AuditRow {
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

export interface NewAuditEvent {
  type: string;
  actorUserId: string | null;
  actorLabel: string;
  subjectType: string | null;
  subjectId: string | null;
  subjectLabel: string | null;
  clientAddress: string | null;
  details: Record<string, unknown>;
}

export async function insertAuditEvent(db: EntityManager, event: NewAuditEvent): Promise<void> {
  await db.query(
    `INSERT INTO audit_event (type, actor_user_id, actor_label, subject_type, subject_id, subject_label, client_address, details)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      event.type,
      event.actorUserId,
      event.actorLabel,
      event.subjectType,
      event.subjectId,
      event.subjectLabel,
      event.clientAddress,
      JSON.stringify(event.details),
    ],
  );
}

/** A filter as SQL: `where` uses $1..$n of `params`. */
export interface AuditConditions {
  where: string;
  params: unknown[];
}

export interface AuditFilterValues {
  type?: string | null;
  actor?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export function auditConditions(filter: AuditFilterValues | undefined): AuditConditions {
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
  return { where: clauses.length ? clauses.join(' AND ') : 'true', params };
}

export async function countAuditEvents(db: EntityManager, { where, params }: AuditConditions): Promise<number> {
  const [{ total }] = await db.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM audit_event WHERE ${where}`, params);
  return total;
}

/**
 * Newest first: by time, then by sequence number (numerically) within the same moment. `before` is
 * the id of the last event seen; the page continues below its (time, id).
 */
export function auditPage(db: EntityManager, { where, params }: AuditConditions, before: number | null, limit: number): Promise<AuditRow[]> {
  const cursor = `$${params.length + 1}::bigint`;
  return db.query<AuditRow[]>(
    `SELECT e.id::text AS id, e.occurred_at, e.type, e.actor_label, e.subject_type, e.subject_id, e.subject_label, e.client_address, e.details
       FROM audit_event e
      WHERE ${where}
        AND (${cursor} IS NULL OR (e.occurred_at, e.id) < (SELECT c.occurred_at, c.id FROM audit_event c WHERE c.id = ${cursor}))
      ORDER BY e.occurred_at DESC, e.id DESC LIMIT $${params.length + 2}`,
    [...params, before, limit],
  );
}
