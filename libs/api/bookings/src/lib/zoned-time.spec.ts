import {
  addDays,
  daysBetween,
  formatInstant,
  isRealDate,
  localDate,
  offsetMinutes,
} from './zoned-time';

describe('the firm clock', () => {
  const toronto = 'America/Toronto';

  it.each([
    ['2027-11-06T14:00:00Z', '2027-11-06T10:00:00-04:00', -240],
    ['2027-11-07T05:30:00Z', '2027-11-07T01:30:00-04:00', -240],
    ['2027-11-07T06:30:00Z', '2027-11-07T01:30:00-05:00', -300],
    ['2027-11-08T15:00:00Z', '2027-11-08T10:00:00-05:00', -300],
    ['2027-03-14T06:59:00Z', '2027-03-14T01:59:00-05:00', -300],
    ['2027-03-14T07:00:00Z', '2027-03-14T03:00:00-04:00', -240],
  ])('shows %s as %s in Toronto', (utc, local, offset) => {
    expect(formatInstant(new Date(utc), toronto)).toBe(local);
    expect(offsetMinutes(new Date(utc), toronto)).toBe(offset);
    expect(new Date(local).toISOString()).toBe(new Date(utc).toISOString());
  });

  it('writes positive and half-hour offsets', () => {
    expect(formatInstant(new Date('2027-01-15T12:00:00Z'), 'Asia/Kolkata')).toBe(
      '2027-01-15T17:30:00+05:30',
    );
    expect(formatInstant(new Date('2027-01-15T12:00:00Z'), 'America/St_Johns')).toBe(
      '2027-01-15T08:30:00-03:30',
    );
    expect(formatInstant(new Date('2027-01-15T12:00:00Z'), 'UTC')).toBe(
      '2027-01-15T12:00:00+00:00',
    );
  });

  it('reads calendar dates', () => {
    expect(localDate(new Date('2027-11-08T03:00:00Z'), toronto)).toBe('2027-11-07');
    expect(isRealDate('2028-02-29')).toBe(true);
    expect(isRealDate('2027-02-29')).toBe(false);
    expect(addDays('2027-10-31', 7)).toBe('2027-11-07');
    expect(daysBetween('2027-11-01', '2027-11-08')).toBe(7);
  });
});
