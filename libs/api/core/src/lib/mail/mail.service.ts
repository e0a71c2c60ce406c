import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import nodemailer, { type Transporter } from 'nodemailer';
import {
  DEFAULT_PAGE_SIZE,
  type ListOutboxQuery,
  type OutboxMessageDto,
  type OutboxStatus,
  type Page,
} from '@intake/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AppConfig } from '../config/config';

/** A file sent with a message (a calendar invitation, say), kept in the outbox with it. */
export interface MailAttachment {
  fileName: string;
  contentType: string;
  content: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  body: string;
  attachments?: MailAttachment[];
  relatedType?: string;
  relatedId?: string;
}

interface OutboxRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  related_type: string | null;
  related_id: string | null;
  attachments: MailAttachment[];
  created_at: Date;
  sent_at: Date | null;
  total?: string;
}

/** Attempts after which a failing message is left for staff to see. */
export const MAX_SEND_ATTEMPTS = 5;

/**
 * E-mail goes to the outbox table first, inside the transaction that decided to send it; then
 * through SMTP when SMTP_URL is set. Without SMTP, messages stay `unsent` for staff to read.
 */
@Injectable()
export class MailService {
  private transport: Transporter | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  get smtpConfigured(): boolean {
    return Boolean(this.config.SMTP_URL);
  }

  async enqueue(manager: EntityManager, message: MailMessage): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO outbox (to_address, subject, body, status, related_type, related_id, attachments)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        message.to,
        message.subject,
        message.body,
        this.smtpConfigured ? 'pending' : 'unsent',
        message.relatedType ?? null,
        message.relatedId ?? null,
        JSON.stringify(message.attachments ?? []),
      ],
    );
    return row.id;
  }

  /** Sends one pending or failed message; another process sending it at the same time is skipped. */
  async deliver(id: string): Promise<OutboxStatus | null> {
    if (!this.smtpConfigured) return null;
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxRow[] = await manager.query(
        `SELECT * FROM outbox WHERE id = $1 AND status IN ('pending', 'failed') AND attempts < $2 FOR UPDATE SKIP LOCKED`,
        [id, MAX_SEND_ATTEMPTS],
      );
      if (rows.length === 0) return null;
      const [row] = rows;
      try {
        await this.transporter().sendMail({
          from: this.config.MAIL_FROM,
          to: row.to_address,
          subject: row.subject,
          text: row.body,
          attachments: row.attachments.map((a) => ({
            filename: a.fileName,
            contentType: a.contentType,
            content: a.content,
          })),
        });
        await manager.query(
          `UPDATE outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
          [id],
        );
        return 'sent';
      } catch (error) {
        await manager.query(
          `UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = $2 WHERE id = $1`,
          [id, errorKind(error)],
        );
        return 'failed';
      }
    });
  }

  /** Tries again the messages that could not be sent yet (called by a scheduled job). */
  async retryUnsent(): Promise<number> {
    if (!this.smtpConfigured) return 0;
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM outbox WHERE status IN ('pending', 'failed') AND attempts < $1 AND created_at < now() - interval '1 minute'
        ORDER BY created_at LIMIT 100`,
      [MAX_SEND_ATTEMPTS],
    );
    let sent = 0;
    for (const { id } of rows) if ((await this.deliver(id)) === 'sent') sent += 1;
    return sent;
  }

  async list(query: ListOutboxQuery): Promise<Page<OutboxMessageDto>> {
    const rows: OutboxRow[] = await this.dataSource.query(
      `SELECT *, count(*) OVER () AS total FROM outbox
        WHERE ($1::text IS NULL OR status = $1)
        ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [query.status ?? null, query.limit ?? DEFAULT_PAGE_SIZE, query.offset ?? 0],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : await this.count(query.status);
    return { items: rows.map(toOutboxDto), total };
  }

  private async count(status: OutboxStatus | undefined): Promise<number> {
    const [{ n }]: { n: string }[] = await this.dataSource.query(
      `SELECT count(*) AS n FROM outbox WHERE ($1::text IS NULL OR status = $1)`,
      [status ?? null],
    );
    return Number(n);
  }

  private transporter(): Transporter {
    this.transport ??= nodemailer.createTransport(this.config.SMTP_URL as string);
    return this.transport;
  }
}

/** The kind of failure only: a server's message may quote addresses. */
function errorKind(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  return error instanceof Error ? error.name : 'Error';
}

function toOutboxDto(row: OutboxRow): OutboxMessageDto {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    body: row.body,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    attachmentNames: row.attachments.map((a) => a.fileName),
    relatedType: row.related_type,
    relatedId: row.related_id,
    createdAt: row.created_at.toISOString(),
    sentAt: row.sent_at ? row.sent_at.toISOString() : null,
  };
}
