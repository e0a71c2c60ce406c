import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ConsultationTypeDto,
  ConsultationTypeRequest,
  Language,
  PublicConsultationTypeDto,
  UpdateConsultationTypeRequest,
} from '@intake/shared/contracts';
import {
  AlreadyExists,
  AuditService,
  NotFound,
  StaleVersion,
  TransitionRefused,
} from '@intake/api/core';
import { DataSource, type EntityManager } from 'typeorm';
import { ConsultationTypeEntity } from './booking.entities';

const FIELDS = ['nameEn', 'nameFr', 'durationMinutes', 'modes', 'active'] as const;

/** What a visitor can book (code, names, duration, modes); admins keep the list. */
@Injectable()
export class ConsultationTypesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<ConsultationTypeDto[]> {
    const rows = await this.dataSource
      .getRepository(ConsultationTypeEntity)
      .find({ order: { active: 'DESC', code: 'ASC' } });
    return rows.map(toTypeDto);
  }

  /** The types a visitor can book, named in one language. */
  async offered(locale: Language = 'en'): Promise<PublicConsultationTypeDto[]> {
    const rows = await this.dataSource
      .getRepository(ConsultationTypeEntity)
      .find({ where: { active: true }, order: { durationMinutes: 'ASC', code: 'ASC' } });
    return rows.map((row) => ({
      code: row.code,
      name: locale === 'fr' ? row.nameFr : row.nameEn,
      durationMinutes: row.durationMinutes,
      modes: row.modes,
    }));
  }

  /** An active type by its code, for the public routes. */
  async activeByCode(manager: EntityManager, code: string): Promise<ConsultationTypeEntity> {
    const type = await manager
      .getRepository(ConsultationTypeEntity)
      .findOneBy({ code, active: true });
    if (!type) throw new NotFound(`No consultation type "${code}" is offered.`);
    return type;
  }

  async create(request: ConsultationTypeRequest): Promise<ConsultationTypeDto> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsultationTypeEntity);
      if (await repository.existsBy({ code: request.code }))
        throw new AlreadyExists(`A consultation type with code "${request.code}" exists.`);
      const saved = await repository.save(
        repository.create({
          code: request.code,
          nameEn: request.nameEn,
          nameFr: request.nameFr,
          durationMinutes: request.durationMinutes,
          modes: request.modes,
          active: request.active ?? true,
        }),
      );
      await this.audit.record(manager, {
        action: 'consultation_type.create',
        entityType: 'consultation_type',
        entityId: saved.id,
        changes: { type: { before: null, after: toTypeDto(saved) } },
      });
      return toTypeDto(saved);
    });
  }

  async update(id: string, request: UpdateConsultationTypeRequest): Promise<ConsultationTypeDto> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsultationTypeEntity);
      const row = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFound('No consultation type with this id.');
      if (row.version !== request.version) throw new StaleVersion();
      const before = toTypeDto(row);
      for (const field of FIELDS) {
        if (request[field] !== undefined)
          (row as unknown as Record<string, unknown>)[field] = request[field];
      }
      const saved = await repository.save(row);
      const after = toTypeDto(saved);
      await this.audit.record(manager, {
        action: 'consultation_type.update',
        entityType: 'consultation_type',
        entityId: id,
        changes: Object.fromEntries(
          FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])).map((f) => [
            f,
            { before: before[f], after: after[f] },
          ]),
        ),
      });
      return after;
    });
  }

  /** Deletes a type never booked; a type with bookings can only be deactivated. */
  async remove(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(ConsultationTypeEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFound('No consultation type with this id.');
      const [{ used }]: { used: boolean }[] = await manager.query(
        `SELECT EXISTS (SELECT 1 FROM bookings WHERE consultation_type_id = $1) AS used`,
        [id],
      );
      if (used)
        throw new TransitionRefused(
          'This type has bookings; deactivate it instead (active: false).',
        );
      await manager.getRepository(ConsultationTypeEntity).delete({ id });
      await this.audit.record(manager, {
        action: 'consultation_type.delete',
        entityType: 'consultation_type',
        entityId: id,
        changes: { type: { before: toTypeDto(row), after: null } },
      });
    });
  }
}

export function toTypeDto(row: ConsultationTypeEntity): ConsultationTypeDto {
  return {
    id: row.id,
    code: row.code,
    nameEn: row.nameEn,
    nameFr: row.nameFr,
    durationMinutes: row.durationMinutes,
    modes: row.modes,
    active: row.active,
    version: row.version,
  };
}
