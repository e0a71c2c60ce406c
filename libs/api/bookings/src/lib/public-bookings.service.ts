import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CreatePublicBookingRequest,
  IDEMPOTENCY_KEY,
  type PublicBookingDto,
} from '@intake/shared/contracts';
import { AuditService, InvalidInput, SlotTaken, UnprocessableRequest } from '@intake/api/core';
import { DisclaimersService, tokenHash } from '@intake/api/disclaimers';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AvailabilityService } from './availability.service';
import { BookingMailer } from './booking-mailer';
import {
  BookingEntity,
  ConsultationRequestEntity,
  type ConsultationTypeEntity,
} from './booking.entities';
import { runConflictPrecheck } from './conflict-precheck';
import { ConsultationTypesService } from './consultation-types.service';
import { SlotIds } from './slot-ids';
import { SlotsService } from './slots.service';
import { formatInstant } from './zoned-time';

export const BOOKING_SCOPE = 'public-booking';

/** A status and body to send back: the first answer, or its replay. */
export interface Answer<T> {
  status: number;
  body: T;
}

const EXCLUSION_VIOLATION = '23P01';

function isExclusionViolation(error: unknown): boolean {
  return (
    error instanceof QueryFailedError &&
    (error.driverError as { code?: string }).code === EXCLUSION_VIOLATION
  );
}

/**
 * A visitor books a consultation: the acknowledgment, the slot, a consultation request and the
 * booking in one transaction. The database refuses a second booking on the same time (an
 * exclusion constraint) and a second use of an idempotency key (its primary key), so races
 * end in one booking and repeats get the first answer.
 */
@Injectable()
export class PublicBookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly disclaimers: DisclaimersService,
    private readonly types: ConsultationTypesService,
    private readonly availability: AvailabilityService,
    private readonly slots: SlotsService,
    private readonly slotIds: SlotIds,
    private readonly mailer: BookingMailer,
  ) {}

  async create(
    request: CreatePublicBookingRequest,
    idempotencyKey: string | undefined,
  ): Promise<Answer<PublicBookingDto>> {
    if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new InvalidInput([
        {
          field: 'Idempotency-Key',
          message:
            'header is required: 16 to 100 letters, digits, - or _ (a new UUID per submission)',
        },
      ]);
    }
    const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');
    let outboxId: string | null = null;
    let answer: Answer<PublicBookingDto>;
    try {
      answer = await this.dataSource.transaction(async (manager) => {
        // Waits for a concurrent holder of the same key to finish, then sees its answer.
        const claimed: { key: string }[] = await manager.query(
          `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING key`,
          [BOOKING_SCOPE, idempotencyKey, requestHash],
        );
        if (claimed.length === 0) return this.replay(manager, idempotencyKey, requestHash);
        const booked = await this.book(manager, request);
        outboxId = booked.outboxId;
        await manager.query(
          `UPDATE idempotency_keys SET status_code = 201, response = $3 WHERE scope = $1 AND key = $2`,
          [BOOKING_SCOPE, idempotencyKey, JSON.stringify(booked.body)],
        );
        return { status: 201, body: booked.body };
      });
    } catch (error) {
      if (isExclusionViolation(error))
        throw new SlotTaken('Someone else has just booked this time. Choose another time.');
      throw error;
    }
    await this.mailer.deliver(outboxId);
    return answer;
  }

  private async replay(
    manager: EntityManager,
    key: string,
    requestHash: string,
  ): Promise<Answer<PublicBookingDto>> {
    const [first]: {
      request_hash: string;
      status_code: number | null;
      response: PublicBookingDto | null;
    }[] = await manager.query(
      `SELECT request_hash, status_code, response FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [BOOKING_SCOPE, key],
    );
    if (first.request_hash !== requestHash) {
      throw new UnprocessableRequest(
        'This Idempotency-Key was used for a different booking request. Use a new key for a new submission.',
      );
    }
    if (first.status_code === null || first.response === null)
      throw new UnprocessableRequest('The first submission with this key is unfinished.');
    return { status: first.status_code, body: first.response };
  }

  private async book(
    manager: EntityManager,
    request: CreatePublicBookingRequest,
  ): Promise<{ body: PublicBookingDto; outboxId: string }> {
    const acknowledgment = await this.disclaimers.requireAcknowledgment(
      request.acknowledgmentToken,
      'booking',
      manager,
    );
    const { type, staffId, start } = await this.resolveSlot(manager, request);
    if (!type.modes.includes(request.mode)) {
      throw new InvalidInput([
        { field: 'mode', message: `must be one of ${type.modes.join(', ')} for this consultation` },
      ]);
    }
    const settings = await this.availability.settings(manager);
    const chosen = await this.slots.pick(manager, {
      durationMinutes: type.durationMinutes,
      staffId,
      start,
    });
    const manageToken = randomBytes(32).toString('base64url');

    const pre = request.preScreen;
    const otherParties = (pre.otherParties ?? []).map((p) => ({
      name: p.name,
      relation: p.relation,
    }));
    const conflictPrecheck = await runConflictPrecheck(manager, [
      { name: `${pre.givenNames} ${pre.familyName}`, role: 'visitor', email: pre.email },
      ...otherParties.map((p) => ({ name: p.name, role: `party:${p.relation}`, email: null })),
    ]);
    const requests = manager.getRepository(ConsultationRequestEntity);
    const consultationRequest = await requests.save(
      requests.create({
        status: 'booked',
        source: 'booking',
        givenNames: pre.givenNames,
        familyName: pre.familyName,
        email: pre.email,
        phone: pre.phone ?? null,
        preferredLanguage: pre.preferredLanguage,
        programOfInterest: pre.programOfInterest,
        otherParties,
        acknowledgmentId: acknowledgment.id,
        conflictPrecheck,
      }),
    );
    const bookings = manager.getRepository(BookingEntity);
    const booking = await bookings.save(
      bookings.create({
        staffId: chosen.staffId,
        consultationTypeId: type.id,
        consultationRequestId: consultationRequest.id,
        acknowledgmentId: acknowledgment.id,
        mode: request.mode,
        startAt: chosen.start,
        endAt: chosen.end,
        endWithBuffer: new Date(chosen.end.getTime() + settings.bufferMinutes * 60_000),
        status: 'confirmed',
        manageTokenHash: tokenHash(manageToken),
        manageTokenExpiresAt: chosen.end,
      }),
    );
    if (pre.selfAssessmentToken) {
      // UPDATE … RETURNING answers [rows, count].
      const [linked]: [{ id: string }[], number] = await manager.query(
        `UPDATE self_assessments SET consultation_request_id = $2 WHERE token_hash = $1 AND consultation_request_id IS NULL RETURNING id`,
        [tokenHash(pre.selfAssessmentToken), consultationRequest.id],
      );
      if (linked.length === 0) {
        throw new InvalidInput([
          {
            field: 'preScreen.selfAssessmentToken',
            message: 'is not a self-assessment of yours that is still unlinked',
          },
        ]);
      }
    }
    // Ids, times and choices only: names and contact details stay in their own table.
    await this.audit.record(manager, {
      action: 'consultation_request.create',
      entityType: 'consultation_request',
      entityId: consultationRequest.id,
      changes: {
        request: {
          before: null,
          after: {
            source: 'booking',
            status: 'booked',
            programOfInterest: pre.programOfInterest,
            acknowledgmentId: acknowledgment.id,
            conflictMatches: conflictPrecheck.matches.length,
          },
        },
      },
    });
    await this.audit.record(manager, {
      action: 'booking.create',
      entityType: 'booking',
      entityId: booking.id,
      changes: {
        booking: {
          before: null,
          after: {
            staffId: booking.staffId,
            type: type.code,
            mode: booking.mode,
            start: booking.startAt.toISOString(),
            end: booking.endAt.toISOString(),
            consultationRequestId: consultationRequest.id,
          },
        },
      },
    });
    const outboxId = await this.mailer.queue(manager, {
      kind: 'confirmation',
      bookingId: booking.id,
      version: booking.version,
      start: booking.startAt,
      end: booking.endAt,
      mode: booking.mode,
      typeName: pre.preferredLanguage === 'fr' ? type.nameFr : type.nameEn,
      language: pre.preferredLanguage,
      visitor: { name: `${pre.givenNames} ${pre.familyName}`, email: pre.email },
      manageToken,
    });
    return {
      body: toPublicBookingDto(booking, type, pre.preferredLanguage, this.slots.timeZone),
      outboxId,
    };
  }

  /** The type, the staff member (when the slot id names one) and the start the visitor chose. */
  private async resolveSlot(
    manager: EntityManager,
    request: CreatePublicBookingRequest,
  ): Promise<{ type: ConsultationTypeEntity; staffId: string | null; start: Date }> {
    if (request.slotId !== undefined) {
      const slot = this.slotIds.decode(request.slotId);
      if (!slot)
        throw new InvalidInput([
          { field: 'slotId', message: 'is not a slot id from /api/public/slots' },
        ]);
      return {
        type: await this.types.activeByCode(manager, slot.typeCode),
        staffId: slot.staffId,
        start: slot.start,
      };
    }
    return {
      type: await this.types.activeByCode(manager, request.type as string),
      staffId: null,
      start: new Date(request.start as string),
    };
  }
}

export function toPublicBookingDto(
  booking: BookingEntity,
  type: ConsultationTypeEntity,
  language: 'en' | 'fr',
  timeZone: string,
): PublicBookingDto {
  return {
    id: booking.id,
    status: booking.status,
    start: formatInstant(booking.startAt, timeZone),
    end: formatInstant(booking.endAt, timeZone),
    timeZone,
    mode: booking.mode,
    type: {
      code: type.code,
      name: language === 'fr' ? type.nameFr : type.nameEn,
      durationMinutes: type.durationMinutes,
    },
    preferredLanguage: language,
  };
}
