import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChecklistFileDto, ChecklistItemState, UploadType } from '@intake/shared/contracts';
import { AppConfig, AuditService, InvalidInput, NotFound, UnsupportedFile } from '@intake/api/core';
import { DataSource } from 'typeorm';
import { ChecklistViews } from './checklist-views';
import { ChecklistFileEntity, ChecklistItemEntity } from './checklist.entities';
import { cleanFileName, nameAgrees, sniffUploadType, TYPE_NAMES } from './file-type';

/** The part of an uploaded file the service reads (multer's memory storage gives it). */
export interface UploadedDocument {
  originalname: string;
  buffer: Buffer;
  size: number;
}

export interface DownloadableFile {
  stream: ReadStream;
  fileName: string;
  contentType: UploadType;
  size: number;
}

/** A new version of a document goes back to review; a waived item stays waived. */
const REVIEW_AGAIN = new Set<ChecklistItemState>(['requested', 'rejected', 'accepted']);

/**
 * Documents of checklist items: type checked on the content, SHA-256 recorded, stored under
 * UPLOAD_DIR by id (never by the client's name), every version kept; read back only through the
 * API, and each download audited.
 */
@Injectable()
export class FilesService {
  private readonly root: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) config: AppConfig,
    private readonly audit: AuditService,
    private readonly views: ChecklistViews,
  ) {
    this.root = resolve(config.UPLOAD_DIR);
  }

  async upload(itemId: string, file: UploadedDocument | undefined, actorId: string): Promise<ChecklistFileDto> {
    if (!file) throw new InvalidInput([{ field: 'file', message: 'is required (multipart/form-data, field "file")' }]);
    if (file.size === 0) throw new InvalidInput([{ field: 'file', message: 'is empty' }]);
    const type = sniffUploadType(file.buffer);
    if (!type) throw new UnsupportedFile('Only PDF, JPEG, PNG and HEIC documents are accepted, and this file is none of them.');
    if (!nameAgrees(file.originalname, type)) {
      throw new UnsupportedFile(`The file's name does not match its content, which is ${TYPE_NAMES[type]}. Rename it or upload the right file.`);
    }
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const fileName = cleanFileName(file.originalname, type);
    const stored: { path?: string } = {};
    try {
      return await this.dataSource.transaction(async (manager) => {
        const item = await manager.getRepository(ChecklistItemEntity).findOne({ where: { id: itemId }, lock: { mode: 'pessimistic_write' } });
        if (!item) throw new NotFound('No checklist item with this id.');
        const [{ next }]: { next: number }[] = await manager.query(
          `SELECT coalesce(max(version), 0) + 1 AS next FROM checklist_files WHERE item_id = $1`,
          [itemId],
        );
        const id = randomUUID();
        const storagePath = `${item.caseId}/${id}`;
        stored.path = await this.store(storagePath, file.buffer);
        const repository = manager.getRepository(ChecklistFileEntity);
        const saved = await repository.save(
          repository.create({ id, itemId, caseId: item.caseId, version: next, fileName, contentType: type, sizeBytes: file.size, sha256, storagePath, uploadedBy: actorId }),
        );
        const state: ChecklistItemState = REVIEW_AGAIN.has(item.state) ? 'received' : item.state;
        if (state !== item.state) {
          await manager.getRepository(ChecklistItemEntity).update(itemId, { state, stateReason: null, stateChangedBy: actorId, stateChangedAt: new Date() });
        }
        await this.audit.record(manager, {
          action: 'checklist.file.upload',
          entityType: 'case',
          entityId: item.caseId,
          changes: {
            file: { before: null, after: { id, itemId, version: next, fileName, contentType: type, sizeBytes: file.size, sha256 } },
            ...(state !== item.state ? { state: { before: item.state, after: state } } : {}),
          },
        });
        const [uploader]: { name: string }[] = await manager.query(`SELECT name FROM users WHERE id = $1`, [actorId]);
        return this.views.fileDto(saved, uploader?.name ?? null);
      });
    } catch (error) {
      if (stored.path) await unlink(stored.path).catch(() => undefined);
      throw error;
    }
  }

  async list(itemId: string): Promise<ChecklistFileDto[]> {
    const item = await this.dataSource.getRepository(ChecklistItemEntity).findOneBy({ id: itemId });
    if (!item) throw new NotFound('No checklist item with this id.');
    return this.views.files(this.dataSource.manager, itemId);
  }

  /** Opens a stored version for download, recording who downloaded it. */
  async open(fileId: string): Promise<DownloadableFile> {
    return this.dataSource.transaction(async (manager) => {
      const file = await manager.getRepository(ChecklistFileEntity).findOneBy({ id: fileId });
      if (!file) throw new NotFound('No file with this id.');
      const path = resolve(this.root, file.storagePath);
      if (!path.startsWith(this.root + sep)) throw new NotFound('No file with this id.');
      const found = await stat(path).catch(() => null);
      if (!found) throw new NotFound('The stored file is missing from the upload folder.');
      await this.audit.record(manager, {
        action: 'checklist.file.download',
        entityType: 'case',
        entityId: file.caseId,
        changes: { file: { before: null, after: { id: file.id, itemId: file.itemId, version: file.version, sha256: file.sha256 } } },
      });
      return { stream: createReadStream(path), fileName: file.fileName, contentType: file.contentType, size: found.size };
    });
  }

  /** Writes beside the target and renames, so a crash never leaves half a document under its name. */
  private async store(storagePath: string, content: Buffer): Promise<string> {
    const target = join(this.root, storagePath);
    await mkdir(resolve(target, '..'), { recursive: true, mode: 0o700 });
    await writeFile(`${target}.part`, content, { mode: 0o600, flag: 'wx' });
    await rename(`${target}.part`, target);
    return target;
  }
}
