import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from './page.dto';

/** `unsent`: no SMTP server is configured, the message waits here for staff to read. */
export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'unsent'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export interface OutboxMessageDto {
  id: string;
  to: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  attempts: number;
  /** The kind of failure, without the server's message (which may quote addresses). */
  lastError: string | null;
  /** Names of the files sent with the message (a calendar invitation, say). */
  attachmentNames: string[];
  relatedType: string | null;
  relatedId: string | null;
  createdAt: string;
  sentAt: string | null;
}

export class ListOutboxQuery extends PageQuery {
  @IsOptional() @IsIn(OUTBOX_STATUSES) status?: OutboxStatus;
}
