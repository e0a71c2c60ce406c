import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CaseType,
  DEFAULT_PAGE_SIZE,
  type DeadlineKind,
  type Page,
  type PipelineCardDto,
  type PipelineColumnQuery,
  type PipelineDto,
  type PipelineQuery,
} from '@intake/shared/contracts';
import { AppConfig, NotFound, todayIn } from '@intake/api/core';
import { DataSource } from 'typeorm';

interface Filters {
  lawyer?: string;
  paralegal?: string;
  type?: CaseType;
  includeClosed?: boolean;
}

interface CardRow {
  stage: string;
  id: string;
  file_number: string;
  type: CaseType;
  client_id: string;
  client_name: string;
  responsible_lawyer_id: string | null;
  paralegal_id: string | null;
  days_in_stage: number;
  next_deadline_id: string | null;
  next_deadline_on: string | null;
  next_deadline_kind: DeadlineKind | null;
  next_deadline_title: string | null;
  version: number;
}

/**
 * The board: one column per stage with its count and overdue count, and the most urgent cards
 * (earliest next deadline, then longest in the stage). Each column's cards come from an index
 * on (stage, next deadline, entered), so the cost follows the cards shown, not the cases held.
 */
@Injectable()
export class PipelineService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  async board(query: PipelineQuery): Promise<PipelineDto> {
    const today = todayIn(this.config.FIRM_TIME_ZONE);
    const stages: { code: string; label: string; terminal: boolean }[] = await this.dataSource.query(
      `SELECT code, (array_agg(label ORDER BY position, case_type))[1] AS label, bool_or(terminal) AS terminal
         FROM case_stages WHERE ($1::text IS NULL OR case_type = $1)
        GROUP BY code ORDER BY min(position), code`,
      [query.type ?? null],
    );
    const shown = stages.filter((s) => query.includeClosed || !s.terminal);
    const { sql: filter, params } = this.filters(query, 1);
    const counts: { stage: string; count: number; overdue: number }[] = await this.dataSource.query(
      `SELECT c.stage, count(*)::int AS count, count(*) FILTER (WHERE c.next_deadline_on < $1::date)::int AS overdue
         FROM cases c WHERE ${filter} GROUP BY c.stage`,
      [today, ...params],
    );
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const cards = limit === 0 ? [] : await this.cards(shown.map((s) => s.code), query, today, limit, 0);
    const byStage = new Map(counts.map((c) => [c.stage, c]));
    return {
      today,
      columns: shown.map((s) => ({
        stage: s.code,
        label: s.label,
        count: byStage.get(s.code)?.count ?? 0,
        overdueCount: byStage.get(s.code)?.overdue ?? 0,
        cards: cards.filter((card) => card.stage === s.code).map((row) => toCard(row, today)),
      })),
    };
  }

  /** More cards of one column. */
  async column(stage: string, query: PipelineColumnQuery): Promise<Page<PipelineCardDto>> {
    const [{ terminal }]: { terminal: boolean | null }[] = await this.dataSource.query(
      `SELECT bool_or(terminal) AS terminal FROM case_stages WHERE code = $1`,
      [stage],
    );
    if (terminal === null) throw new NotFound('No stage with this code.');
    const today = todayIn(this.config.FIRM_TIME_ZONE);
    const filters = { ...query, includeClosed: terminal };
    const { sql: filter, params } = this.filters(filters, 1);
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM cases c WHERE c.stage = $1 AND ${filter}`,
      [stage, ...params],
    );
    const rows = await this.cards([stage], filters, today, query.limit ?? DEFAULT_PAGE_SIZE, query.offset ?? 0);
    return { items: rows.map((row) => toCard(row, today)), total };
  }

  private async cards(stages: string[], filters: Filters, today: string, limit: number, offset: number): Promise<CardRow[]> {
    const { sql: filter, params } = this.filters(filters, 5);
    return this.dataSource.query(
      `SELECT s.code AS stage, x.id, x.file_number, x.type, x.client_id, cl.given_names || ' ' || cl.family_name AS client_name,
              x.responsible_lawyer_id, x.paralegal_id, x.days_in_stage, x.next_deadline_id, x.next_deadline_on::text,
              d.kind AS next_deadline_kind, d.title AS next_deadline_title, x.version
         FROM unnest($1::text[]) WITH ORDINALITY AS s(code, ord)
        CROSS JOIN LATERAL (
              SELECT c.id, c.file_number, c.type, c.client_id, c.responsible_lawyer_id, c.paralegal_id, c.version,
                     c.next_deadline_id, c.next_deadline_on, c.stage_entered_at,
                     ($2::date - (c.stage_entered_at AT TIME ZONE $3)::date) AS days_in_stage
                FROM cases c
               WHERE c.stage = s.code AND ${filter}
               ORDER BY c.next_deadline_on ASC NULLS LAST, c.stage_entered_at ASC, c.id
               LIMIT $4 OFFSET $5) x
         JOIN clients cl ON cl.id = x.client_id
         LEFT JOIN deadlines d ON d.id = x.next_deadline_id
        ORDER BY s.ord, x.next_deadline_on ASC NULLS LAST, x.stage_entered_at ASC, x.id`,
      [stages, today, this.config.FIRM_TIME_ZONE, limit, offset, ...params],
    );
  }

  /** Only the filters asked for, so each query can use its own index. */
  private filters(filters: Filters, paramsBefore: number): { sql: string; params: unknown[] } {
    const params: unknown[] = [];
    const where: string[] = filters.includeClosed ? ['true'] : ['c.closed_on IS NULL'];
    const add = (column: string, value: unknown) => {
      params.push(value);
      where.push(`${column} = $${paramsBefore + params.length}`);
    };
    if (filters.lawyer) add('c.responsible_lawyer_id', filters.lawyer);
    if (filters.paralegal) add('c.paralegal_id', filters.paralegal);
    if (filters.type) add('c.type', filters.type);
    return { sql: where.join(' AND '), params };
  }
}

function toCard(row: CardRow, today: string): PipelineCardDto {
  return {
    caseId: row.id,
    fileNumber: row.file_number,
    type: row.type,
    clientId: row.client_id,
    clientName: row.client_name,
    responsibleLawyerId: row.responsible_lawyer_id,
    paralegalId: row.paralegal_id,
    daysInStage: Number(row.days_in_stage),
    nextDeadline:
      row.next_deadline_id && row.next_deadline_on
        ? { id: row.next_deadline_id, kind: row.next_deadline_kind as DeadlineKind, title: row.next_deadline_title ?? '', dueOn: row.next_deadline_on }
        : null,
    overdue: row.next_deadline_on !== null && row.next_deadline_on < today,
    version: row.version,
  };
}
