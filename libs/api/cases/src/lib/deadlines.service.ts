import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreateDeadlineRequest,
  DEFAULT_PAGE_SIZE,
  type DeadlineDto,
  type DeadlineKind,
  type ListDeadlinesQuery,
  type Page,
  type UpdateDeadlineRequest,
} from '@intake/shared/contracts';
import { AppConfig, AuditService, diffChanges, InvalidInput, NotFound, StaleVersion, todayIn, TransitionRefused } from '@intake/api/core';
import { assertDates, daysBetween, DeadlineEntity, findCase, lockCase, refreshNextDeadline } from '@intake/api/case-data';
import { DataSource, type EntityManager } from 'typeorm';
import { assertStaff } from './staff-refs';

interface DeadlineRow {
  id: string;
  case_id: string;
  case_file_number: string;
  client_name: string;
  kind: DeadlineKind;
  source_key: string | null;
  title: string;
  detail: string | null;
  due_on: string;
  assignee_id: string | null;
  done_at: Date | null;
  version: number;
  total: string;
}

const SELECT_DEADLINES = `
  SELECT d.id, d.case_id, c.file_number AS case_file_number, cl.given_names || ' ' || cl.family_name AS client_name,
         d.kind, d.source_key, d.title, d.detail, d.due_on::text, d.assignee_id, d.done_at, d.version,
         count(*) OVER () AS total
    FROM deadlines d JOIN cases c ON c.id = d.case_id JOIN clients cl ON cl.id = c.client_id`;

const FIELDS = ['title', 'detail', 'dueOn', 'assigneeId', 'done'] as const;

/** Deadlines as people see them: per case and firm-wide; manual ones typed, derived ones marked done. */
@Injectable()
export class DeadlinesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async forCase(caseId: string): Promise<DeadlineDto[]> {
    await findCase(this.dataSource.manager, caseId);
    const rows: DeadlineRow[] = await this.dataSource.query(`${SELECT_DEADLINES} WHERE d.case_id = $1 ORDER BY d.done_at IS NOT NULL, d.due_on, d.id`, [caseId]);
    return rows.map((row) => this.toDto(row));
  }

  async list(query: ListDeadlinesQuery): Promise<Page<DeadlineDto>> {
    const params: unknown[] = [];
    const where = ['c.closed_on IS NULL'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (!query.includeDone) where.push('d.done_at IS NULL');
    if (query.from) add('d.due_on >= ?::date', query.from);
    if (query.to) add('d.due_on <= ?::date', query.to);
    if (query.overdue) add('d.done_at IS NULL AND d.due_on < ?::date', this.today());
    if (query.assignee) add('coalesce(d.assignee_id, c.paralegal_id) = ?', query.assignee);
    if (query.lawyer) add('c.responsible_lawyer_id = ?', query.lawyer);
    if (query.kind) add('d.kind = ?', query.kind);
    const filter = where.join(' AND ');
    const rows: DeadlineRow[] = await this.dataSource.query(
      `${SELECT_DEADLINES} WHERE ${filter} ORDER BY d.due_on, d.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit ?? DEFAULT_PAGE_SIZE, query.offset ?? 0],
    );
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : Number(
            (await this.dataSource.query(`SELECT count(*) AS n FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE ${filter}`, params))[0].n,
          );
    return { items: rows.map((row) => this.toDto(row)), total };
  }

  async create(caseId: string, request: CreateDeadlineRequest, actorId: string): Promise<DeadlineDto> {
    assertDates({ dueOn: request.dueOn });
    return this.dataSource.transaction(async (manager) => {
      await findCase(manager, caseId);
      await assertStaff(manager, [{ field: 'assigneeId', id: request.assigneeId }]);
      const [{ id }]: { id: string }[] = await manager.query(
        `INSERT INTO deadlines (case_id, kind, title, detail, due_on, assignee_id, created_by)
         VALUES ($1, 'manual', $2, $3, $4, $5, $6) RETURNING id`,
        [caseId, request.title, request.detail ?? null, request.dueOn, request.assigneeId ?? null, actorId],
      );
      await refreshNextDeadline(manager, caseId);
      await this.audit.record(manager, {
        action: 'deadline.create',
        entityType: 'case',
        entityId: caseId,
        changes: { deadline: { before: null, after: { id, title: request.title, dueOn: request.dueOn } } },
      });
      return this.read(manager, id);
    });
  }

  /** Manual deadlines change freely; a derived one follows its source, so only its assignee and done state change. */
  async update(id: string, request: UpdateDeadlineRequest, actorId: string): Promise<DeadlineDto> {
    assertDates({ dueOn: request.dueOn });
    return this.dataSource.transaction(async (manager) => {
      const deadline = await this.lock(manager, id, request.version);
      if (deadline.kind !== 'manual') {
        const fixed = (['title', 'detail', 'dueOn'] as const).filter((field) => request[field] !== undefined);
        if (fixed.length > 0) {
          throw new InvalidInput(fixed.map((field) => ({ field, message: 'follows the source of a derived deadline and cannot be edited' })));
        }
      }
      await assertStaff(manager, [{ field: 'assigneeId', id: request.assigneeId }]);
      const before = { title: deadline.title, detail: deadline.detail, dueOn: deadline.dueOn, assigneeId: deadline.assigneeId, done: deadline.doneAt !== null };
      const { version: _version, done, ...changes } = request;
      const columns: Partial<DeadlineEntity> = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
      if (done !== undefined && done !== before.done) Object.assign(columns, { doneAt: done ? new Date() : null, doneBy: done ? actorId : null });
      await manager.createQueryBuilder().update(DeadlineEntity).set(columns).where('id = :id', { id }).execute();
      await refreshNextDeadline(manager, deadline.caseId);
      const after = { ...before, ...changes, done: done ?? before.done };
      await this.audit.record(manager, {
        action: 'deadline.update',
        entityType: 'case',
        entityId: deadline.caseId,
        changes: { ...diffChanges(before, after, FIELDS), deadline: { before: null, after: id } },
      });
      return this.read(manager, id);
    });
  }

  async remove(id: string, version: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const deadline = await this.lock(manager, id, version);
      if (deadline.kind !== 'manual') throw new TransitionRefused('A derived deadline goes away with its source; mark it done instead.');
      await manager.getRepository(DeadlineEntity).delete(id);
      await refreshNextDeadline(manager, deadline.caseId);
      await this.audit.record(manager, {
        action: 'deadline.delete',
        entityType: 'case',
        entityId: deadline.caseId,
        changes: { deadline: { before: { id, title: deadline.title, dueOn: deadline.dueOn }, after: null } },
      });
    });
  }

  /** The case first, then the deadline: the order every writer of a case's deadlines locks in. */
  private async lock(manager: EntityManager, id: string, version: number): Promise<DeadlineEntity> {
    const found = await manager.getRepository(DeadlineEntity).findOne({ where: { id }, select: { id: true, caseId: true } });
    if (!found) throw new NotFound('No deadline with this id.');
    await lockCase(manager, found.caseId);
    const deadline = await manager.getRepository(DeadlineEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!deadline) throw new NotFound('No deadline with this id.');
    if (deadline.version !== version) throw new StaleVersion();
    return deadline;
  }

  private async read(manager: EntityManager, id: string): Promise<DeadlineDto> {
    const rows: DeadlineRow[] = await manager.query(`${SELECT_DEADLINES} WHERE d.id = $1`, [id]);
    if (rows.length === 0) throw new NotFound('No deadline with this id.');
    return this.toDto(rows[0]);
  }

  private today(): string {
    return todayIn(this.config.FIRM_TIME_ZONE);
  }

  private toDto(row: DeadlineRow): DeadlineDto {
    const today = this.today();
    return {
      id: row.id,
      caseId: row.case_id,
      caseFileNumber: row.case_file_number,
      clientName: row.client_name,
      kind: row.kind,
      derived: row.kind !== 'manual',
      title: row.title,
      detail: row.detail,
      dueOn: row.due_on,
      assigneeId: row.assignee_id,
      done: row.done_at !== null,
      doneAt: row.done_at ? row.done_at.toISOString() : null,
      overdue: row.done_at === null && row.due_on < today,
      daysLeft: daysBetween(today, row.due_on),
      version: row.version,
    };
  }
}
