import type { EntityManager } from 'typeorm';
import { rowsOf } from '../../db/sql';

/** The mail module owns mail_outbox. */

export interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  created_at: Date;
  sent_at: Date | null;
  error: string | null;
}

export async function insertOutboxMail(db: EntityManager, to: string, subject: string, body: string): Promise<string> {
  const [{ id }] = await rowsOf<{ id: string }>(db, 'INSERT INTO mail_outbox (to_address, subject, body) VALUES ($1, $2, $3) RETURNING id', [
    to,
    subject,
    body,
  ]);
  return id;
}

export function newestOutboxMails(db: EntityManager, first: number): Promise<OutboxRow[]> {
  return db.query<OutboxRow[]>(`SELECT id::text, to_address, subject, body, created_at, sent_at, error FROM mail_outbox ORDER BY id DESC LIMIT $1`, [
    first,
  ]);
}

export async function markMailSent(db: EntityManager, id: string): Promise<void> {
  await db.query('UPDATE mail_outbox SET sent_at = now(), error = NULL WHERE id = $1', [id]);
}

export async function markMailFailed(db: EntityManager, id: string, error: string): Promise<void> {
  await db.query('UPDATE mail_outbox SET error = $2 WHERE id = $1', [id, error]);
}
