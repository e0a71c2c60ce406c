import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ClientSummaryDto,
  type ConflictStatus,
  DEFAULT_PAGE_SIZE,
  type ListClientsQuery,
  type Page,
} from '@intake/shared/contracts';
import { ClientEntity, toClientSummary } from '@intake/api/intake';
import { Brackets, DataSource, type SelectQueryBuilder } from 'typeorm';
import { ClientViews } from './client-views';

const TEMPORARY_TYPES = `('work_permit', 'study_permit', 'visitor', 'maintained')`;

/**
 * One search box over names (accent- and case-insensitive, fuzzy, any word order), e-mail,
 * phone digits and file number, with filters, sorting and pages. Name matching uses pg_trgm
 * on the generated `name_key` column, through its GIN index.
 */
@Injectable()
export class ClientSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly views: ClientViews,
  ) {}

  async list(query: ListClientsQuery): Promise<Page<ClientSummaryDto>> {
    const today = this.views.today();
    const builder = this.dataSource.getRepository(ClientEntity).createQueryBuilder('c').setParameter('today', today);
    this.filter(builder, query);
    const q = query.q?.trim() ?? '';
    if (q) this.search(builder, q);
    this.sort(builder, query, q !== '');

    const total = await builder.getCount();
    const clients = await builder
      .offset(query.offset ?? 0)
      .limit(query.limit ?? DEFAULT_PAGE_SIZE)
      .getMany();
    const extras = await this.extras(clients.map((c) => c.id), today);
    return {
      total,
      items: clients.map((client) =>
        toClientSummary(client, extras.get(client.id) ?? { nextStatusExpiry: null, conflictStatus: null }),
      ),
    };
  }

  /** Next status expiry and latest conflict decision, for the page's rows only. */
  private async extras(
    ids: string[],
    today: string,
  ): Promise<Map<string, { nextStatusExpiry: string | null; conflictStatus: ConflictStatus | null }>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; next_expiry: string | null; conflict_status: ConflictStatus | null }[] =
      await this.dataSource.query(
        `SELECT c.id,
                (SELECT min(s.valid_to)::text FROM client_status_history s
                  WHERE s.client_id = c.id AND s.type IN ${TEMPORARY_TYPES} AND s.valid_to >= $2::date) AS next_expiry,
                (SELECT k.status FROM conflict_checks k WHERE k.client_id = c.id ORDER BY k.run_at DESC LIMIT 1) AS conflict_status
           FROM clients c WHERE c.id = ANY($1::uuid[])`,
        [ids, today],
      );
    return new Map(rows.map((r) => [r.id, { nextStatusExpiry: r.next_expiry, conflictStatus: r.conflict_status }]));
  }

  private filter(builder: SelectQueryBuilder<ClientEntity>, query: ListClientsQuery): void {
    if (!query.includeClosed) builder.andWhere('c.open');
    if (query.province) builder.andWhere('c.intended_province = :province', { province: query.province });
    if (query.assignedTo) builder.andWhere('c.assigned_to = :assignedTo', { assignedTo: query.assignedTo });
    if (query.expiringWithinDays !== undefined) {
      builder.andWhere(
        `EXISTS (SELECT 1 FROM client_status_history s
                  WHERE s.client_id = c.id AND s.type IN ${TEMPORARY_TYPES}
                    AND s.valid_to BETWEEN :today::date AND :today::date + :days::int)`,
        { days: query.expiringWithinDays },
      );
    }
  }

  private search(builder: SelectQueryBuilder<ClientEntity>, q: string): void {
    const digits = q.replace(/\D/g, '');
    const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    builder.setParameters({ q, like, digits: `%${digits}%` });
    builder.andWhere(
      new Brackets((where) => {
        where
          .where('c.name_key % name_key(:q)')
          .orWhere('name_key(:q) <% c.name_key')
          .orWhere('lower(c.email) LIKE :like')
          .orWhere('lower(c.file_number) LIKE :like');
        if (digits.length >= 4) where.orWhere('c.phone_digits LIKE :digits');
      }),
    );
    builder.addSelect(
      `greatest(similarity(c.name_key, name_key(:q)), word_similarity(name_key(:q), c.name_key),
                CASE WHEN lower(c.email) = lower(:q) OR lower(c.file_number) = lower(:q) THEN 1 ELSE 0 END)`,
      'relevance',
    );
  }

  private sort(builder: SelectQueryBuilder<ClientEntity>, query: ListClientsQuery, searching: boolean): void {
    const order = query.order === 'desc' ? 'DESC' : 'ASC';
    const sort = query.sort ?? (searching ? 'relevance' : 'name');
    switch (sort) {
      case 'relevance':
        if (searching) builder.orderBy('relevance', 'DESC');
        break;
      case 'fileNumber':
        builder.orderBy('c.file_number', order);
        break;
      case 'createdAt':
        builder.orderBy('c.created_at', order);
        break;
      case 'updatedAt':
        builder.orderBy('c.updated_at', order);
        break;
      case 'nextExpiry':
        builder
          .addSelect(
            `(SELECT min(s.valid_to) FROM client_status_history s
               WHERE s.client_id = c.id AND s.type IN ${TEMPORARY_TYPES} AND s.valid_to >= :today)`,
            'next_expiry',
          )
          .orderBy('next_expiry', order, 'NULLS LAST');
        break;
      case 'name':
        builder.orderBy('lower(c.family_name)', order).addOrderBy('lower(c.given_names)', order);
        break;
    }
    builder.addOrderBy('c.id', 'ASC');
  }
}
