import {
  anniversary,
  isIsoDate,
  monthStartsBetween,
  parseIsoDate,
  shiftYears,
  toDay,
  toIsoDate,
  todayInToronto,
  wholeYearsBetween,
} from './dates';

describe('calendar dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-02-30', false],
    ['2100-02-29', false],
    ['2000-02-29', true],
    ['2024-04-31', false],
    ['2024-13-01', false],
    ['2024-00-10', false],
    ['2024-1-01', false],
    ['2024-01-01T00:00', false],
    ['', false],
  ])('%s is a calendar date: %s', (text, expected) => {
    expect(isIsoDate(text)).toBe(expected);
  });

  it('never rolls an impossible date over', () => {
    expect(parseIsoDate('2024-02-30')).toBeNull();
    expect(() => toDay('2024-02-30')).toThrow(RangeError);
  });

  it('counts days like the UTC calendar', () => {
    expect(toDay('1970-01-01')).toBe(0);
    expect(toDay('2026-11-26')).toBe(Date.UTC(2026, 10, 26) / 86_400_000);
    expect(toDay('1900-03-01') - toDay('1900-02-28')).toBe(1);
    expect(toDay('2024-03-01') - toDay('2024-02-28')).toBe(2);
  });

  it('round-trips every day of a 400-year cycle', () => {
    const first = toDay('1901-01-01');
    const last = toDay('2301-01-01');
    const mismatches: number[] = [];
    for (let day = first; day < last; day += 1) {
      if (toDay(toIsoDate(day)) !== day) mismatches.push(day);
    }
    expect(mismatches).toEqual([]);
    expect(last - first).toBe(146_097);
    expect(toIsoDate(first)).toBe('1901-01-01');
  });
});

describe('years back and forward (windows): 29 February becomes 28 February', () => {
  it.each([
    ['2028-02-29', -3, '2025-02-28'],
    ['2028-02-29', -4, '2024-02-29'],
    ['2025-03-01', -3, '2022-03-01'],
    ['2025-02-28', -3, '2022-02-28'],
    ['2026-11-26', -3, '2023-11-26'],
    ['2024-02-29', 5, '2029-02-28'],
    ['2024-02-29', 2, '2026-02-28'],
  ])('%s shifted by %i years is %s', (from, years, expected) => {
    expect(toIsoDate(shiftYears(toDay(from), years))).toBe(expected);
  });
});

describe('anniversaries (birthdays, result expiry): 29 February falls on 1 March', () => {
  it.each([
    ['2000-02-29', 25, '2025-03-01'],
    ['2000-02-29', 28, '2028-02-29'],
    ['2024-02-29', 2, '2026-03-01'],
    ['2024-02-28', 2, '2026-02-28'],
    ['2025-01-10', 2, '2027-01-10'],
  ])('%s + %i years is %s', (from, years, expected) => {
    expect(toIsoDate(anniversary(toDay(from), years))).toBe(expected);
  });

  it.each([
    ['1996-11-26', '2026-11-25', 29],
    ['1996-11-26', '2026-11-26', 30],
    ['2000-02-29', '2025-02-28', 24],
    ['2000-02-29', '2025-03-01', 25],
    ['2000-02-29', '2028-02-28', 27],
    ['2000-02-29', '2028-02-29', 28],
    ['2010-05-05', '2009-05-05', 0],
  ])('born %s, on %s the age is %i', (birth, on, age) => {
    expect(wholeYearsBetween(toDay(birth), toDay(on))).toBe(age);
  });
});

describe('first days of the months between two dates', () => {
  const isoStarts = (from: string, to: string) =>
    monthStartsBetween(toDay(from), toDay(to)).map((start) => start.iso);

  it.each([
    ['2023-11-26', '2024-03-15', ['2023-12-01', '2024-01-01', '2024-02-01', '2024-03-01']],
    ['2023-12-01', '2024-03-01', ['2024-01-01', '2024-02-01']],
    ['2024-01-31', '2024-02-01', []],
    ['2024-01-31', '2024-02-02', ['2024-02-01']],
    ['2024-02-15', '2024-02-20', []],
    ['2024-02-15', '2024-02-15', []],
    ['2099-11-30', '2100-03-02', ['2099-12-01', '2100-01-01', '2100-02-01', '2100-03-01']],
  ])('strictly between %s and %s: %j', (from, to, expected) => {
    expect(isoStarts(from, to)).toEqual(expected);
  });

  it('gives day numbers that match their dates, over leap years and centuries', () => {
    const starts = monthStartsBetween(toDay('1999-12-31'), toDay('2101-01-02'));
    expect(starts).toHaveLength(101 * 12 + 1);
    for (const start of starts) expect(toIsoDate(start.day)).toBe(start.iso);
  });
});

describe('today in America/Toronto', () => {
  it.each([
    ['2026-01-01T04:59:00Z', '2025-12-31'],
    ['2026-01-01T05:00:00Z', '2026-01-01'],
    ['2026-07-01T03:59:00Z', '2026-06-30'],
    ['2026-07-01T04:00:00Z', '2026-07-01'],
  ])('at %s it is %s in Toronto', (instant, expected) => {
    expect(todayInToronto(new Date(instant))).toBe(expected);
  });
});
