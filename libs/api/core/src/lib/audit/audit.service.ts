import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntryDto, ListAuditQuery, Page } from '@intake/shared/contracts';
import { DEFAULT_PAGE_SIZE } from '@intake/shared/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { requestContext } from '../http/request-context';
import { AuditEntryEntity } from './audit-entry.entity';

export type Changes = Record<string, { before: unknown; after: unknown }>;

/** Fields whose values never reach the audit trail. */
const REDACTED_FIELDS = new Set([
  'password',
  'passwordHash',
  'currentPassword',
  'newPassword',
  'documentNumber',
  'permitNumber',
  'passportNumber',
]);
export const REDACTED = '[redacted]';

export interface AuditRecord {
  action: string;
  entityType: string;
  entityId?: string | null;
  changes?: Changes;
}

/**
 * Before/after of the fields that differ, with secrets and sensitive identifiers redacted.
 * Pass `after` alone for a creation, `before` alone for a deletion.
 */
export function diffChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  fields: readonly string[],
): Changes {
  const changes: Changes = {};
  for (const field of fields) {
    const was = before?.[field] ?? null;
    const is = after?.[field] ?? null;
    if (JSON.stringify(was) === JSON.stringify(is)) continue;
    changes[field] = REDACTED_FIELDS.has(field)
      ? { before: was === null ? null : REDACTED, after: is === null ? null : REDACTED }
      : { before: was, after: is };
  }
  return changes;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Writes one row inside the caller's transaction, so the change and its record commit together. */
  async record(manager: EntityManager, record: AuditRecord): Promise<void> {
    const context = requestContext.current();
    await manager.query(
      `INSERT INTO audit_log (actor_id, actor_email, action, entity_type, entity_id, changes, request_id, ip, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '', '')`,
      [
        context.actorId,
        context.actorEmail,
        record.action,
        record.entityType,
        record.entityId ?? null,
        JSON.stringify(record.changes ?? {}),
        context.requestId,
        context.ip,
      ],
    );
  }

  async list(query: ListAuditQuery): Promise<Page<AuditEntryDto>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .orderBy('a.seq', 'DESC')
      .take(limit)
      .skip(query.offset ?? 0);
    if (query.entityType) builder.andWhere('a.entity_type = :type', { type: query.entityType });
    if (query.entityId) builder.andWhere('a.entity_id = :id', { id: query.entityId });
    const [rows, total] = await builder.getManyAndCount();
    return { items: rows.map(toAuditEntryDto), total };
  }
}

function toAuditEntryDto(row: AuditEntryEntity): AuditEntryDto {
  return {
    id: row.seq,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: row.changes,
    requestId: row.requestId,
    ip: row.ip,
  };
}
