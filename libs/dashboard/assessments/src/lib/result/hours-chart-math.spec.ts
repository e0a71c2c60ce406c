import { ELIGIBLE_RESULT } from '../testing/result-fixture';
import {
  type ChartLayout,
  dayNumber,
  hoursChartModel,
  monthTicks,
  niceStep,
  yAxisMax,
} from './hours-chart-math';

/** A round layout: plot from x=100 to x=500 (400 px), y=300 (0 h) up to y=100 (200 px). */
const LAYOUT: ChartLayout = { width: 520, height: 340, top: 100, right: 20, bottom: 40, left: 100 };

describe('hours chart math', () => {
  it('counts calendar days in UTC', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2);
    expect(dayNumber('2025-03-01') - dayNumber('2025-02-28')).toBe(1);
    expect(dayNumber('2026-06-01') - dayNumber('2023-06-01')).toBe(1096);
  });

  it('chooses nice steps and a y axis above both the hours and the threshold', () => {
    expect(niceStep(4697)).toBe(2000);
    expect(niceStep(1560)).toBe(500);
    expect(niceStep(100)).toBe(25);
    expect(yAxisMax(1560, 4697)).toEqual({ max: 6000, step: 2000 });
    expect(yAxisMax(1560, 300)).toEqual({ max: 2000, step: 500 });
    expect(yAxisMax(1560, 0)).toEqual({ max: 2000, step: 500 });
    expect(yAxisMax(2000, 0)).toEqual({ max: 2500, step: 500 });
  });

  it('puts month ticks on the first of the month, aligned on January', () => {
    expect(monthTicks('2023-06-01', '2024-01-15', 3)).toEqual([
      '2023-07-01',
      '2023-10-01',
      '2024-01-01',
    ]);
    expect(monthTicks('2023-06-15', '2028-06-03', 12)).toEqual([
      '2024-01-01',
      '2025-01-01',
      '2026-01-01',
      '2027-01-01',
      '2028-01-01',
    ]);
    expect(monthTicks('2023-06-01', '2023-08-01', 1)).toEqual([
      '2023-06-01',
      '2023-07-01',
      '2023-08-01',
    ]);
  });

  it('scales points linearly in days and hours', () => {
    const model = hoursChartModel(
      {
        timeline: [
          { date: '2024-01-01', hours: 0 },
          { date: '2024-07-01', hours: 500 },
          { date: '2025-01-01', hours: 1000 },
        ],
        requiredHours: 1560,
        windowFrom: '2024-01-01',
        asOf: '2025-01-01',
        ageOutDate: null,
        earliestEligibleDate: null,
      },
      LAYOUT,
    );
    // 366 days (2024 is a leap year) over 400 px; y axis 0…2000 h over 200 px.
    expect(model.domain).toEqual({ from: '2024-01-01', to: '2025-01-01', maxHours: 2000 });
    expect(model.points.map((p) => [p.x, p.y])).toEqual([
      [100, 300],
      [Math.round((100 + (182 / 366) * 400) * 10) / 10, 250],
      [500, 200],
    ]);
    expect(model.line).toBe(`M100 300 L${model.points[1].x} 250 L500 200`);
    expect(model.area).toBe(`${model.line} L500 300 L100 300 Z`);
    // Threshold at 1560 h: 300 − 1560/2000 × 200 = 144.
    expect(model.threshold).toEqual({ hours: 1560, y: 144 });
    expect(model.yTicks).toEqual([
      { value: 0, y: 300 },
      { value: 500, y: 250 },
      { value: 1000, y: 200 },
      { value: 1500, y: 150 },
      { value: 2000, y: 100 },
    ]);
    expect(model.markers).toEqual([{ kind: 'asOf', date: '2025-01-01', x: 500 }]);
  });

  it('extends the x axis to the age-out and earliest-eligible dates after asOf', () => {
    const model = hoursChartModel(
      {
        timeline: [
          { date: '2024-01-01', hours: 0 },
          { date: '2025-01-01', hours: 1200 },
        ],
        requiredHours: 1560,
        windowFrom: '2024-01-01',
        asOf: '2025-01-01',
        ageOutDate: '2027-01-01',
        earliestEligibleDate: '2025-04-01',
      },
      LAYOUT,
    );
    const span = dayNumber('2027-01-01') - dayNumber('2024-01-01'); // 1096 days
    const xOf = (date: string) =>
      Math.round((100 + ((dayNumber(date) - dayNumber('2024-01-01')) / span) * 400) * 10) / 10;
    expect(model.domain.to).toBe('2027-01-01');
    expect(model.points[1].x).toBe(xOf('2025-01-01'));
    expect(model.markers).toEqual([
      { kind: 'asOf', date: '2025-01-01', x: xOf('2025-01-01') },
      { kind: 'earliestEligible', date: '2025-04-01', x: xOf('2025-04-01') },
      { kind: 'ageOut', date: '2027-01-01', x: 500 },
    ]);
    // Three years: a tick every 6 months (at most 8 ticks), labelled by month.
    expect(model.xTicks.map((t) => t.label)).toEqual([
      '2024-01',
      '2024-07',
      '2025-01',
      '2025-07',
      '2026-01',
      '2026-07',
      '2027-01',
    ]);
    expect(model.xTicks[0].x).toBe(100);
  });

  it('maps the real engine timeline: last point is the counted hours at asOf', () => {
    const work = ELIGIBLE_RESULT.work;
    const model = hoursChartModel({
      timeline: work.timeline,
      requiredHours: work.requiredHours,
      windowFrom: work.windowFrom,
      asOf: ELIGIBLE_RESULT.asOf,
      ageOutDate: '2028-06-03',
      earliestEligibleDate: null,
    });
    const last = model.points[model.points.length - 1];
    expect(last.date).toBe('2026-06-01');
    expect(last.hours).toBe(ELIGIBLE_RESULT.canadianSkilledHours);
    expect(model.domain).toEqual({ from: '2023-06-01', to: '2028-06-03', maxHours: 6000 });
    expect(model.points).toHaveLength(work.timeline.length);
    // Points rise from left to right.
    for (let i = 1; i < model.points.length; i++) {
      expect(model.points[i].x).toBeGreaterThan(model.points[i - 1].x);
      expect(model.points[i].y).toBeLessThanOrEqual(model.points[i - 1].y);
    }
    // The threshold lies between the axis and the top of the last point.
    expect(model.threshold.y).toBeGreaterThan(last.y);
    expect(model.threshold.y).toBeLessThan(model.plot.bottom);
  });

  it('copes with a single point and an empty window', () => {
    const model = hoursChartModel(
      {
        timeline: [{ date: '2025-01-01', hours: 0 }],
        requiredHours: 1560,
        windowFrom: '2025-01-01',
        asOf: '2025-01-01',
        ageOutDate: null,
        earliestEligibleDate: null,
      },
      LAYOUT,
    );
    expect(model.points).toEqual([{ date: '2025-01-01', hours: 0, x: 100, y: 300 }]);
    expect(model.line).toBe('M100 300');
    expect(model.area).toBe('');
  });
});
