import type { FieldError } from '@intake/shared/contracts';
import { InvalidInput } from '@intake/api/core';

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] {
  const match = ISO.exec(date);
  if (!match) throw new RangeError('not a YYYY-MM-DD date');
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The date exists on the calendar (no 30 February). */
export function isCalendarDate(value: string): boolean {
  const match = ISO.exec(value);
  if (!match) return false;
  const [year, month, day] = parts(value);
  const ms = Date.UTC(year, month - 1, day);
  return format(ms) === value;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return format(Date.UTC(year, month - 1, day) + days * DAY_MS);
}

/** The same day `years` later; 29 February falls on 1 March in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = parts(date);
  return format(Date.UTC(year + years, month - 1, day));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/**
 * Refuses dates that do not exist, and with `notAfter` dates later than it, naming each field.
 * The DTOs check the `YYYY-MM-DD` shape; this checks the calendar.
 */
export function assertDates(fields: Record<string, string | null | undefined>, options: { notAfter?: string } = {}): void {
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(fields)) {
    if (value === null || value === undefined) continue;
    if (!isCalendarDate(value)) errors.push({ field, message: 'is not a date on the calendar' });
    else if (options.notAfter && value > options.notAfter) errors.push({ field, message: 'cannot be in the future' });
  }
  if (errors.length > 0) throw new InvalidInput(errors);
}
