import { Inject, Injectable } from '@nestjs/common';
import type {
  CaseChecklistDto,
  ChecklistFileDto,
  ChecklistItemDto,
  ChecklistProgressDto,
  UploadType,
} from '@intake/shared/contracts';
import { AppConfig, NotFound, todayIn } from '@intake/api/core';
import type { EntityManager } from 'typeorm';
import { ChecklistEntity, type ChecklistFileEntity, ChecklistItemEntity } from './checklist.entities';

interface FileRow {
  id: string;
  item_id: string;
  version: number;
  file_name: string;
  content_type: UploadType;
  size_bytes: string;
  sha256: string;
  uploaded_by: string | null;
  uploaded_by_name: string | null;
  uploaded_at: Date;
  file_count: number;
}

const MISSING = new Set(['requested', 'rejected']);

/** Checklists as the paralegal reads them: what is missing, from whom, by when, and how far along. */
@Injectable()
export class ChecklistViews {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  today(): string {
    return todayIn(this.config.FIRM_TIME_ZONE);
  }

  async forCase(manager: EntityManager, caseId: string): Promise<CaseChecklistDto> {
    const checklists = await manager.getRepository(ChecklistEntity).find({ where: { caseId }, order: { createdAt: 'ASC', name: 'ASC' } });
    const items = await manager.getRepository(ChecklistItemEntity).find({
      where: { caseId },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
    const dtos = await this.itemDtos(manager, items);
    const lists = checklists.map((list) => {
      const own = dtos.filter((item) => item.checklistId === list.id);
      return { id: list.id, caseId, templateId: list.templateId, name: list.name, progress: progressOf(own), items: own };
    });
    return { caseId, progress: progressOf(dtos), checklists: lists };
  }

  async item(manager: EntityManager, id: string): Promise<ChecklistItemDto> {
    const item = await manager.getRepository(ChecklistItemEntity).findOneBy({ id });
    if (!item) throw new NotFound('No checklist item with this id.');
    return (await this.itemDtos(manager, [item]))[0];
  }

  async files(manager: EntityManager, itemId: string): Promise<ChecklistFileDto[]> {
    const rows: FileRow[] = await manager.query(
      `SELECT f.*, u.name AS uploaded_by_name, 0 AS file_count
         FROM checklist_files f LEFT JOIN users u ON u.id = f.uploaded_by
        WHERE f.item_id = $1 ORDER BY f.version DESC`,
      [itemId],
    );
    return rows.map(toFileDto);
  }

  fileDto(file: ChecklistFileEntity, uploaderName: string | null): ChecklistFileDto {
    return toFileDto({
      id: file.id,
      item_id: file.itemId,
      version: file.version,
      file_name: file.fileName,
      content_type: file.contentType,
      size_bytes: String(file.sizeBytes),
      sha256: file.sha256,
      uploaded_by: file.uploadedBy,
      uploaded_by_name: uploaderName,
      uploaded_at: file.uploadedAt,
      file_count: 0,
    });
  }

  private async itemDtos(manager: EntityManager, items: ChecklistItemEntity[]): Promise<ChecklistItemDto[]> {
    const latest: FileRow[] = items.length
      ? await manager.query(
          `SELECT DISTINCT ON (f.item_id) f.*, u.name AS uploaded_by_name,
                  count(*) OVER (PARTITION BY f.item_id)::int AS file_count
             FROM checklist_files f LEFT JOIN users u ON u.id = f.uploaded_by
            WHERE f.item_id = ANY($1::uuid[])
            ORDER BY f.item_id, f.version DESC`,
          [items.map((item) => item.id)],
        )
      : [];
    const files = new Map(latest.map((row) => [row.item_id, row]));
    const today = this.today();
    return items.map((item) => {
      const file = files.get(item.id);
      return {
        id: item.id,
        checklistId: item.checklistId,
        caseId: item.caseId,
        templateItemKey: item.templateItemKey,
        instanceKey: item.instanceKey,
        label: item.label,
        description: item.description,
        provider: item.provider,
        required: item.required,
        state: item.state,
        stateReason: item.stateReason,
        stateChangedBy: item.stateChangedBy,
        stateChangedAt: item.stateChangedAt ? item.stateChangedAt.toISOString() : null,
        dueOn: item.dueOn,
        overdue: item.retiredAt === null && item.dueOn !== null && item.dueOn < today && MISSING.has(item.state),
        documentExpiresOn: item.documentExpiresOn,
        retired: item.retiredAt !== null,
        latestFile: file ? toFileDto(file) : null,
        fileCount: file?.file_count ?? 0,
        version: item.version,
      };
    });
  }
}

export function progressOf(items: ChecklistItemDto[]): ChecklistProgressDto {
  const live = items.filter((item) => !item.retired);
  const required = live.filter((item) => item.required);
  const done = required.filter((item) => item.state === 'accepted' || item.state === 'waived').length;
  return {
    required: required.length,
    done,
    received: live.filter((item) => item.state === 'received').length,
    overdue: required.filter((item) => item.overdue).length,
    percent: required.length === 0 ? 100 : Math.floor((done * 100) / required.length),
  };
}

function toFileDto(row: FileRow): ChecklistFileDto {
  return {
    id: row.id,
    itemId: row.item_id,
    version: row.version,
    fileName: row.file_name,
    contentType: row.content_type,
    sizeBytes: Number(row.size_bytes),
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedByName: row.uploaded_by_name,
    uploadedAt: row.uploaded_at.toISOString(),
  };
}

