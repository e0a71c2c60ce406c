import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AvailabilityExceptionInput,
  BookingSettingsDto,
  FieldError,
  HolidayDto,
  HolidayRequest,
  PutAvailabilityRequest,
  PutBookingSettingsRequest,
  StaffAvailabilityDto,
  WeeklyHoursInput,
} from '@intake/shared/contracts';
import {
  AlreadyExists,
  AppConfig,
  AuditService,
  InvalidInput,
  NotFound,
  StaleVersion,
  UserEntity,
} from '@intake/api/core';
import { DataSource, type EntityManager } from 'typeorm';
import { BookingSettingsEntity } from './booking.entities';
import { isRealDate } from './zoned-time';

interface HoursRow {
  weekday: number;
  start_time: string;
  end_time: string;
}
interface ExceptionRow {
  day: string;
  start_time: string | null;
  end_time: string | null;
}

/** Staff hours in the firm's time zone, exceptions, firm holidays and the booking settings. */
@Injectable()
export class AvailabilityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async get(
    staffId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<StaffAvailabilityDto> {
    await this.requireStaff(manager, staffId);
    const hours: HoursRow[] = await manager.query(
      `SELECT weekday, to_char(start_time, 'HH24:MI') AS start_time, to_char(end_time, 'HH24:MI') AS end_time
         FROM availability_weekly_hours WHERE staff_id = $1 ORDER BY weekday, start_time`,
      [staffId],
    );
    const exceptions: ExceptionRow[] = await manager.query(
      `SELECT day::text AS day, to_char(start_time, 'HH24:MI') AS start_time, to_char(end_time, 'HH24:MI') AS end_time
         FROM availability_exceptions WHERE staff_id = $1 ORDER BY day, start_time NULLS FIRST`,
      [staffId],
    );
    return {
      staffId,
      timeZone: this.config.FIRM_TIME_ZONE,
      weeklyHours: hours.map((h) => ({ weekday: h.weekday, start: h.start_time, end: h.end_time })),
      exceptions: exceptions.map((e) => ({ date: e.day, start: e.start_time, end: e.end_time })),
    };
  }

  /** Replaces the weekly hours and exceptions whole; bookings already made stay. */
  async put(staffId: string, request: PutAvailabilityRequest): Promise<StaffAvailabilityDto> {
    checkAvailability(request);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.get(staffId, manager);
      await manager.query(`DELETE FROM availability_weekly_hours WHERE staff_id = $1`, [staffId]);
      await manager.query(`DELETE FROM availability_exceptions WHERE staff_id = $1`, [staffId]);
      for (const h of request.weeklyHours) {
        await manager.query(
          `INSERT INTO availability_weekly_hours (staff_id, weekday, start_time, end_time) VALUES ($1, $2, $3, $4)`,
          [staffId, h.weekday, h.start, h.end],
        );
      }
      for (const e of request.exceptions) {
        await manager.query(
          `INSERT INTO availability_exceptions (staff_id, day, start_time, end_time) VALUES ($1, $2, $3, $4)`,
          [staffId, e.date, e.start ?? null, e.end ?? null],
        );
      }
      const after = await this.get(staffId, manager);
      await this.audit.record(manager, {
        action: 'availability.update',
        entityType: 'user',
        entityId: staffId,
        changes: {
          weeklyHours: { before: before.weeklyHours, after: after.weeklyHours },
          exceptions: { before: before.exceptions, after: after.exceptions },
        },
      });
      return after;
    });
  }

  async settings(manager: EntityManager = this.dataSource.manager): Promise<BookingSettingsDto> {
    const row = await manager.getRepository(BookingSettingsEntity).findOneByOrFail({ id: 1 });
    return {
      bufferMinutes: row.bufferMinutes,
      minNoticeHours: row.minNoticeHours,
      horizonDays: row.horizonDays,
      timeZone: this.config.FIRM_TIME_ZONE,
      version: row.version,
    };
  }

  async putSettings(request: PutBookingSettingsRequest): Promise<BookingSettingsDto> {
    return this.dataSource.transaction(async (manager) => {
      const row = await manager
        .getRepository(BookingSettingsEntity)
        .findOne({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
      if (!row) throw new NotFound('The booking settings are missing.');
      if (row.version !== request.version) throw new StaleVersion();
      const before = {
        bufferMinutes: row.bufferMinutes,
        minNoticeHours: row.minNoticeHours,
        horizonDays: row.horizonDays,
      };
      const after = {
        bufferMinutes: request.bufferMinutes,
        minNoticeHours: request.minNoticeHours,
        horizonDays: request.horizonDays,
      };
      await manager.getRepository(BookingSettingsEntity).save({ ...row, ...after });
      await this.audit.record(manager, {
        action: 'booking_settings.update',
        entityType: 'booking_settings',
        entityId: '1',
        changes: Object.fromEntries(
          (Object.keys(after) as (keyof typeof after)[])
            .filter((key) => before[key] !== after[key])
            .map((key) => [key, { before: before[key], after: after[key] }]),
        ),
      });
      return this.settings(manager);
    });
  }

  async holidays(year: number | undefined): Promise<HolidayDto[]> {
    const rows: { day: string; name: string }[] = await this.dataSource.query(
      `SELECT day::text AS day, name FROM firm_holidays WHERE ($1::int IS NULL OR extract(year FROM day) = $1) ORDER BY day`,
      [year ?? null],
    );
    return rows.map((r) => ({ date: r.day, name: r.name }));
  }

  async addHoliday(request: HolidayRequest): Promise<HolidayDto> {
    if (!isRealDate(request.date))
      throw new InvalidInput([{ field: 'date', message: 'is not a day of the calendar' }]);
    return this.dataSource.transaction(async (manager) => {
      const inserted: { day: string }[] = await manager.query(
        `INSERT INTO firm_holidays (day, name) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING day`,
        [request.date, request.name],
      );
      if (inserted.length === 0)
        throw new AlreadyExists(`${request.date} is already a firm holiday.`);
      await this.audit.record(manager, {
        action: 'holiday.create',
        entityType: 'firm_holiday',
        entityId: request.date,
        changes: { holiday: { before: null, after: { date: request.date, name: request.name } } },
      });
      return { date: request.date, name: request.name };
    });
  }

  async removeHoliday(date: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [rows]: [{ name: string }[], number] = await manager.query(
        `DELETE FROM firm_holidays WHERE day = $1 RETURNING name`,
        [date],
      );
      if (rows.length === 0) throw new NotFound(`${date} is not a firm holiday.`);
      await this.audit.record(manager, {
        action: 'holiday.delete',
        entityType: 'firm_holiday',
        entityId: date,
        changes: { holiday: { before: { date, name: rows[0].name }, after: null } },
      });
    });
  }

  private async requireStaff(manager: EntityManager, staffId: string): Promise<void> {
    const user = await manager
      .getRepository(UserEntity)
      .findOne({ where: { id: staffId }, select: { id: true } });
    if (!user) throw new NotFound('No staff member with this id.');
  }
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h * 60 + m;
}

function checkAvailability(request: PutAvailabilityRequest): void {
  const errors: FieldError[] = [];
  const ranges = new Map<string, { start: number; end: number; field: string }[]>();
  const add = (key: string, start: string, end: string, field: string) => {
    if (minutes(end) <= minutes(start)) {
      errors.push({ field: `${field}.end`, message: 'must be after start' });
      return;
    }
    const list = ranges.get(key) ?? [];
    const overlap = list.find((r) => minutes(start) < r.end && r.start < minutes(end));
    if (overlap) errors.push({ field, message: `overlaps ${overlap.field}` });
    list.push({ start: minutes(start), end: minutes(end), field });
    ranges.set(key, list);
  };
  request.weeklyHours.forEach((h: WeeklyHoursInput, i) =>
    add(`w${h.weekday}`, h.start, h.end, `weeklyHours[${i}]`),
  );
  const offDays = new Set<string>();
  const openDays = new Set<string>();
  request.exceptions.forEach((e: AvailabilityExceptionInput, i) => {
    const field = `exceptions[${i}]`;
    if (!isRealDate(e.date))
      errors.push({ field: `${field}.date`, message: 'is not a day of the calendar' });
    const hasStart = e.start !== undefined && e.start !== null;
    const hasEnd = e.end !== undefined && e.end !== null;
    if (hasStart !== hasEnd) {
      errors.push({
        field: hasStart ? `${field}.end` : `${field}.start`,
        message: 'is required with the other time (leave both out for a day off)',
      });
      return;
    }
    if (hasStart && hasEnd) {
      openDays.add(e.date);
      add(`d${e.date}`, e.start as string, e.end as string, field);
    } else {
      offDays.add(e.date);
    }
  });
  for (const day of offDays) {
    if (openDays.has(day))
      errors.push({ field: 'exceptions', message: `${day} is both off and open` });
  }
  if (errors.length > 0) throw new InvalidInput(errors);
}
