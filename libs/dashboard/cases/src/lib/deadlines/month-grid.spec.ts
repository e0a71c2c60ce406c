import {
  addMonths,
  daysInMonth,
  groupByDay,
  isMonth,
  monthRange,
  monthTitle,
  monthWeeks,
  weekdayNames,
} from './month-grid';

describe('month grid', () => {
  it('lays out February 2028 (leap year, starts on a Tuesday) Monday first', () => {
    const weeks = monthWeeks('2028-02');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      '2028-02-01',
      '2028-02-02',
      '2028-02-03',
      '2028-02-04',
      '2028-02-05',
      '2028-02-06',
    ]);
    expect(weeks[4]).toEqual(['2028-02-28', '2028-02-29', null, null, null, null, null]);
    expect(weeks.flat().filter((day) => day !== null)).toHaveLength(29);
  });

  it('puts the 1st of a month starting on a Sunday in the last column', () => {
    const weeks = monthWeeks('2028-10');
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2028-10-01']);
    expect(weeks).toHaveLength(6);
    expect(weeks[5]).toEqual(['2028-10-30', '2028-10-31', null, null, null, null, null]);
  });

  it('fits a 28-day February starting on a Monday in four weeks', () => {
    const weeks = monthWeeks('2027-02');
    expect(weeks).toHaveLength(4);
    expect(weeks[0][0]).toBe('2027-02-01');
    expect(weeks[3][6]).toBe('2027-02-28');
  });

  it('computes ranges and moves between months across years', () => {
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2027-02')).toEqual({ from: '2027-02-01', to: '2027-02-28' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(daysInMonth('2100-02')).toBe(28);
    expect(addMonths('2028-12', 1)).toBe('2029-01');
    expect(addMonths('2028-01', -1)).toBe('2027-12');
    expect(addMonths('2028-02', 12)).toBe('2029-02');
    expect(isMonth('2028-02')).toBe(true);
    expect(isMonth('2028-13')).toBe(false);
    expect(isMonth('2028-2')).toBe(false);
  });

  it('names days and months in the UI language', () => {
    expect(weekdayNames('en', 'short')).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
    expect(weekdayNames('fr', 'long')).toEqual([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ]);
    expect(monthTitle('2028-02', 'en')).toBe('February 2028');
    expect(monthTitle('2028-02', 'fr')).toBe('Février 2028');
  });

  it('groups items by day, keeping their order', () => {
    const grouped = groupByDay([
      { id: 'a', dueOn: '2028-02-29' },
      { id: 'b', dueOn: '2028-02-01' },
      { id: 'c', dueOn: '2028-02-29' },
    ]);
    expect(grouped.get('2028-02-29')?.map((item) => item.id)).toEqual(['a', 'c']);
    expect(grouped.get('2028-02-01')?.map((item) => item.id)).toEqual(['b']);
  });
});
