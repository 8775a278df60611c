import nodemailer, { type Transporter } from 'nodemailer';
import type { DataSource, EntityManager } from 'typeorm';
import type { Config } from '../../config/env';
import type { Context } from '../../context';
import { requireAccess } from '../../auth/access';
import { insertOutboxMail, markMailFailed, markMailSent, newestOutboxMails } from './mail.repository';
import type { MailMessage } from './mail.types';

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
    const id = await insertOutboxMail(manager, mail.to, mail.subject, mail.body);
    if (!this.transport) return;
    const transport = this.transport;
    // after the surrounding transaction: a mail must not go out for a change that rolls back
    setImmediate(() => void this.deliver(transport, id, mail));
  }

  async outbox(ctx: Context, first: number): Promise<MailMessage[]> {
    requireAccess(ctx, 'mail.read');
    const rows = await newestOutboxMails(this.dataSource.manager, first);
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
      await markMailSent(this.dataSource.manager, id);
    } catch (error) {
      await markMailFailed(this.dataSource.manager, id, (error as Error).message).catch(() => undefined);
    }
  }
}
