import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PublicBookingDto, RescheduleBookingRequest } from '@intake/shared/contracts';
import {
  AuditService,
  InvalidInput,
  NotFound,
  SlotTaken,
  TransitionRefused,
} from '@intake/api/core';
import { tokenHash } from '@intake/api/disclaimers';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { AvailabilityService } from './availability.service';
import { BookingMailer } from './booking-mailer';
import {
  BookingEntity,
  ConsultationRequestEntity,
  ConsultationTypeEntity,
} from './booking.entities';
import { toPublicBookingDto } from './public-bookings.service';
import { SlotIds } from './slot-ids';
import { SlotsService } from './slots.service';

const MANAGE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface Loaded {
  booking: BookingEntity;
  type: ConsultationTypeEntity;
  request: ConsultationRequestEntity;
}

/**
 * What a visitor does with the private link of their booking: see it, cancel it, move it.
 * The link works until the meeting ends; only the hash of its token is stored.
 */
@Injectable()
export class ManageBookingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly availability: AvailabilityService,
    private readonly slots: SlotsService,
    private readonly slotIds: SlotIds,
    private readonly mailer: BookingMailer,
  ) {}

  async get(token: string): Promise<PublicBookingDto> {
    const { booking, type, request } = await this.load(this.dataSource.manager, token, false);
    return toPublicBookingDto(booking, type, request.preferredLanguage, this.slots.timeZone);
  }

  async cancel(token: string): Promise<PublicBookingDto> {
    let outboxId: string | null = null;
    const dto = await this.dataSource.transaction(async (manager) => {
      const { booking, type, request } = await this.load(manager, token, true);
      if (booking.status === 'cancelled')
        return toPublicBookingDto(booking, type, request.preferredLanguage, this.slots.timeZone);
      if (booking.startAt <= new Date())
        throw new TransitionRefused(
          'This meeting has started or is over; it can no longer be cancelled here.',
        );
      booking.status = 'cancelled';
      booking.cancelledAt = new Date();
      const saved = await manager.getRepository(BookingEntity).save(booking);
      await this.audit.record(manager, {
        action: 'booking.cancel',
        entityType: 'booking',
        entityId: booking.id,
        changes: {
          status: { before: 'confirmed', after: 'cancelled' },
          by: { before: null, after: 'visitor' },
        },
      });
      outboxId = await this.mailer.queue(manager, this.message('cancelled', saved, type, request));
      return toPublicBookingDto(saved, type, request.preferredLanguage, this.slots.timeZone);
    });
    await this.mailer.deliver(outboxId);
    return dto;
  }

  /** Moves the booking to another listed slot of the same type, under the same exclusion rules. */
  async reschedule(token: string, body: RescheduleBookingRequest): Promise<PublicBookingDto> {
    let outboxId: string | null = null;
    let dto: PublicBookingDto;
    try {
      dto = await this.dataSource.transaction(async (manager) => {
        const { booking, type, request } = await this.load(manager, token, true);
        if (booking.status === 'cancelled')
          throw new TransitionRefused('This booking is cancelled; book a new time instead.');
        if (booking.startAt <= new Date())
          throw new TransitionRefused(
            'This meeting has started or is over; it can no longer be moved here.',
          );
        const slot = this.slotIds.decode(body.slotId);
        if (!slot)
          throw new InvalidInput([
            { field: 'slotId', message: 'is not a slot id from /api/public/slots' },
          ]);
        if (slot.typeCode !== type.code)
          throw new InvalidInput([
            { field: 'slotId', message: `must be a slot of the same consultation (${type.code})` },
          ]);
        const chosen = await this.slots.pick(manager, {
          durationMinutes: type.durationMinutes,
          staffId: slot.staffId,
          start: slot.start,
          ignoreBookingId: booking.id,
        });
        const settings = await this.availability.settings(manager);
        const before = {
          staffId: booking.staffId,
          start: booking.startAt.toISOString(),
          end: booking.endAt.toISOString(),
        };
        booking.staffId = chosen.staffId;
        booking.startAt = chosen.start;
        booking.endAt = chosen.end;
        booking.endWithBuffer = new Date(chosen.end.getTime() + settings.bufferMinutes * 60_000);
        booking.manageTokenExpiresAt = chosen.end;
        const saved = await manager.getRepository(BookingEntity).save(booking);
        await this.audit.record(manager, {
          action: 'booking.reschedule',
          entityType: 'booking',
          entityId: booking.id,
          changes: {
            booking: {
              before,
              after: {
                staffId: saved.staffId,
                start: saved.startAt.toISOString(),
                end: saved.endAt.toISOString(),
              },
            },
            by: { before: null, after: 'visitor' },
          },
        });
        outboxId = await this.mailer.queue(manager, {
          ...this.message('rescheduled', saved, type, request),
          manageToken: token,
        });
        return toPublicBookingDto(saved, type, request.preferredLanguage, this.slots.timeZone);
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23P01'
      ) {
        throw new SlotTaken('Someone else has just booked this time. Choose another time.');
      }
      throw error;
    }
    await this.mailer.deliver(outboxId);
    return dto;
  }

  private message(
    kind: 'cancelled' | 'rescheduled',
    booking: BookingEntity,
    type: ConsultationTypeEntity,
    request: ConsultationRequestEntity,
  ) {
    return {
      kind,
      bookingId: booking.id,
      version: booking.version,
      start: booking.startAt,
      end: booking.endAt,
      mode: booking.mode,
      typeName: request.preferredLanguage === 'fr' ? type.nameFr : type.nameEn,
      language: request.preferredLanguage,
      visitor: { name: `${request.givenNames} ${request.familyName}`, email: request.email },
    };
  }

  /** The booking of a token still valid; a wrong, unknown or expired token is simply not found. */
  private async load(manager: EntityManager, token: string, lock: boolean): Promise<Loaded> {
    const notFound = new NotFound('This booking link is unknown or has expired.');
    if (!MANAGE_TOKEN.test(token)) throw notFound;
    const booking = await manager.getRepository(BookingEntity).findOne({
      where: { manageTokenHash: tokenHash(token) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!booking || booking.manageTokenExpiresAt <= new Date()) throw notFound;
    const type = await manager
      .getRepository(ConsultationTypeEntity)
      .findOneByOrFail({ id: booking.consultationTypeId });
    const request = await manager
      .getRepository(ConsultationRequestEntity)
      .findOneByOrFail({ id: booking.consultationRequestId });
    return { booking, type, request };
  }
}
