import type { DayNumber } from './dates';
import { classifyJob, type PreparedJob } from './occupations';
import { NOC_RECLASSIFICATION, type Regime } from './rule-sets';
import { statusOn, type StatusTimeline } from './status';

/** Tolerance for comparing unrounded hours with a threshold. */
export const HOURS_TOLERANCE = 1e-6;

/**
 * A per-day quantity that is constant between breakpoints: `values[k]` holds on every day of
 * `[starts[k], starts[k + 1])`, the last value holds for ever, days before `starts[0]` are 0.
 * Values are weekly hours (already capped); a day contributes value / 7 hours.
 */
export interface StepSeries {
  starts: readonly number[];
  values: readonly number[];
  /** Hour-days accumulated before `starts[k]`. */
  cumulative: readonly number[];
}

/** Days where the set of active jobs, the status or the 2022 NOC switch can change. */
export function buildBreakpoints(jobs: readonly PreparedJob[], timeline: StatusTimeline): number[] {
  const points = new Set<number>();
  for (const job of jobs) {
    points.add(job.startDay);
    if (Number.isFinite(job.endDay)) points.add(job.endDay + 1);
  }
  for (const span of timeline.spans) {
    points.add(span.fromDay);
    if (Number.isFinite(span.toDay)) points.add(span.toDay + 1);
  }
  points.add(NOC_RECLASSIFICATION.workBeforeDay);
  return [...points].sort((a, b) => a - b);
}

function seriesFrom(starts: readonly number[], values: readonly number[]): StepSeries {
  const cumulative: number[] = [0];
  for (let k = 1; k < starts.length; k += 1) {
    cumulative.push(cumulative[k - 1] + values[k - 1] * (starts[k] - starts[k - 1]));
  }
  return { starts, values, cumulative };
}

function segmentIndex(starts: readonly number[], day: DayNumber): number {
  let low = 0;
  let high = starts.length - 1;
  if (high < 0 || day < starts[0]) return -1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= day) low = mid;
    else high = mid - 1;
  }
  return low;
}

function hourDaysBefore(series: StepSeries, day: DayNumber): number {
  const k = segmentIndex(series.starts, day);
  if (k < 0) return 0;
  return series.cumulative[k] + series.values[k] * (day - series.starts[k]);
}

/** Hours counted on the days of `[fromDay, toDay)`. */
export function hoursBetween(series: StepSeries, fromDay: DayNumber, toDay: DayNumber): number {
  if (toDay <= fromDay) return 0;
  return (hourDaysBefore(series, toDay) - hourDaysBefore(series, fromDay)) / 7;
}

/** Everything the work criterion needs for one regime, each capped at the full-time week. */
export interface RegimeSeries {
  cap: number;
  /** Hours that count. */
  counting: StepSeries;
  /** Counting hours without those that rest on the 2022 NOC reclassification. */
  countingSure: StepSeries;
  /** Counting plus uncertain hours. */
  withUncertain: StepSeries;
  /** Counting plus uncertain hours of TEER 0/1 jobs alone, and of TEER 2/3 jobs alone. */
  teer0or1: StepSeries;
  teer2or3: StepSeries;
  /** Hours of jobs that would count, on days with no temporary status recorded. */
  withoutStatus: StepSeries;
}

interface DaySums {
  counting: number;
  doubtful: number;
  uncertain: number;
  teer0or1: number;
  teer2or3: number;
}

function sumJobsOnDay(jobs: readonly PreparedJob[], regime: Regime, day: DayNumber): DaySums {
  const sums: DaySums = { counting: 0, doubtful: 0, uncertain: 0, teer0or1: 0, teer2or3: 0 };
  for (const job of jobs) {
    if (day < job.startDay || day > job.endDay) continue;
    const jobClass = classifyJob(job, regime, day);
    if (jobClass.kind === 'excluded') continue;
    if (jobClass.kind === 'counting') {
      sums.counting += job.hoursPerWeek;
      if (jobClass.doubtful) sums.doubtful += job.hoursPerWeek;
    } else {
      sums.uncertain += job.hoursPerWeek;
    }
    if (jobClass.group === 'teer0or1') sums.teer0or1 += job.hoursPerWeek;
    else sums.teer2or3 += job.hoursPerWeek;
  }
  return sums;
}

export function buildRegimeSeries(
  regime: Regime,
  jobs: readonly PreparedJob[],
  timeline: StatusTimeline,
  starts: readonly number[],
): RegimeSeries {
  const cap = regime.ruleSet.fullTimeHoursPerWeek;
  const n = starts.length;
  const zeros = (): number[] => new Array<number>(n).fill(0);
  const arrays = {
    counting: zeros(),
    countingSure: zeros(),
    withUncertain: zeros(),
    teer0or1: zeros(),
    teer2or3: zeros(),
    withoutStatus: zeros(),
  };
  for (let k = 0; k < n; k += 1) {
    const day = starts[k];
    const sums = sumJobsOnDay(jobs, regime, day);
    const status = statusOn(timeline, day);
    if (status === 'temporary') {
      arrays.counting[k] = Math.min(cap, sums.counting);
      arrays.countingSure[k] = Math.min(cap, sums.counting - sums.doubtful);
      arrays.withUncertain[k] = Math.min(cap, sums.counting + sums.uncertain);
      arrays.teer0or1[k] = Math.min(cap, sums.teer0or1);
      arrays.teer2or3[k] = Math.min(cap, sums.teer2or3);
    } else if (status !== 'permanent') {
      arrays.withoutStatus[k] = Math.min(cap, sums.counting + sums.uncertain);
    }
  }
  return {
    cap,
    counting: seriesFrom(starts, arrays.counting),
    countingSure: seriesFrom(starts, arrays.countingSure),
    withUncertain: seriesFrom(starts, arrays.withUncertain),
    teer0or1: seriesFrom(starts, arrays.teer0or1),
    teer2or3: seriesFrom(starts, arrays.teer2or3),
    withoutStatus: seriesFrom(starts, arrays.withoutStatus),
  };
}

/**
 * Skilled work outside Canada for CRS transferability: TEER 0-3, not while a full-time student,
 * self-employment included, status and authorization not asked.
 */
export function buildForeignSeries(
  jobs: readonly PreparedJob[],
  starts: readonly number[],
  cap: number,
  maxTeer: number,
): StepSeries {
  const values = starts.map((day) => {
    let sum = 0;
    for (const job of jobs) {
      const counts = !job.inCanada && job.noc.teer <= maxTeer && !job.whileFullTimeStudent;
      if (counts && day >= job.startDay && day <= job.endDay) sum += job.hoursPerWeek;
    }
    return Math.min(cap, sum);
  });
  return seriesFrom(starts, values);
}
