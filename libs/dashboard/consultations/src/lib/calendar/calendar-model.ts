import type { StaffBookingDto } from '@intake/shared/contracts';
import { firmWallClock } from '../data/firm-time';

/** Hours shown even on a quiet week: a working day. */
export const DEFAULT_FIRST_HOUR = 8;
export const DEFAULT_LAST_HOUR = 17;

/** `2026-03-09|9`: a day column and an hour row of the week grid. */
export function cellKey(date: string, hour: number): string {
  return `${date}|${hour}`;
}

export interface WeekGrid {
  /** Hour rows, e.g. 8 … 17. */
  hours: number[];
  /** Bookings by cell (`cellKey`), in start order. */
  cells: ReadonlyMap<string, StaffBookingDto[]>;
  /** Bookings whose time could not be read or that fall outside the week's days. */
  unplaced: StaffBookingDto[];
}

/**
 * Places each booking on the firm's day and hour at which it starts (read from the API's
 * firm-clock timestamp, never converted to the browser's zone), and widens the hours shown to
 * include every booking.
 */
export function weekGrid(bookings: readonly StaffBookingDto[], days: readonly string[]): WeekGrid {
  const cells = new Map<string, StaffBookingDto[]>();
  const unplaced: StaffBookingDto[] = [];
  let first = DEFAULT_FIRST_HOUR;
  let last = DEFAULT_LAST_HOUR;
  const sorted = [...bookings].sort((a, b) => a.start.localeCompare(b.start));
  for (const booking of sorted) {
    const clock = firmWallClock(booking.start);
    if (!clock || !days.includes(clock.date)) {
      unplaced.push(booking);
      continue;
    }
    first = Math.min(first, clock.hour);
    last = Math.max(last, clock.hour);
    const key = cellKey(clock.date, clock.hour);
    cells.set(key, [...(cells.get(key) ?? []), booking]);
  }
  const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  return { hours, cells, unplaced };
}
