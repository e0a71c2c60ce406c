import { monthStartsBetween, toIsoDate } from './dates';
import { hoursBetween, type StepSeries } from './hours';
import { wholeHours } from './texts-format';
import type { HoursTimelinePoint } from './types';
import type { StreamOutcome } from './work';

/**
 * The qualifying-hours chart of a stream: cumulative counting hours of the days in
 * `[stream.fromDay, date)` on the window's first day (0), on the first day of every month inside
 * the window and on the application date. `counting` must be the series the stream was evaluated
 * with, so the last point is `canadianSkilledHours` itself. Rounded down like every reported hour.
 */
export function hoursTimeline(counting: StepSeries, stream: StreamOutcome): HoursTimelinePoint[] {
  const { fromDay, toDay } = stream;
  const points: HoursTimelinePoint[] = [{ date: toIsoDate(fromDay), hours: 0 }];
  if (toDay <= fromDay) return points;
  for (const start of monthStartsBetween(fromDay, toDay)) {
    points.push({ date: start.iso, hours: wholeHours(hoursBetween(counting, fromDay, start.day)) });
  }
  points.push({ date: toIsoDate(toDay), hours: wholeHours(stream.countingHours) });
  return points;
}
