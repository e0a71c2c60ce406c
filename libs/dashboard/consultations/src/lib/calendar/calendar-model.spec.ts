import { makeStaffBooking } from '../testing/consultation-fixtures';
import { cellKey, weekGrid } from './calendar-model';

const WEEK = [
  '2026-03-09',
  '2026-03-10',
  '2026-03-11',
  '2026-03-12',
  '2026-03-13',
  '2026-03-14',
  '2026-03-15',
];

describe('weekGrid', () => {
  it('places bookings on the firm day and hour they start, in start order', () => {
    const late = makeStaffBooking({ id: 'late', start: '2026-03-10T09:45:00-04:00' });
    const early = makeStaffBooking({ id: 'early', start: '2026-03-10T09:00:00-04:00' });
    // 23:30 in Toronto is already the next day in UTC: it stays on Sunday.
    const night = makeStaffBooking({ id: 'night', start: '2026-03-15T23:30:00-04:00' });
    const grid = weekGrid([late, night, early], WEEK);
    expect(grid.cells.get(cellKey('2026-03-10', 9))?.map((b) => b.id)).toEqual(['early', 'late']);
    expect(grid.cells.get(cellKey('2026-03-15', 23))?.map((b) => b.id)).toEqual(['night']);
    expect(grid.hours[0]).toBe(8);
    expect(grid.hours[grid.hours.length - 1]).toBe(23);
    expect(grid.unplaced).toEqual([]);
  });

  it('shows 8:00 to 17:00 on a quiet week, earlier when needed, and sets aside other weeks', () => {
    expect(weekGrid([], WEEK).hours).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    const early = makeStaffBooking({ id: 'early', start: '2026-03-11T07:15:00-04:00' });
    const outside = makeStaffBooking({ id: 'outside', start: '2026-03-16T10:00:00-04:00' });
    const grid = weekGrid([early, outside], WEEK);
    expect(grid.hours[0]).toBe(7);
    expect(grid.unplaced.map((b) => b.id)).toEqual(['outside']);
  });
});
