import { Inject, Injectable } from '@nestjs/common';
import type { CaseDto, CaseOutcome, CaseType, DeadlineKind, ListCasesQuery, Page } from '@intake/shared/contracts';
import { DEFAULT_PAGE_SIZE } from '@intake/shared/contracts';
import { AppConfig, NotFound, todayIn } from '@intake/api/core';
import type { EntityManager } from 'typeorm';

interface CaseRow {
  id: string;
  file_number: string;
  type: CaseType;
  client_id: string;
  client_file_number: string;
  client_name: string;
  responsible_lawyer_id: string | null;
  lawyer_name: string | null;
  paralegal_id: string | null;
  paralegal_name: string | null;
  stage: string;
  stage_label: string;
  stage_entered_at: Date;
  days_in_stage: number;
  outcome: CaseOutcome | null;
  opened_on: string;
  closed_on: string | null;
  ita_received_on: string | null;
  summary: string | null;
  next_deadline_id: string | null;
  next_deadline_kind: DeadlineKind | null;
  next_deadline_title: string | null;
  next_deadline_on: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
  total: string;
}

/** $1 today, $2 the firm's time zone; the rest are the caller's. */
const SELECT_CASES = `
  SELECT c.id, c.file_number, c.type, c.client_id, cl.file_number AS client_file_number,
         cl.given_names || ' ' || cl.family_name AS client_name,
         c.responsible_lawyer_id, lu.name AS lawyer_name, c.paralegal_id, pu.name AS paralegal_name,
         c.stage, s.label AS stage_label, c.stage_entered_at,
         ($1::date - (c.stage_entered_at AT TIME ZONE $2)::date) AS days_in_stage,
         c.outcome, c.opened_on::text, c.closed_on::text, c.ita_received_on::text, c.summary,
         c.next_deadline_id, d.kind AS next_deadline_kind, d.title AS next_deadline_title, c.next_deadline_on::text,
         c.created_at, c.updated_at, c.version, count(*) OVER () AS total
    FROM cases c
    JOIN clients cl ON cl.id = c.client_id
    JOIN case_stages s ON s.case_type = c.type AND s.code = c.stage
    LEFT JOIN users lu ON lu.id = c.responsible_lawyer_id
    LEFT JOIN users pu ON pu.id = c.paralegal_id
    LEFT JOIN deadlines d ON d.id = c.next_deadline_id`;

/** Reads cases as the dashboard shows them: names, stage label, days in stage, next deadline. */
@Injectable()
export class CaseViews {
  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  today(): string {
    return todayIn(this.config.FIRM_TIME_ZONE);
  }

  async read(manager: EntityManager, id: string): Promise<CaseDto> {
    const rows: CaseRow[] = await manager.query(`${SELECT_CASES} WHERE c.id = $3`, [this.today(), this.config.FIRM_TIME_ZONE, id]);
    if (rows.length === 0) throw new NotFound('No case with this id.');
    return toCaseDto(rows[0], this.today());
  }

  async list(manager: EntityManager, query: ListCasesQuery): Promise<Page<CaseDto>> {
    const params: unknown[] = [this.today(), this.config.FIRM_TIME_ZONE];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (query.clientId) add('c.client_id = ?', query.clientId);
    if (query.type) add('c.type = ?', query.type);
    if (query.stage) add('c.stage = ?', query.stage);
    if (query.lawyer) add('c.responsible_lawyer_id = ?', query.lawyer);
    if (query.paralegal) add('c.paralegal_id = ?', query.paralegal);
    if (!query.includeClosed) where.push('c.closed_on IS NULL');
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const offset = query.offset ?? 0;
    const rows: CaseRow[] = await manager.query(
      `${SELECT_CASES} ${filter} ORDER BY c.created_at DESC, c.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit ?? DEFAULT_PAGE_SIZE, offset],
    );
    const today = this.today();
    // Past the last page the window count is absent; count apart (today and time zone unused).
    const total =
      rows.length > 0 || offset === 0
        ? Number(rows[0]?.total ?? 0)
        : Number((await manager.query(`WITH unused AS (SELECT $1::date, $2::text) SELECT count(*) AS n FROM cases c ${filter}`, params))[0].n);
    return { items: rows.map((row) => toCaseDto(row, today)), total };
  }
}

function toCaseDto(row: CaseRow, today: string): CaseDto {
  return {
    id: row.id,
    fileNumber: row.file_number,
    type: row.type,
    clientId: row.client_id,
    clientFileNumber: row.client_file_number,
    clientName: row.client_name,
    responsibleLawyerId: row.responsible_lawyer_id,
    responsibleLawyerName: row.lawyer_name,
    paralegalId: row.paralegal_id,
    paralegalName: row.paralegal_name,
    stage: row.stage,
    stageLabel: row.stage_label,
    stageEnteredAt: row.stage_entered_at.toISOString(),
    daysInStage: Number(row.days_in_stage),
    outcome: row.outcome,
    openedOn: row.opened_on,
    closedOn: row.closed_on,
    itaReceivedOn: row.ita_received_on,
    summary: row.summary,
    nextDeadline:
      row.next_deadline_id && row.next_deadline_on
        ? { id: row.next_deadline_id, kind: row.next_deadline_kind as DeadlineKind, title: row.next_deadline_title ?? '', dueOn: row.next_deadline_on }
        : null,
    overdue: row.next_deadline_on !== null && row.next_deadline_on < today,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}
