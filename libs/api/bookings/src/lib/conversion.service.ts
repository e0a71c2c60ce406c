import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConversionDto, SelfAssessmentRequest, SessionUser } from '@intake/shared/contracts';
import { AppConfig, AuditService, NotFound, todayIn, TransitionRefused } from '@intake/api/core';
import { CaseEntity, CaseHooks } from '@intake/api/case-data';
import { ClientEntity, IntakeEvents, PartyEntity } from '@intake/api/intake';
import { DataSource, type EntityManager } from 'typeorm';
import { ConsultationRequestEntity } from './booking.entities';

/**
 * Turns a consultation request into a client and a case in one transaction. The clients' and
 * cases' own services open transactions of their own, so the rows are written here with the
 * same numbering, and their effects reached through the shared hooks: IntakeEvents (derived
 * deadlines) and CaseHooks (the document checklist), exactly as a case created by staff.
 */
@Injectable()
export class ConversionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly intakeEvents: IntakeEvents,
    private readonly caseHooks: CaseHooks,
  ) {}

  /** A second call (or a concurrent one, which waits for the first) returns the first result. */
  async convert(id: string, actor: SessionUser): Promise<ConversionDto> {
    return this.dataSource.transaction(async (manager) => {
      const request = await manager
        .getRepository(ConsultationRequestEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw new NotFound('No consultation request with this id.');
      if (request.convertedAt) return this.result(manager, request);
      if (request.status === 'declined')
        throw new TransitionRefused(
          'This request was declined; reopen it (status contacted) before converting it.',
        );

      const [{ number: clientNumber }]: { number: string }[] = await manager.query(
        `SELECT 'C-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('client_file_number_seq')::text, 5, '0') AS number`,
      );
      // The latest linked self-assessment, when there is one, fills what the visitor answered there.
      const [assessment]: { answers: SelfAssessmentRequest }[] = await manager.query(
        `SELECT answers FROM self_assessments WHERE consultation_request_id = $1 ORDER BY created_at DESC LIMIT 1`,
        [id],
      );
      const answers = assessment?.answers ?? null;
      const clients = manager.getRepository(ClientEntity);
      const client = await clients.save(
        clients.create({
          fileNumber: clientNumber,
          givenNames: request.givenNames,
          familyName: request.familyName,
          email: request.email,
          phone: request.phone,
          preferredLanguage: request.preferredLanguage,
          dateOfBirth: answers?.dateOfBirth ?? null,
          intendedProvince: answers?.intendedProvince ?? null,
          createdBy: actor.id,
        }),
      );
      if (answers?.languageTest) {
        const test = answers.languageTest;
        await manager.query(
          `INSERT INTO client_language_tests (client_id, position, test, test_date, reading, writing, listening, speaking)
           VALUES ($1, 0, $2, $3, $4, $5, $6, $7)`,
          [
            client.id,
            test.type,
            test.date,
            test.reading,
            test.writing,
            test.listening,
            test.speaking,
          ],
        );
      }
      if (request.otherParties.length > 0) {
        await manager.getRepository(PartyEntity).insert(
          request.otherParties.map((party, position) => ({
            clientId: client.id,
            position,
            kind: 'other' as const,
            name: party.name,
            notes: `Given at booking as: ${party.relation}`,
          })),
        );
      }
      await this.audit.record(manager, {
        action: 'client.create',
        entityType: 'client',
        entityId: client.id,
        changes: {
          fileNumber: { before: null, after: clientNumber },
          source: {
            before: null,
            after: {
              consultationRequestId: id,
              acknowledgmentId: request.acknowledgmentId,
              fromSelfAssessment: answers !== null,
            },
          },
        },
      });

      const caseType =
        request.programOfInterest === 'cec_express_entry' ? 'cec_express_entry' : 'consultation';
      const [first]: { code: string }[] = await manager.query(
        `SELECT code FROM case_stages WHERE case_type = $1 ORDER BY position LIMIT 1`,
        [caseType],
      );
      const [{ number: caseNumber }]: { number: string }[] = await manager.query(
        `SELECT 'CASE-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('case_file_number_seq')::text, 5, '0') AS number`,
      );
      const [lawyer]: { staff_id: string }[] = await manager.query(
        `SELECT b.staff_id FROM bookings b JOIN users u ON u.id = b.staff_id AND u.role IN ('lawyer', 'admin')
          WHERE b.consultation_request_id = $1 AND b.status <> 'cancelled' ORDER BY b.start_at DESC LIMIT 1`,
        [id],
      );
      const cases = manager.getRepository(CaseEntity);
      const created = await cases.save(
        cases.create({
          fileNumber: caseNumber,
          clientId: client.id,
          type: caseType,
          responsibleLawyerId: lawyer?.staff_id ?? (actor.role === 'lawyer' ? actor.id : null),
          paralegalId: actor.role === 'paralegal' ? actor.id : null,
          stage: first.code,
          stageEnteredAt: new Date(),
          openedOn: todayIn(this.config.FIRM_TIME_ZONE),
          summary: `From consultation request (${request.programOfInterest})`,
          createdBy: actor.id,
        }),
      );
      await this.audit.record(manager, {
        action: 'case.create',
        entityType: 'case',
        entityId: created.id,
        changes: {
          fileNumber: { before: null, after: caseNumber },
          type: { before: null, after: caseType },
          stage: { before: null, after: created.stage },
          clientId: { before: null, after: client.id },
        },
      });
      await this.caseHooks.caseCreated(manager, created);
      await this.intakeEvents.changed(manager, client.id, 'intake');

      const previous = request.status;
      request.status = 'converted';
      request.clientId = client.id;
      request.caseId = created.id;
      request.convertedBy = actor.id;
      request.convertedAt = new Date();
      const saved = await manager.getRepository(ConsultationRequestEntity).save(request);
      await this.audit.record(manager, {
        action: 'consultation_request.convert',
        entityType: 'consultation_request',
        entityId: id,
        changes: {
          status: { before: previous, after: 'converted' },
          clientId: { before: null, after: client.id },
          caseId: { before: null, after: created.id },
        },
      });
      return this.result(manager, saved);
    });
  }

  private async result(
    manager: EntityManager,
    request: ConsultationRequestEntity,
  ): Promise<ConversionDto> {
    const [row]: {
      client_id: string;
      client_file: string;
      case_id: string;
      case_file: string;
      type: 'cec_express_entry' | 'consultation';
    }[] = await manager.query(
      `SELECT c.id AS client_id, c.file_number AS client_file, k.id AS case_id, k.file_number AS case_file, k.type
           FROM clients c JOIN cases k ON k.id = $2 WHERE c.id = $1`,
      [request.clientId, request.caseId],
    );
    if (!row)
      throw new NotFound('The client or case made from this request has since been deleted.');
    return {
      consultationRequestId: request.id,
      clientId: row.client_id,
      clientFileNumber: row.client_file,
      caseId: row.case_id,
      caseFileNumber: row.case_file,
      caseType: row.type,
      convertedAt: (request.convertedAt as Date).toISOString(),
    };
  }
}
