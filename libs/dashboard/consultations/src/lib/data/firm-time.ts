import { Pipe, type PipeTransform } from '@angular/core';
import { addDays, isoDayToUtc } from '@intake/dashboard/ui';

/*
 * The API writes booking times as the firm's wall clock with that moment's offset
 * (`2026-03-09T09:30:00-04:00`). They are shown as written, whatever the browser's time zone:
 * the wall clock is read from the text and formatted as if it were UTC.
 */

const FIRM_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export interface FirmWallClock {
  /** The firm's calendar day, `YYYY-MM-DD`. */
  date: string;
  hour: number;
  minute: number;
  /** `UTC−04:00` (or `UTC` for Z). */
  offset: string;
  /** The wall clock as a UTC timestamp, for formatting with `timeZone: 'UTC'`. */
  utc: number;
}

export function firmWallClock(instant: string | null | undefined): FirmWallClock | null {
  const match = instant ? FIRM_INSTANT.exec(instant) : null;
  if (!match) {
    return null;
  }
  const day = isoDayToUtc(match[1]);
  const hour = Number(match[2]);
  const minute = Number(match[3]);
  if (day === null || hour > 23 || minute > 59) {
    return null;
  }
  const zone = match[5];
  return {
    date: match[1],
    hour,
    minute,
    offset: zone === 'Z' ? 'UTC' : `UTC${zone.replace('-', '−')}`,
    utc: day + (hour * 60 + minute) * 60_000,
  };
}

function locale(language: string): string {
  return `${language}-CA`;
}

/** "9:30 a.m." / "9 h 30" on the firm's clock; the text as given when it is not an instant. */
export function formatFirmTime(instant: string | null | undefined, language: string): string {
  const clock = firmWallClock(instant);
  if (!clock) {
    return instant ?? '';
  }
  return new Intl.DateTimeFormat(locale(language), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(clock.utc));
}

/** "Mon, Mar 9, 2026, 9:30 a.m." on the firm's clock. */
export function formatFirmDateTime(instant: string | null | undefined, language: string): string {
  const clock = firmWallClock(instant);
  if (!clock) {
    return instant ?? '';
  }
  return new Intl.DateTimeFormat(locale(language), {
    weekday: 'short',
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(clock.utc));
}

/** `{{ booking.start | firmDateTime: language() }}`. */
@Pipe({ name: 'firmDateTime' })
export class FirmDateTimePipe implements PipeTransform {
  transform(value: string | null | undefined, language: string): string {
    return formatFirmDateTime(value, language);
  }
}

/** `{{ booking.start | firmTime: language() }}`. */
@Pipe({ name: 'firmTime' })
export class FirmTimePipe implements PipeTransform {
  transform(value: string | null | undefined, language: string): string {
    return formatFirmTime(value, language);
  }
}

/** The Monday of the week of a day (ISO weeks: Monday to Sunday). */
export function mondayOf(day: string): string {
  const time = isoDayToUtc(day);
  if (time === null) {
    throw new Error(`Not a date: ${day}`);
  }
  const weekday = new Date(time).getUTCDay(); // 0 = Sunday
  return addDays(day, weekday === 0 ? -6 : 1 - weekday);
}

/** The seven days of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** "Mon" / "lun." and "Monday, March 9" / "lundi 9 mars" for a calendar day. */
export function dayNames(day: string, language: string): { short: string; long: string } {
  const date = new Date(`${day}T00:00:00Z`);
  return {
    short: new Intl.DateTimeFormat(locale(language), {
      weekday: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    }).format(date),
    long: new Intl.DateTimeFormat(locale(language), {
      weekday: 'long',
      month: 'long',
      day: 'numeric',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date),
  };
}

/** "9:00 a.m." / "9 h 00" for an hour row. */
export function formatHour(hour: number, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2000, 0, 1, hour)));
}
