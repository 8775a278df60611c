import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config/env';
import type { Context } from '../../context';
import { requireAccess } from '../../auth/access';
import { rowsOf } from '../../db/sql';
import type { MailMessage } from './mail.types';

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  created_at: Date;
  sent_at: Date | null;
  error: string | null;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  body: string;
}

/**
 * Every mail goes into the outbox first, so nothing is lost: administrators see it in the UI.
 * With MONITOR_SMTP_URL it is also sent, and the outcome recorded.
 */
export class MailService {
  private readonly transport: Transporter | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: Config['mail'],
  ) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : undefined;
  }

  async send(mail: OutgoingMail, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const [{ id }] = await rowsOf<{ id: string }>(manager, 'INSERT INTO mail_outbox (to_address, subject, body) VALUES ($1, $2, $3) RETURNING id', [
      mail.to,
      mail.subject,
      mail.body,
    ]);
    if (!this.transport) return;
    const transport = this.transport;
    // after the surrounding transaction: a mail must not go out for a change that rolls back
    setImmediate(() => void this.deliver(transport, id, mail));
  }

  async outbox(ctx: Context, first: number): Promise<MailMessage[]> {
    requireAccess(ctx, 'mail.read');
    const rows = await this.dataSource.query<OutboxRow[]>(
      `SELECT id::text, to_address, subject, body, created_at, sent_at, error FROM mail_outbox ORDER BY id DESC LIMIT $1`,
      [first],
    );
    return rows.map((r) => ({
      id: r.id,
      to: r.to_address,
      subject: r.subject,
      body: r.body,
      createdAt: r.created_at,
      sentAt: r.sent_at,
      error: r.error,
    }));
  }

  private async deliver(transport: Transporter, id: string, mail: OutgoingMail): Promise<void> {
    try {
      await transport.sendMail({ from: this.config.from, to: mail.to, subject: mail.subject, text: mail.body });
      await this.dataSource.query('UPDATE mail_outbox SET sent_at = now(), error = NULL WHERE id = $1', [id]);
    } catch (error) {
      await this.dataSource.query('UPDATE mail_outbox SET error = $2 WHERE id = $1', [id, (error as Error).message]).catch(() => undefined);
    }
  }
}
