import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  CaseType,
  ChecklistTemplateDto,
  ChecklistTemplateItemInput,
  CreateChecklistTemplateRequest,
  FieldError,
  UpdateChecklistTemplateRequest,
} from '@intake/shared/contracts';
import { AuditService, InvalidInput, NotFound, StaleVersion } from '@intake/api/core';
import { DataSource, type EntityManager } from 'typeorm';
import { ChecklistTemplateEntity, ChecklistTemplateItemEntity } from './checklist.entities';

/** Checklist templates per case type; admins edit them, a case's next refresh follows. */
@Injectable()
export class TemplatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(caseType: CaseType | undefined): Promise<ChecklistTemplateDto[]> {
    const templates = await this.dataSource.getRepository(ChecklistTemplateEntity).find({
      where: caseType ? { caseType } : {},
      relations: { items: true },
      order: { caseType: 'ASC', createdAt: 'ASC', items: { position: 'ASC' } },
    });
    return templates.map(toTemplateDto);
  }

  async get(id: string): Promise<ChecklistTemplateDto> {
    return toTemplateDto(await this.load(this.dataSource.manager, id));
  }

  async create(request: CreateChecklistTemplateRequest, actorId: string): Promise<ChecklistTemplateDto> {
    checkKeys(request.items);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ChecklistTemplateEntity);
      const template = await repository.save(
        repository.create({ caseType: request.caseType, name: request.name, active: request.active ?? true, updatedBy: actorId }),
      );
      await this.writeItems(manager, template.id, request.items);
      await this.audit.record(manager, {
        action: 'checklist_template.create',
        entityType: 'checklist_template',
        entityId: template.id,
        changes: { template: { before: null, after: { caseType: request.caseType, name: request.name, items: request.items.map((i) => i.key) } } },
      });
      return toTemplateDto(await this.load(manager, template.id));
    });
  }

  /** Replaces the template whole (name, active, items) under its version. */
  async update(id: string, request: UpdateChecklistTemplateRequest, actorId: string): Promise<ChecklistTemplateDto> {
    checkKeys(request.items);
    return this.dataSource.transaction(async (manager) => {
      const template = await manager.getRepository(ChecklistTemplateEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!template) throw new NotFound('No checklist template with this id.');
      if (template.version !== request.version) throw new StaleVersion();
      const before = toTemplateDto(await this.load(manager, id));
      await manager.getRepository(ChecklistTemplateItemEntity).delete({ templateId: id });
      await this.writeItems(manager, id, request.items);
      await manager
        .createQueryBuilder()
        .update(ChecklistTemplateEntity)
        .set({ name: request.name, active: request.active, updatedBy: actorId })
        .where('id = :id', { id })
        .execute();
      const after = toTemplateDto(await this.load(manager, id));
      await this.audit.record(manager, {
        action: 'checklist_template.update',
        entityType: 'checklist_template',
        entityId: id,
        changes: {
          template: {
            before: { name: before.name, active: before.active, items: before.items },
            after: { name: after.name, active: after.active, items: after.items },
          },
        },
      });
      return after;
    });
  }

  private async writeItems(manager: EntityManager, templateId: string, items: ChecklistTemplateItemInput[]): Promise<void> {
    if (items.length === 0) return;
    await manager.getRepository(ChecklistTemplateItemEntity).insert(
      items.map((item, position) => ({
        templateId,
        key: item.key,
        label: item.label,
        description: item.description ?? null,
        provider: item.provider,
        required: item.required,
        condition: item.condition,
        repeat: item.repeat,
        dueDays: item.dueDays ?? null,
        position,
      })),
    );
  }

  private async load(manager: EntityManager, id: string): Promise<ChecklistTemplateEntity> {
    const template = await manager
      .getRepository(ChecklistTemplateEntity)
      .findOne({ where: { id }, relations: { items: true }, order: { items: { position: 'ASC' } } });
    if (!template) throw new NotFound('No checklist template with this id.');
    return template;
  }
}

function checkKeys(items: ChecklistTemplateItemInput[]): void {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.key)) errors.push({ field: `items[${i}].key`, message: 'is used by another item of this template' });
    seen.add(item.key);
  });
  if (errors.length > 0) throw new InvalidInput(errors);
}

function toTemplateDto(template: ChecklistTemplateEntity): ChecklistTemplateDto {
  return {
    id: template.id,
    caseType: template.caseType,
    name: template.name,
    active: template.active,
    items: (template.items ?? []).map((item) => ({
      key: item.key,
      label: item.label,
      description: item.description,
      provider: item.provider,
      required: item.required,
      condition: item.condition,
      repeat: item.repeat,
      dueDays: item.dueDays,
    })),
    updatedAt: template.updatedAt.toISOString(),
    version: template.version,
  };
}
