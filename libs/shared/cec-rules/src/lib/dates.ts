import type { IsoDate } from './types';

/** Days since 1970-01-01 (UTC calendar); all date arithmetic uses these integers. */
export type DayNumber = number;

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
}

/** Parses `YYYY-MM-DD`; null unless the date exists on the calendar (never rolls over). */
export function parseIsoDate(text: string): CalendarDate | null {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return null;
  return day > daysInMonth(year, month) ? null : { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

// Howard Hinnant's days_from_civil: exact integer arithmetic, no Date objects, no time zones.
function dayFromCalendar(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function calendarFromDay(dayNumber: DayNumber): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

export function toDay(date: IsoDate): DayNumber {
  const parsed = parseIsoDate(date);
  if (!parsed) throw new RangeError(`not a calendar date: ${date}`);
  return dayFromCalendar(parsed.year, parsed.month, parsed.day);
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export function toIsoDate(dayNumber: DayNumber): IsoDate {
  const { year, month, day } = calendarFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const MONTH_DIGITS = ['', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

export interface MonthStart {
  day: DayNumber;
  iso: IsoDate;
}

/**
 * The first day of every month strictly after `fromDay` and strictly before `toDay`, ascending,
 * with its `YYYY-MM-DD` (stepping month by month instead of converting each day).
 */
export function monthStartsBetween(fromDay: DayNumber, toDay: DayNumber): MonthStart[] {
  const starts: MonthStart[] = [];
  const from = calendarFromDay(fromDay);
  let year = from.year;
  let month = from.month;
  let first = fromDay - from.day + 1 + daysInMonth(year, month);
  for (;;) {
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
    if (first >= toDay) return starts;
    starts.push({ day: first, iso: `${pad(year, 4)}-${MONTH_DIGITS[month]}-01` });
    first += daysInMonth(year, month);
  }
}

/**
 * Same month and day `years` later (negative: earlier); 29 February becomes 28 February in a
 * common year. Used for windows such as `[asOf - 3 years, asOf)` and for planning horizons.
 */
export function shiftYears(dayNumber: DayNumber, years: number): DayNumber {
  const { year, month, day } = calendarFromDay(dayNumber);
  const targetYear = year + years;
  return dayFromCalendar(targetYear, month, Math.min(day, daysInMonth(targetYear, month)));
}

/**
 * The `years`-th anniversary of a date; an anniversary of 29 February falls on 1 March in a
 * common year (birthdays, and the first day a test result is two years old).
 */
export function anniversary(dayNumber: DayNumber, years: number): DayNumber {
  const { year, month, day } = calendarFromDay(dayNumber);
  const targetYear = year + years;
  if (month === 2 && day === 29 && !isLeapYear(targetYear)) {
    return dayFromCalendar(targetYear, 3, 1);
  }
  return dayFromCalendar(targetYear, month, day);
}

/** Whole years from `birth` to `on` (age on a date); negative inputs give 0. */
export function wholeYearsBetween(birth: DayNumber, on: DayNumber): number {
  if (on < birth) return 0;
  const from = calendarFromDay(birth);
  const to = calendarFromDay(on);
  const years = to.year - from.year;
  return anniversary(birth, years) <= on ? years : years - 1;
}

const torontoDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Toronto',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The current date in America/Toronto, the firm's time zone. */
export function todayInToronto(now: Date = new Date()): IsoDate {
  const parts = torontoDateFormat.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
