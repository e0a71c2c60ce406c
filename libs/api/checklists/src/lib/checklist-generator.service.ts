import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { AppConfig, AuditService, todayIn } from '@intake/api/core';
import {
  addDays,
  type CaseEntity,
  CaseHooks,
  DeadlineWriter,
  type DerivedDeadline,
  lockOpenCasesOfClient,
  type TransitionGuard,
} from '@intake/api/case-data';
import { IntakeEvents, loadClient } from '@intake/api/intake';
import { type EntityManager, In, IsNull } from 'typeorm';
import { ChecklistEntity, ChecklistItemEntity, ChecklistTemplateEntity } from './checklist.entities';
import { type DesiredItem, expandTemplate } from './checklist-rules';

/** Items added by hand sort after the generated ones. */
export const MANUAL_POSITION = 10_000;

/** Required documents neither accepted nor waived by a lawyer hold back the PR application. */
export const checklistComplete: TransitionGuard = async (manager, subject) => {
  const open: { label: string }[] = await manager.query(
    `SELECT label FROM checklist_items
      WHERE case_id = $1 AND required AND retired_at IS NULL AND state NOT IN ('accepted', 'waived')
      ORDER BY position, created_at`,
    [subject.id],
  );
  if (open.length === 0) return null;
  const named = open.slice(0, 5).map((item) => item.label).join('; ');
  return {
    code: 'checklist_incomplete',
    count: open.length,
    detail: `${open.length} required document${open.length === 1 ? ' is' : 's are'} neither accepted nor waived by a lawyer: ${named}${open.length > 5 ? '; …' : ''}.`,
  };
};

/**
 * Generates a case's checklists from the active templates of its type when the case opens, and
 * refreshes them when the intake changes without losing work: existing items keep their state,
 * files and dates; new ones are added; those the intake no longer calls for are removed when
 * untouched and retired (kept, out of the progress) when someone worked on them.
 */
@Injectable()
export class ChecklistGenerator implements OnModuleInit {
  constructor(
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly hooks: CaseHooks,
    private readonly intakeEvents: IntakeEvents,
    private readonly deadlines: DeadlineWriter,
  ) {}

  onModuleInit(): void {
    this.hooks.registerGuard('checklist_complete', checklistComplete);
    this.hooks.onCreated((manager, created) => this.refresh(manager, created));
    this.intakeEvents.onChange(async (manager, clientId, source) => {
      if (source !== 'intake') return;
      for (const open of await lockOpenCasesOfClient(manager, clientId)) await this.refresh(manager, open);
    });
  }

  async refresh(manager: EntityManager, subject: CaseEntity): Promise<void> {
    const today = todayIn(this.config.FIRM_TIME_ZONE);
    const templates = await manager.getRepository(ChecklistTemplateEntity).find({
      where: { caseType: subject.type, active: true },
      relations: { items: true },
      order: { createdAt: 'ASC', items: { position: 'ASC' } },
    });
    if (templates.length === 0) return;
    const client = await loadClient(manager, subject.clientId);
    const added: string[] = [];
    const retired: string[] = [];
    const removed: string[] = [];
    for (const template of templates) {
      const checklist = await this.checklistFor(manager, subject.id, template);
      const desired = expandTemplate(template.items ?? [], client, today);
      const result = await this.apply(manager, subject.id, checklist.id, desired, today);
      added.push(...result.added);
      retired.push(...result.retired);
      removed.push(...result.removed);
    }
    if (added.length + retired.length + removed.length === 0) return;
    if (retired.length > 0) await this.syncDocumentDeadlines(manager, subject.id);
    await this.audit.record(manager, {
      action: 'case.checklist.refresh',
      entityType: 'case',
      entityId: subject.id,
      changes: {
        ...(added.length ? { added: { before: null, after: added } } : {}),
        ...(retired.length ? { retired: { before: retired, after: null } } : {}),
        ...(removed.length ? { removed: { before: removed, after: null } } : {}),
      },
    });
  }

  /** Each received or accepted document's own expiry is a deadline of the case. */
  async syncDocumentDeadlines(manager: EntityManager, caseId: string): Promise<void> {
    const items = await manager.getRepository(ChecklistItemEntity).find({
      where: { caseId, retiredAt: IsNull(), state: In(['received', 'accepted']) },
    });
    const desired: DerivedDeadline[] = items
      .filter((item) => item.documentExpiresOn !== null)
      .map((item) => ({
        kind: 'document_expiry',
        sourceKey: `item:${item.id}`,
        title: `${item.label}: the document expires`,
        detail: null,
        dueOn: item.documentExpiresOn as string,
      }));
    await this.deadlines.sync(manager, caseId, ['document_expiry'], desired);
  }

  private async checklistFor(manager: EntityManager, caseId: string, template: ChecklistTemplateEntity): Promise<ChecklistEntity> {
    const repository = manager.getRepository(ChecklistEntity);
    const existing = await repository.findOneBy({ caseId, templateId: template.id });
    return existing ?? repository.save(repository.create({ caseId, templateId: template.id, name: template.name }));
  }

  private async apply(
    manager: EntityManager,
    caseId: string,
    checklistId: string,
    desired: DesiredItem[],
    today: string,
  ): Promise<{ added: string[]; retired: string[]; removed: string[] }> {
    const repository = manager.getRepository(ChecklistItemEntity);
    const existing = await repository
      .createQueryBuilder('i')
      .where('i.checklist_id = :checklistId AND i.template_item_key IS NOT NULL', { checklistId })
      .setLock('pessimistic_write')
      .getMany();
    const byKey = new Map(existing.map((item) => [`${item.templateItemKey}|${item.instanceKey}`, item]));
    const result = { added: [] as string[], retired: [] as string[], removed: [] as string[] };
    for (const want of desired) {
      const key = `${want.templateItemKey}|${want.instanceKey}`;
      const have = byKey.get(key);
      byKey.delete(key);
      if (!have) {
        await repository.insert({
          checklistId,
          caseId,
          templateItemKey: want.templateItemKey,
          instanceKey: want.instanceKey,
          label: want.label,
          description: want.description,
          provider: want.provider,
          required: want.required,
          dueOn: want.dueDays === null ? null : addDays(today, want.dueDays),
          position: want.position,
        });
        result.added.push(want.label);
        continue;
      }
      // The template's wording and whether it is required follow the template; the state,
      // files, provider and dates are the people's work and stay.
      const changes: Partial<ChecklistItemEntity> = {};
      if (have.retiredAt !== null) changes.retiredAt = null;
      if (have.label !== want.label) changes.label = want.label;
      if (have.description !== want.description) changes.description = want.description;
      if (have.required !== want.required) changes.required = want.required;
      if (Object.keys(changes).length > 0) await repository.update(have.id, changes);
    }
    for (const gone of byKey.values()) {
      if (gone.retiredAt !== null) continue;
      if (await this.untouched(manager, gone)) {
        await repository.delete(gone.id);
        result.removed.push(gone.label);
      } else {
        await repository.update(gone.id, { retiredAt: new Date() });
        result.retired.push(gone.label);
      }
    }
    return result;
  }

  private async untouched(manager: EntityManager, item: ChecklistItemEntity): Promise<boolean> {
    if (item.state !== 'requested' || item.stateChangedAt !== null || item.documentExpiresOn !== null) return false;
    const files: unknown[] = await manager.query(`SELECT 1 FROM checklist_files WHERE item_id = $1 LIMIT 1`, [item.id]);
    return files.length === 0;
  }
}
