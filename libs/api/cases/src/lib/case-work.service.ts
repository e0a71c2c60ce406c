import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseNoteDto, CaseTaskDto, CreateNoteRequest, CreateTaskRequest, UpdateTaskRequest } from '@intake/shared/contracts';
import { AppConfig, AuditService, diffChanges, NotFound, StaleVersion, todayIn } from '@intake/api/core';
import { assertDates, findCase } from '@intake/api/case-data';
import { DataSource, type EntityManager } from 'typeorm';
import { assertStaff, staffNames } from './staff-refs';
import { CaseNoteEntity, CaseTaskEntity } from './workflow.entities';

const TASK_FIELDS = ['title', 'assigneeId', 'dueOn', 'done'] as const;

/** Notes and tasks on a case. */
@Injectable()
export class CaseWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async listNotes(caseId: string): Promise<CaseNoteDto[]> {
    const manager = this.dataSource.manager;
    await findCase(manager, caseId);
    const notes = await manager.getRepository(CaseNoteEntity).find({ where: { caseId }, order: { createdAt: 'DESC', id: 'ASC' } });
    const names = await staffNames(manager, notes.map((n) => n.authorId));
    return notes.map((n) => toNoteDto(n, names));
  }

  async addNote(caseId: string, request: CreateNoteRequest, actorId: string): Promise<CaseNoteDto> {
    return this.dataSource.transaction(async (manager) => {
      await findCase(manager, caseId);
      const repository = manager.getRepository(CaseNoteEntity);
      const note = await repository.save(repository.create({ caseId, body: request.body, authorId: actorId }));
      await this.audit.record(manager, {
        action: 'case.note.add',
        entityType: 'case',
        entityId: caseId,
        changes: { note: { before: null, after: { id: note.id, body: note.body } } },
      });
      return toNoteDto(note, await staffNames(manager, [actorId]));
    });
  }

  async listTasks(caseId: string): Promise<CaseTaskDto[]> {
    const manager = this.dataSource.manager;
    await findCase(manager, caseId);
    const tasks = await manager
      .getRepository(CaseTaskEntity)
      .createQueryBuilder('t')
      .where('t.case_id = :caseId', { caseId })
      .orderBy('t.done_at IS NOT NULL', 'ASC')
      .addOrderBy('t.due_on', 'ASC', 'NULLS LAST')
      .addOrderBy('t.created_at', 'ASC')
      .getMany();
    return this.toTaskDtos(manager, tasks);
  }

  async addTask(caseId: string, request: CreateTaskRequest, actorId: string): Promise<CaseTaskDto> {
    assertDates({ dueOn: request.dueOn });
    return this.dataSource.transaction(async (manager) => {
      await findCase(manager, caseId);
      await assertStaff(manager, [{ field: 'assigneeId', id: request.assigneeId }]);
      const repository = manager.getRepository(CaseTaskEntity);
      const task = await repository.save(
        repository.create({ caseId, title: request.title, assigneeId: request.assigneeId ?? null, dueOn: request.dueOn ?? null, createdBy: actorId }),
      );
      await this.audit.record(manager, {
        action: 'case.task.add',
        entityType: 'case',
        entityId: caseId,
        changes: { task: { before: null, after: { id: task.id, title: task.title, assigneeId: task.assigneeId, dueOn: task.dueOn } } },
      });
      return (await this.toTaskDtos(manager, [task]))[0];
    });
  }

  async updateTask(caseId: string, taskId: string, request: UpdateTaskRequest, actorId: string): Promise<CaseTaskDto> {
    assertDates({ dueOn: request.dueOn });
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CaseTaskEntity);
      const task = await repository.findOne({ where: { id: taskId, caseId }, lock: { mode: 'pessimistic_write' } });
      if (!task) throw new NotFound('No such task on this case.');
      if (task.version !== request.version) throw new StaleVersion();
      await assertStaff(manager, [{ field: 'assigneeId', id: request.assigneeId }]);
      const before = { title: task.title, assigneeId: task.assigneeId, dueOn: task.dueOn, done: task.doneAt !== null };
      if (request.title !== undefined) task.title = request.title;
      if (request.assigneeId !== undefined) task.assigneeId = request.assigneeId;
      if (request.dueOn !== undefined) task.dueOn = request.dueOn;
      if (request.done !== undefined && request.done !== before.done) {
        task.doneAt = request.done ? new Date() : null;
        task.doneBy = request.done ? actorId : null;
      }
      const saved = await repository.save(task);
      const after = { title: saved.title, assigneeId: saved.assigneeId, dueOn: saved.dueOn, done: saved.doneAt !== null };
      await this.audit.record(manager, {
        action: 'case.task.update',
        entityType: 'case',
        entityId: caseId,
        changes: { ...diffChanges(before, after, TASK_FIELDS), task: { before: null, after: taskId } },
      });
      return (await this.toTaskDtos(manager, [saved]))[0];
    });
  }

  private async toTaskDtos(manager: EntityManager, tasks: CaseTaskEntity[]): Promise<CaseTaskDto[]> {
    const names = await staffNames(manager, tasks.map((t) => t.assigneeId));
    const today = todayIn(this.config.FIRM_TIME_ZONE);
    return tasks.map((t) => ({
      id: t.id,
      caseId: t.caseId,
      title: t.title,
      assigneeId: t.assigneeId,
      assigneeName: t.assigneeId ? (names.get(t.assigneeId) ?? null) : null,
      dueOn: t.dueOn,
      done: t.doneAt !== null,
      doneAt: t.doneAt ? t.doneAt.toISOString() : null,
      overdue: t.doneAt === null && t.dueOn !== null && t.dueOn < today,
      createdAt: t.createdAt.toISOString(),
      version: t.version,
    }));
  }
}

function toNoteDto(note: CaseNoteEntity, names: Map<string, string>): CaseNoteDto {
  return {
    id: note.id,
    caseId: note.caseId,
    body: note.body,
    authorId: note.authorId,
    authorName: note.authorId ? (names.get(note.authorId) ?? null) : null,
    createdAt: note.createdAt.toISOString(),
  };
}
