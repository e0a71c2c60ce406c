import { dayIn, formatDateTime, formatDay, formatTime } from './zoned-time';

describe('zoned time helpers', () => {
  // 01:00 in Toronto on March 11 is still March 10 in Vancouver.
  const lateEvening = '2026-03-11T01:00:00-04:00';

  it('takes the calendar day in the given zone', () => {
    expect(dayIn(lateEvening, 'America/Toronto')).toBe('2026-03-11');
    expect(dayIn(lateEvening, 'America/Vancouver')).toBe('2026-03-10');
    expect(dayIn(new Date('2026-03-09T06:59:00Z'), 'America/Vancouver')).toBe('2026-03-08');
  });

  it('formats the wall-clock time in the zone and language', () => {
    expect(formatTime('2026-03-10T09:00:00-04:00', 'America/Vancouver', 'en')).toBe('6:00 a.m.');
    expect(formatTime('2026-03-10T09:00:00-04:00', 'America/Toronto', 'en')).toBe('9:00 a.m.');
    expect(formatTime('2026-03-10T09:00:00-04:00', 'America/Vancouver', 'fr')).toBe('6 h 00');
  });

  it('formats days and full dates', () => {
    expect(formatDay('2026-03-10', 'en')).toBe('Tuesday, March 10');
    expect(formatDay('2026-03-10', 'fr')).toBe('mardi 10 mars');
    expect(formatDateTime(lateEvening, 'America/Vancouver', 'en')).toBe(
      'Tuesday, March 10, 2026 at 10:00 p.m.',
    );
  });
});
