import {
  dayNames,
  firmWallClock,
  formatFirmDateTime,
  formatFirmTime,
  mondayOf,
  weekDays,
} from './firm-time';

describe('firm time', () => {
  const zone = process.env['TZ'];
  // A browser far from the firm: nothing may move to its clock.
  beforeAll(() => (process.env['TZ'] = 'Asia/Tokyo'));
  afterAll(() => (process.env['TZ'] = zone));

  it('reads the firm wall clock from the API timestamp', () => {
    expect(firmWallClock('2026-03-08T23:45:00-04:00')).toEqual({
      date: '2026-03-08',
      hour: 23,
      minute: 45,
      offset: 'UTC−04:00',
      utc: Date.UTC(2026, 2, 8, 23, 45),
    });
    expect(firmWallClock('2026-11-01T01:30:00.000Z')?.offset).toBe('UTC');
    expect(firmWallClock('2026-02-30T10:00:00-05:00')).toBeNull();
    expect(firmWallClock('2026-03-08 10:00')).toBeNull();
    expect(firmWallClock(null)).toBeNull();
  });

  it('formats times as the firm sees them, in English and French', () => {
    expect(formatFirmTime('2026-03-08T23:45:00-04:00', 'en')).toMatch(/^11:45\sp\.m\.$/);
    expect(formatFirmTime('2026-03-08T09:05:00-04:00', 'fr')).toMatch(/^9\sh\s05$/);
    const dateTime = formatFirmDateTime('2026-03-08T23:45:00-04:00', 'en');
    expect(dateTime).toContain('Mar 8, 2026');
    expect(dateTime).toMatch(/11:45/);
    expect(formatFirmTime('not a time', 'en')).toBe('not a time');
  });

  it('finds the Monday of a week and its seven days', () => {
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
    expect(mondayOf('2026-03-15')).toBe('2026-03-09');
    expect(mondayOf('2026-03-11')).toBe('2026-03-09');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(weekDays('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('names days in the UI language', () => {
    expect(dayNames('2026-03-09', 'en').long).toBe('Monday, March 9, 2026');
    expect(dayNames('2026-03-09', 'fr').long).toBe('lundi 9 mars 2026');
  });
});
