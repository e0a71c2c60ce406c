import { InjectionToken } from '@angular/core';

/** The visitor's IANA time zone; times are shown in it. Provided in specs to fix it. */
export const VISITOR_TIME_ZONE = new InjectionToken<string>('VISITOR_TIME_ZONE', {
  providedIn: 'root',
  factory: () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
});

/** The current instant, replaceable in specs. */
export const BOOKING_CLOCK = new InjectionToken<() => Date>('BOOKING_CLOCK', {
  providedIn: 'root',
  factory: () => () => new Date(),
});

function locale(language: string): string {
  return `${language}-CA`;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
export function dayIn(instant: string | Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(typeof instant === 'string' ? new Date(instant) : instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** `2026-03-10` → "Tuesday, March 10" / "mardi 10 mars" (a calendar day, no zone involved). */
export function formatDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** `2026-03-10` → "Mar 10, 2026" / "10 mars 2026". */
export function formatShortDay(day: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/** The wall-clock time of an instant in a zone: "6:00 a.m." / "6 h 00". */
export function formatTime(instant: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(new Date(instant));
}

/** Date and time of an instant in a zone: "Tuesday, March 10, 2026 at 6:00 a.m.". */
export function formatDateTime(instant: string, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone,
  }).format(new Date(instant));
}
