import { addDays, addYears, assertDates, daysBetween, isCalendarDate } from './dates';

describe('calendar dates', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-11-26', 60)).toBe('2027-01-25');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('adds years, 29 February becoming 1 March in a common year', () => {
    expect(addYears('2025-05-10', 2)).toBe('2027-05-10');
    expect(addYears('2024-02-29', 2)).toBe('2026-03-01');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-11-26', '2026-12-06')).toBe(10);
    expect(daysBetween('2026-12-06', '2026-11-26')).toBe(-10);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
  });

  it('knows which dates exist and names the fields that do not', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-2-01')).toBe(false);
    expect(() => assertDates({ dueOn: '2026-01-01', openedOn: '2026-02-30' })).toThrow(/openedOn: is not a date on the calendar/);
    expect(() => assertDates({ effectiveOn: '2026-12-01' }, { notAfter: '2026-11-26' })).toThrow(/cannot be in the future/);
    expect(() => assertDates({ a: null, b: undefined, c: '2026-11-26' }, { notAfter: '2026-11-26' })).not.toThrow();
  });
});
