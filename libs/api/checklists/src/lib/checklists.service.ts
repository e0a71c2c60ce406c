import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AddChecklistItemRequest,
  CaseChecklistDto,
  ChangeItemStateRequest,
  ChecklistItemDto,
  SessionUser,
  UpdateChecklistItemRequest,
} from '@intake/shared/contracts';
import { AuditService, diffChanges, InvalidInput, NotFound, StaleVersion } from '@intake/api/core';
import { assertDates, findCase, lockCase } from '@intake/api/case-data';
import { DataSource, type EntityManager } from 'typeorm';
import { ChecklistGenerator, MANUAL_POSITION } from './checklist-generator.service';
import { ChecklistViews } from './checklist-views';
import { ChecklistEntity, ChecklistItemEntity } from './checklist.entities';
import { checkItemMove } from './item-states';

const ITEM_FIELDS = ['provider', 'dueOn', 'documentExpiresOn', 'description'] as const;

/** A case's checklist: reading it with progress, adding items, editing them, moving their state. */
@Injectable()
export class ChecklistsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly views: ChecklistViews,
    private readonly generator: ChecklistGenerator,
  ) {}

  async forCase(caseId: string): Promise<CaseChecklistDto> {
    await findCase(this.dataSource.manager, caseId);
    return this.views.forCase(this.dataSource.manager, caseId);
  }

  /** Generates what is missing now (after a template change, say), keeping every item's work. */
  async refresh(caseId: string): Promise<CaseChecklistDto> {
    return this.dataSource.transaction(async (manager) => {
      const subject = await lockCase(manager, caseId);
      await this.generator.refresh(manager, subject);
      return this.views.forCase(manager, caseId);
    });
  }

  async addItem(caseId: string, request: AddChecklistItemRequest): Promise<ChecklistItemDto> {
    assertDates({ dueOn: request.dueOn });
    return this.dataSource.transaction(async (manager) => {
      await lockCase(manager, caseId);
      const checklist = await this.checklistFor(manager, caseId, request.checklistId);
      const [{ next }]: { next: number }[] = await manager.query(
        `SELECT greatest(max(position) + 1, $2)::int AS next FROM checklist_items WHERE checklist_id = $1`,
        [checklist.id, MANUAL_POSITION],
      );
      const repository = manager.getRepository(ChecklistItemEntity);
      const item = await repository.save(
        repository.create({
          checklistId: checklist.id,
          caseId,
          templateItemKey: null,
          instanceKey: '',
          label: request.label,
          description: request.description ?? null,
          provider: request.provider,
          required: request.required,
          dueOn: request.dueOn ?? null,
          position: next ?? MANUAL_POSITION,
        }),
      );
      await this.audit.record(manager, {
        action: 'checklist.item.add',
        entityType: 'case',
        entityId: caseId,
        changes: { item: { before: null, after: { id: item.id, label: item.label, required: item.required, provider: item.provider } } },
      });
      return this.views.item(manager, item.id);
    });
  }

  async updateItem(id: string, request: UpdateChecklistItemRequest): Promise<ChecklistItemDto> {
    assertDates({ dueOn: request.dueOn, documentExpiresOn: request.documentExpiresOn });
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, id, request.version);
      const { version: _version, ...changes } = request;
      const columns = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<ChecklistItemEntity>;
      await manager.getRepository(ChecklistItemEntity).update(id, columns);
      await this.audit.record(manager, {
        action: 'checklist.item.update',
        entityType: 'case',
        entityId: item.caseId,
        changes: { ...diffChanges({ ...item } as Record<string, unknown>, { ...item, ...columns } as Record<string, unknown>, ITEM_FIELDS), item: { before: null, after: id } },
      });
      if (columns.documentExpiresOn !== undefined) await this.generator.syncDocumentDeadlines(manager, item.caseId);
      return this.views.item(manager, id);
    });
  }

  /** Received, accepted, rejected (with a reason), back to requested; waived only by a lawyer. */
  async changeState(id: string, request: ChangeItemStateRequest, user: SessionUser): Promise<ChecklistItemDto> {
    return this.dataSource.transaction(async (manager) => {
      const item = await this.lockItem(manager, id, request.version);
      const reason = checkItemMove(item.state, request.state, user.role, request.reason);
      await manager.getRepository(ChecklistItemEntity).update(id, {
        state: request.state,
        stateReason: reason,
        stateChangedBy: user.id,
        stateChangedAt: new Date(),
      });
      await this.audit.record(manager, {
        action: 'checklist.item.state',
        entityType: 'case',
        entityId: item.caseId,
        changes: {
          state: { before: item.state, after: request.state },
          ...(reason ? { reason: { before: item.stateReason, after: reason } } : {}),
          item: { before: null, after: { id, label: item.label } },
        },
      });
      if (item.documentExpiresOn !== null) await this.generator.syncDocumentDeadlines(manager, item.caseId);
      return this.views.item(manager, id);
    });
  }

  /** The case first, then the item: the order an intake refresh locks in. */
  private async lockItem(manager: EntityManager, id: string, version: number): Promise<ChecklistItemEntity> {
    const found = await manager.getRepository(ChecklistItemEntity).findOne({ where: { id }, select: { id: true, caseId: true } });
    if (!found) throw new NotFound('No checklist item with this id.');
    await lockCase(manager, found.caseId);
    const item = await manager.getRepository(ChecklistItemEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!item) throw new NotFound('No checklist item with this id.');
    if (item.version !== version) throw new StaleVersion();
    return item;
  }

  private async checklistFor(manager: EntityManager, caseId: string, checklistId: string | undefined): Promise<ChecklistEntity> {
    const repository = manager.getRepository(ChecklistEntity);
    if (checklistId) {
      const found = await repository.findOneBy({ id: checklistId, caseId });
      if (!found) throw new InvalidInput([{ field: 'checklistId', message: 'is not a checklist of this case' }]);
      return found;
    }
    const first = await repository.findOne({ where: { caseId }, order: { createdAt: 'ASC' } });
    return first ?? repository.save(repository.create({ caseId, templateId: null, name: 'Documents' }));
  }
}
