import { FormControl } from '@angular/forms';
import {
  addDays,
  daysBetween,
  expiryInfo,
  formatIsoDate,
  isIsoDate,
  isoDateValidator,
  notInFutureValidator,
  toIsoDate,
} from './dates';

describe('dates', () => {
  it('accepts only days that exist on the calendar', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });

  it('formats a day as that calendar day in any time zone', () => {
    expect(formatIsoDate('2025-03-01', 'en')).toBe('Mar 1, 2025');
    expect(formatIsoDate('2025-03-01', 'fr')).toBe('1 mars 2025');
    expect(formatIsoDate('2024-12-31', 'en', 'long')).toBe('December 31, 2024');
    // The day is formatted from UTC midnight in UTC: no local offset can move it.
    const format = jest.spyOn(Intl, 'DateTimeFormat');
    formatIsoDate('2025-03-01', 'en');
    expect(format).toHaveBeenCalledWith('en-CA', expect.objectContaining({ timeZone: 'UTC' }));
    format.mockRestore();
  });

  it('takes the local calendar day of a Date, not its UTC day', () => {
    expect(toIsoDate(new Date(2025, 0, 1, 23, 30))).toBe('2025-01-01');
    expect(toIsoDate(new Date(2025, 0, 1, 0, 15))).toBe('2025-01-01');
    expect(toIsoDate(new Date(2024, 1, 29, 12))).toBe('2024-02-29');
  });

  it('leaves empty and invalid values readable', () => {
    expect(formatIsoDate(null, 'en')).toBe('');
    expect(formatIsoDate('', 'en')).toBe('');
    expect(formatIsoDate('2023-02-29', 'en')).toBe('2023-02-29');
  });

  it('counts whole days across DST changes and leap years', () => {
    expect(daysBetween('2025-03-08', '2025-03-10')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-01-10', '2025-01-01')).toBe(-9);
    expect(daysBetween('2025-01-10', 'nope')).toBeNull();
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('tells how soon a status ends', () => {
    expect(expiryInfo('2025-06-30', '2025-06-01', 90)).toEqual({
      days: 29,
      expired: false,
      soon: true,
    });
    expect(expiryInfo('2025-06-01', '2025-06-01', 90)).toEqual({
      days: 0,
      expired: false,
      soon: true,
    });
    expect(expiryInfo('2025-12-01', '2025-06-01', 90)).toEqual({
      days: 183,
      expired: false,
      soon: false,
    });
    expect(expiryInfo('2025-05-01', '2025-06-01', 90)).toEqual({
      days: -31,
      expired: true,
      soon: false,
    });
    expect(expiryInfo(null, '2025-06-01', 90)).toBeNull();
  });

  it('validates dates in forms', () => {
    expect(isoDateValidator(new FormControl(''))).toBeNull();
    expect(isoDateValidator(new FormControl('2024-02-30'))).toEqual({ isoDate: true });
    const notFuture = notInFutureValidator(() => '2025-06-01');
    expect(notFuture(new FormControl('2025-06-01'))).toBeNull();
    expect(notFuture(new FormControl('2025-06-02'))).toEqual({ futureDate: true });
  });
});
