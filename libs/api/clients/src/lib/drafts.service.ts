import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DraftDto } from '@intake/shared/contracts';
import { AuditService, InvalidInput } from '@intake/api/core';
import { DataSource } from 'typeorm';

const MAX_DRAFT_BYTES = 64 * 1024;

/** Unsaved form input kept on the server per user, so a reload loses nothing. */
@Injectable()
export class DraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(userId: string, key: string): Promise<DraftDto | null> {
    const [row] = await this.dataSource.query(
      `SELECT key, data, updated_at FROM drafts WHERE user_id = $1 AND key = $2`,
      [userId, key],
    );
    return row ? { key: row.key, data: row.data, updatedAt: new Date(row.updated_at).toISOString() } : null;
  }

  async save(userId: string, key: string, data: Record<string, unknown>): Promise<DraftDto> {
    const json = JSON.stringify(data);
    if (Buffer.byteLength(json) > MAX_DRAFT_BYTES) {
      throw new InvalidInput([{ field: 'data', message: `must be at most ${MAX_DRAFT_BYTES / 1024} KB` }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query(
        `INSERT INTO drafts (user_id, key, data) VALUES ($1, $2, $3)
         ON CONFLICT (user_id, key) DO UPDATE SET data = excluded.data, updated_at = now()
         RETURNING key, data, updated_at`,
        [userId, key, json],
      );
      // The draft's content is personal data in progress: the trail records only that it was saved.
      await this.audit.record(manager, { action: 'draft.save', entityType: 'draft', entityId: key });
      return { key: row.key, data: row.data, updatedAt: new Date(row.updated_at).toISOString() };
    });
  }

  async remove(userId: string, key: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM drafts WHERE user_id = $1 AND key = $2`, [userId, key]);
      await this.audit.record(manager, { action: 'draft.delete', entityType: 'draft', entityId: key });
    });
  }
}
