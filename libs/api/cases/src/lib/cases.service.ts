import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseDto, CreateCaseRequest, ListCasesQuery, Page, UpdateCaseRequest } from '@intake/shared/contracts';
import { AuditService, diffChanges, InvalidInput } from '@intake/api/core';
import { assertDates, CaseEntity, CaseHooks, lockCase } from '@intake/api/case-data';
import { DataSource } from 'typeorm';
import { CaseViews } from './case-views';
import { DeadlineDeriver } from './deadline-deriver.service';
import { assertStaff } from './staff-refs';
import { CaseStageEntity } from './workflow.entities';

export const CASE_FIELDS = ['type', 'clientId', 'responsibleLawyerId', 'paralegalId', 'openedOn', 'itaReceivedOn', 'summary'] as const;

/** Opening a case, reading and listing cases, editing who works on it and its dates. */
@Injectable()
export class CasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly views: CaseViews,
    private readonly hooks: CaseHooks,
    private readonly deriver: DeadlineDeriver,
  ) {}

  get(id: string): Promise<CaseDto> {
    return this.views.read(this.dataSource.manager, id);
  }

  list(query: ListCasesQuery): Promise<Page<CaseDto>> {
    return this.views.list(this.dataSource.manager, query);
  }

  /**
   * A case starts in the first stage of its type (intake), whatever the conflict check says: the
   * conflict guard applies when the case leaves the conflict-check stage.
   */
  async create(request: CreateCaseRequest, actorId: string): Promise<CaseDto> {
    assertDates({ openedOn: request.openedOn }, { notAfter: this.views.today() });
    return this.dataSource.transaction(async (manager) => {
      // Shared lock: an intake change waits for the new case, then brings it up to date too.
      const clients: unknown[] = await manager.query(`SELECT 1 FROM clients WHERE id = $1 FOR SHARE`, [request.clientId]);
      if (clients.length === 0) throw new InvalidInput([{ field: 'clientId', message: 'is not a client' }]);
      await assertStaff(manager, [
        { field: 'responsibleLawyerId', id: request.responsibleLawyerId, roles: ['lawyer', 'admin'] },
        { field: 'paralegalId', id: request.paralegalId },
      ]);
      const first = await manager
        .getRepository(CaseStageEntity)
        .findOne({ where: { caseType: request.type }, order: { position: 'ASC' } });
      if (!first) throw new InvalidInput([{ field: 'type', message: 'has no stages configured' }]);
      const [{ number }]: { number: string }[] = await manager.query(
        `SELECT 'CASE-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('case_file_number_seq')::text, 5, '0') AS number`,
      );
      const repository = manager.getRepository(CaseEntity);
      const created = await repository.save(
        repository.create({
          fileNumber: number,
          clientId: request.clientId,
          type: request.type,
          responsibleLawyerId: request.responsibleLawyerId ?? null,
          paralegalId: request.paralegalId ?? null,
          stage: first.code,
          stageEnteredAt: new Date(),
          openedOn: request.openedOn ?? this.views.today(),
          summary: request.summary ?? null,
          createdBy: actorId,
        }),
      );
      await this.audit.record(manager, {
        action: 'case.create',
        entityType: 'case',
        entityId: created.id,
        changes: diffChanges(null, { ...created } as Record<string, unknown>, ['fileNumber', 'stage', ...CASE_FIELDS]),
      });
      await this.hooks.caseCreated(manager, created);
      await this.deriver.recompute(manager, created);
      return this.views.read(manager, created.id);
    });
  }

  async update(id: string, request: UpdateCaseRequest): Promise<CaseDto> {
    assertDates({ openedOn: request.openedOn, itaReceivedOn: request.itaReceivedOn }, { notAfter: this.views.today() });
    return this.dataSource.transaction(async (manager) => {
      const before = await lockCase(manager, id, request.version);
      await assertStaff(manager, [
        { field: 'responsibleLawyerId', id: request.responsibleLawyerId, roles: ['lawyer', 'admin'] },
        { field: 'paralegalId', id: request.paralegalId },
      ]);
      const { version: _version, ...changes } = request;
      const columns = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<CaseEntity>;
      await manager.createQueryBuilder().update(CaseEntity).set(columns).where('id = :id', { id }).execute();
      const after = { ...before, ...columns };
      await this.audit.record(manager, {
        action: 'case.update',
        entityType: 'case',
        entityId: id,
        changes: diffChanges({ ...before } as Record<string, unknown>, { ...after } as Record<string, unknown>, CASE_FIELDS),
      });
      if (after.itaReceivedOn !== before.itaReceivedOn || after.openedOn !== before.openedOn) {
        await this.deriver.recompute(manager, after);
      }
      return this.views.read(manager, id);
    });
  }
}
