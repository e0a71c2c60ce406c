import { Pipe, type PipeTransform } from '@angular/core';
import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/*
 * Dates of the intake profile are calendar days written `YYYY-MM-DD`, never instants: they are
 * read and written as strings and only turned into a Date at UTC midnight, and
 * formatted in UTC, so no time zone can move them to the previous or next day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** The calendar day of a Date in the browser's time zone (what the user sees as "today"). */
export function toIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function todayIso(now: Date = new Date()): string {
  return toIsoDate(now);
}

/** Milliseconds of UTC midnight of an ISO day, or null when it is not a day on the calendar. */
export function isoDayToUtc(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return null;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 2023-02-29 over to March 1st: such a day does not exist.
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return time;
}

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && isoDayToUtc(value) !== null;
}

/** Whole days from `from` to `to` (negative when `to` is earlier); null for invalid input. */
export function daysBetween(from: string, to: string): number | null {
  const a = isoDayToUtc(from);
  const b = isoDayToUtc(to);
  return a === null || b === null ? null : Math.round((b - a) / DAY_MS);
}

export function addDays(day: string, days: number): string {
  const time = isoDayToUtc(day);
  if (time === null) {
    throw new Error(`Not a date: ${day}`);
  }
  const date = new Date(time + days * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `2025-03-09` → "Mar 9, 2025" (en) / "9 mars 2025" (fr), whatever the browser's time zone. */
export function formatIsoDate(
  value: string | null | undefined,
  language: string,
  style: 'medium' | 'long' | 'short' = 'medium',
): string {
  if (!value) {
    return '';
  }
  const time = isoDayToUtc(value);
  if (time === null) {
    return value;
  }
  return new Intl.DateTimeFormat(`${language}-CA`, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(time),
  );
}

/** An instant (ISO timestamp) in the browser's time zone, e.g. for "saved at". */
export function formatTimestamp(value: string | null | undefined, language: string): string {
  if (!value) {
    return '';
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  return new Intl.DateTimeFormat(`${language}-CA`, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export interface ExpiryInfo {
  /** Days from today to the end date (0 = ends today, negative = ended). */
  days: number;
  expired: boolean;
  /** Ends today or within `warningDays`. */
  soon: boolean;
}

export function expiryInfo(
  validTo: string | null | undefined,
  today: string,
  warningDays: number,
): ExpiryInfo | null {
  if (!validTo) {
    return null;
  }
  const days = daysBetween(today, validTo);
  if (days === null) {
    return null;
  }
  return { days, expired: days < 0, soon: days >= 0 && days <= warningDays };
}

/** Empty, or a real `YYYY-MM-DD` day: `{ isoDate: true }` otherwise. */
export const isoDateValidator: ValidatorFn = (
  control: AbstractControl<string | null>,
): ValidationErrors | null => {
  const value = control.value;
  if (value === null || value === '') {
    return null;
  }
  return isIsoDate(value) ? null : { isoDate: true };
};

/** The day must not be after `today()` (birth, test, start dates…): `{ futureDate: true }`. */
export function notInFutureValidator(today: () => string = todayIso): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = control.value;
    if (!isIsoDate(value)) {
      return null;
    }
    return value > today() ? { futureDate: true } : null;
  };
}

/** `{{ day | isoDate: language() }}`; pure, so pass the language to follow switches. */
@Pipe({ name: 'isoDate' })
export class IsoDatePipe implements PipeTransform {
  transform(
    value: string | null | undefined,
    language: string,
    style: 'medium' | 'long' = 'medium',
  ): string {
    return formatIsoDate(value, language, style);
  }
}

/** `{{ instant | timestamp: language() }}`. */
@Pipe({ name: 'timestamp' })
export class TimestampPipe implements PipeTransform {
  transform(value: string | null | undefined, language: string): string {
    return formatTimestamp(value, language);
  }
}
