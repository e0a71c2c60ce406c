import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AvailableMoveDto,
  CaseDto,
  CaseTransitionDto,
  CaseType,
  CaseWorkflowDto,
  MoveRefusal,
  Role,
  SessionUser,
  TransitionCaseRequest,
} from '@intake/shared/contracts';
import { AuditService, Forbidden, InvalidInput, TransitionRefused } from '@intake/api/core';
import { assertDates, CaseEntity, CaseHooks, DeadlineEntity, findCase, lockCase, refreshNextDeadline } from '@intake/api/case-data';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { CaseViews } from './case-views';
import { conflictCleared } from './conflict-guard';
import { DeadlineDeriver } from './deadline-deriver.service';
import { staffNames } from './staff-refs';
import { CaseStageEntity, CaseTransitionEntity, CaseTransitionRuleEntity } from './workflow.entities';

/** Stages with a meaning in code: entering them sets the ITA date, or meets the PR deadline. */
export const ITA_STAGE = 'ita_received';
export const PR_SUBMITTED_STAGE = 'pr_application_submitted';
const LAWYERS: Role[] = ['lawyer', 'admin'];

/** The error a refused move answers with, and its code for the moves list. */
interface Refusal {
  error: Forbidden | TransitionRefused;
  refusal: MoveRefusal;
}

/** Moves a case along the firm's transition table, under its guards; each move recorded and audited. */
@Injectable()
export class TransitionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly views: CaseViews,
    private readonly hooks: CaseHooks,
    private readonly deriver: DeadlineDeriver,
  ) {}

  onModuleInit(): void {
    this.hooks.registerGuard('conflict_cleared', conflictCleared);
  }

  async workflow(type: CaseType | undefined): Promise<CaseWorkflowDto> {
    const where = type ? { caseType: type } : {};
    const stages = await this.dataSource.getRepository(CaseStageEntity).find({ where, order: { caseType: 'ASC', position: 'ASC' } });
    const rules = await this.dataSource.getRepository(CaseTransitionRuleEntity).find({ where, order: { caseType: 'ASC', from: 'ASC', to: 'ASC' } });
    return {
      stages: stages.map(({ caseType, code, label, position, terminal }) => ({ caseType, code, label, position, terminal })),
      transitions: rules.map(({ caseType, from, to, lawyerOnly, guard, outcomes }) => ({ caseType, from, to, lawyerOnly, guard, outcomes })),
    };
  }

  async available(id: string, role: Role): Promise<AvailableMoveDto[]> {
    const manager = this.dataSource.manager;
    const subject = await findCase(manager, id);
    const labels = await this.labels(manager, subject.type);
    const rules = await manager.getRepository(CaseTransitionRuleEntity).find({ where: { caseType: subject.type, from: subject.stage } });
    const moves: AvailableMoveDto[] = [];
    for (const rule of rules) {
      const refusal = await this.refusal(manager, subject, rule, role, labels);
      moves.push({
        to: rule.to,
        label: labels.get(rule.to) ?? rule.to,
        lawyerOnly: rule.lawyerOnly,
        outcomes: rule.outcomes,
        allowed: refusal === null,
        reason: refusal?.error.detail ?? null,
        refusal: refusal?.refusal ?? null,
      });
    }
    return moves.sort((a, b) => a.label.localeCompare(b.label));
  }

  async move(id: string, request: TransitionCaseRequest, user: SessionUser): Promise<CaseDto> {
    const today = this.views.today();
    assertDates({ effectiveOn: request.effectiveOn }, { notAfter: today });
    return this.dataSource.transaction(async (manager) => {
      const subject = await lockCase(manager, id, request.version);
      const labels = await this.labels(manager, subject.type);
      const rule = await manager.getRepository(CaseTransitionRuleEntity).findOneBy({ caseType: subject.type, from: subject.stage, to: request.to });
      if (!rule) throw await this.noSuchMove(manager, subject, request.to, labels);
      const refusal = await this.refusal(manager, subject, rule, user.role, labels);
      if (refusal) throw refusal.error;
      this.checkOutcome(rule, request);
      const target = await manager.getRepository(CaseStageEntity).findOneByOrFail({ caseType: subject.type, code: rule.to });
      const effectiveOn = request.effectiveOn ?? today;
      const columns: Partial<CaseEntity> = {
        stage: rule.to,
        ...(rule.outcomes.length > 0 ? { outcome: request.outcome } : {}),
        ...(target.terminal ? { closedOn: effectiveOn } : {}),
        ...(rule.to === ITA_STAGE ? { itaReceivedOn: effectiveOn } : {}),
      };
      await manager
        .createQueryBuilder()
        .update(CaseEntity)
        .set({ ...columns, stageEnteredAt: () => 'now()' })
        .where('id = :id', { id })
        .execute();
      await manager.getRepository(CaseTransitionEntity).insert({
        caseId: id,
        from: subject.stage,
        to: rule.to,
        outcome: request.outcome ?? null,
        comment: request.comment ?? null,
        effectiveOn,
        actorId: user.id,
      });
      await this.audit.record(manager, {
        action: 'case.transition',
        entityType: 'case',
        entityId: id,
        changes: {
          stage: { before: subject.stage, after: rule.to },
          ...(request.outcome ? { outcome: { before: subject.outcome, after: request.outcome } } : {}),
          ...(request.comment ? { comment: { before: null, after: request.comment } } : {}),
        },
      });
      if (rule.to === ITA_STAGE) await this.deriver.recompute(manager, { ...subject, ...columns });
      if (rule.to === PR_SUBMITTED_STAGE) await this.meetPrDeadline(manager, id, user.id);
      return this.views.read(manager, id);
    });
  }

  async history(id: string): Promise<CaseTransitionDto[]> {
    const manager = this.dataSource.manager;
    await findCase(manager, id);
    const rows = await manager.getRepository(CaseTransitionEntity).find({ where: { caseId: id }, order: { at: 'ASC', id: 'ASC' } });
    const names = await staffNames(manager, rows.map((r) => r.actorId));
    return rows.map((r) => ({
      id: r.id,
      caseId: r.caseId,
      from: r.from,
      to: r.to,
      outcome: r.outcome,
      comment: r.comment,
      actorId: r.actorId,
      actorName: r.actorId ? (names.get(r.actorId) ?? null) : null,
      at: r.at.toISOString(),
    }));
  }

  /** Why this move is refused now (role, then guard), or null. */
  private async refusal(
    manager: EntityManager,
    subject: CaseEntity,
    rule: CaseTransitionRuleEntity,
    role: Role,
    labels: Map<string, string>,
  ): Promise<Refusal | null> {
    const label = labels.get(rule.to) ?? rule.to;
    if (rule.lawyerOnly && !LAWYERS.includes(role)) {
      return {
        error: new Forbidden(`Only a lawyer can move a case to "${label}": decisions and closing are theirs.`),
        refusal: { code: 'lawyer_only' },
      };
    }
    if (!rule.guard) return null;
    const guard = this.hooks.guard(rule.guard);
    if (!guard) {
      return {
        error: new TransitionRefused(`The check "${rule.guard}" that this move needs is not available, so the move is refused.`, {
          code: 'guard_unavailable',
        }),
        refusal: { code: 'guard_unavailable' },
      };
    }
    const refused = await guard(manager, subject);
    if (!refused) return null;
    const { detail, ...refusal } = refused;
    return { error: new TransitionRefused(detail, refusal), refusal };
  }

  private checkOutcome(rule: CaseTransitionRuleEntity, request: TransitionCaseRequest): void {
    if (rule.outcomes.length === 0 && request.outcome) {
      throw new InvalidInput([{ field: 'outcome', message: 'is recorded only with a decision' }]);
    }
    if (rule.outcomes.length > 0 && (!request.outcome || !rule.outcomes.includes(request.outcome))) {
      throw new InvalidInput([{ field: 'outcome', message: `must be one of ${rule.outcomes.join(', ')}` }]);
    }
  }

  private async noSuchMove(manager: EntityManager, subject: CaseEntity, to: string, labels: Map<string, string>): Promise<TransitionRefused> {
    const next = await manager.getRepository(CaseTransitionRuleEntity).find({ where: { caseType: subject.type, from: subject.stage } });
    const from = labels.get(subject.stage) ?? subject.stage;
    const options = next.map((r) => labels.get(r.to) ?? r.to).join(', ');
    return new TransitionRefused(
      `A case cannot move from "${from}" to "${labels.get(to) ?? to}". ${options ? `From "${from}" it can move to: ${options}.` : `"${from}" is the last stage.`}`,
    );
  }

  private async labels(manager: EntityManager, type: CaseType): Promise<Map<string, string>> {
    const stages = await manager.getRepository(CaseStageEntity).find({ where: { caseType: type } });
    return new Map(stages.map((s) => [s.code, s.label]));
  }

  /** Submitting the PR application meets its deadline. */
  private async meetPrDeadline(manager: EntityManager, caseId: string, actorId: string): Promise<void> {
    const open = await manager.getRepository(DeadlineEntity).findBy({ caseId, kind: 'pr_application_due', doneAt: IsNull() });
    if (open.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(DeadlineEntity)
      .set({ doneAt: () => 'now()', doneBy: actorId })
      .where('case_id = :caseId AND kind = :kind AND done_at IS NULL', { caseId, kind: 'pr_application_due' })
      .execute();
    await refreshNextDeadline(manager, caseId);
    await this.audit.record(manager, {
      action: 'deadline.done',
      entityType: 'case',
      entityId: caseId,
      changes: { done: { before: open.map((d) => d.title), after: 'PR application submitted' } },
    });
  }
}
