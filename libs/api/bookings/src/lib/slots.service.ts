import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PublicSlotsDto, PublicSlotsQuery } from '@intake/shared/contracts';
import {
  AppConfig,
  InvalidInput,
  SlotTaken,
  todayIn,
  UnprocessableRequest,
} from '@intake/api/core';
import { DataSource, type EntityManager } from 'typeorm';
import { ConsultationTypesService } from './consultation-types.service';
import { SlotIds } from './slot-ids';
import { addDays, daysBetween, formatInstant, isRealDate, localDate } from './zoned-time';

/** Longest range of days one slot request may cover. */
export const MAX_SLOT_RANGE_DAYS = 31;
export const DEFAULT_SLOT_RANGE_DAYS = 14;

export interface Candidate {
  staffId: string;
  start: Date;
  end: Date;
  /** Overlaps a booking of that staff member (with the buffer). */
  taken: boolean;
  /** The staff member's bookings on the range asked for: the least busy is offered first. */
  load: number;
}

interface CandidateRow {
  staff_id: string;
  start_at: Date;
  end_at: Date;
  taken: boolean;
  load: string;
}

/**
 * Times that can be booked: each staff member's windows (weekly hours, or that date's
 * exception) on the firm's calendar days that are not holidays, cut into meetings of the
 * type's length, within the notice and horizon. Local times become instants in PostgreSQL
 * (`AT TIME ZONE`), so days on either side of a DST change get their own offset.
 */
const CANDIDATES_SQL = `
  WITH st AS (SELECT buffer_minutes, min_notice_hours, horizon_days FROM booking_settings WHERE id = 1),
  days AS (
    SELECT d::date AS day FROM generate_series($2::date, $3::date, interval '1 day') AS d
     WHERE NOT EXISTS (SELECT 1 FROM firm_holidays h WHERE h.day = d::date)
  ),
  windows AS (
    SELECT e.staff_id, d.day, e.start_time, e.end_time
      FROM days d JOIN availability_exceptions e ON e.day = d.day
     WHERE e.start_time IS NOT NULL
    UNION ALL
    SELECT w.staff_id, d.day, w.start_time, w.end_time
      FROM days d JOIN availability_weekly_hours w ON w.weekday = extract(isodow FROM d.day)::int
     WHERE NOT EXISTS (SELECT 1 FROM availability_exceptions e WHERE e.staff_id = w.staff_id AND e.day = d.day)
  ),
  candidates AS (
    SELECT w.staff_id, s AS start_at, s + make_interval(mins => $4::int) AS end_at
      FROM windows w
      JOIN users u ON u.id = w.staff_id AND u.active
     CROSS JOIN LATERAL generate_series(
             (w.day + w.start_time) AT TIME ZONE $1,
             ((w.day + w.end_time) AT TIME ZONE $1) - make_interval(mins => $4::int),
             make_interval(mins => $4::int)) AS s
     WHERE ($5::uuid[] IS NULL OR w.staff_id = ANY ($5::uuid[]))
  )
  SELECT c.staff_id, c.start_at, c.end_at,
         EXISTS (SELECT 1 FROM bookings b
                  WHERE b.staff_id = c.staff_id AND b.status <> 'cancelled' AND ($7::uuid IS NULL OR b.id <> $7::uuid)
                    AND tstzrange(b.start_at, b.end_with_buffer) && tstzrange(c.start_at, c.end_at + make_interval(mins => st.buffer_minutes))) AS taken,
         (SELECT count(*) FROM bookings b
           WHERE b.staff_id = c.staff_id AND b.status <> 'cancelled'
             AND b.start_at >= ($2::date AT TIME ZONE $1) AND b.start_at < (($3::date + 1) AT TIME ZONE $1)) AS load
    FROM candidates c CROSS JOIN st
   WHERE c.start_at >= $6::timestamptz + make_interval(hours => st.min_notice_hours)
     AND c.start_at < $6::timestamptz + make_interval(days => st.horizon_days)
   ORDER BY c.start_at, c.staff_id`;

@Injectable()
export class SlotsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly types: ConsultationTypesService,
    private readonly slotIds: SlotIds,
  ) {}

  get timeZone(): string {
    return this.config.FIRM_TIME_ZONE;
  }

  /** Every bookable (staff, start) on the firm's days `from`…`to`, taken or not. */
  async candidates(
    manager: EntityManager,
    range: {
      from: string;
      to: string;
      durationMinutes: number;
      staffIds?: string[];
      ignoreBookingId?: string;
    },
  ): Promise<Candidate[]> {
    const rows: CandidateRow[] = await manager.query(CANDIDATES_SQL, [
      this.timeZone,
      range.from,
      range.to,
      range.durationMinutes,
      range.staffIds ?? null,
      new Date(),
      range.ignoreBookingId ?? null,
    ]);
    return rows.map((r) => ({
      staffId: r.staff_id,
      start: r.start_at,
      end: r.end_at,
      taken: r.taken,
      load: Number(r.load),
    }));
  }

  /**
   * The staff member who will meet at `start` (the one named, or the least busy one free):
   * UnprocessableRequest when the time is not offered at all, SlotTaken when it is booked.
   * The exclusion constraint still has the last word when two requests race.
   */
  async pick(
    manager: EntityManager,
    choice: {
      durationMinutes: number;
      staffId: string | null;
      start: Date;
      ignoreBookingId?: string;
    },
  ): Promise<Candidate> {
    const day = localDate(choice.start, this.timeZone);
    const offered = (
      await this.candidates(manager, {
        from: addDays(day, -1),
        to: addDays(day, 1),
        durationMinutes: choice.durationMinutes,
        staffIds: choice.staffId ? [choice.staffId] : undefined,
        ignoreBookingId: choice.ignoreBookingId,
      })
    ).filter((c) => c.start.getTime() === choice.start.getTime());
    if (offered.length === 0) {
      throw new UnprocessableRequest(
        'This time is not offered (outside the hours, too soon or too far ahead). Choose a time from the list.',
      );
    }
    const free = offered.filter((c) => !c.taken).sort((a, b) => a.load - b.load);
    if (free.length === 0)
      throw new SlotTaken('This time has just been booked. Choose another time.');
    return free[0];
  }

  /** Free times only, one per start, the least busy staff member hidden in the slot id. */
  async publicSlots(query: PublicSlotsQuery): Promise<PublicSlotsDto> {
    const from = query.from ?? todayIn(this.timeZone);
    const to = query.to ?? addDays(from, DEFAULT_SLOT_RANGE_DAYS);
    const errors = [
      ...(isRealDate(from) ? [] : [{ field: 'from', message: 'is not a day of the calendar' }]),
      ...(isRealDate(to) ? [] : [{ field: 'to', message: 'is not a day of the calendar' }]),
    ];
    if (errors.length === 0 && daysBetween(from, to) < 0)
      errors.push({ field: 'to', message: 'must not be before from' });
    if (errors.length === 0 && daysBetween(from, to) > MAX_SLOT_RANGE_DAYS) {
      errors.push({
        field: 'to',
        message: `must be at most ${MAX_SLOT_RANGE_DAYS} days after from`,
      });
    }
    if (errors.length > 0) throw new InvalidInput(errors);
    const manager = this.dataSource.manager;
    const type = await this.types.activeByCode(manager, query.type);
    const free = (
      await this.candidates(manager, { from, to, durationMinutes: type.durationMinutes })
    ).filter((c) => !c.taken);
    const byStart = new Map<number, Candidate>();
    for (const candidate of free) {
      const chosen = byStart.get(candidate.start.getTime());
      if (!chosen || candidate.load < chosen.load)
        byStart.set(candidate.start.getTime(), candidate);
    }
    return {
      type: {
        code: type.code,
        name: query.locale === 'fr' ? type.nameFr : type.nameEn,
        durationMinutes: type.durationMinutes,
        modes: type.modes,
      },
      timeZone: this.timeZone,
      from,
      to,
      slots: [...byStart.values()].map((c) => ({
        slotId: this.slotIds.encode({ staffId: c.staffId, start: c.start, typeCode: type.code }),
        start: formatInstant(c.start, this.timeZone),
        end: formatInstant(c.end, this.timeZone),
      })),
    };
  }
}
