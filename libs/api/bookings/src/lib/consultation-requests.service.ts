import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CONSULTATION_REQUEST_STATUSES,
  type ConsultationRequestBookingDto,
  type ConsultationRequestDto,
  type ConsultationRequestPage,
  type ConsultationRequestStatus,
  type ConsultationRequestSummaryDto,
  DEFAULT_PAGE_SIZE,
  type ListConsultationRequestsQuery,
  type Language,
  type SelfAssessmentAnswer,
  type SelfAssessmentRequest,
  type StaffBookingDto,
  type StaffBookingsQuery,
  type UpdateConsultationRequestRequest,
} from '@intake/shared/contracts';
import {
  AlreadyExists,
  AppConfig,
  AuditService,
  InvalidInput,
  NotFound,
  StaleVersion,
  todayIn,
  TransitionRefused,
} from '@intake/api/core';
import { DataSource, type EntityManager } from 'typeorm';
import type { CecResult } from '@intake/shared/cec-rules';
import { ConsultationRequestEntity } from './booking.entities';
import { reasonsOf } from './self-assessment-profile';
import { addDays, daysBetween, formatInstant, isRealDate } from './zoned-time';

/** The moves staff make by hand; `converted` only comes from the conversion. */
export const REQUEST_TRANSITIONS: Record<ConsultationRequestStatus, ConsultationRequestStatus[]> = {
  new: ['contacted', 'booked', 'declined'],
  contacted: ['booked', 'declined'],
  booked: ['contacted', 'declined', 'no_show'],
  no_show: ['contacted', 'booked', 'declined'],
  declined: ['contacted'],
  converted: [],
};

export const MAX_CALENDAR_DAYS = 62;

interface SummaryRow {
  id: string;
  status: ConsultationRequestStatus;
  source: 'booking' | 'self_assessment';
  given_names: string;
  family_name: string;
  email: string;
  preferred_language: 'en' | 'fr';
  program_of_interest: ConsultationRequestSummaryDto['programOfInterest'];
  next_booking_start: Date | null;
  conflict_matches: number;
  created_at: Date;
  version: number;
  total: string;
}

interface BookingRow {
  id: string;
  status: 'confirmed' | 'cancelled';
  start_at: Date;
  end_at: Date;
  mode: 'video' | 'in_person';
  type_code: string;
  type_name_en: string;
  type_name_fr: string;
  staff_id: string;
  staff_name: string;
  consultation_request_id: string;
  given_names: string;
  family_name: string;
  preferred_language: 'en' | 'fr';
}

const SUMMARY_COLUMNS = `
  r.id, r.status, r.source, r.given_names, r.family_name, r.email, r.preferred_language, r.program_of_interest,
  r.created_at, r.version,
  coalesce(jsonb_array_length(r.conflict_precheck -> 'matches'), 0) AS conflict_matches,
  (SELECT coalesce(min(b.start_at) FILTER (WHERE b.start_at >= now()), max(b.start_at))
     FROM bookings b WHERE b.consultation_request_id = r.id AND b.status <> 'cancelled') AS next_booking_start`;

const BOOKING_SELECT = `
  SELECT b.id, b.status, b.start_at, b.end_at, b.mode, t.code AS type_code, t.name_en AS type_name_en, t.name_fr AS type_name_fr,
         b.staff_id, u.name AS staff_name, b.consultation_request_id, r.given_names, r.family_name, r.preferred_language
    FROM bookings b
    JOIN consultation_types t ON t.id = b.consultation_type_id
    JOIN users u ON u.id = b.staff_id
    JOIN consultation_requests r ON r.id = b.consultation_request_id`;

/** Staff follow consultation requests from the public pages, and see the bookings calendar. */
@Injectable()
export class ConsultationRequestsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async list(query: ListConsultationRequestsQuery): Promise<ConsultationRequestPage> {
    const q = query.q?.trim() || null;
    // The search: accent- and case-insensitive words of the name, or part of the e-mail.
    const search = `($1::text IS NULL OR r.name_key LIKE '%' || name_key($1) || '%' OR lower(r.email) LIKE '%' || lower($1) || '%')`;
    const rows: SummaryRow[] = await this.dataSource.query(
      `SELECT ${SUMMARY_COLUMNS}, count(*) OVER () AS total
         FROM consultation_requests r
        WHERE ${search} AND ($2::text IS NULL OR r.status = $2)
        ORDER BY r.created_at DESC, r.id
        LIMIT $3 OFFSET $4`,
      [q, query.status ?? null, query.limit ?? DEFAULT_PAGE_SIZE, query.offset ?? 0],
    );
    const counted: { status: ConsultationRequestStatus; n: number }[] = await this.dataSource.query(
      `SELECT r.status, count(*)::int AS n FROM consultation_requests r WHERE ${search} GROUP BY r.status`,
      [q],
    );
    const counts = Object.fromEntries(CONSULTATION_REQUEST_STATUSES.map((s) => [s, 0])) as Record<
      ConsultationRequestStatus,
      number
    >;
    for (const c of counted) counts[c.status] = c.n;
    const total =
      rows.length > 0
        ? Number(rows[0].total)
        : query.status
          ? counts[query.status]
          : Object.values(counts).reduce((a, b) => a + b, 0);
    return { items: rows.map((r) => this.toSummary(r)), total, counts };
  }

  async get(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ConsultationRequestDto> {
    const [row]: SummaryRow[] = await manager.query(
      `SELECT ${SUMMARY_COLUMNS} FROM consultation_requests r WHERE r.id = $1`,
      [id],
    );
    if (!row) throw new NotFound('No consultation request with this id.');
    const request = await manager.getRepository(ConsultationRequestEntity).findOneByOrFail({ id });
    const [ack]: {
      id: string;
      number: number;
      content_hash: string;
      locale: 'en' | 'fr';
      purpose: string;
      acknowledged_at: Date;
    }[] = await manager.query(
      `SELECT a.id, v.number, a.content_hash, a.locale, a.purpose, a.acknowledged_at
         FROM disclaimer_acknowledgments a JOIN disclaimer_versions v ON v.id = a.version_id WHERE a.id = $1`,
      [request.acknowledgmentId],
    );
    const bookings: BookingRow[] = await manager.query(
      `${BOOKING_SELECT} WHERE b.consultation_request_id = $1 ORDER BY b.start_at`,
      [id],
    );
    return {
      ...this.toSummary(row),
      phone: request.phone,
      otherParties: request.otherParties,
      notes: request.notes,
      acknowledgment: {
        id: ack.id,
        versionNumber: ack.number,
        hash: ack.content_hash,
        locale: ack.locale,
        purpose: ack.purpose,
        acknowledgedAt: ack.acknowledged_at.toISOString(),
      },
      bookings: bookings.map((b) => this.toBooking(b)),
      conflictPrecheck: request.conflictPrecheck,
      clientId: request.clientId,
      caseId: request.caseId,
      convertedAt: request.convertedAt ? request.convertedAt.toISOString() : null,
      selfAssessments: (
        (await manager.query(
          `SELECT id, answer, answers, result, language, as_of::text AS as_of, created_at
             FROM self_assessments WHERE consultation_request_id = $1 ORDER BY created_at`,
          [id],
        )) as {
          id: string;
          answer: SelfAssessmentAnswer;
          answers: Pick<SelfAssessmentRequest, 'canadianWork'>;
          result: CecResult;
          language: Language;
          as_of: string;
          created_at: Date;
        }[]
      ).map((a) => ({
        id: a.id,
        answer: a.answer,
        reasons: reasonsOf(a.result, a.answers, a.language),
        language: a.language,
        asOf: a.as_of,
        createdAt: a.created_at.toISOString(),
      })),
    };
  }

  async update(
    id: string,
    body: UpdateConsultationRequestRequest,
  ): Promise<ConsultationRequestDto> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ConsultationRequestEntity);
      const request = await repository.findOne({
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!request) throw new NotFound('No consultation request with this id.');
      if (request.version !== body.version) throw new StaleVersion();
      const before = { status: request.status, notes: request.notes };
      if (body.status !== undefined && body.status !== request.status) {
        if (!REQUEST_TRANSITIONS[request.status].includes(body.status)) {
          throw new TransitionRefused(`A ${request.status} request cannot become ${body.status}.`);
        }
        request.status = body.status;
      }
      if (body.notes !== undefined) request.notes = body.notes === '' ? null : body.notes;
      const after = { status: request.status, notes: request.notes };
      if (body.selfAssessmentId) await this.linkSelfAssessment(manager, id, body.selfAssessmentId);
      if (before.status === after.status && before.notes === after.notes)
        return this.get(id, manager);
      await repository.save(request);
      await this.audit.record(manager, {
        action: 'consultation_request.update',
        entityType: 'consultation_request',
        entityId: id,
        changes: Object.fromEntries(
          (Object.keys(after) as (keyof typeof after)[])
            .filter((key) => before[key] !== after[key])
            .map((key) => [
              key,
              key === 'notes'
                ? {
                    before: before.notes === null ? null : 'text',
                    after: after.notes === null ? null : 'text',
                  }
                : { before: before[key], after: after[key] },
            ]),
        ),
      });
      return this.get(id, manager);
    });
  }

  /** Links a stored self-assessment to the request (audited); false when it was linked already. */
  async linkSelfAssessment(
    manager: EntityManager,
    requestId: string,
    selfAssessmentId: string,
  ): Promise<boolean> {
    const [row]: { consultation_request_id: string | null }[] = await manager.query(
      `SELECT consultation_request_id FROM self_assessments WHERE id = $1 FOR UPDATE`,
      [selfAssessmentId],
    );
    if (!row) throw new NotFound('No self-assessment with this id.');
    if (row.consultation_request_id === requestId) return false;
    if (row.consultation_request_id)
      throw new AlreadyExists('This self-assessment is linked to another consultation request.');
    await manager.query(`UPDATE self_assessments SET consultation_request_id = $2 WHERE id = $1`, [
      selfAssessmentId,
      requestId,
    ]);
    await this.audit.record(manager, {
      action: 'self_assessment.link',
      entityType: 'consultation_request',
      entityId: requestId,
      changes: { selfAssessmentId: { before: null, after: selfAssessmentId } },
    });
    return true;
  }

  /** The bookings calendar: every booking (cancelled ones too) on the firm's days `from`…`to`. */
  async calendar(query: StaffBookingsQuery): Promise<StaffBookingDto[]> {
    const from = query.from ?? todayIn(this.config.FIRM_TIME_ZONE);
    const to = query.to ?? addDays(from, 14);
    if (!isRealDate(from))
      throw new InvalidInput([{ field: 'from', message: 'is not a day of the calendar' }]);
    if (!isRealDate(to))
      throw new InvalidInput([{ field: 'to', message: 'is not a day of the calendar' }]);
    const span = daysBetween(from, to);
    if (span < 0 || span > MAX_CALENDAR_DAYS)
      throw new InvalidInput([
        { field: 'to', message: `must be 0 to ${MAX_CALENDAR_DAYS} days after from` },
      ]);
    const rows: BookingRow[] = await this.dataSource.query(
      `${BOOKING_SELECT}
        WHERE b.start_at >= ($1::date AT TIME ZONE $3) AND b.start_at < (($2::date + 1) AT TIME ZONE $3)
          AND ($4::uuid IS NULL OR b.staff_id = $4)
        ORDER BY b.start_at, b.staff_id`,
      [from, to, this.config.FIRM_TIME_ZONE, query.staffId ?? null],
    );
    return rows.map((b) => ({
      ...this.toBooking(b),
      typeName: b.type_name_en,
      consultationRequestId: b.consultation_request_id,
      visitorName: `${b.given_names} ${b.family_name}`,
      preferredLanguage: b.preferred_language,
    }));
  }

  private toSummary(row: SummaryRow): ConsultationRequestSummaryDto {
    return {
      id: row.id,
      status: row.status,
      source: row.source,
      givenNames: row.given_names,
      familyName: row.family_name,
      email: row.email,
      preferredLanguage: row.preferred_language,
      programOfInterest: row.program_of_interest,
      nextBookingStart: row.next_booking_start
        ? formatInstant(row.next_booking_start, this.config.FIRM_TIME_ZONE)
        : null,
      conflictMatches: Number(row.conflict_matches),
      createdAt: row.created_at.toISOString(),
      version: row.version,
    };
  }

  private toBooking(b: BookingRow): ConsultationRequestBookingDto {
    const tz = this.config.FIRM_TIME_ZONE;
    return {
      id: b.id,
      status: b.status,
      start: formatInstant(b.start_at, tz),
      end: formatInstant(b.end_at, tz),
      mode: b.mode,
      typeCode: b.type_code,
      staffId: b.staff_id,
      staffName: b.staff_name,
    };
  }
}
