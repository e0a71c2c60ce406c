import { isoDayToUtc } from '@intake/dashboard/ui';

/*
 * A month is written `YYYY-MM`, its days `YYYY-MM-DD`: calendar days, never instants. Dates are
 * built at UTC midnight and formatted in UTC, so no time zone moves a deadline to another day.
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_MS = 24 * 60 * 60 * 1000;
/** 2024-01-01 was a Monday: the first column of the grid. */
const A_MONDAY = Date.UTC(2024, 0, 1);

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function parts(month: string): [number, number] {
  const match = MONTH.exec(month);
  if (!match) {
    throw new Error(`Not a month: ${month}`);
  }
  return [Number(match[1]), Number(match[2])];
}

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

/** `2028-02-29` → `2028-02`. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

export function addMonths(month: string, months: number): string {
  const [year, m] = parts(month);
  const index = year * 12 + (m - 1) + months;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1)}`;
}

export function daysInMonth(month: string): number {
  const [year, m] = parts(month);
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

/** First and last day of the month, for `from`/`to`. */
export function monthRange(month: string): { from: string; to: string } {
  return { from: `${month}-01`, to: `${month}-${pad(daysInMonth(month))}` };
}

/**
 * The month as weeks of seven days, Monday first; `null` for the days of the weeks that belong
 * to the previous or next month.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const first = isoDayToUtc(`${month}-01`);
  if (first === null) {
    throw new Error(`Not a month: ${month}`);
  }
  const leading = (new Date(first).getUTCDay() + 6) % 7;
  const cells: (string | null)[] = Array.from({ length: leading }, () => null);
  const count = daysInMonth(month);
  for (let day = 1; day <= count; day++) {
    cells.push(`${month}-${pad(day)}`);
  }
  while (cells.length % 7 !== 0) {
    cells.push(null);
  }
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) {
    weeks.push(cells.slice(i, i + 7));
  }
  return weeks;
}

function locale(language: string): string {
  return `${language}-CA`;
}

/** Day names from Monday to Sunday in the language, e.g. `short`: "Mon" / "lun.". */
export function weekdayNames(language: string, style: 'short' | 'long'): string[] {
  const format = new Intl.DateTimeFormat(locale(language), { weekday: style, timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(A_MONDAY + i * DAY_MS)));
}

/** "February 2028" / "Février 2028". */
export function monthTitle(month: string, language: string): string {
  const [year, m] = parts(month);
  const title = new Intl.DateTimeFormat(locale(language), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, m - 1, 1)));
  return title.charAt(0).toLocaleUpperCase(locale(language)) + title.slice(1);
}

/** Items by their day, in the order given. */
export function groupByDay<T extends { dueOn: string }>(items: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const list = days.get(item.dueOn);
    if (list) {
      list.push(item);
    } else {
      days.set(item.dueOn, [item]);
    }
  }
  return days;
}
